import type { z } from 'zod/mini';
import type { Text } from '../../i18n/message';
import type { QuarantineKey } from '../../i18n/messages/quarantine';

// Why a record could not be migrated, as data (lib/i18n/messages/quarantine.ts): it is stored with the
// quarantined record, so the options page says it in its own language, whichever language was in use
// when it was set aside.

export type QuarantineReason = Text<QuarantineKey>;

/** A migration's refusal of a record it cannot read. */
export class ReasonError extends Error {
  constructor(readonly reason: QuarantineReason) {
    super(reason.key);
  }
}

/** The first zod issue, said by what failed: the checks of lib/drafts/schema.ts have a key each. */
export function issueReason(issue: z.core.$ZodIssue): QuarantineReason {
  const field = issue.path.map(String).join('.');
  if (field === '') return { key: 'quarantine.root' };
  const last = issue.path.at(-1);
  if (issue.code === 'invalid_format' && issue.format === 'datetime')
    return { key: 'quarantine.instant', params: { field } };
  if (last === 'form' && issue.code === 'too_small') return { key: 'quarantine.formCode', params: { field } };
  if (last === 'period' && issue.code === 'invalid_format')
    return { key: 'quarantine.periodFormat', params: { field } };
  if (last === 'period' && issue.code === 'custom')
    return { key: 'quarantine.periodUnreal', params: { field } };
  if (issue.code === 'invalid_type')
    return { key: 'quarantine.fieldType', params: { field, expected: issue.expected } };
  return { key: 'quarantine.field', params: { field } };
}

export function reasonOf(error: unknown): QuarantineReason {
  if (error instanceof ReasonError) return error.reason;
  const issues = (error as { issues?: z.core.$ZodIssue[] } | null)?.issues;
  if (Array.isArray(issues) && issues[0]) return issueReason(issues[0]);
  return {
    key: 'quarantine.other',
    params: { detail: error instanceof Error ? error.message : String(error) },
  };
}

import type { Pair, Phrase } from '../i18n/phrase';
import type { WholeFamily } from './family';
import type { Finding } from './finding';
import { said } from './said';

// structure: recognition found the form's code but the page's header differs from its definition
// (a new template, a column missing). The caller says why (ctx.structureMismatch); the checks fall back
// to generic ones. design.md allows this one finding on a page whose form changed.

export function structureFinding(reason: Phrase | Pair): Finding {
  return { rule: 'structure', severity: 'warning', ...said('rules.structure', { reason }) };
}

export const structure: WholeFamily = {
  id: 'structure',
  scope: 'form',
  needs: ['structureMismatch'],
  run: ({ ctx }, out) => {
    if (ctx.structureMismatch) out.push(structureFinding(ctx.structureMismatch));
  },
};

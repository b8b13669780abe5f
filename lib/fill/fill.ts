import type { Draft } from '../drafts/schema';
import type { FormDef } from '../forms/schema';
import { beyondCount, formatNumber } from '../numbers';
import type { CellHandle } from '../table/handles';
import { columnByNumber, type TableModel } from '../table/model';
import { clean } from '../text';
import { liveCell, liveModel } from './live';
import { type PlannedWrite, pageGuides, planFill } from './plan';
import type { FillFailure, FillReport } from './report';
import type { JournalChange, UndoJournal } from './undo';
import { type WriteDeps, type WriteOutcome, writeCells } from './write';

// Fill and fix on the page: plan on data, write through the handles, journal what changed for undo,
// and say what happened. The panel's "apply the suggested fix" goes through the same path. Plans are
// made on the values the target cells hold now, not on the model as last read: a page may reset its
// inputs without telling anyone.

export interface FillOptions extends WriteDeps {
  journal: UndoJournal;
  /** PageInfo.state: a report that is Chờ duyệt / Đã gửi / Đã tiếp nhận is never filled. */
  state?: 'editable' | 'readonly';
  /** The definition the page is checked with (a taught structure's too): what its columns are. */
  page?: FormDef | null;
}

function emptyReport(kind: FillReport['kind']): FillReport {
  return {
    kind,
    refused: null,
    filled: 0,
    skippedReadonly: 0,
    skippedComputed: 0,
    skippedSame: 0,
    failures: [],
    missingOnPage: [],
    missingInDraft: [],
    missingColumns: [],
    otherColumns: [],
  };
}

async function write(
  writes: PlannedWrite[],
  handles: CellHandle[][],
  report: FillReport,
  options: FillOptions,
): Promise<JournalChange[]> {
  const staticHandle: CellHandle = { kind: 'static', cell: null };
  const targets = writes.map((w) => handles[w.row]?.[w.col] ?? staticHandle);
  const outcomes: WriteOutcome[] = await writeCells(
    writes.map((w, i) => ({ handle: targets[i], value: w.value, before: w.before, guide: w.guide })),
    options,
  );
  const changes: JournalChange[] = [];
  outcomes.forEach((outcome, i) => {
    const w = writes[i];
    const failure: Omit<FillFailure, 'reason'> = {
      label: w.label,
      number: w.number,
      value: w.value,
      shown: outcome.shown,
    };
    if (outcome.status === 'locked') report.skippedReadonly++;
    else if (outcome.status === 'failed')
      report.failures.push({ ...failure, reason: outcome.reason ?? 'bridge' });
    else {
      changes.push({
        handle: targets[i],
        label: w.label,
        number: w.number,
        row: w.row,
        before: outcome.before,
        after: outcome.shown,
      });
      if (outcome.status === 'written') report.filled++;
      else report.failures.push({ ...failure, reason: 'mismatch' });
    }
  });
  return changes;
}

/** Fills the page's table from a draft; one journal entry for the whole fill. */
export async function fillFromDraft(
  draft: Draft,
  model: TableModel,
  handles: CellHandle[][],
  options: FillOptions,
): Promise<FillReport> {
  const report = emptyReport('fill');
  if (options.state === 'readonly') return { ...report, refused: 'readonly' };
  const plan = planFill(draft, liveModel(model, handles), options.page);
  for (const skip of plan.skipped) {
    if (skip.reason === 'readonly') report.skippedReadonly++;
    else if (skip.reason === 'computed') report.skippedComputed++;
    else if (skip.reason === 'same') report.skippedSame++;
    else if (skip.reason === 'other-column') continue;
    else if (!report.missingColumns.includes(skip.number)) report.missingColumns.push(skip.number);
  }
  report.missingOnPage = plan.missingOnPage;
  report.missingInDraft = plan.missingInDraft;
  report.otherColumns = plan.otherColumns;
  options.journal.record('fill', await write(plan.writes, handles, report, options));
  return report;
}

/** A finding's suggested fix: model row index, form column number, the value to write. */
export interface CellFix {
  row: number;
  col: number;
  value: number;
}

/** Applies one suggested fix through the same setters; one journal entry, undone like a fill. */
export async function applyFix(
  fix: CellFix,
  model: TableModel,
  handles: CellHandle[][],
  options: FillOptions,
): Promise<FillReport> {
  const report = emptyReport('fix');
  if (options.state === 'readonly') return { ...report, refused: 'readonly' };
  const col = columnByNumber(model, fix.col);
  const row = model.rows[fix.row];
  const cell = row?.cells[col] && liveCell(row.cells[col], handles[fix.row]?.[col]);
  if (!row || !cell) {
    report.missingColumns.push(fix.col);
    return report;
  }
  if (!cell.editable || cell.computed) {
    if (cell.computed) report.skippedComputed++;
    else report.skippedReadonly++;
    return report;
  }
  const value = formatNumber(fix.value);
  const label = clean(row.label);
  // a fix is arithmetic; over values beyond a count it means nothing (rules offer none), never write it
  if (!Number.isFinite(fix.value) || beyondCount(value)) {
    report.failures.push({ label, number: fix.col, value, shown: cell.raw, reason: 'not-a-count' });
    return report;
  }
  const write1: PlannedWrite = {
    row: fix.row,
    col,
    number: fix.col,
    label,
    value,
    before: cell.raw,
    guide: pageGuides(model)(col),
  };
  options.journal.record('fix', await write([write1], handles, report, options));
  return report;
}

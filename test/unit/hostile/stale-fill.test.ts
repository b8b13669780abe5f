import { beforeEach, describe, expect, it } from 'vitest';
import { draftFromModel } from '@/lib/fill/draft-from-model';
import { fillFromDraft } from '@/lib/fill/fill';
import { UndoJournal } from '@/lib/fill/undo';
import { numberPage } from '../fill/number-page';

// A page that resets or changes its inputs without an event (a script's `input.value = …`, a form
// reset): the model the extension read is stale. A fill planned on it skipped cells as "already
// holding the value" that were empty by then, and its undo journal recorded what the page no longer
// held. Every target cell's live value decides.

const target = { form: 'II.06a/VPCP/KSTT', period: '2024-12-15/2025-03-14', unit: 'UBND xã Tịnh Phong' };

beforeEach(() => {
  document.body.replaceChildren();
});

describe('fill after the page changed its inputs without events', () => {
  it('writes every cell the page silently emptied, instead of skipping it as already filled', async () => {
    const page = numberPage([{ label: 'Hộ tịch', values: ['601', '187', '1245'] }], 'type="text"');
    const draft = draftFromModel(page.model, target);
    for (const n of [3, 4, 5]) page.field(0, n).value = ''; // the page's "Làm mới", no events
    page.bound.clear();

    const journal = new UndoJournal();
    const report = await fillFromDraft(draft, page.model, page.handles, { journal });
    expect(report.skippedSame).toBe(0);
    expect(report.filled).toBe(3);
    expect([3, 4, 5].map((n) => page.bound.get(`Hộ tịch|${n}`))).toEqual([601, 187, 1245]);

    await journal.undo();
    expect([3, 4, 5].map((n) => page.field(0, n).value)).toEqual(['', '', '']);
  });

  it('skips a cell that silently got the value, and undo restores what the page held at the fill', async () => {
    const page = numberPage([{ label: 'Hộ tịch', values: ['', ''] }]);
    const draft = {
      ...draftFromModel(page.model, target),
      rows: [{ label: 'Hộ tịch', key: 'hộ tịch', kind: 'data' as const, values: { '3': '1.245', '4': '9' } }],
    };
    page.field(0, 3).value = '1245';
    page.field(0, 4).value = '3';

    const journal = new UndoJournal();
    const report = await fillFromDraft(draft, page.model, page.handles, { journal });
    expect(report.skippedSame).toBe(1);
    expect(report.filled).toBe(1);
    expect(page.field(0, 4).value).toBe('9');

    await journal.undo();
    expect([page.field(0, 3).value, page.field(0, 4).value]).toEqual(['1245', '3']);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '@/lib/drafts/schema';
import { draftFromModel } from '@/lib/fill/draft-from-model';
import { applyFix, fillFromDraft } from '@/lib/fill/fill';
import { describeFill, describeUndo } from '@/lib/fill/report';
import { UndoJournal } from '@/lib/fill/undo';
import { numberPage } from './number-page';

// A draft's numbers are Vietnamese notation (`1.245` is 1 245). Typed as they are into an
// <input type="number">, `1.245` becomes one point two four five, and a text comparison of what the
// field shows would call that a success. Each field gets the number in the notation it takes; what
// arrived is checked as a number, read in the field's notation.

const target = { form: 'II.06a/VPCP/KSTT', period: '2024-12-15/2025-03-14', unit: 'UBND xã Tịnh Phong' };

function draft(rows: { label: string; values: Record<string, string> }[]): Draft {
  return {
    ...draftFromModel({ source: 'html', columns: [], headers: [], labelColumn: 1, rows: [] }, target),
    rows: rows.map((r) => ({ label: r.label, key: r.label.toLowerCase(), kind: 'data', values: r.values })),
  };
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('filling <input type="number"> fields', () => {
  it('writes 1.245 and 12.000 as 1245 and 12000, and undo restores every field exactly', async () => {
    const page = numberPage([
      { label: 'Đất đai', values: ['', '7', ''] },
      { label: 'Hộ tịch', values: ['', '', '0'] },
    ]);
    const journal = new UndoJournal();
    const report = await fillFromDraft(
      draft([
        { label: 'Đất đai', values: { '3': '1.245', '4': '12.000', '5': '1.234.567' } },
        { label: 'Hộ tịch', values: { '3': '5', '5': '1 000' } },
      ]),
      page.model,
      page.handles,
      { journal },
    );
    expect(report.failures).toEqual([]);
    expect(report.filled).toBe(5);
    expect(page.field(0, 3).value).toBe('1245');
    expect(page.bound.get('Đất đai|3')).toBe(1245);
    expect(page.bound.get('Đất đai|4')).toBe(12000);
    expect(page.bound.get('Đất đai|5')).toBe(1234567);
    expect(page.bound.get('Hộ tịch|5')).toBe(1000);

    const undone = await journal.undo();
    expect(undone.failures).toEqual([]);
    expect(undone.restored).toBe(5);
    expect([3, 4, 5].map((n) => page.field(0, n).value)).toEqual(['', '7', '']);
    expect([3, 4, 5].map((n) => page.field(1, n).value)).toEqual(['', '', '0']);
    expect(page.bound.get('Đất đai|4')).toBe(7);
  });

  it('does not take a field holding 1.245 (one point two four five) for the draft’s 1.245', async () => {
    const page = numberPage([{ label: 'Đất đai', values: ['1.245', '1245'] }]);
    const report = await fillFromDraft(
      draft([{ label: 'Đất đai', values: { '3': '1.245', '4': '1.245' } }]),
      page.model,
      page.handles,
      { journal: new UndoJournal() },
    );
    expect(report.filled).toBe(1);
    expect(report.skippedSame).toBe(1);
    expect(page.bound.get('Đất đai|3')).toBe(1245);
  });

  it('lists a value that did not arrive as that number, and the same undo restores it', async () => {
    const page = numberPage([{ label: 'Đất đai', values: ['3', ''] }]);
    // a page script that keeps only the thousands (a "fix" in the site's own code)
    const odd = page.field(0, 3);
    odd.addEventListener('input', () => {
      if (Number(odd.value) >= 1000) odd.value = String(Math.floor(Number(odd.value) / 1000));
    });
    const journal = new UndoJournal();
    const report = await fillFromDraft(
      draft([{ label: 'Đất đai', values: { '3': '1.245', '4': '2.000' } }]),
      page.model,
      page.handles,
      { journal },
    );
    expect(report.filled).toBe(1);
    expect(report.failures).toEqual([
      { label: 'Đất đai', number: 3, value: '1.245', shown: '1', reason: 'mismatch' },
    ]);
    expect(describeFill(report).vi).toContain('“Đất đai” cột 3: trang hiển thị giá trị khác (1.245 → 1)');
    const undone = await journal.undo();
    expect(describeUndo(undone).vi).toBe('Đã hoàn tác: khôi phục 2 ô như trước khi điền.');
    expect([page.field(0, 3).value, page.field(0, 4).value]).toEqual(['3', '']);
  });

  it('writes a suggested fix as plain digits', async () => {
    const page = numberPage([{ label: 'Đất đai', values: ['12', '5'] }]);
    const journal = new UndoJournal();
    const report = await applyFix({ row: 0, col: 3, value: 2641 }, page.model, page.handles, { journal });
    expect(report.filled).toBe(1);
    expect(page.bound.get('Đất đai|3')).toBe(2641);
    await journal.undo();
    expect(page.field(0, 3).value).toBe('12');
  });

  it('saves a draft from number fields in Vietnamese notation', () => {
    const page = numberPage([{ label: 'Đất đai', values: ['1245', '1.5', '1.245'] }]);
    const saved = draftFromModel(page.model, target);
    expect(saved.rows[0].values).toEqual({ '3': '1245', '4': '1,5', '5': '1,2450' });
  });
});

describe('text fields get the notation they take', () => {
  it('a field with a digits-only pattern gets 1245, whatever the page shows elsewhere', async () => {
    const page = numberPage([{ label: 'Đất đai', values: ['', '1.551'] }], 'type="text" pattern="[0-9]*"');
    await fillFromDraft(draft([{ label: 'Đất đai', values: { '3': '1.245' } }]), page.model, page.handles, {
      journal: new UndoJournal(),
    });
    expect(page.field(0, 3).value).toBe('1245');
  });

  it('keeps the `.` grouping the page shows in the cell or its column', async () => {
    const page = numberPage(
      [
        { label: 'Đất đai', values: ['2.000', ''] },
        { label: 'Hộ tịch', values: ['', '3.104'] },
      ],
      'type="text" inputmode="numeric"',
    );
    await fillFromDraft(
      draft([
        { label: 'Đất đai', values: { '3': '1245', '4': '12000' } },
        { label: 'Hộ tịch', values: { '3': '1.245' } },
      ]),
      page.model,
      page.handles,
      { journal: new UndoJournal() },
    );
    expect(page.field(0, 3).value).toBe('1.245');
    expect(page.field(0, 4).value).toBe('12.000');
    expect(page.field(1, 3).value).toBe('1.245');
  });

  it('a field with no sign of grouping gets plain digits, which no notation misreads', async () => {
    const page = numberPage([{ label: 'Đất đai', values: ['', ''] }], 'type="text" inputmode="numeric"');
    await fillFromDraft(
      draft([{ label: 'Đất đai', values: { '3': '1.245', '4': '12,5' } }]),
      page.model,
      page.handles,
      { journal: new UndoJournal() },
    );
    expect(page.field(0, 3).value).toBe('1245');
    expect(page.field(0, 4).value).toBe('12,5');
  });

  it.each([
    ['data-thousands="." data-decimal=","', '1.245'],
    [`data-inputmask="'alias': 'numeric', 'groupSeparator': ' '"`, '1 245'],
    ['data-mask="#.##0" data-mask-reverse="true"', '1.245'],
    ['data-a-sep="," data-a-dec="."', '1245'],
  ])('follows a mask library’s declared separators: %s', async (attrs, written) => {
    const page = numberPage([{ label: 'Đất đai', values: [''] }], `type="text" ${attrs}`);
    const report = await fillFromDraft(
      draft([{ label: 'Đất đai', values: { '3': '1.245' } }]),
      page.model,
      page.handles,
      { journal: new UndoJournal() },
    );
    expect(page.field(0, 3).value).toBe(written);
    expect(report.failures).toEqual([]);
  });

  it('reads back a `,`-grouping mask’s 1,245 as 1 245, not as an ambiguous text', async () => {
    const page = numberPage(
      [{ label: 'Đất đai', values: [''] }],
      'type="text" data-thousands="," data-decimal="."',
    );
    const field = page.field(0, 3);
    field.addEventListener('input', () => {
      field.value = Number(field.value.replace(/,/g, '')).toLocaleString('en-US');
    });
    const report = await fillFromDraft(
      draft([{ label: 'Đất đai', values: { '3': '1.245' } }]),
      page.model,
      page.handles,
      { journal: new UndoJournal() },
    );
    expect(field.value).toBe('1,245');
    expect(report.failures).toEqual([]);
    expect(report.filled).toBe(1);
  });
});

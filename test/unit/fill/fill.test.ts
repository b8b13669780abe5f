import { beforeEach, describe, expect, it } from 'vitest';
import { draftFromModel } from '@/lib/fill/draft-from-model';
import { applyFix, fillFromDraft } from '@/lib/fill/fill';
import { describeFill, describeUndo } from '@/lib/fill/report';
import { UndoJournal } from '@/lib/fill/undo';
import type { WidgetBridge } from '@/lib/fill/write';
import type { CellHandle } from '@/lib/table/handles';
import { buildTable } from './table-builder';

const target = { form: 'II.06a/VPCP/KSTT', period: '2024-12-15/2025-03-14', unit: 'UBND xã Tịnh Phong' };

beforeEach(() => {
  document.body.replaceChildren();
});

function savedDraft(rows: Parameters<typeof buildTable>[0], numbers?: number[]) {
  const draft = draftFromModel(buildTable(rows, numbers).model, target);
  document.body.replaceChildren();
  return draft;
}

/**
 * A framework-style input as React builds it: it shadows `value` on the instance to remember the
 * last value set by script, and updates its own model only when an `input` event shows a value
 * different from that. Setting `el.value` directly would be swallowed; only the prototype setter works.
 */
function frameworkInput(input: HTMLInputElement, state: Map<HTMLInputElement, string>): void {
  const proto = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
  let tracked = input.value;
  Object.defineProperty(input, 'value', {
    configurable: true,
    get: () => proto.get!.call(input),
    set: (v: string) => {
      tracked = v;
      proto.set!.call(input, v);
    },
  });
  input.addEventListener('input', () => {
    const now = proto.get!.call(input) as string;
    if (now === tracked) return;
    tracked = now;
    state.set(input, now);
  });
}

describe('fill from a draft', () => {
  it('gives a framework input that only listens to input events every value', async () => {
    const draft = savedDraft(
      [
        { label: 'Đất đai', cells: ['1.234', '1.000', '234'] },
        { label: 'Xây dựng', cells: ['5', '3', '2'] },
      ],
      [3, 4, 5],
    );
    const page = buildTable(
      [
        { label: 'Xây dựng', cells: ['', '', ''] },
        { label: 'Đất đai', cells: ['', '', ''] },
      ],
      [3, 4, 5],
    );
    const state = new Map<HTMLInputElement, string>();
    for (const row of page.handles)
      for (const h of row) if (h.kind === 'field') frameworkInput(h.field as HTMLInputElement, state);

    const journal = new UndoJournal();
    const report = await fillFromDraft(draft, page.model, page.handles, { journal });

    expect(report.filled).toBe(6);
    // nothing on the page says it groups thousands with `.`: plain digits, which no field misreads
    expect(state.get(page.input(1, 3))).toBe('1234');
    expect(state.get(page.input(1, 5))).toBe('234');
    expect(state.get(page.input(0, 4))).toBe('3');
    expect(state.size).toBe(6);
  });

  it('fires input, change and blur so frameworks that commit on blur see the value', async () => {
    const draft = savedDraft([{ label: 'Đất đai', cells: ['7'] }], [3]);
    const page = buildTable([{ label: 'Đất đai', cells: [''] }], [3]);
    const seen: string[] = [];
    const input = page.input(0, 3);
    for (const type of ['input', 'change', 'blur']) input.addEventListener(type, () => seen.push(type));
    page.table.addEventListener('input', () => seen.push('input@table'));
    await fillFromDraft(draft, page.model, page.handles, { journal: new UndoJournal() });
    expect(seen).toEqual(['input', 'input@table', 'change', 'blur']);
  });

  it('reports a cell whose page shows something else after the write', async () => {
    const draft = savedDraft([{ label: 'Đất đai', cells: ['150', '4'] }], [3, 4]);
    const page = buildTable([{ label: 'Đất đai', cells: ['', ''] }], [3, 4]);
    const capped = page.input(0, 3);
    capped.addEventListener('input', () => {
      if (Number(capped.value) > 99) capped.value = '99';
    });
    const report = await fillFromDraft(draft, page.model, page.handles, { journal: new UndoJournal() });
    expect(report.filled).toBe(1);
    expect(report.failures).toEqual([
      { label: 'Đất đai', number: 3, value: '150', shown: '99', reason: 'mismatch' },
    ]);
    expect(describeFill(report).vi).toContain(
      'không điền được 1 ô: “Đất đai” cột 3: trang hiển thị giá trị khác (150 → 99)',
    );
  });

  it('skips a field the page disabled after reading and counts it as read-only', async () => {
    const draft = savedDraft([{ label: 'Đất đai', cells: ['1', '2'] }], [3, 4]);
    const page = buildTable([{ label: 'Đất đai', cells: ['', ''] }], [3, 4]);
    page.input(0, 4).readOnly = true;
    const report = await fillFromDraft(draft, page.model, page.handles, { journal: new UndoJournal() });
    expect(report.filled).toBe(1);
    expect(report.skippedReadonly).toBe(1);
    expect(page.input(0, 4).value).toBe('');
  });

  it('refuses to fill a read-only report and writes nothing', async () => {
    const draft = savedDraft([{ label: 'Đất đai', cells: ['1'] }], [3]);
    const page = buildTable([{ label: 'Đất đai', cells: [''] }], [3]);
    const journal = new UndoJournal();
    const report = await fillFromDraft(draft, page.model, page.handles, { journal, state: 'readonly' });
    expect(page.input(0, 3).value).toBe('');
    expect(journal.canUndo).toBe(false);
    expect(describeFill(report).vi).toMatch(/^Không điền: báo cáo đang ở trạng thái chỉ đọc/);
  });

  it('says what it did in Vietnamese and English', async () => {
    const draft = savedDraft(
      [
        { label: 'Đất đai', cells: ['1', '2'] },
        { label: 'Xây dựng', cells: ['3'] },
      ],
      [3, 4],
    );
    const page = buildTable(
      [
        { label: 'Đất đai', cells: ['', { raw: '', readonly: true }] },
        { label: 'Y tế', cells: [''] },
      ],
      [3, 4],
    );
    const status = describeFill(
      await fillFromDraft(draft, page.model, page.handles, { journal: new UndoJournal() }),
    );
    expect(status.vi).toBe(
      'Đã điền 1 ô từ bản nháp; bỏ qua 1 ô chỉ đọc; 1 dòng của bản nháp không có trên trang: “Xây dựng”; 1 dòng trên trang không có trong bản nháp: “Y tế”.',
    );
    expect(status.en).toBe(
      'Filled 1 cell from the draft; skipped 1 read-only; 1 draft row not on the page: “Xây dựng”; 1 page row not in the draft: “Y tế”.',
    );
  });

  it('reports a canvas cell it cannot write instead of skipping it silently', async () => {
    const draft = savedDraft([{ label: 'Đất đai', cells: ['1'] }], [3]);
    const page = buildTable([{ label: 'Đất đai', cells: [''] }], [3]);
    page.handles[0][2] = { kind: 'static', cell: null };
    const report = await fillFromDraft(draft, page.model, page.handles, { journal: new UndoJournal() });
    expect(report.failures.map((f) => f.reason)).toEqual(['not-writable']);
  });
});

describe('contenteditable and widget cells', () => {
  it('sets the text of a contenteditable cell with an input event', async () => {
    const draft = savedDraft([{ label: 'Đất đai', cells: ['12'] }], [3]);
    const page = buildTable([{ label: 'Đất đai', cells: [''] }], [3]);
    const div = document.createElement('div');
    div.setAttribute('contenteditable', 'true');
    page.handles[0][2].cell?.replaceChildren(div);
    page.handles[0][2] = { kind: 'contenteditable', cell: page.handles[0][2].cell!, field: div };
    let heard = '';
    div.addEventListener('input', () => {
      heard = div.textContent ?? '';
    });
    const journal = new UndoJournal();
    await fillFromDraft(draft, page.model, page.handles, { journal });
    expect(heard).toBe('12');
    await journal.undo();
    expect(div.textContent).toBe('');
  });

  it('writes widget-grid cells through the bridge, one call per grid, and undoes through it', async () => {
    const draft = savedDraft([{ label: 'Đất đai', cells: ['1', '2'] }], [3, 4]);
    const page = buildTable([{ label: 'Đất đai', cells: ['', '9'] }], [3, 4]);
    const grid = new Map<string, string>([['0:3', '9']]);
    const calls: number[] = [];
    const bridge: WidgetBridge = {
      write: async (_id, cells) => {
        calls.push(cells.length);
        return cells.map((c) => {
          const before = grid.get(`${c.row}:${c.col}`) ?? '';
          grid.set(`${c.row}:${c.col}`, c.value);
          return { row: c.row, col: c.col, shown: c.value, before };
        });
      },
    };
    page.handles[0][2] = { kind: 'widget', cell: null, grid: 'g1', row: 0, col: 2 };
    page.handles[0][3] = { kind: 'widget', cell: null, grid: 'g1', row: 0, col: 3 };
    const journal = new UndoJournal();
    const report = await fillFromDraft(draft, page.model, page.handles, { journal, bridge });
    expect(report.filled).toBe(2);
    expect(calls).toEqual([2]);
    expect(grid.get('0:2')).toBe('1');
    await journal.undo({ bridge });
    expect(grid.get('0:2')).toBe('');
    expect(grid.get('0:3')).toBe('9');
  });

  it('reports widget cells as not filled when no bridge is there', async () => {
    const draft = savedDraft([{ label: 'Đất đai', cells: ['1'] }], [3]);
    const page = buildTable([{ label: 'Đất đai', cells: [''] }], [3]);
    page.handles[0][2] = { kind: 'widget', cell: null, grid: 'g1', row: 0, col: 2 } satisfies CellHandle;
    const report = await fillFromDraft(draft, page.model, page.handles, { journal: new UndoJournal() });
    expect(report.failures.map((f) => f.reason)).toEqual(['no-bridge']);
  });
});

describe('undo', () => {
  it('restores exactly what each changed cell held, empty cells included', async () => {
    const draft = savedDraft(
      [
        { label: 'Đất đai', cells: ['1.234', '5', '6'] },
        { label: 'Xây dựng', cells: ['7', '8', '9'] },
      ],
      [3, 4, 5],
    );
    const page = buildTable(
      [
        { label: 'Đất đai', cells: ['', '05', '6'] },
        { label: 'Xây dựng', cells: ['1 000', '', 'x'] },
      ],
      [3, 4, 5],
    );
    const before = page.handles.map((row) => row.map((h) => (h.kind === 'field' ? h.field.value : null)));
    const journal = new UndoJournal();
    await fillFromDraft(draft, page.model, page.handles, { journal });
    expect(page.input(1, 3).value).toBe('7');
    const undone = await journal.undo();
    expect(page.handles.map((row) => row.map((h) => (h.kind === 'field' ? h.field.value : null)))).toEqual(
      before,
    );
    expect(undone.restored).toBe(4);
    expect(describeUndo(undone).vi).toBe('Đã hoàn tác: khôi phục 4 ô như trước khi điền.');
    expect(journal.canUndo).toBe(false);
    expect(describeUndo(await journal.undo()).vi).toBe('Không có gì để hoàn tác.');
  });

  it('keeps a cell the user edited after the fill and says so', async () => {
    const draft = savedDraft([{ label: 'Đất đai', cells: ['1', '2'] }], [3, 4]);
    const page = buildTable([{ label: 'Đất đai', cells: ['', ''] }], [3, 4]);
    const journal = new UndoJournal();
    await fillFromDraft(draft, page.model, page.handles, { journal });
    page.input(0, 4).value = '42';
    const undone = await journal.undo();
    expect(page.input(0, 3).value).toBe('');
    expect(page.input(0, 4).value).toBe('42');
    expect(describeUndo(undone).vi).toContain('giữ nguyên 1 ô bạn đã sửa sau đó: “Đất đai” cột 4');
  });

  it('undoes an applied fix as its own step, after which the fill can be undone', async () => {
    const draft = savedDraft([{ label: 'Đất đai', cells: ['10', '4', '5'] }], [3, 4, 5]);
    const page = buildTable([{ label: 'Đất đai', cells: ['', '', ''] }], [3, 4, 5]);
    const journal = new UndoJournal();
    await fillFromDraft(draft, page.model, page.handles, { journal });
    page.model.rows[0].cells[2].raw = '10';
    const fixed = await applyFix({ row: 0, col: 3, value: 1009 }, page.model, page.handles, { journal });
    expect(describeFill(fixed).vi).toBe('Đã điền 1 ô theo gợi ý sửa.');
    expect(page.input(0, 3).value).toBe('1009');
    await journal.undo();
    expect(page.input(0, 3).value).toBe('10');
    await journal.undo();
    expect(page.input(0, 3).value).toBe('');
  });
});

describe('undo after the page re-rendered its table', () => {
  it('finds each changed cell again by row label and column number', async () => {
    const draft = savedDraft([{ label: 'Đất đai', cells: ['1', '2'] }], [3, 4]);
    const first = buildTable([{ label: 'Đất đai', cells: ['', '7'] }], [3, 4]);
    const journal = new UndoJournal();
    await fillFromDraft(draft, first.model, first.handles, { journal });
    // The page throws its table away and renders a new one with the filled values.
    first.table.remove();
    const again = buildTable(
      [
        { label: 'Hộ tịch', cells: ['', ''] },
        { label: 'Đất đai', cells: ['1', '2'] },
      ],
      [3, 4],
    );
    const undone = await journal.undo({ current: { model: again.model, handles: again.handles } });
    expect(undone.failures).toEqual([]);
    expect([again.input(1, 3).value, again.input(1, 4).value]).toEqual(['', '7']);
  });
});

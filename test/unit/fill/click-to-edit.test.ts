import { beforeEach, describe, expect, it } from 'vitest';
import { draftFromModel } from '@/lib/fill/draft-from-model';
import { fillFromDraft } from '@/lib/fill/fill';
import { UndoJournal } from '@/lib/fill/undo';
import type { CellHandle } from '@/lib/table/handles';
import { buildTable } from './table-builder';

const target = { form: 'II.06a/VPCP/KSTT', period: '2024-12-15/2025-03-14', unit: 'UBND xã A' };
const timing = { openMs: 30, commitMs: 30 };

beforeEach(() => {
  document.body.replaceChildren();
});

/**
 * A click-to-edit grid cell: plain text until opened (by `opener`), then an <input> that the grid
 * itself creates; the grid's model changes only when the editor commits (`commit` event), then the
 * cell shows the model's value as text again.
 */
function gridCell(
  td: HTMLTableCellElement,
  model: Map<string, string>,
  id: string,
  opener: string,
  commit: string,
) {
  td.replaceChildren(model.get(id) ?? '');
  td.addEventListener(opener, () => {
    if (td.querySelector('input')) return;
    const editor = document.createElement('input');
    editor.value = model.get(id) ?? '';
    td.replaceChildren(editor);
    editor.addEventListener(commit, (event) => {
      if (commit === 'keydown' && (event as KeyboardEvent).key !== 'Enter') return;
      if (!editor.isConnected) return;
      model.set(id, editor.value);
      td.replaceChildren(editor.value);
    });
  });
}

describe('click-to-edit grid', () => {
  it('opens each cell (click or double-click), types, commits, and the grid model gets every value', async () => {
    const draft = draftFromModel(
      buildTable([{ label: 'Đất đai', cells: ['1.234', '56'] }], [3, 4]).model,
      target,
    );
    document.body.replaceChildren();
    const page = buildTable([{ label: 'Đất đai', cells: ['', ''] }], [3, 4]);
    const model = new Map<string, string>();
    const tds = [2, 3].map((c) => page.handles[0][c].cell as HTMLTableCellElement);
    gridCell(tds[0], model, 'a', 'click', 'keydown');
    gridCell(tds[1], model, 'b', 'dblclick', 'blur');
    page.handles[0][2] = { kind: 'activate', cell: tds[0] } satisfies CellHandle;
    page.handles[0][3] = { kind: 'activate', cell: tds[1] } satisfies CellHandle;

    const journal = new UndoJournal();
    const report = await fillFromDraft(draft, page.model, page.handles, { journal, timing });
    expect(report.failures).toEqual([]);
    expect(report.filled).toBe(2);
    // an empty grid shows no notation: plain digits
    expect(model.get('a')).toBe('1234');
    expect(model.get('b')).toBe('56');
    expect(tds.map((td) => td.textContent)).toEqual(['1234', '56']);

    const undone = await journal.undo({ timing });
    expect(undone.restored).toBe(2);
    expect(model.get('a')).toBe('');
    expect(model.get('b')).toBe('');
  });

  it('reports a cell whose editor never opens', async () => {
    const draft = draftFromModel(buildTable([{ label: 'Đất đai', cells: ['1'] }], [3]).model, target);
    document.body.replaceChildren();
    const page = buildTable([{ label: 'Đất đai', cells: [''] }], [3]);
    const td = page.handles[0][2].cell as HTMLTableCellElement;
    td.replaceChildren('');
    page.handles[0][2] = { kind: 'activate', cell: td };
    const report = await fillFromDraft(draft, page.model, page.handles, {
      journal: new UndoJournal(),
      timing,
    });
    expect(report.failures.map((f) => f.reason)).toEqual(['no-editor']);
  });

  it('types into a number editor in its notation and reads the formatted cell back as a number', async () => {
    const draft = draftFromModel(
      buildTable([{ label: 'Đất đai', cells: ['1.245', '12.000'] }], [3, 4]).model,
      target,
    );
    document.body.replaceChildren();
    // the grid keeps numbers, edits them in an <input type="number"> and shows them formatted (1.245)
    const model = new Map<string, number | null>([
      ['a', null],
      ['b', 7],
    ]);
    const show = (n: number | null | undefined) => (n == null ? '' : n.toLocaleString('vi-VN'));
    const page = buildTable([{ label: 'Đất đai', cells: ['', '7'] }], [3, 4]);
    const tds = [2, 3].map((c) => page.handles[0][c].cell as HTMLTableCellElement);
    tds.forEach((td, i) => {
      const id = i === 0 ? 'a' : 'b';
      td.replaceChildren(show(model.get(id)));
      td.addEventListener('click', () => {
        if (td.querySelector('input')) return;
        const editor = document.createElement('input');
        editor.type = 'number';
        editor.value = model.get(id) == null ? '' : String(model.get(id));
        td.replaceChildren(editor);
        editor.addEventListener('keydown', (event) => {
          if (event.key !== 'Enter' || !editor.isConnected) return;
          model.set(id, editor.value === '' ? null : Number(editor.value));
          td.replaceChildren(show(model.get(id)));
        });
      });
      page.handles[0][2 + i] = { kind: 'activate', cell: td };
    });

    const journal = new UndoJournal();
    const report = await fillFromDraft(draft, page.model, page.handles, { journal, timing });
    expect(report.failures).toEqual([]);
    expect([model.get('a'), model.get('b')]).toEqual([1245, 12000]);
    expect(tds.map((td) => td.textContent)).toEqual(['1.245', '12.000']);

    const undone = await journal.undo({ timing });
    expect(undone.restored).toBe(2);
    expect([model.get('a'), model.get('b')]).toEqual([null, 7]);
  });
});

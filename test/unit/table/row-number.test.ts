import { describe, expect, it } from 'vitest';
import { draftRowsFromModel } from '@/lib/fill/draft-from-model';
import { checkAll } from '@/lib/rules/engine';
import { readBuiltTable } from '@/lib/table/read';

// The row-number column is one thing to the model, the checks and the drafts: a first column that
// numbers the rows without a header ("1.1", "1.2", as sub-items are numbered) is neither checked as
// figures nor saved as them, like a column headed "STT".

function model(first: string) {
  document.body.innerHTML = `<table><thead><tr><th>${first}</th><th>Lĩnh vực</th><th>Tổng số</th></tr></thead>
  <tbody>
    <tr><td>1.1</td><td>Hộ tịch</td><td><input value="12"></td></tr>
    <tr><td>1.2</td><td>Chứng thực</td><td><input value="3"></td></tr>
  </tbody></table>`;
  return readBuiltTable(document.querySelector('table')!)!.model;
}

describe('the row-number column', () => {
  it.each(['', 'STT', 'Số thứ tự'])(
    'headed %j: the builder knows it, no check reads it as a figure',
    (first) => {
      const m = model(first);
      expect(m.rowNumberColumn).toBe(0);
      expect(m.rows.map((r) => r.stt)).toEqual(['1.1', '1.2']);
      expect(checkAll(m, null, {}).filter((f) => f.col === 1)).toEqual([]);
    },
  );

  it('is not saved in a draft, the figures are', () => {
    const rows = draftRowsFromModel(model(''));
    expect(rows.map((r) => r.values)).toEqual([{ '3': '12' }, { '3': '3' }]);
  });
});

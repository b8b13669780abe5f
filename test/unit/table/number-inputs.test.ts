import { beforeEach, describe, expect, it } from 'vitest';
import { runFamily } from '@/lib/rules/engine';
import { readTable } from '@/lib/table/read';
import { ii06Def } from '../rules/build';

// An <input type="number"> holds a JS number: `1.5` is one point five and `1.245` one point two four
// five, not the Vietnamese 1 245. The table reader reads it so, and the rules see the number it holds.

const HEAD = `<tr><th>STT</th><th>Lĩnh vực</th>${Array.from({ length: 11 }, (_, i) => `<th>C${i + 3}</th>`).join('')}</tr>
<tr>${Array.from({ length: 13 }, (_, i) => `<td>(${i + 1})</td>`).join('')}</tr>`;

function read(values: string[], type = 'number') {
  const cells = values.map((v) => `<td><input type="${type}" value="${v}"></td>`).join('');
  document.body.innerHTML = `<table><thead>${HEAD}</thead><tbody><tr><td>1</td><td>Hộ tịch</td>${cells}</tr></tbody></table>`;
  return readTable(document.querySelector('table')!)!.model;
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('reading number inputs', () => {
  it('reads their values as JS numbers, text fields in Vietnamese notation', () => {
    const model = read(['1245', '1.5', '1.245', '', '-3', '1e3']);
    expect(model.rows[0].cells.slice(2, 8).map((c) => [c.raw, c.value, c.parse])).toEqual([
      ['1245', 1245, 'number'],
      ['1.5', 1.5, 'number'],
      ['1.245', 1.245, 'number'],
      ['', null, 'empty'],
      ['-3', -3, 'number'],
      ['1e3', 1000, 'number'],
    ]);
    const text = read(['1.245', '1,5'], 'text');
    expect(text.rows[0].cells.slice(2, 4).map((c) => c.value)).toEqual([1245, 1.5]);
  });

  it('1.5 in a number input of a count column is "not a whole number", not unreadable', () => {
    const model = read(['', '1.5']);
    const [finding, ...rest] = runFamily('number', model, ii06Def(), {});
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: 'number', col: 4, detail: { actual: 1.5 } });
    expect(finding.message).toBe('Số hồ sơ phải là số nguyên, không có phần thập phân (1,5).');
  });

  it('sums what the number inputs hold', () => {
    // (3) 1245 = 1.245 + 0 + 0 in the inputs' own reading: a sum error, with 1245 as shown
    const model = read(['1245', '1.245', '', '']);
    const [finding] = runFamily('sum', model, ii06Def(), {});
    expect(finding).toMatchObject({ rule: 'sum', col: 3, detail: { expected: 1.245, actual: 1245 } });
  });
});

import { describe, expect, it } from 'vitest';
import { readBuiltTable } from '@/lib/table/read';
import { sameContent } from '@/lib/table/same-content';

// A re-render with the same data keeps its findings; any difference the checks would read does not.

const TABLE = (cells: string, label = 'Hộ tịch') => `<table><thead><tr><th>STT</th><th>Lĩnh vực</th>
  <th>Tổng số</th><th>Trực tuyến</th></tr><tr><td>(1)</td><td>(2)</td><td>(3)</td><td>(4)</td></tr></thead>
  <tbody><tr><td>1</td><td>${label}</td>${cells}</tr></tbody></table>`;

function model(html: string) {
  document.body.innerHTML = html;
  return readBuiltTable(document.querySelector('table')!)!.model;
}

describe('sameContent', () => {
  const cells = '<td><input value="1.234"></td><td><input value="5"></td>';
  it('holds for the same data in new nodes', () => {
    expect(sameContent(model(TABLE(cells)), model(TABLE(cells)))).toBe(true);
  });

  it('fails for another value, label, a read-only cell, or a row more', () => {
    const a = model(TABLE(cells));
    expect(sameContent(a, model(TABLE('<td><input value="1.235"></td><td><input value="5"></td>')))).toBe(
      false,
    );
    expect(sameContent(a, model(TABLE(cells, 'Chứng thực')))).toBe(false);
    expect(
      sameContent(a, model(TABLE('<td><input value="1.234" disabled></td><td><input value="5"></td>'))),
    ).toBe(false);
    const more = TABLE(cells).replace('</tbody>', `<tr><td>2</td><td>Đất đai</td>${cells}</tr></tbody>`);
    expect(sameContent(a, model(more))).toBe(false);
  });
});

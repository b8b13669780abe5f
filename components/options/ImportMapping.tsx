import type { MappingHow } from '@/lib/drafts/import/map-columns';
import type { ImportView } from '@/lib/drafts/import/session';
import type { FormDef } from '@/lib/forms/schema';
import { formatNumber } from '@/lib/numbers';

// The column mapping as a correction tool: every file column shows where it goes — a form column,
// "cộng vào cột N" when several file columns add up into one, or "bỏ qua" with its total so the user
// sees what the form will not hold — and the user may change it. Totals the file lacks are shown as
// derived; form columns nothing fills are named.

const HOW: Record<MappingHow, [string, string]> = {
  numbering: ['theo dòng đánh số cột', 'by the column-numbering row'],
  header: ['theo tên cột', 'by the column name'],
  group: ['theo tên cột và nhóm cột phía trên', 'by the column name and the group above'],
  order: ['theo thứ tự cột (đoán, hãy kiểm tra)', 'by column order (a guess, please check)'],
  fuzzy: ['theo tên gần giống (hãy kiểm tra)', 'by a similar name (please check)'],
  user: ['do bạn chọn', 'chosen by you'],
  remembered: ['như lần nhập trước của tệp cùng tiêu đề', 'as for the last file with this header'],
  merged: ['cột gộp Đúng hạn và Trước hạn: hãy chọn cột', 'merged on time and early: choose where it goes'],
  none: ['không thuộc biểu, bỏ qua', 'not part of the form, ignored'],
};

interface Props {
  imported: ImportView;
  def: FormDef;
  onChange: (fileColumn: number, number: number | null) => void;
}

const partName = (p: number | 'new') => (p === 'new' ? '“Mới tiếp nhận”' : `(${p})`);

export function ImportMapping({ imported, def, onChange }: Props) {
  const { mapping, layout } = imported;
  const counts = def.columns.filter((c) => c.number !== 1 && c.number !== (def.labelColumn ?? 2));
  const shared = (n: number) => mapping.filter((m) => m.number === n).length > 1;
  const derived = new Set(imported.derived.map((d) => d.number));
  const missing = counts.filter((c) => !mapping.some((m) => m.number === c.number) && !derived.has(c.number));
  return (
    <>
      <table>
        <thead>
          <tr>
            <th>Cột trong tệp (File column)</th>
            <th>Vào cột của biểu (Goes to)</th>
            <th>Cách xác định (Decided)</th>
          </tr>
        </thead>
        <tbody>
          {mapping
            .filter((m) => m.header !== '')
            .map((m) => {
              const label = m.fileColumn === layout.labelColumn;
              const total = imported.unplacedTotals.get(m.fileColumn);
              return (
                <tr
                  key={m.fileColumn}
                  data-testid="tlbc-import-mapping"
                  data-col={m.number ?? ''}
                  data-how={m.how}
                >
                  <td>{m.header}</td>
                  <td>
                    {label || def.columns.length === 0 ? (
                      m.number === null ? (
                        '—'
                      ) : (
                        `(${m.number})`
                      )
                    ) : (
                      <>
                        <select
                          data-testid="tlbc-import-target"
                          data-file-col={m.fileColumn}
                          aria-label={`Cột của biểu cho “${m.header}”`}
                          value={m.number === null ? '' : String(m.number)}
                          onChange={(e) => {
                            const v = (e.currentTarget as HTMLSelectElement).value;
                            onChange(m.fileColumn, v === '' ? null : Number(v));
                          }}
                        >
                          <option value="">{m.how === 'merged' ? '— chọn cột —' : 'bỏ qua'}</option>
                          {counts.map((c) => (
                            <option key={c.number} value={String(c.number)}>
                              ({c.number}) {c.group ? `${c.group} – ` : ''}
                              {c.header}
                            </option>
                          ))}
                        </select>{' '}
                        {m.number !== null && shared(m.number) && (
                          <span data-testid="tlbc-import-adds">
                            cộng vào cột ({m.number}) <span lang="en">(added into column ({m.number}))</span>
                          </span>
                        )}
                        {m.number === null && total !== undefined && (
                          <span data-testid="tlbc-import-unplaced" data-total={total}>
                            bỏ qua, tổng {formatNumber(total)} <span lang="en">(ignored, total {total})</span>
                          </span>
                        )}
                      </>
                    )}
                  </td>
                  <td>
                    {HOW[m.how][0]} <span lang="en">({HOW[m.how][1]})</span>
                  </td>
                </tr>
              );
            })}
        </tbody>
      </table>
      {imported.derived.length > 0 && (
        <ul>
          {imported.derived.map((d) => (
            <li key={d.number} data-testid="tlbc-import-derived" data-col={d.number}>
              Cột ({d.number}) = {d.from.map(partName).join(' + ')}: tệp không có cột này, đã tính từ các cột
              của tệp.{' '}
              <span lang="en">
                (Column ({d.number}) is not in the file: derived from {d.from.map(partName).join(' + ')}.)
              </span>
            </li>
          ))}
        </ul>
      )}
      {missing.length > 0 && (
        <p data-testid="tlbc-import-missing" data-cols={missing.map((c) => c.number).join(' ')}>
          Tệp không có số cho cột {missing.map((c) => `(${c.number})`).join(', ')}: các ô này để trống.{' '}
          <span lang="en">(The file has no figures for these columns: left empty.)</span>
        </p>
      )}
      {imported.leftOut.count > 0 && (
        <p data-testid="tlbc-import-left-out" data-count={imported.leftOut.count}>
          Bỏ qua {formatNumber(imported.leftOut.count)} dòng không phải số liệu (tiêu đề, chữ ký, ghi chú
          {imported.leftOut.labels.length > 0
            ? `: ${imported.leftOut.labels.map((l) => `“${l}”`).join(', ')}`
            : ''}
          ). <span lang="en">(Left out {imported.leftOut.count} lines that are not data.)</span>
        </p>
      )}
    </>
  );
}

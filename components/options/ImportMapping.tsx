import type { MappingHow } from '@/lib/drafts/import/map-columns';
import type { ImportView } from '@/lib/drafts/import/session';
import type { FormDef } from '@/lib/forms/schema';
import type { ImportKey } from '@/lib/i18n/messages/import';
import type { ImportT } from './ImportSection';

// The column mapping as a correction tool: every file column shows where it goes — a form column,
// "cộng vào cột N" when several file columns add up into one, or "bỏ qua" with its total so the user
// sees what the form will not hold — and the user may change it. Totals the file lacks are shown as
// derived; form columns nothing fills are named.

const how = (m: MappingHow): ImportKey => `import.how.${m}`;

interface Props {
  imported: ImportView;
  def: FormDef;
  t: ImportT;
  onChange: (fileColumn: number, number: number | null) => void;
}

export function ImportMapping({ imported, def, t, onChange }: Props) {
  const partName = (p: number | 'new') => (p === 'new' ? t('import.map.new') : `(${p})`);
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
            <th>{t('import.map.fileColumn')}</th>
            <th>{t('import.map.goesTo')}</th>
            <th>{t('import.map.decided')}</th>
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
                          aria-label={t('import.map.targetOf', { header: m.header })}
                          value={m.number === null ? '' : String(m.number)}
                          onChange={(e) => {
                            const v = (e.currentTarget as HTMLSelectElement).value;
                            onChange(m.fileColumn, v === '' ? null : Number(v));
                          }}
                        >
                          <option value="">
                            {m.how === 'merged' ? t('import.map.choose') : t('import.map.ignore')}
                          </option>
                          {counts.map((c) => (
                            <option key={c.number} value={String(c.number)}>
                              ({c.number}) {c.group ? `${c.group} – ` : ''}
                              {c.header}
                            </option>
                          ))}
                        </select>{' '}
                        {m.number !== null && shared(m.number) && (
                          <span data-testid="tlbc-import-adds">
                            {t('import.map.adds', { col: m.number })}
                          </span>
                        )}
                        {m.number === null && total !== undefined && (
                          <span data-testid="tlbc-import-unplaced" data-total={total}>
                            {t('import.map.unplaced', { total })}
                          </span>
                        )}
                      </>
                    )}
                  </td>
                  <td>{t(how(m.how))}</td>
                </tr>
              );
            })}
        </tbody>
      </table>
      {imported.derived.length > 0 && (
        <ul>
          {imported.derived.map((d) => (
            <li key={d.number} data-testid="tlbc-import-derived" data-col={d.number}>
              {t('import.map.derived', { col: d.number, parts: d.from.map(partName).join(' + ') })}
            </li>
          ))}
        </ul>
      )}
      {missing.length > 0 && (
        <p data-testid="tlbc-import-missing" data-cols={missing.map((c) => c.number).join(' ')}>
          {t('import.map.missing', { cols: missing.map((c) => `(${c.number})`).join(', ') })}
        </p>
      )}
      {imported.leftOut.count > 0 && (
        <p data-testid="tlbc-import-left-out" data-count={imported.leftOut.count}>
          {imported.leftOut.labels.length > 0
            ? t('import.map.leftOutLabels', {
                count: imported.leftOut.count,
                labels: imported.leftOut.labels.map((l) => `“${l}”`).join(', '),
              })
            : t('import.map.leftOut', { count: imported.leftOut.count })}
        </p>
      )}
    </>
  );
}

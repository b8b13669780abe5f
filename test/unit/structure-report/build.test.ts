import { describe, expect, it } from 'vitest';
import { buildStructureReport, type WidgetRead } from '@/lib/structure-report/build';
import type { StructureReport } from '@/lib/structure-report/report';
import { buildWidgetModel } from '@/lib/table/widget';
import { GRID_ATTR, type GridData } from '@/lib/table/widget-protocol';
import { knownData, parseReplica, QN, type Replica, replicaHtml, VPCP } from './replicas';

// The page-structure report on every replica shape: it describes the page, and none of the
// replica's figures, field names, unit names or typed text appear anywhere in it.

const NOW = new Date('2027-03-12T02:00:00.000Z');
const UNITS = ['UBND xã Tịnh Ấn Tây', 'Văn phòng HĐND và UBND huyện Sơn Tịnh', 'Tịnh Ấn Tây', 'Sơn Tịnh'];
const TYPED = 'Ghi chú riêng của đơn vị 4242';

const PAGES: [name: string, host: string, path: string][] = [
  ['II.06a table (Quảng Ngãi)', QN, '/bao-cao/nhap-lieu/ii06a'],
  ['II.06a table (VPCP)', VPCP, '/bao-cao/bieu-mau/ii06a'],
  ['II.06a with seeded errors', QN, '/bao-cao/nhap-lieu/ii06a?values=errors'],
  ['II.06a read-only, computed total', VPCP, '/bao-cao/bieu-mau/ii06a?state=cho-duyet&total=computed'],
  ['II.06a ARIA grid', QN, '/bao-cao/nhap-lieu/ii06a?shape=aria'],
  ['II.06a click-to-edit grid', VPCP, '/bao-cao/bieu-mau/ii06a?shape=click'],
  ['II.06a Handsontable', QN, '/bao-cao/nhap-lieu/ii06a?shape=handsontable'],
  ['II.06a canvas grid', QN, '/bao-cao/nhap-lieu/ii06a?shape=canvas'],
  ['II.06a in an iframe', VPCP, '/bao-cao/bieu-mau/ii06a?shape=iframe'],
  ['II.06a single-page app', QN, '/bao-cao/nhap-lieu/ii06a?shape=spa'],
  ['II.06 aggregate (VPCP)', VPCP, '/bao-cao/bieu-mau/ii06'],
  ['II.06 aggregate (Quảng Ngãi)', QN, '/bao-cao/nhap-lieu/ii06?values=errors'],
  ['bc01 generic', QN, '/bao-cao/nhap-lieu/bc01'],
  ['II.01-ĐC outline', QN, '/bao-cao/nhap-lieu/ii01-dc'],
  ['II.01-ĐC outline (VPCP)', VPCP, '/bao-cao/bieu-mau/ii01-dc?values=errors'],
  ['sign-in page', QN, '/dang-nhap'],
  ['list of reports', VPCP, '/bao-cao'],
];
const FRAME: [string, string] = [VPCP, '/bao-cao/bieu-mau/ii06a?shape=table&frame=1'];
const html = replicaHtml([...PAGES.map(([, host, path]) => [host, path] as [string, string]), FRAME]);

interface Built {
  report: StructureReport;
  page: Replica;
  secrets: { values: string[]; labels: string[] };
  docs: Document[];
}

/** What the page model knows, plus what the DOM shows in fields and editors (the outline's figures). */
function secretsOf(page: Replica, docs: Document[]) {
  const { values, labels } = knownData(page.config);
  for (const doc of docs) {
    for (const input of Array.from(doc.querySelectorAll('input'))) if (input.value) values.push(input.value);
    for (const editor of Array.from(doc.querySelectorAll('[contenteditable]'))) {
      // The figures it quotes (a year is the period's, which the report names on purpose).
      values.push(...(editor.textContent?.match(/\d[\d.]*\d|\d/g) ?? []).filter((n) => !/^20\d\d$/.test(n)));
      labels.push(...(editor.textContent?.split(/[.;:]\s/).filter((s) => s.length > 20) ?? []));
    }
  }
  return { values, labels };
}

/** Handsontable draws nothing without its script: the grid's root, and what the bridge would answer. */
function handsontableRead(page: Replica): WidgetRead {
  const hot = page.config.hot as {
    containerId: string;
    data: (string | number | null)[][];
    nestedHeaders: (string | { label?: string; colspan?: number })[][];
    readOnlyCells: [number, number][];
  };
  const root = page.doc.getElementById(hot.containerId)!;
  root.classList.add('handsontable');
  root.setAttribute(GRID_ATTR, 'g1');
  root.innerHTML = '<div class="ht_master"><table><tbody><tr><td></td></tr></tbody></table></div>';
  // As the Handsontable page adapter reads it: nested header cells become { label, span }.
  const data: GridData = {
    library: 'handsontable',
    headers: hot.nestedHeaders.map((line) =>
      line.map((h) =>
        typeof h === 'string' ? { label: h, span: 1 } : { label: h.label ?? '', span: h.colspan ?? 1 },
      ),
    ),
    rows: hot.data,
    readOnly: hot.readOnlyCells,
    computed: [],
    merged: [],
    numeric: hot.data[0]?.map((_, c) => hot.data.some((line) => typeof line[c] === 'number')) ?? [],
  };
  const built = buildWidgetModel('g1', data);
  return {
    doc: 0,
    unsupported: null,
    tables: [{ grid: 'g1', root, built, merged: 0, readOnly: data.readOnly.length }],
  };
}

function build(index: number): Built {
  const page = parseReplica(html[index]);
  const docs = [page.doc];
  const widgets: WidgetRead[] = [];
  if (PAGES[index][2].includes('shape=iframe')) docs.push(parseReplica(html[PAGES.length]).doc);
  if (PAGES[index][2].includes('shape=spa')) {
    // What the app does after its delay: the form's template rendered into the page.
    const mount = page.doc.querySelector('template')!;
    mount.parentElement!.append(page.doc.importNode((mount as HTMLTemplateElement).content, true));
  }
  if (PAGES[index][2].includes('shape=handsontable')) widgets.push(handsontableRead(page));
  // Something the user typed: in the first text field, or in the outline's editor.
  const field = docs.at(-1)!.querySelector<HTMLInputElement>('input[type=text]:not([disabled])');
  const editor = page.doc.querySelector('[contenteditable=true]');
  if (field) field.value = TYPED;
  if (editor) editor.append(page.doc.createTextNode(` Kỳ báo cáo này: ${TYPED}.`));
  const secrets = secretsOf(page, docs);
  return {
    report: buildStructureReport({ docs, widgets, extension: '0.1.0', now: NOW }),
    page,
    secrets,
    docs,
  };
}

const built = PAGES.map((_, i) => build(i));

describe('page-structure report: no data', () => {
  it.each(PAGES.map(([name], i) => [name, i] as const))(
    '%s: no figure, field name, unit name or typed text',
    (_, i) => {
      const { report, secrets } = built[i];
      const json = JSON.stringify(report);
      const lower = json.toLocaleLowerCase('vi');
      for (const value of secrets.values.filter((v) => v.replace(/\D/g, '').length >= 3)) {
        const digits = value.replace(/\D/g, '');
        expect(json, `figure ${value}`).not.toMatch(
          new RegExp(`(?<![\\d.])${value.replace(/\./g, '\\.')}(?![\\d])`),
        );
        expect(json, `figure ${digits}`).not.toMatch(new RegExp(`(?<![\\d.])${digits}(?![\\d])`));
      }
      for (const label of secrets.labels.filter((l) => !/^(tổng|cộng|cấp)/i.test(l))) {
        expect(json, `label ${label}`).not.toContain(label);
      }
      for (const unit of UNITS) expect(lower, `unit ${unit}`).not.toContain(unit.toLocaleLowerCase('vi'));
      expect(json).not.toContain('Ghi chú riêng');
      expect(json).not.toContain('4242');
    },
  );

  it('the checks have something to find: the replicas do carry figures, labels and units', () => {
    const { secrets, page } = built[0];
    expect(secrets.values).toContain('1.551');
    expect(secrets.labels).toContain('Chứng thực');
    expect(page.html).toContain('UBND xã Tịnh Ấn Tây');
    expect(built[13].secrets.values).toContain('2.631');
  });
});

describe('page-structure report: the structure', () => {
  it('a plain table: header texts, numbering, spans, fields by kind, the form lines and the decision', () => {
    const { report } = built[0];
    expect(report).toMatchObject({ format: 'tro-ly-bao-cao-structure', version: 1, extension: '0.1.0' });
    expect(report.decision).toEqual({ kind: 'report', form: 'II.06a/VPCP/KSTT', table: 0 });
    const [table] = report.tables;
    expect(table).toMatchObject({ reader: 'html', reportTable: true });
    expect(table.recognised).toMatchObject({
      formCode: 'II.06a/VPCP/KSTT',
      header: 'matches',
      period: 'read',
    });
    expect(table.model?.kinds).toEqual([
      ['data', 8],
      ['total', 1],
    ]);
    expect(table.model?.columns[3]).toEqual({
      number: 4,
      path: ['Số hồ sơ nhận giải quyết', 'Trong đó', 'Trực tuyến'],
    });
    const [first, second, , numbering, body] = table.shape!.rows;
    expect(first.cells[2]).toMatchObject({
      tag: 'th',
      values: { colspan: '4' },
      text: 'Số hồ sơ nhận giải quyết',
    });
    expect(second.header).toBe(true);
    expect(numbering.cells.map((c) => c.text)).toEqual(Array.from({ length: 13 }, (_, i) => `(${i + 1})`));
    expect(body.cells[0]).toMatchObject({ content: 'stt', stt: 'arabic' });
    expect(body.cells[1]).toEqual(expect.objectContaining({ content: 'label' }));
    expect(body.cells[1].keyword).toBeUndefined();
    expect(body.cells[2].control).toMatchObject({ tag: 'input', values: { type: 'text' }, holds: 'text' });
    expect(body.cells[3].control).toMatchObject({ holds: 'number' });
    expect(table.shape!.rows.at(-1)!.cells[1]).toMatchObject({ content: 'label', keyword: 'Tổng số' });
    expect(table.lines).toEqual(
      expect.arrayContaining([
        'Biểu số II.06a/VPCP/KSTT',
        '- Đơn vị báo cáo: …',
        '- Đơn vị nhận báo cáo: …',
        'Kỳ báo cáo: Quý I năm 2025',
        '(Từ ngày 15/12/2024 đến ngày 14/3/2025)',
      ]),
    );
    expect(report.libraries).toContainEqual({ name: 'Angular', from: 'markup', version: expect.any(String) });
    // Ids never, class names only as their shape.
    const cell = first.cells[0];
    expect(cell.attrs).toContain('class');
    expect(cell.classes?.every((c) => /^[a9_-]+$/.test(c))).toBe(true);
  });

  it('an ARIA grid: roles and ARIA indices and spans', () => {
    const { report } = built[4];
    const table = report.tables[report.decision.table!];
    expect(table.reader).toBe('aria');
    expect(table.shape!.element.role).toBe('grid');
    const cells = table.shape!.rows.flatMap((r) => r.cells);
    expect(cells.some((c) => c.values?.['aria-colspan'] === '4')).toBe(true);
    expect(cells.some((c) => c.role === 'columnheader' && c.text === 'Trực tuyến')).toBe(true);
    expect(cells.some((c) => c.values?.['aria-colindex'] === '13')).toBe(true);
  });

  it('a form the extension does not know is checked generically, and says so', () => {
    const { report } = built[12];
    expect(report.decision).toMatchObject({ kind: 'report', table: 0 });
    expect(report.tables[0].recognised?.definition).toBeNull();
  });

  it('a header that differs from the definition says why', () => {
    const page = parseReplica(html[0]);
    const leaf = [...page.doc.querySelectorAll('th')].find((th) => th.textContent === 'Trực tuyến')!;
    leaf.textContent = 'Nộp qua mạng';
    const report = buildStructureReport({ docs: [page.doc], extension: '0.1.0', now: NOW });
    expect(report.tables[0].recognised?.header).toEqual({
      reason: expect.stringContaining('Nộp qua mạng'),
      reasonEn: expect.any(String),
    });
    expect(report.tables[0].shape!.rows[2].cells[0].text).toBe('Nộp qua mạng');
  });

  it('a Handsontable grid: the library, the bridge’s answer, headers and row kinds', () => {
    const { report } = built[6];
    expect(report.libraries.map((l) => l.name)).toEqual(
      expect.arrayContaining(['Handsontable', 'handsontable']),
    );
    expect(report.steps).toContainEqual(
      expect.objectContaining({ step: 'widget', grids: 1, answered: true }),
    );
    const table = report.tables.find((t) => t.reader === 'widget')!;
    expect(table.widget).toMatchObject({ grid: 'g1', readOnlyCells: expect.any(Number) });
    expect(table.model?.kinds).toEqual([
      ['data', 8],
      ['total', 1],
    ]);
    expect(report.decision).toMatchObject({ kind: 'widget', form: 'II.06a/VPCP/KSTT' });
  });

  it('a canvas grid: named unsupported, with the canvas counted', () => {
    const { report } = built[7];
    expect(report.decision).toMatchObject({
      kind: 'unsupported',
      reason: expect.stringContaining('canvas'),
      reasonEn: expect.stringContaining('drawn on a canvas'),
    });
    expect(report.documents[0].canvases).toBe(1);
  });

  it('a form in a frame: the frame, and the table read in the frame’s document', () => {
    const { report } = built[8];
    expect(report.frames).toEqual([
      expect.objectContaining({ in: 0, element: expect.objectContaining({ tag: 'iframe' }) }),
    ]);
    expect(report.tables[report.decision.table!].doc).toBe(1);
    expect(report.decision.form).toBe('II.06a/VPCP/KSTT');
  });

  it('an II.06: level headings and subtotals keep the form’s own words', () => {
    const { report } = built[10];
    const table = report.tables[report.decision.table!];
    const keywords = table.shape!.rows.flatMap((r) => r.cells.map((c) => c.keyword).filter(Boolean));
    expect(keywords).toEqual(expect.arrayContaining(['Cấp tỉnh', 'Cộng cấp huyện', 'Tổng cộng']));
    expect(table.model?.kinds.map(([k]) => k)).toContain('subtotal');
  });

  it('an outline, a sign-in page and a list: what was decided, and why', () => {
    expect(built[13].report.decision).toEqual({ kind: 'outline', form: 'II.01-ĐC/VPCP/KSTT' });
    expect(built[15].report.decision).toEqual({ kind: 'none' });
    expect(built[16].report.decision).toEqual({ kind: 'none' });
    expect(built[16].report.tables[0]).toMatchObject({ reportTable: false });
  });
});

import { describe, expect, it } from 'vitest';
import { scanDocuments } from '@/lib/page/scan';
import { buildStructureReport } from '@/lib/structure-report/build';
import { pageFromReport } from '../../fixtures/lib/page-from-report.mjs';
import { parseReplica, QN, replicaHtml, VPCP } from './replicas';

// A report is how a real page nobody here can see becomes a test: rebuilt into a replica page with
// placeholder values (test/fixtures/lib/page-from-report.mjs), the product reads it the same way.

const NOW = new Date('2027-03-12T02:00:00.000Z');
const PAGES: [name: string, host: string, path: string][] = [
  ['II.06a, Quảng Ngãi table', QN, '/bao-cao/nhap-lieu/ii06a'],
  ['II.06, VPCP table with level groups and subtotals', VPCP, '/bao-cao/bieu-mau/ii06'],
  ['bc01, generic form', QN, '/bao-cao/nhap-lieu/bc01'],
  ['II.06a, ARIA grid', QN, '/bao-cao/nhap-lieu/ii06a?shape=aria'],
];
const html = replicaHtml(PAGES.map(([, host, path]) => [host, path]));

/** How the product reads a page: form, column numbers and header paths, row kinds, reader. */
function reading(doc: Document) {
  const scan = scanDocuments([doc]);
  if (scan.kind !== 'report') throw new Error(`no report read (${scan.kind})`);
  const { info, built } = scan.report;
  return {
    form: info.formCode,
    source: built.model.source,
    columns: built.model.columns.map((c) => [c.number, c.path]),
    labelColumn: built.model.labelColumn,
    kinds: built.model.rows.map((r) => r.kind),
    editable: built.model.rows.map((r) => r.cells.filter((c) => c.editable).length),
    period: info.period,
  };
}

describe('report → replica page → the same reading', () => {
  it.each(PAGES.map(([name], i) => [name, i] as const))('%s', (_, i) => {
    const original = parseReplica(html[i]).doc;
    const report = buildStructureReport({ docs: [original], extension: '0.1.0', now: NOW });
    const rebuilt = new DOMParser().parseFromString(pageFromReport(report), 'text/html');
    expect(reading(rebuilt)).toEqual(reading(original));
    // The rebuilt page holds none of the original's figures or field names.
    expect(rebuilt.body.innerHTML).not.toContain('1.551');
    expect(rebuilt.body.innerHTML).not.toContain('Hộ tịch');
  });
});

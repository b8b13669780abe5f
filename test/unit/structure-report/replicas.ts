import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

// Replica pages (test/fixtures) as documents in the unit tests, parsed without running their scripts,
// with what each page's model knows about it. The pages are built by the e2e server's own router in
// a plain Node process: the builders find their files through import.meta.url, which the test DOM
// environment does not give them.

export const QN = 'baocao.quangngai.gov.vn';
export const VPCP = 'vpcp.baocaochinhphu.gov.vn';

const ROUTES = resolve(__dirname, '../../fixtures/routes.mjs');

/** The HTML of replica pages, built in one child process. */
export function replicaHtml(pages: [host: string, path: string][]): string[] {
  const script = `
    const { resolveRoute } = await import(${JSON.stringify(ROUTES)});
    const pages = JSON.parse(process.argv[1]);
    const out = pages.map(([host, path]) => {
      const route = resolveRoute(host, new URL('https://' + host + path));
      if (!route) throw new Error('no replica at ' + host + path);
      return String(route.body);
    });
    process.stdout.write(JSON.stringify(out));`;
  const json = execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(pages)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(json);
}

export interface Replica {
  doc: Document;
  html: string;
  /** window.__replicaConfig: the page's model, its grid's data. */
  config: Record<string, unknown>;
}

export function parseReplica(html: string): Replica {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const json = /window\.__replicaConfig=(\{.*?\})<\/script>/s.exec(html)?.[1];
  return { doc, html, config: json ? JSON.parse(json) : {} };
}

export function replica(host: string, path: string): Replica {
  return parseReplica(replicaHtml([[host, path]])[0]);
}

/** Every text the page model holds for a cell, and every row label, from the replica's config. */
export function knownData(config: Record<string, unknown>): { values: string[]; labels: string[] } {
  const values = new Set<string>();
  const labels = new Set<string>();
  const initial = (config.initial as [string, number, string][] | undefined) ?? [];
  for (const [key, , text] of initial) {
    labels.add(key);
    if (text) values.add(text);
  }
  const hot = config.hot as { data: (string | number | null)[][]; keys: string[] } | undefined;
  for (const row of hot?.data ?? [])
    for (const v of row.slice(2)) if (v !== null && v !== '') values.add(String(v));
  for (const key of hot?.keys ?? []) labels.add(key);
  const canvas = config.canvas as { rows: { cells: string[] }[] } | undefined;
  for (const row of canvas?.rows ?? []) {
    labels.add(row.cells[1]);
    for (const v of row.cells.slice(2)) if (v) values.add(v);
  }
  // "Cấp xã / Hộ tịch" (II.06) and "II.05a › Hộ tịch" keys name the row's own label last.
  const bare = [...labels].map((key) => key.split(/ \/ | › /).pop() ?? key);
  return { values: [...values], labels: bare };
}

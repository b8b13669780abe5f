import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { EXTENSION_PATH } from './harness.mjs';

// The content script runs on every report page: its budget is 60 KiB gzipped, measured as the bench
// does (test/bench/run.mjs §5: every content-scripts/*.js, node:zlib level 9), on the build the e2e
// run makes first. Past it, the build fails here instead of in the next bench report.

const BUDGET = 60 * 1024;

test('the content script stays within its 60 KiB gzipped budget', () => {
  const dir = join(EXTENSION_PATH, 'content-scripts');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  assert.ok(files.length > 0, `no content script in ${dir}: run \`npx wxt build\` first`);
  const sizes = files.map((f) => ({ f, gzip: gzipSync(readFileSync(join(dir, f)), { level: 9 }).length }));
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  assert.ok(
    total <= BUDGET,
    `the content script is ${total} B gzipped (${sizes.map((s) => `${s.f} ${s.gzip} B`).join(', ')}), ` +
      `${total - BUDGET} B over its ${BUDGET} B budget: load code only needed on a user's action from a ` +
      'kit (lib/page/kit-loader.ts, entrypoints/fill-kit.ts, entrypoints/teach-kit.ts), and check that ' +
      'no schema or table only the background needs is pulled in (a `.check()` not marked pure stays).',
  );
});

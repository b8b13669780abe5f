import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(fileURLToPath(new URL('.', import.meta.url)), '.out');

/** An extension that does nothing, so the baseline browser is launched exactly like the measured one. */
export function emptyExtension() {
  const dir = join(OUT, 'empty-extension');
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'bench baseline',
    version: '0.0.1',
    background: { service_worker: 'sw.js' },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'sw.js'), '');
  return dir;
}

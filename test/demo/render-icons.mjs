import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

// Renders public/icon.svg to the PNG sizes the manifest lists (public/icon/16|32|48|128.png) with
// headless Chromium. Run once after changing the SVG: node test/demo/render-icons.mjs

const root = new URL('../../', import.meta.url);
const svg = await readFile(new URL('public/icon.svg', root), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
try {
  const page = await browser.newPage();
  for (const size of [16, 32, 48, 128]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    const out = new URL(`public/icon/${size}.png`, root);
    await writeFile(out, png);
    console.log(fileURLToPath(out));
  }
} finally {
  await browser.close();
}

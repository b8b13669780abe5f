import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { chromium } from 'playwright-core';

// Drafts end to end, in real Chromium with the built extension (`npx wxt build` first): drafts outlive
// the browser, a backup moves them to another profile, a malformed backup changes nothing.
// Run: node --test test/e2e/drafts.spec.mjs   (EXTENSION_DIR and CHROMIUM override the defaults)

const EXTENSION_DIR = resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const PERIOD = '2024-12-15/2025-03-14';

const profiles = [];
/** Browsers still open: a failed test must not leave one running, or the test process never ends. */
const open = new Set();
after(async () => {
  for (const context of open) await context.close().catch(() => {});
  for (const dir of profiles) await rm(dir, { recursive: true, force: true });
});

async function newProfile() {
  const dir = await mkdtemp(join(tmpdir(), 'tlbc-drafts-'));
  profiles.push(dir);
  return dir;
}

/** Chromium with the extension on a given profile, and the extension's options page open. */
async function openOptions(profile) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
    ],
  });
  open.add(context);
  context.on('close', () => open.delete(context));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const page = await context.newPage();
  const url = `chrome-extension://${extensionId}/options.html`;
  // The options tab a first run opens, or a reopened profile restoring its last tab, can interrupt
  // this navigation (more than once): go on until this tab holds the options page.
  for (let attempt = 0; ; attempt++) {
    try {
      await page.goto(url);
      break;
    } catch (error) {
      if (attempt >= 4 || !/interrupted by another navigation/.test(String(error))) throw error;
      await page.waitForLoadState('load').catch(() => {});
      if (page.url() === url) break;
    }
  }
  return { context, page };
}

/** A commune's II.06a, saved as the panel would save it, through the extension's own messages. */
async function seed(page, units) {
  for (const unit of units) {
    const reply = await page.evaluate(
      ([unit, period]) =>
        chrome.runtime.sendMessage({
          type: 'drafts/save',
          draft: {
            form: 'II.06a/VPCP/KSTT',
            period,
            unit,
            rows: [
              { label: 'Hộ tịch', key: 'hộ tịch', kind: 'data', values: { 3: '120', 4: '80', 5: '40' } },
              { label: 'Tổng số', key: 'tổng số', kind: 'total', values: { 3: '120' } },
            ],
          },
        }),
      [unit, PERIOD],
    );
    assert.equal(reply?.ok, true, JSON.stringify(reply));
  }
}

const rows = (page) => page.locator('[data-testid="tlbc-draft-row"]');

async function rowUnits(page) {
  return (await rows(page).evaluateAll((els) => els.map((el) => el.dataset.unit))).sort();
}

test('drafts are still there after the browser is closed and reopened on the same profile', async () => {
  const profile = await newProfile();
  const first = await openOptions(profile);
  await seed(first.page, ['UBND xã Tịnh Phong', 'UBND xã Nghĩa Hà']);
  await rows(first.page).nth(1).waitFor();
  await first.context.close();

  const again = await openOptions(profile);
  await rows(again.page).nth(1).waitFor();
  assert.deepEqual(await rowUnits(again.page), ['UBND xã Nghĩa Hà', 'UBND xã Tịnh Phong']);
  const text = await rows(again.page).first().textContent();
  assert.match(text, /15\/12\/2024 – 14\/3\/2025/);
  assert.match(text, /II\.06a\/VPCP\/KSTT/);
  await again.context.close();
});

test('a backup exported on one profile restores every draft on another', async () => {
  const source = await openOptions(await newProfile());
  await seed(source.page, ['UBND xã A', 'UBND xã B', 'UBND xã C']);
  await rows(source.page).nth(2).waitFor();
  const [download] = await Promise.all([
    source.page.waitForEvent('download'),
    source.page.getByTestId('tlbc-backup-export').click(),
  ]);
  assert.match(download.suggestedFilename(), /^tro-ly-bao-cao-\d{4}-\d{2}-\d{2}\.json$/);
  const file = join(await newProfile(), download.suggestedFilename());
  await download.saveAs(file);
  const backup = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(backup.format, 'tro-ly-bao-cao-backup');
  assert.equal(backup.drafts.length, 3);
  await source.context.close();

  const target = await openOptions(await newProfile());
  await target.page.getByTestId('tlbc-backup-import').setInputFiles(file);
  await target.page.getByTestId('tlbc-backup-status').filter({ hasText: 'Đã nhập 3 bản nháp' }).waitFor();
  await rows(target.page).nth(2).waitFor();
  assert.deepEqual(await rowUnits(target.page), ['UBND xã A', 'UBND xã B', 'UBND xã C']);
  await target.context.close();
});

test('a malformed backup is refused with a message and nothing changes', async () => {
  const { context, page } = await openOptions(await newProfile());
  await seed(page, ['UBND xã Tịnh Phong']);
  await rows(page).first().waitFor();
  const before = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'backup/export' }));

  const bad = join(await newProfile(), 'hong.json');
  const damaged = { ...before.backup, drafts: [...before.backup.drafts, { form: 'II.06a/VPCP/KSTT' }] };
  const cases = [
    ['{ "format": "tro-ly-bao-cao-backup", ', /không phải JSON hợp lệ/],
    [JSON.stringify(damaged), /bản nháp thứ 2 không hợp lệ/],
  ];
  for (const [content, message] of cases) {
    await writeFile(bad, content);
    await page.getByTestId('tlbc-backup-import').setInputFiles(bad);
    const status = page
      .locator('[data-testid="tlbc-backup-status"][data-state="error"]')
      .filter({ hasText: message });
    await status.waitFor();
    assert.match(await status.textContent(), /Không có gì bị thay đổi/);
    const after = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'backup/export' }));
    assert.deepEqual(after.backup.drafts, before.backup.drafts);
    assert.deepEqual(after.backup.revisions, before.backup.revisions);
  }
  assert.equal(await rows(page).count(), 1);
  await context.close();
});

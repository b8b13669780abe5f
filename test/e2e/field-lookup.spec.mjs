import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { launch, SITES } from './harness.mjs';
import { startServer } from './server.mjs';

// A field the catalogue does not know, end to end: the panel's finding links to the national portal's
// procedure search (the name on the clipboard), the user adds the name to their own list, the finding
// goes, the options page lists it as theirs, and it survives a backup moved to another profile.

const PORTAL = 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html';
const UNKNOWN = 'Bảo trợ xả hội';

let server;
/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
before(async () => {
  server = await startServer();
  h = await launch({ server });
});
after(async () => {
  await h?.close();
  await server?.close();
});

const fieldFinding = (page) =>
  page.locator(`[data-testid="tlbc-finding"][data-rule="field-name"][data-row="${UNKNOWN}"]`);

test('the lookup opens the portal’s procedure search in a new tab with the name on the clipboard', async () => {
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SITES.quangngai });
  // The portal is answered here: the test never reaches it, and the page the user opens is not ours.
  await h.context.route(`${PORTAL}*`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<title>Cổng DVCQG (thay thế)</title>' }),
  );
  const page = await h.open(`${SITES.quangngai}/bao-cao/nhap-lieu/ii06a?values=errors`);
  const finding = fieldFinding(page);
  await finding.waitFor({ timeout: 10_000 });
  const link = finding.getByTestId('tlbc-field-lookup');
  assert.equal(await link.textContent(), 'Tra cứu trên Cổng DVCQG');
  assert.equal(await link.getAttribute('href'), PORTAL);
  assert.equal(await link.getAttribute('target'), '_blank');
  const [portal] = await Promise.all([h.context.waitForEvent('page'), link.click()]);
  await portal.waitForLoadState();
  assert.equal(portal.url(), PORTAL);
  await portal.close();
  await page.bringToFront();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), UNKNOWN);
  await h
    .panel(page)
    .getByTestId('tlbc-status')
    .filter({ hasText: `Đã chép «${UNKNOWN}»` })
    .waitFor();
  // The one request outside the replicas is the user's own visit to the portal, made by the link.
  const outside = h.outsideRequests.splice(0);
  assert.deepEqual(
    outside.map((r) => r.url),
    [PORTAL],
  );
  assert.ok(
    !h.extensionRequests.some((r) => r.url.includes('dichvucong')),
    'the extension requested the portal',
  );
  await page.close();
});

test('a name added to my list stops being flagged, is listed as mine, and travels in the backup', async () => {
  const page = await h.open(`${SITES.quangngai}/bao-cao/nhap-lieu/ii06a?values=errors`);
  const finding = fieldFinding(page);
  await finding.waitFor({ timeout: 10_000 });
  await finding.getByTestId('tlbc-own-field-add').click();
  await finding.getByTestId('tlbc-own-field-xa').click();
  await h
    .panel(page)
    .getByTestId('tlbc-status')
    .filter({ hasText: `Đã thêm «${UNKNOWN}»` })
    .waitFor();
  await finding.waitFor({ state: 'detached', timeout: 10_000 });
  const cell = page.locator('td', { hasText: UNKNOWN });
  assert.equal(await cell.getAttribute('data-tlbc-severity'), null);

  // Another tab of the same site knows the name too.
  const other = await h.open(`${SITES.quangngai}/bao-cao/nhap-lieu/ii06a?values=errors`);
  await h.panel(other).locator('[data-testid="tlbc-finding"]').first().waitFor({ timeout: 10_000 });
  assert.equal(await fieldFinding(other).count(), 0);
  await other.close();

  const options = await h.openOptions();
  const mine = options.locator(`[data-testid="tlbc-own-field"][data-name="${UNKNOWN}"]`);
  await mine.waitFor();
  assert.equal(await mine.getAttribute('data-level'), 'xa');
  assert.match(await mine.textContent(), /Cấp xã · của tôi/);
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByTestId('tlbc-backup-export').click(),
  ]);
  const file = await download.path();
  const backup = JSON.parse(await readFile(file, 'utf8'));
  assert.deepEqual(
    backup.ownFields.entries.map((e) => [e.name, e.level]),
    [[UNKNOWN, 'xa']],
  );

  // On another profile, importing the backup brings the name back, and the finding stays away there.
  const fresh = await launch({ server });
  try {
    const target = await fresh.openOptions();
    await target.getByTestId('tlbc-backup-import').setInputFiles(file);
    await target.getByTestId('tlbc-backup-status').filter({ hasText: 'thêm 1 tên lĩnh vực' }).waitFor();
    await target.locator(`[data-testid="tlbc-own-field"][data-name="${UNKNOWN}"]`).waitFor();
    const again = await fresh.open(`${SITES.quangngai}/bao-cao/nhap-lieu/ii06a?values=errors`);
    await fresh.panel(again).locator('[data-testid="tlbc-finding"]').first().waitFor({ timeout: 10_000 });
    assert.equal(await again.locator('[data-testid="tlbc-finding"][data-rule="field-name"]').count(), 0);
  } finally {
    await fresh.close();
  }

  // Removed on the options page, the name is flagged again.
  await mine.getByTestId('tlbc-own-field-remove').click();
  await mine.waitFor({ state: 'detached' });
  await finding.waitFor({ timeout: 10_000 });
  await options.close();
  await page.close();
});

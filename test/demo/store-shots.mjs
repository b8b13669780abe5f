import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SITES } from '../e2e/harness.mjs';

// The store's screenshots (Chrome Web Store and addons.mozilla.org both take 1280 × 800), taken by
// `npm run demo -- --headless` on the replicas with the demo's profile and draft:
//   1-checks.png   a form with seeded mistakes: cells outlined, the panel naming each one and its fix
//   2-fill.png     an empty form filled from the saved draft in one click
//   3-deadlines.png the toolbar popup (its real size) over the report site: what is due, with drafts
//   4-options.png  the options page: the unit profile, a pasted dispatch read into deadlines

export const STORE_SIZE = { width: 1280, height: 800 };

const settle = (page) => page.waitForTimeout(800);

export async function shootChecks(h, dir) {
  const page = await h.open(`${SITES.quangngai}/bao-cao/nhap-lieu/ii06a?values=errors`);
  await h.panel(page).locator('[data-testid="tlbc-finding"]').first().waitFor({ timeout: 10_000 });
  await settle(page);
  await page.screenshot({ path: join(dir, '1-checks.png') });
  return page;
}

export async function shootFill(h, dir) {
  const page = await h.open(`${SITES.quangngai}/bao-cao/nhap-lieu/ii06a?values=empty`);
  const panel = h.panel(page);
  await panel.locator('[data-testid="tlbc-fill"]').click({ timeout: 10_000 });
  await panel
    .locator('[data-testid="tlbc-status"]')
    .filter({ hasText: 'Đã điền' })
    .waitFor({ timeout: 10_000 });
  await settle(page);
  await page.screenshot({ path: join(dir, '2-fill.png') });
  return page;
}

/** The popup as the browser shows it, hanging from the toolbar over the report site. */
export async function shootDeadlines(h, dir, clock) {
  const site = await h.open(`${SITES.vpcp}/bao-cao`);
  const background = await site.screenshot();
  await site.close();
  const popup = await h.openPopup({ clock });
  await popup.setViewportSize({ width: 400, height: 200 });
  await settle(popup);
  const card = await popup.screenshot({ fullPage: true });
  await popup.close();

  const frame = await h.context.newPage();
  await frame.setViewportSize(STORE_SIZE);
  const png = (buffer) => `data:image/png;base64,${buffer.toString('base64')}`;
  await frame.setContent(`<!doctype html><style>
    html, body { margin: 0; width: 1280px; height: 800px; overflow: hidden; }
    .site { position: absolute; inset: 0; filter: brightness(0.82); }
    .popup { position: absolute; top: 12px; right: 28px; max-height: 770px; border-radius: 8px;
      box-shadow: 0 8px 32px rgba(0, 0, 0, 0.35), 0 0 0 1px rgba(0, 0, 0, 0.15); }
  </style><img class="site" src="${png(background)}"><img class="popup" src="${png(card)}">`);
  await frame.screenshot({ path: join(dir, '3-deadlines.png') });
  await frame.close();
}

/** A dispatch of the kind the province sends each quarter, as a user would paste it. */
const DISPATCH = [
  'V/v thực hiện chế độ báo cáo định kỳ kiểm soát TTHC quý I năm 2025',
  'Thời hạn chốt số liệu: từ ngày 15/12/2024 đến ngày 14/3/2025.',
  '- UBND các xã, phường, đặc khu: biểu II.06a/VPCP/KSTT, II.05a/VPCP/KSTT, II.01-ĐC/VPCP/KSTT; chậm nhất ngày 18/3/2025.',
  '- Các sở, ban, ngành: biểu II.06a/VPCP/KSTT, II.05a/VPCP/KSTT, II.01-ĐC/VPCP/KSTT; chậm nhất ngày 20/3/2025.',
].join('\n');

export async function shootOptions(h, dir) {
  const page = await h.openOptions();
  await page.locator('[data-testid="tlbc-draft-row"]').first().waitFor({ timeout: 10_000 });
  await page.getByTestId('tlbc-dispatch-text').fill(DISPATCH);
  await page.getByTestId('tlbc-dispatch-parse').click();
  await page.getByTestId('tlbc-dispatch-item').first().waitFor({ timeout: 10_000 });
  await settle(page);
  await page.screenshot({ path: join(dir, '4-options.png') });
  return page;
}

/** Width × height of a PNG, read from its header. */
export async function pngSize(path) {
  const head = await readFile(path);
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

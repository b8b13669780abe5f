import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, SITES } from '../e2e/harness.mjs';
import { pngSize, STORE_SIZE, shootChecks, shootDeadlines, shootFill, shootOptions } from './store-shots.mjs';

// `npm run demo`: the extension (built by the npm script) in Chromium on replicas of both sites, with a
// unit profile and a saved draft so the panel, the popup and the options page have something to show.
// With a display: a window that stays open until Ctrl+C. With --headless (or no display): the store's
// screenshots, 1280 × 800, in demo-output/ (store-shots.mjs), then exit.

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const OUT = join(ROOT, 'demo-output');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
/** A day inside the quarter I/2025 reporting window, so the popup has reports coming due. */
const DEMO_NOW = '2025-03-16T09:00:00+07:00';
const SHOTS = ['1-checks.png', '2-fill.png', '3-deadlines.png', '4-options.png'];

const say = (text) => console.log(`• ${text}`);

/** Clicks a test id when the page has it; parts built by others may not exist yet. */
async function clickIfPresent(page, testId) {
  const target = page.locator(`[data-testid="${testId}"]`).first();
  if (!(await target.count())) return false;
  await target.click();
  return true;
}

async function seedProfile(h) {
  const options = await h.openOptions();
  const level = options.locator('[data-testid="tlbc-profile-level"]');
  const unit = options.locator('[data-testid="tlbc-profile-unit"]');
  if (await level.count()) await level.selectOption('xa');
  if (await unit.count()) {
    await unit.fill('UBND xã Tịnh Ấn Tây');
    await unit.blur();
  }
  await options.waitForTimeout(300);
  say(
    (await level.count())
      ? 'Hồ sơ đơn vị: cấp xã, UBND xã Tịnh Ấn Tây'
      : 'Trang cài đặt chưa có mục hồ sơ đơn vị',
  );
  await options.close();
}

async function saveDraft(h) {
  const page = await h.open(`${SITES.quangngai}/bao-cao/nhap-lieu/ii06a`);
  const panel = h.panel(page);
  await panel.waitFor({ timeout: 10_000 }).catch(() => {});
  if (await clickIfPresent(page, 'tlbc-save-draft')) {
    await page.waitForTimeout(800);
    say('Đã lưu bản nháp II.06a quý I/2025 từ trang mô phỏng');
  } else {
    say('Bảng điều khiển chưa có nút lưu nháp');
  }
  await page.close();
}

async function screenshots(h) {
  await mkdir(OUT, { recursive: true });
  await shootChecks(h, OUT);
  await shootFill(h, OUT);
  await shootDeadlines(h, OUT, DEMO_NOW);
  await shootOptions(h, OUT);
  for (const name of SHOTS) {
    const { width, height } = await pngSize(join(OUT, name));
    if (width !== STORE_SIZE.width || height !== STORE_SIZE.height)
      throw new Error(
        `${name} là ${width} × ${height}, không phải ${STORE_SIZE.width} × ${STORE_SIZE.height}`,
      );
  }
  say(`Ảnh chụp ${STORE_SIZE.width} × ${STORE_SIZE.height} trong ${OUT}: ${SHOTS.join(', ')}`);
}

async function main() {
  const h = await launch({ headless, viewport: headless ? STORE_SIZE : null });
  const stop = async () => {
    await h.close({ check: false });
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    say(`Tiện ích ${h.extensionId}, trang mô phỏng tại ${SITES.quangngai} và ${SITES.vpcp}`);
    await seedProfile(h);
    await saveDraft(h);
    if (headless) {
      await screenshots(h);
      await h.close();
      return;
    }
    const form = await h.open(`${SITES.quangngai}/bao-cao/nhap-lieu/ii06a?values=errors`);
    await h
      .panel(form)
      .waitFor({ timeout: 10_000 })
      .catch(() => say('Không thấy bảng điều khiển trên biểu'));
    await h.open(`${SITES.vpcp}/bao-cao/bieu-mau/ii06a`);
    await h.open(`${SITES.quangngai}/bao-cao/nhap-lieu/bc01?values=errors`);
    await h.openOptions();
    await h.openPopup({ clock: DEMO_NOW });
    await form.bringToFront();
    say('Cửa sổ Chromium đang mở. Nhấn Ctrl+C để đóng.');
    await new Promise(() => {});
  } catch (error) {
    await h.close({ check: false });
    throw error;
  }
}

await main();

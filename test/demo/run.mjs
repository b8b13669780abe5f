import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, SITES } from '../e2e/harness.mjs';

// `npm run demo`: the extension (built by the npm script) in Chromium on replicas of both sites, with a
// unit profile and a saved draft so the panel, the popup and the options page have something to show.
// With a display: a window that stays open until Ctrl+C. With --headless (or no display): screenshots
// in demo-output/ (form.png, popup.png, options.png), then exit.

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const OUT = join(ROOT, 'demo-output');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
/** A day inside the quarter I/2025 reporting window, so the popup has reports coming due. */
const DEMO_NOW = '2025-03-16T09:00:00+07:00';

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

async function main() {
  const h = await launch({ headless, viewport: headless ? { width: 1440, height: 1000 } : null });
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

    const form = await h.open(`${SITES.quangngai}/bao-cao/nhap-lieu/ii06a?values=errors`);
    await h
      .panel(form)
      .waitFor({ timeout: 10_000 })
      .catch(() => say('Không thấy bảng điều khiển trên biểu'));
    await form.waitForTimeout(800);
    await h.open(`${SITES.vpcp}/bao-cao/bieu-mau/ii06a`);
    await h.open(`${SITES.quangngai}/bao-cao/nhap-lieu/bc01?values=errors`);
    const options = await h.openOptions();
    const popup = await h.openPopup({ clock: DEMO_NOW });
    if (headless) {
      await mkdir(OUT, { recursive: true });
      await form.bringToFront();
      await form.screenshot({ path: join(OUT, 'form.png') });
      await options.setViewportSize({ width: 1100, height: 900 });
      await options.screenshot({ path: join(OUT, 'options.png'), fullPage: true });
      await popup.setViewportSize({ width: 420, height: 600 });
      await popup.waitForTimeout(500);
      await popup.screenshot({ path: join(OUT, 'popup.png'), fullPage: true });
      say(`Ảnh chụp: ${join(OUT, 'form.png')}, popup.png, options.png`);
      await h.close();
      return;
    }
    await form.bringToFront();
    say('Cửa sổ Chromium đang mở. Nhấn Ctrl+C để đóng.');
    await new Promise(() => {});
  } catch (error) {
    await h.close({ check: false });
    throw error;
  }
}

await main();

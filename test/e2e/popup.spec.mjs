import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch } from './harness.mjs';

// The popup, the toolbar badge and the reminder alarms, in real Chromium with the built extension
// (`npx wxt build` first). The popup's clock is faked; the service worker's is not, so the badge test
// applies a dispatch whose dates are computed from today's date in Vietnam, and runs first: Playwright's
// fake clock belongs to the whole browser context once installed.
// Run: node --test test/e2e/popup.spec.mjs

let h;
let worker;
/** The monthly deadline the badge test applied: `tlbc:remind|0|<period>|<due>`. */
let appliedReminder = '';
/** The badge the commune had then. */
let communeBadge = '';
before(async () => {
  h = await launch();
  [worker] = h.context.serviceWorkers();
});
after(async () => {
  await h?.close();
});

const iso = (d) => d.toISOString().slice(0, 10);
const addDays = (day, n) => iso(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000));
const vi = (day) => `${day.slice(8)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
const todayInVietnam = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

async function setStorage(values) {
  const page = await h.openOptions();
  await page.evaluate((v) => chrome.storage.local.set(v), values);
  await page.close();
}

async function deadlines(page) {
  await page.locator('main:not([aria-busy])').first().waitFor();
  return page.getByTestId('tlbc-deadline').evaluateAll((els) => els.map((el) => ({ ...el.dataset })));
}

test('the badge counts reports due within three days and reminders are scheduled, then turned off', async () => {
  // A monthly dispatch whose deadline is tomorrow, for the month whose reports are listed today.
  const today = todayInVietnam();
  const [y, m, d] = today.split('-').map(Number);
  const cutOff = (month) => iso(new Date(Date.UTC(y, month - 1, 14)));
  // Listed today: this month's window, or next month's once its cut-off is two weeks away.
  const to = d >= 15 && cutOff(m + 1) <= addDays(today, 14) ? cutOff(m + 1) : cutOff(m);
  const from = addDays(iso(new Date(Date.UTC(y, m - 2 + (to > cutOff(m) ? 1 : 0), 14))), 1);
  const due = to >= today ? addDays(to, 1) : addDays(today, 1);
  await setStorage({ 'tlbc:profile': { level: 'xa', unit: 'UBND xã Hòa Bình', remindersOn: true } });

  const options = await h.openOptions();
  await options
    .getByTestId('tlbc-dispatch-text')
    .fill(
      `Thời hạn chốt số liệu: từ ngày ${vi(from)} đến ngày ${vi(to)}.\nUBND cấp xã gửi biểu II.06a/VPCP/KSTT, II.05a/VPCP/KSTT chậm nhất ngày ${vi(due)}.`,
    );
  await options.getByTestId('tlbc-dispatch-parse').click();
  assert.equal(await options.getByTestId('tlbc-dispatch-item').count(), 2);
  await options.getByTestId('tlbc-dispatch-apply').click();
  await options.getByTestId('tlbc-dispatch-status').filter({ hasText: 'Đã áp dụng' }).waitFor();

  const popup = await h.openPopup();
  const listed = await deadlines(popup);
  const mine = listed.filter((r) => r.due === due);
  assert.equal(mine.length, 2, JSON.stringify({ today, from, to, due, listed }));
  const urgent = listed.filter((r) => r.status !== 'upcoming').length;
  await popup.waitForTimeout(300);
  communeBadge = urgent ? String(urgent) : '';
  assert.equal(await worker.evaluate(() => chrome.action.getBadgeText({})), communeBadge);

  const reminders = async () =>
    (await worker.evaluate(() => chrome.alarms.getAll()))
      .map((a) => a.name)
      .filter((n) => n.startsWith('tlbc:remind'));
  appliedReminder = `tlbc:remind|0|${mine[0].period}|${due}`;
  assert.ok((await reminders()).includes(appliedReminder), JSON.stringify(await reminders()));
  assert.ok((await worker.evaluate(() => chrome.alarms.get('tlbc:refresh'))).periodInMinutes > 0);

  await options.getByTestId('tlbc-profile-reminders').uncheck();
  await options.getByTestId('tlbc-profile-status').filter({ hasText: 'Đã lưu' }).waitFor();
  await popup.waitForTimeout(300);
  assert.deepEqual(await reminders(), []);

  await options.getByTestId('tlbc-profile-level').selectOption('huyen-vp');
  await popup.waitForTimeout(300);
  assert.equal(await worker.evaluate(() => chrome.action.getBadgeText({})), '');
});

test('a new user is asked to set the profile, and the button opens the settings', async () => {
  await setStorage({ 'tlbc:profile': { level: null, unit: '', remindersOn: true } });
  const popup = await h.openPopup({ clock: '2025-03-16T09:00:00+07:00' });
  await popup.getByTestId('tlbc-popup-empty').waitFor();
  assert.equal(await popup.getByTestId('tlbc-deadline').count(), 0);
  // Chromium focuses an open options tab instead of opening another: close those first.
  for (const page of h.context.pages()) if (page.url().endsWith('/options.html')) await page.close();
  const opened = h.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/options.html') });
  await popup.getByTestId('tlbc-open-options').click();
  await (await opened).getByTestId('tlbc-profile-level').waitFor();
});

test('statuses follow the popup clock: upcoming, due soon, due today, overdue', async () => {
  await setStorage({ 'tlbc:profile': { level: 'xa', unit: 'UBND xã Hòa Bình', remindersOn: true } });
  const statusOn = async (clock) => {
    const popup = await h.openPopup({ clock });
    const list = await deadlines(popup);
    const text = await popup.getByTestId('tlbc-deadline').first().textContent();
    await popup.close();
    return [list.map((d) => d.status).join(','), text];
  };
  const [upcoming] = await statusOn('2025-03-05T09:00:00+07:00');
  assert.equal(upcoming, 'upcoming,upcoming,upcoming');
  const [soon, soonText] = await statusOn('2025-03-14T23:30:00+07:00');
  assert.equal(soon, 'due-soon,due-soon,due-soon');
  assert.match(soonText, /Còn 3 ngày/);
  const [today, todayText] = await statusOn('2025-03-17T00:10:00+07:00');
  assert.equal(today, 'due-today,due-today,due-today');
  assert.match(todayText, /Hôm nay/);
  const [late, lateText] = await statusOn('2025-03-20T09:00:00+07:00');
  assert.equal(late, 'overdue,overdue,overdue');
  assert.match(lateText, /Quá hạn 3 ngày/);
});

test('reminders and the badge are rebuilt from storage after the browser restarts', async () => {
  assert.ok(appliedReminder, 'the badge test sets up the applied dispatch');
  await h.restart();
  [worker] = h.context.serviceWorkers();
  worker ??= await h.context.waitForEvent('serviceworker');
  // The profile (commune, reminders on) and the applied dispatch are all that survives, in storage.
  const names = async () => (await worker.evaluate(() => chrome.alarms.getAll())).map((a) => a.name);
  for (let i = 0; i < 50 && !(await names()).includes(appliedReminder); i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok((await names()).includes(appliedReminder), JSON.stringify(await names()));
  assert.ok((await names()).includes('tlbc:refresh'));
  assert.equal(await worker.evaluate(() => chrome.action.getBadgeText({})), communeBadge);
});

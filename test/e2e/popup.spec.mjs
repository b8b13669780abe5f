import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch } from './harness.mjs';

// The popup, the toolbar badge and the reminder alarms, in real Chromium with the built extension
// (`npx wxt build` first). The popup's clock is faked; the service worker's cannot be, so the badge tests
// hold on any date: they apply a dispatch for the month listed today (in Vietnam), check that dispatch's
// own period in the popup, and check the badge and alarms against what the popup lists at the same
// instant (other periods, such as a quarter ending the same day, may be listed too). They run first:
// Playwright's fake clock belongs to the whole browser context once installed.
// Run: node --test test/e2e/popup.spec.mjs

let h;
let worker;
/** The monthly deadline the badge test applied: `tlbc:remind|0|<period>|<due>`. */
let appliedReminder = '';
before(async () => {
  h = await launch();
  [worker] = h.context.serviceWorkers();
});
after(async () => {
  await h?.close();
});

const DAY = 86_400_000;
const iso = (d) => d.toISOString().slice(0, 10);
const addDays = (day, n) => iso(new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY));
const vi = (day) => `${day.slice(8)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
const inVietnam = (ms) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(ms);

/**
 * The monthly period whose reports are listed on `today`: from two weeks before its cut-off (the 14th)
 * until two weeks before the next month's. Its deadline: the cut-off, or tomorrow once that has passed.
 */
function monthListedOn(today) {
  const [y, m] = today.split('-').map(Number);
  const cutOff = (month) => iso(new Date(Date.UTC(y, month - 1, 14)));
  for (const month of [m - 1, m, m + 1]) {
    const to = cutOff(month);
    if (addDays(to, -14) <= today && today < addDays(cutOff(month + 1), -14)) {
      const from = addDays(cutOff(month - 1), 1);
      const due = [to, addDays(today, 1)].sort()[1];
      return { period: `${to.slice(0, 4)}-M${to.slice(5, 7)}`, from, to, due };
    }
  }
  throw new Error(`no month listed on ${today}`);
}

async function setStorage(values) {
  const page = await h.openOptions();
  await page.evaluate((v) => chrome.storage.local.set(v), values);
  await page.close();
}

async function deadlines(page) {
  await page.locator('main:not([aria-busy])').first().waitFor();
  return page.getByTestId('tlbc-deadline').evaluateAll((els) => els.map((el) => ({ ...el.dataset })));
}

/** What the popup lists now (the real clock, as the worker's), and that instant. */
async function listedNow() {
  const popup = await h.openPopup();
  const listed = await deadlines(popup);
  const now = await popup.evaluate(() => Date.now());
  await popup.close();
  return { listed, now };
}

const reminderAlarms = async () =>
  (await worker.evaluate(() => chrome.alarms.getAll())).filter((a) => a.name.startsWith('tlbc:remind'));

/**
 * The badge counts the listed reports due within three days or overdue, and one alarm per listed
 * deadline is set for 08:00 in Vietnam three days before, one day before and on the day, while ahead.
 * Alarms within a minute of `now` are left out: they may fire while this runs.
 */
async function assertWorkerAgrees({ listed, now }, remindersOn = true) {
  const urgent = listed.filter((r) => r.status !== 'upcoming').length;
  assert.equal(await worker.evaluate(() => chrome.action.getBadgeText({})), urgent ? String(urgent) : '');
  const settled = (when) => Math.abs(when - now) > 60_000;
  const expected = new Set();
  for (const r of remindersOn ? listed : []) {
    for (const days of [3, 1, 0]) {
      const when = Date.parse(`${r.due}T08:00:00+07:00`) - days * DAY;
      if (when > now && settled(when)) expected.add(`tlbc:remind|${days}|${r.period}|${r.due}`);
    }
  }
  const actual = (await reminderAlarms()).filter((a) => settled(a.scheduledTime)).map((a) => a.name);
  assert.deepEqual(actual.sort(), [...expected].sort());
}

/** Waits until the worker has caught up with a storage change (it refreshes on storage.onChanged). */
async function settle(page) {
  await page.waitForTimeout(300);
}

test('the badge counts reports due within three days and reminders are scheduled, then turned off', async () => {
  const today = inVietnam(Date.now());
  const month = monthListedOn(today);
  await setStorage({ 'tlbc:profile': { level: 'xa', unit: 'UBND xã Hòa Bình', remindersOn: true } });

  const options = await h.openOptions();
  await options
    .getByTestId('tlbc-dispatch-text')
    .fill(
      `Thời hạn chốt số liệu: từ ngày ${vi(month.from)} đến ngày ${vi(month.to)}.\nUBND cấp xã gửi biểu II.06a/VPCP/KSTT, II.05a/VPCP/KSTT chậm nhất ngày ${vi(month.due)}.`,
    );
  await options.getByTestId('tlbc-dispatch-parse').click();
  assert.equal(await options.getByTestId('tlbc-dispatch-item').count(), 2);
  await options.getByTestId('tlbc-dispatch-apply').click();
  await options.getByTestId('tlbc-dispatch-status').filter({ hasText: 'Đã áp dụng' }).waitFor();
  await settle(options);

  const now = await listedNow();
  const context = JSON.stringify({ today, month, listed: now.listed });
  const mine = now.listed.filter((r) => r.period === month.period);
  const daysLeft = Math.round((Date.parse(month.due) - Date.parse(today)) / DAY);
  const status = daysLeft <= 3 ? 'due-soon' : 'upcoming';
  assert.deepEqual(
    mine.map((r) => [r.form, r.due, r.status]),
    [
      ['II.06a/VPCP/KSTT', month.due, status],
      ['II.05a/VPCP/KSTT', month.due, status],
    ],
    context,
  );
  await assertWorkerAgrees(now);
  appliedReminder = `tlbc:remind|0|${month.period}|${month.due}`;
  assert.ok(
    (await reminderAlarms()).some((a) => a.name === appliedReminder),
    context,
  );
  assert.ok((await worker.evaluate(() => chrome.alarms.get('tlbc:refresh'))).periodInMinutes > 0);

  await options.getByTestId('tlbc-profile-reminders').uncheck();
  await options.getByTestId('tlbc-profile-status').filter({ hasText: 'Đã lưu' }).waitFor();
  await settle(options);
  assert.deepEqual(await reminderAlarms(), []);
  await assertWorkerAgrees(await listedNow(), false);

  // A district office files none of the commune's forms: the applied month leaves the list and the badge.
  await options.getByTestId('tlbc-profile-level').selectOption('huyen-vp');
  await options.getByTestId('tlbc-profile-status').filter({ hasText: 'Đã lưu' }).waitFor();
  await settle(options);
  const district = await listedNow();
  assert.deepEqual(
    district.listed.filter((r) => r.period === month.period),
    [],
  );
  await assertWorkerAgrees(district, false);
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
  await assertWorkerAgrees(await listedNow());
});

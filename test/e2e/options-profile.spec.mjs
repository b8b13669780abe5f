import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch } from './harness.mjs';

// Options page → popup, in real Chromium with the built extension (`npx wxt build` first): a clerk sets
// the profile once and the popup, on a faked clock, lists that unit's reports with the right dates;
// a pasted dispatch replaces the estimated dates.
// Run: node --test test/e2e/options-profile.spec.mjs

/** 16/3/2025, 09:00 in Vietnam. */
const MARCH_16 = '2025-03-16T09:00:00+07:00';

let h;
before(async () => {
  h = await launch();
});
after(async () => {
  await h?.close();
});

async function deadlines(page) {
  await page.locator('main:not([aria-busy])').first().waitFor();
  return page.getByTestId('tlbc-deadline').evaluateAll((els) =>
    els.map(({ dataset: d }) => ({
      form: d.form,
      period: d.period,
      due: d.due,
      status: d.status,
      draft: d.draft,
    })),
  );
}

async function setProfile(level, unit) {
  const options = await h.openOptions();
  await options.getByTestId('tlbc-profile-level').selectOption(level);
  await options.getByTestId('tlbc-profile-status').filter({ hasText: 'Đã lưu' }).waitFor();
  await options.getByTestId('tlbc-profile-unit').fill(unit);
  await options.getByTestId('tlbc-profile-unit').press('Tab');
  await options.waitForFunction(
    async ([l, u]) => {
      const { 'tlbc:profile': p } = await chrome.storage.local.get('tlbc:profile');
      return p?.level === l && p?.unit === u;
    },
    [level, unit],
  );
  return options;
}

test('the first run opens the options page to set the profile', async () => {
  // The tab may exist before its URL commits: poll the open pages.
  let options;
  for (let tries = 0; !options && tries < 100; tries++) {
    options = h.context.pages().find((p) => p.url().endsWith('/options.html'));
    if (!options) await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(options, 'the options page did not open on the first run');
  await options.getByTestId('tlbc-profile-level').waitFor();
});

test('a commune clerk sees II.05a, II.06a and II.01-ĐC due on 17/3 on 16/3/2025', async () => {
  const options = await setProfile('xa', 'UBND xã Hòa Bình');
  await options.evaluate(() =>
    chrome.runtime.sendMessage({
      type: 'drafts/save',
      draft: {
        form: 'II.06a/VPCP/KSTT',
        period: '2024-12-15/2025-03-14',
        unit: 'UBND xã Hòa Bình',
        rows: [{ label: 'Hộ tịch', key: 'hộ tịch', kind: 'data', values: { 3: '12', 4: '8', 5: '4' } }],
      },
    }),
  );
  const popup = await h.openPopup({ clock: MARCH_16 });
  assert.deepEqual(await deadlines(popup), [
    { form: 'II.05a/VPCP/KSTT', period: '2025-Q1', due: '2025-03-17', status: 'due-soon', draft: 'no' },
    { form: 'II.06a/VPCP/KSTT', period: '2025-Q1', due: '2025-03-17', status: 'due-soon', draft: 'yes' },
    { form: 'II.01-ĐC/VPCP/KSTT', period: '2025-Q1', due: '2025-03-17', status: 'due-soon', draft: 'no' },
  ]);
  assert.match(await popup.getByTestId('tlbc-deadline').first().textContent(), /Còn 1 ngày/);
  const late = await h.openPopup({ clock: '2025-03-19T09:00:00+07:00' });
  assert.deepEqual(
    (await deadlines(late)).map((d) => d.status),
    ['overdue', 'overdue', 'overdue'],
  );
  assert.match(await late.getByTestId('tlbc-deadline').first().textContent(), /Quá hạn 2 ngày/);
});

test('a department clerk sees 19/3', async () => {
  await setProfile('so', 'Sở Tư pháp');
  const popup = await h.openPopup({ clock: MARCH_16 });
  const list = await deadlines(popup);
  assert.deepEqual(
    list.map((d) => [d.form, d.due, d.status]),
    [
      ['II.05a/VPCP/KSTT', '2025-03-19', 'due-soon'],
      ['II.06a/VPCP/KSTT', '2025-03-19', 'due-soon'],
      ['II.01-ĐC/VPCP/KSTT', '2025-03-19', 'due-soon'],
    ],
  );
});

test('a pasted dispatch for quarter III/2025 replaces the estimated dates', async () => {
  await setProfile('xa', 'UBND xã Hòa Bình');
  const before = await deadlines(await h.openPopup({ clock: '2025-09-12T09:00:00+07:00' }));
  assert.deepEqual([...new Set(before.map((d) => d.due))], ['2025-09-15']);

  const options = await h.openOptions();
  await options
    .getByTestId('tlbc-dispatch-text')
    .fill(
      [
        'V/v báo cáo kiểm soát TTHC quý III năm 2025',
        'Thời hạn chốt số liệu: từ ngày 15/6/2025 đến ngày 14/9/2025.',
        '- UBND các xã, phường, đặc khu: biểu II.06a/VPCP/KSTT, II.05a/VPCP/KSTT, II.01-ĐC/VPCP/KSTT; chậm nhất ngày 18/9/2025.',
        '- Các sở, ban, ngành: biểu II.06a/VPCP/KSTT, II.05a/VPCP/KSTT, II.01-ĐC/VPCP/KSTT; chậm nhất ngày 22/9/2025.',
      ].join('\n'),
    );
  await options.getByTestId('tlbc-dispatch-parse').click();
  const items = options.getByTestId('tlbc-dispatch-item');
  await items.nth(5).waitFor();
  const xa = await options.locator('[data-testid="tlbc-dispatch-item"][data-level="xa"]').first();
  assert.equal(await xa.getAttribute('data-form'), 'II.06a/VPCP/KSTT');
  assert.equal(await xa.getAttribute('data-from'), '2025-06-15');
  assert.equal(await xa.getAttribute('data-to'), '2025-09-14');
  assert.equal(await xa.getAttribute('data-due'), '2025-09-18');
  await options.getByTestId('tlbc-dispatch-apply').click();
  await options.getByTestId('tlbc-dispatch-status').filter({ hasText: 'Đã áp dụng' }).waitFor();

  const after = await deadlines(await h.openPopup({ clock: '2025-09-12T09:00:00+07:00' }));
  assert.deepEqual(
    after.map((d) => [d.form, d.due, d.status]),
    [
      ['II.06a/VPCP/KSTT', '2025-09-18', 'upcoming'],
      ['II.05a/VPCP/KSTT', '2025-09-18', 'upcoming'],
      ['II.01-ĐC/VPCP/KSTT', '2025-09-18', 'upcoming'],
    ],
  );
});

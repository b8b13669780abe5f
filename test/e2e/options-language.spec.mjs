import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch } from './harness.mjs';

// The options page in English (issue 17): a clerk switches "Ngôn ngữ / Language" to English and no
// Vietnamese is left on the page but data — unit, field and draft names, form codes, the II.06 form's
// own rows and columns — with every section showing something: the profile, a read dispatch, a saved II.06a draft (the
// drafts list and the aggregation), and an imported file's preview. Switching back brings Vietnamese.
// Run: npx wxt build && node --test test/e2e/options-language.spec.mjs

const UNIT = 'UBND xã Hòa Bình';
const FIELD = 'Hộ tịch';

/** What the page holds that is data, not the extension's wording. */
const DATA = [
  // The switch names both languages, each in its own.
  'Ngôn ngữ / Language',
  'Tiếng Việt',
  UNIT,
  FIELD,
  // The examples of a unit's name (placeholders).
  'UBND xã Tịnh Khê',
  'UBND huyện',
  'II.01-ĐC/VPCP/KSTT',
  'II.01-ĐC',
  // The rows the aggregation builds are the II.06 form's own, filled into the (Vietnamese) site.
  'Cộng cấp xã',
  'Cấp xã',
  'Tổng số',
];

/** Every string of the page a user can see or hear: text, options, titles, labels, placeholders. */
const pageStrings = (page) =>
  page.evaluate(() => {
    const main = document.querySelector('main');
    // The form's column headings (where a file's column may go) are the form's own wording.
    const data = (node) => node.parentElement?.closest('[data-testid="tlbc-import-target"]');
    const out = [document.title];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!data(node) && node.data.trim()) out.push(node.data.trim());
    }
    for (const el of main.querySelectorAll('*')) {
      for (const name of ['title', 'aria-label', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value) out.push(value);
      }
    }
    return out.join('\n');
  });

/** The Vietnamese left once the data is taken out: lines with a Vietnamese letter. */
function vietnameseLeft(text) {
  let rest = text;
  for (const data of DATA) rest = rest.split(data).join('');
  return rest.split('\n').filter((line) => /[À-ỹĐđ]/u.test(line));
}

let h;
before(async () => {
  h = await launch();
});
after(async () => {
  await h?.close();
});

test('switched to English, the options page shows no Vietnamese but data, and follows a switch back', async () => {
  const options = await h.openOptions();
  await options.getByTestId('tlbc-profile-level').selectOption('xa');
  await options.getByTestId('tlbc-profile-status').filter({ hasText: 'Đã lưu' }).waitFor();
  await options.getByTestId('tlbc-profile-unit').fill(UNIT);
  await options.evaluate(
    ([unit, label]) =>
      chrome.runtime.sendMessage({
        type: 'drafts/save',
        draft: {
          form: 'II.06a/VPCP/KSTT',
          period: '2024-12-15/2025-03-14',
          unit,
          rows: [{ label, key: label.toLowerCase(), kind: 'data', values: { 3: '12', 4: '8', 5: '4' } }],
        },
      }),
    [UNIT, FIELD],
  );
  await options.getByTestId('tlbc-draft-row').first().waitFor();
  await options.getByTestId('tlbc-draft-open').first().click();
  await options.getByTestId('tlbc-draft-detail').waitFor();

  await options
    .getByTestId('tlbc-dispatch-text')
    .fill(
      [
        'V/v báo cáo kiểm soát TTHC quý III năm 2025',
        'Thời hạn chốt số liệu: từ ngày 15/6/2025 đến ngày 14/9/2025.',
        '- UBND các xã, phường, đặc khu: biểu II.06a/VPCP/KSTT, II.05a/VPCP/KSTT, II.01-ĐC/VPCP/KSTT; chậm nhất ngày 18/9/2025.',
      ].join('\n'),
    );
  await options.getByTestId('tlbc-dispatch-parse').click();
  await options.getByTestId('tlbc-dispatch-item').first().waitFor();

  await options.getByTestId('tlbc-aggregate-source').first().check();
  await options.getByTestId('tlbc-aggregate-run').click();
  await options.getByTestId('tlbc-aggregate-preview').waitFor();

  const csv = ['(1);(2);(3);(4);(5)', `1;${FIELD};12;8;4`].join('\r\n');
  await options
    .getByTestId('tlbc-import-file')
    .setInputFiles({ name: 'bieu.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await options.getByTestId('tlbc-import-preview').waitFor();

  // Vietnamese first: the page's own wording is there to be replaced.
  assert.ok(vietnameseLeft(await pageStrings(options)).length > 20);

  await options.getByTestId('tlbc-language').selectOption('en');
  await options.locator('h1', { hasText: 'Settings' }).waitFor();
  await options.getByTestId('tlbc-import-status').filter({ hasText: 'Read 1 row' }).waitFor();
  assert.deepEqual(vietnameseLeft(await pageStrings(options)), []);
  assert.equal(await options.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(
    await options.evaluate(async () => (await chrome.storage.local.get('settings')).settings?.lang),
    'en',
  );

  // Another page already open follows at once; a page opened later starts in English.
  const later = await h.openOptions();
  await later.locator('h1', { hasText: 'Settings' }).waitFor();
  await later.getByTestId('tlbc-language').selectOption('vi');
  await options.locator('h1', { hasText: 'Cài đặt' }).waitFor();
  await options.getByTestId('tlbc-import-status').filter({ hasText: 'Đã đọc 1 dòng' }).waitFor();
  await later.close();
  await options.close();
});

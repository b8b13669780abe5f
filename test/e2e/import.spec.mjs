import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { parseVn } from '../fixtures/lib/vn-number.mjs';
import { launch, SITES } from './harness.mjs';

// Import an export shaped as the one-stop systems write it (issue 15) on the options page: title and
// period lines, a three-row header in the exporter's words, channels split four ways, its own column
// numbering (1)…(16), a column the form has no place for, a signature block. Confirm, then fill the
// empty II.06a replica from the draft: it must hold the clean page's figures.
// Run: npx wxt build && node --test test/e2e/import.spec.mjs

const page = (values) =>
  `${SITES.quangngai}/bao-cao/nhap-lieu/ii06a?shape=table&values=${values}&unit=${encodeURIComponent('UBND xã Tịnh Phong')}`;

let h;
before(async () => {
  h = await launch();
});
after(async () => {
  await h?.close();
});

const status = (tab) => h.panel(tab).locator('[data-testid="tlbc-status"]');

function asNumbers(model) {
  const out = {};
  for (const [row, cols] of Object.entries(model)) {
    out[row] = {};
    for (const [col, text] of Object.entries(cols)) out[row][col] = text === '' ? null : parseVn(text);
  }
  return out;
}

function pick(model, like) {
  const out = {};
  for (const [row, cols] of Object.entries(like)) {
    out[row] = {};
    for (const col of Object.keys(cols)) out[row][col] = model[row]?.[col] ?? '';
  }
  return out;
}

/** A figure split in two parts the exporter shows apart (two online channels, counter and post). */
function split(text) {
  if (text === '' || text === undefined) return ['', ''];
  const n = parseVn(text);
  const a = Math.floor(n / 2);
  return [String(a), String(n - a)];
}

function exportOf(clean) {
  const lines = [
    'UBND TỈNH QUẢNG NGÃI;;;;;;;;;;;;;;;',
    'THỐNG KÊ TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TTHC;;;;;;;;;;;;;;;',
    'Kỳ báo cáo: từ ngày 15/12/2024 đến ngày 14/03/2025;;;;;;;;;;;;;;;',
    'STT;Lĩnh vực;Tiếp nhận;;;;;;Đã giải quyết;;;;Đang giải quyết;;;Rút hồ sơ',
    ';;Tổng số;Trong kỳ;;;;Tồn kỳ trước;Tổng số;Trước hạn;Đúng hạn;Quá hạn;Tổng số;Trong hạn;Quá hạn;',
    ';;;Trực tuyến toàn trình;Trực tuyến một phần;Trực tiếp;Bưu chính công ích (BCCI);;;;;;;;;',
    Array.from({ length: 16 }, (_, i) => `(${i + 1})`).join(';'),
    ...Object.entries(clean).map(([label, c], i) =>
      [
        i + 1,
        `"${label}"`,
        c[3] ?? '',
        ...split(c[4]),
        ...split(c[5]),
        ...[6, 7, 8, 9, 10, 11, 12, 13].map((n) => c[n] ?? ''),
        '2',
      ].join(';'),
    ),
    ';;;;;;;;;;;;;;;',
    ';NGƯỜI LẬP BIỂU;;;;;;;;;;THỦ TRƯỞNG ĐƠN VỊ;;;;',
    ';Nguyễn Văn An;0905123456;;;;;;;;;;;;;',
  ];
  return `\uFEFF${lines.join('\r\n')}`;
}

test('imports a one-stop export on the options page, confirms, then fills the empty page from it', async () => {
  const source = await h.open(page('clean'));
  await h.panel(source).waitFor();
  const clean = await h.readModel(source);
  await source.close();

  const options = await h.openOptions({ clock: '2025-03-10T03:00:00+07:00' });
  await options.locator('[data-testid="tlbc-import-file"]').setInputFiles({
    name: 'thong-ke-mot-cua.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(exportOf(clean), 'utf8'),
  });
  await options.locator('[data-testid="tlbc-import-preview"]').waitFor();
  const preview = (await options.locator('[data-testid="tlbc-import-preview"]').textContent()) ?? '';
  assert.match(preview, /Tệp tự đánh số cột khác với biểu/);
  assert.match(preview, /cộng vào cột \(4\)/);
  const leftOut = options.locator('[data-testid="tlbc-import-left-out"]');
  assert.equal(await leftOut.getAttribute('data-count'), '2');
  const unplaced = options.locator('[data-testid="tlbc-import-unplaced"]');
  assert.equal(
    await unplaced.getAttribute('data-total'),
    String(2 * Object.keys(clean).filter((l) => !/^tổng/i.test(l)).length),
  );

  await options.locator('[data-testid="tlbc-import-period"]').selectOption('2024-12-15/2025-03-14');
  await options.locator('[data-testid="tlbc-import-unit"]').fill('UBND xã Tịnh Phong');
  await options.locator('[data-testid="tlbc-import-save"]').click();
  await options
    .locator('[data-testid="tlbc-import-status"]')
    .filter({ hasText: 'Đã lưu bản nháp' })
    .waitFor();
  await options.close();

  const fresh = await h.open(page('empty'));
  await h.panel(fresh).waitFor();
  await h.panel(fresh).locator('[data-testid="tlbc-fill"]').click();
  await status(fresh)
    .filter({ hasText: /Đã điền/ })
    .waitFor({ timeout: 20_000 });
  assert.doesNotMatch((await status(fresh).textContent()) ?? '', /không điền được/);
  assert.deepEqual(asNumbers(pick(await h.readModel(fresh), clean)), asNumbers(clean));
  await fresh.close();
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launch, SITES } from './harness.mjs';

// Inline checks on the live page (issue: panel, cell marks, live re-check): the seeded defects of the
// replicas are reported with the right rule, row and column on every table shape; clean forms get no
// error or warning; a mark goes the moment the value is fixed; the panel's fix is applied and undone.

const II06A = `${SITES.quangngai}/bao-cao/nhap-lieu/ii06a`;

/** The seeded defects of `values=errors` (test/fixtures/README.md), as rule:row:column. */
const SEEDED = [
  'number:Chứng thực:5',
  'sum:Hộ tịch:3',
  'number:Hoạt động xây dựng:5',
  'total-row:Tổng số:9',
  'field-name:Bảo trợ xả hội:2',
];

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
before(async () => {
  h = await launch();
});
after(async () => {
  await h?.close();
});

async function openForm(query) {
  const page = await h.open(`${II06A}?${query}`);
  await h.panel(page).waitFor({ timeout: 10_000 });
  return page;
}

/** Waits until the panel names this form (Playwright's CSS reaches into the open shadow root). */
function formShown(page, code) {
  return page.locator(`[data-testid="tlbc-panel"][data-form="${code}"]`).waitFor({ timeout: 10_000 });
}

async function findingKeys(page) {
  return (await h.findings(page)).map((f) => `${f.rule}:${f.row}:${f.col}`);
}

/** The element of a count cell, found as a user would: the row's label, then the column number. */
function cellAt(scope, rowLabel, col) {
  return scope
    .locator('tr, [role="row"]')
    .filter({ has: scope.getByText(rowLabel, { exact: true }) })
    .locator('td, [role="gridcell"]')
    .nth(col - 1);
}

describe('seeded defects are reported on every readable table shape', () => {
  for (const shape of ['table', 'aria', 'click', 'iframe', 'spa', 'handsontable']) {
    test(`shape=${shape}`, async () => {
      const page = await openForm(`shape=${shape}&values=errors`);
      await page.locator('[data-testid="tlbc-finding"]').first().waitFor({ timeout: 10_000 });
      const found = await findingKeys(page);
      for (const seeded of SEEDED)
        assert.ok(found.includes(seeded), `${seeded} missing from ${found.join(', ')}`);
      // Marks on the page's own cells (Handsontable's rendered ones included; the iframe's are inside it).
      const scope = shape === 'iframe' ? page.frameLocator('iframe') : page;
      const marked = await scope
        .locator('[data-tlbc-severity="error"]')
        .evaluateAll((cells) => cells.map((cell) => cell.closest('tr, [role="row"]')?.textContent ?? ''));
      assert.ok(
        marked.some((row) => row.includes('Hộ tịch')),
        `no error mark on the Hộ tịch row (${marked.length} marks)`,
      );
      const errors = Number(await page.locator('[data-testid="tlbc-count-error"]').textContent());
      assert.equal(errors, found.filter((f) => !f.startsWith('field-name')).length);
      await page.close();
    });
  }
});

test('a clean form gets no error and no warning, and no cell is marked', async () => {
  const page = await openForm('values=clean');
  await page.waitForTimeout(500);
  assert.equal(await page.locator('[data-testid="tlbc-count-error"]').textContent(), '0');
  assert.equal(await page.locator('[data-testid="tlbc-count-warning"]').textContent(), '0');
  assert.equal(await page.locator('[data-tlbc-severity]').count(), 0);
  await page.close();
});

test('typing the right value clears the mark at once; typing a wrong one marks the total', async () => {
  const page = await openForm('values=errors');
  const total = cellAt(page, 'Hộ tịch', 3);
  assert.equal(await total.getAttribute('data-tlbc-severity'), 'error');
  await cellAt(page, 'Hộ tịch', 5).locator('input').fill('402');
  await page.waitForFunction((el) => !el.hasAttribute('data-tlbc-severity'), await total.elementHandle());
  assert.ok(!(await findingKeys(page)).includes('sum:Hộ tịch:3'));

  await cellAt(page, 'Đất đai', 4).locator('input').fill('70');
  await page.waitForFunction(
    (el) => el.getAttribute('data-tlbc-severity') === 'error',
    await cellAt(page, 'Đất đai', 3).elementHandle(),
  );
  assert.ok((await findingKeys(page)).includes('sum:Đất đai:3'));
  await page.close();
});

test('the suggested fix is written on click, reaches the page, and undo restores the old value', async () => {
  const page = await openForm('values=errors');
  const finding = page.locator('[data-testid="tlbc-finding"][data-rule="total-row"][data-col="9"]');
  await finding.locator('[data-testid="tlbc-fix"]').click();
  const field = cellAt(page, 'Tổng số', 9).locator('input');
  await page.waitForFunction((el) => el.value === '1.104', await field.elementHandle());
  assert.equal((await h.readModel(page))['Tổng số'][9], '1.104');
  assert.equal(await finding.count(), 0);
  await page.locator('[data-testid="tlbc-undo"]').click();
  await page.waitForFunction((el) => el.value === '1.204', await field.elementHandle());
  assert.match(await page.locator('[data-testid="tlbc-status"]').textContent(), /hoàn tác|khôi phục/i);
  await page.close();
});

test('clicking a finding brings its cell into focus', async () => {
  const page = await openForm('values=errors');
  await page
    .locator('[data-testid="tlbc-finding"][data-rule="number"][data-row="Hoạt động xây dựng"] .finding')
    .click();
  const focused = await page.evaluate(() => document.activeElement?.closest('tr')?.textContent ?? '');
  assert.match(focused, /Hoạt động xây dựng/);
  await page.close();
});

test('a canvas grid is reported as not supported, never silently ignored', async () => {
  const page = await openForm('shape=canvas');
  assert.match(await h.panel(page).textContent(), /canvas/);
  await page.close();
});

test('when the single-page app replaces the table, the checks follow the new one', async () => {
  const page = await openForm('shape=spa&delay=300&values=errors');
  await page.getByRole('button', { name: 'Biểu II.05a' }).click();
  await page.getByText('Biểu số II.05a/VPCP/KSTT').waitFor();
  await formShown(page, 'II.05a/VPCP/KSTT');
  await page.goBack();
  await formShown(page, 'II.06a/VPCP/KSTT');
  assert.ok((await findingKeys(page)).includes('sum:Hộ tịch:3'));
  assert.equal(await cellAt(page, 'Hộ tịch', 3).getAttribute('data-tlbc-severity'), 'error');
  await page.close();
});

test('a read-only report is shown as such and its fill button is disabled', async () => {
  const page = await openForm('state=cho-duyet&values=errors');
  assert.equal(await h.panel(page).getAttribute('data-state'), 'readonly');
  assert.ok(await page.locator('[data-testid="tlbc-fill"]').isDisabled());
  await page.close();
});

test('the panel can be switched to English and collapsed, and remembers it on the next page', async () => {
  const page = await openForm('values=errors');
  await h.panel(page).getByRole('button', { name: 'English' }).click();
  await page.locator('[data-testid="tlbc-save-draft"]', { hasText: 'Save draft' }).waitFor();
  await h.panel(page).locator('.badge').click();
  await page.close();
  const again = await openForm('values=errors');
  assert.ok(!(await again.locator('[data-testid="tlbc-save-draft"]').isVisible()));
  await h.panel(again).locator('.badge').click();
  await again.locator('[data-testid="tlbc-save-draft"]', { hasText: 'Save draft' }).waitFor();
  await h.panel(again).getByRole('button', { name: 'Tiếng Việt' }).click();
  await again.close();
});

test('the popup switches the checks off for one site, remembered, and on again', async () => {
  const popup = await h.openPopup();
  const toggle = popup.locator('[data-testid="tlbc-site-checks"][data-host="baocao.quangngai.gov.vn"]');
  await toggle.uncheck();
  const off = await h.open(`${II06A}?values=errors`);
  await off.waitForTimeout(1500);
  assert.equal(await h.panel(off).count(), 0);
  assert.equal(await off.locator('[data-tlbc-severity]').count(), 0);
  const other = await h.open(`${SITES.vpcp}/bao-cao/bieu-mau/ii06a`);
  await h.panel(other).waitFor({ timeout: 10_000 });

  await toggle.check();
  await h.panel(off).waitFor({ timeout: 10_000 });
  await popup.close();
  await off.close();
  await other.close();
});

test('an II.06 of a period after the districts were abolished flags its district heading, in the panel', async () => {
  const ii06 = `${SITES.quangngai}/bao-cao/nhap-lieu/ii06`;
  const q4 = new URLSearchParams({ ky: 'Quý IV năm 2025', from: '15/9/2025', to: '14/12/2025' });
  const page = await h.open(`${ii06}?${q4}`);
  const finding = page.locator('[data-testid="tlbc-finding"][data-rule="district-rows"]');
  await finding.waitFor({ timeout: 10_000 });
  const [found] = (await h.findings(page)).filter((f) => f.rule === 'district-rows');
  assert.deepEqual([found.severity, found.row, found.col], ['warning', 'Cấp huyện', '2']);
  assert.match(found.text, /từ 1\/7\/2025 không còn cấp huyện/);
  await page.close();
});

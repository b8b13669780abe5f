import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, SITES } from './harness.mjs';

// A real Angular single-page app (test/fixtures/angular: router, reactive forms, *ngFor without
// trackBy) as the provincial system is built: routes change without a reload, and every render of the
// II.06a table throws away its <tbody>, rows and inputs and builds new ones holding the same values.
// What the panel and the marks show must always be what the page now holds.
// Run: npx wxt build && node --test test/e2e/spa.spec.mjs

const APP = `${SITES.quangngai}/ng`;
const II06A = 'II.06a/VPCP/KSTT';
const II05A = 'II.05a/VPCP/KSTT';
/** values=errors seeds one sum error: Hộ tịch (5) 412 where 402 adds up; the total row keeps 402. */
const SEEDED = ['sum:Hộ tịch:3', 'total-row:Tổng số:5'];

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
before(async () => {
  h = await launch();
});
after(async () => {
  await h?.close();
});

const panelOf = (page) => h.panel(page);
/** The app's own tab strip (the shell's side menu has full-page links of the same names). */
const nav = (page) => page.locator('app-bao-cao nav');

async function findingKeys(page) {
  return (await h.findings(page)).map((f) => `${f.rule}:${f.row}:${f.col}`).sort();
}

/** Marked cells as `label:column number` (the row's label cell, then the cell's place in the row). */
function markedCells(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-tlbc-severity]')]
      .map((el) => {
        const cell = el.closest('td,th') ?? el;
        const row = cell.closest('tr');
        return `${row?.cells[1]?.textContent?.trim()}:${cell.cellIndex + 1}:${el.getAttribute('data-tlbc-severity')}`;
      })
      .sort(),
  );
}

/** The count input of a row, found as a user would: the row's label, then the column (3–13). */
function inputAt(page, label, col) {
  return page
    .locator('tr')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('input')
    .nth(col - 3);
}

async function formShown(page, code) {
  await page.locator(`[data-testid="tlbc-panel"][data-form="${code}"]`).waitFor({ timeout: 10_000 });
}

async function until(check, message, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const last = await check();
    if (last === true) return;
    if (Date.now() > end) assert.fail(`${message}: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function noPanel(page) {
  await until(async () => (await panelOf(page).count()) === 0 || 'panel still there', 'no panel');
}

/**
 * Records, after every painted frame, what the user saw: the form code shown in the page, the
 * panel's form and findings' rows, and the marked cells. The record is read with `frames()`.
 */
async function watchFrames(page) {
  await page.evaluate(() => {
    const seen = [];
    window.__frames = seen;
    const channel = new MessageChannel();
    const panelRoot = () => document.querySelector('tlbc-panel-host')?.shadowRoot ?? null;
    channel.port1.onmessage = () => {
      const root = panelRoot();
      const panel = root?.querySelector('[data-testid="tlbc-panel"]');
      const text = document.querySelector('app-bieu-mau')?.textContent ?? '';
      seen.push({
        page: /II\.06a/.test(text) ? 'II.06a' : /II\.05a/.test(text) ? 'II.05a' : 'none',
        table: document.querySelectorAll('app-bieu-mau table tbody tr input').length,
        panel: panel?.getAttribute('data-form') ?? null,
        findings: [...(root?.querySelectorAll('[data-testid="tlbc-finding"]') ?? [])].map(
          (f) => `${f.getAttribute('data-rule')}:${f.getAttribute('data-row')}:${f.getAttribute('data-col')}`,
        ),
        marks: document.querySelectorAll('[data-tlbc-severity]').length,
      });
    };
    // After the frame's rAF callbacks (the extension's included) and its paint.
    const frame = () => {
      channel.port2.postMessage(0);
      if (window.__frames === seen) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  return {
    frames: () => page.evaluate(() => window.__frames.slice()),
    stop: () => page.evaluate(() => (window.__frames = null)),
  };
}

test('the replica: typing reaches Angular’s FormGroup, a value set by script does not; Làm mới rebuilds the body', async () => {
  const page = await h.open(`${APP}/bao-cao/nhap-lieu/ii06a`);
  await inputAt(page, 'Hộ tịch', 4).fill('190');
  await inputAt(page, 'Đất đai', 4).evaluate((input) => {
    input.value = '99';
  });
  const form = await h.readAngularForm(page);
  assert.equal(form['Hộ tịch'][4], '190');
  assert.equal(form['Đất đai'][4], '64');
  assert.deepEqual(await h.readModel(page), form, 'the page hook is the FormGroup too');
  const old = await page.locator('app-bieu-mau table:not([role]) tbody tr').first().elementHandle();
  await page.getByRole('button', { name: 'Làm mới' }).click();
  assert.equal(await old.evaluate((tr) => tr.isConnected), false);
  assert.equal(await inputAt(page, 'Hộ tịch', 4).inputValue(), '190');
  assert.equal(await inputAt(page, 'Đất đai', 4).inputValue(), '64', 'rendered from the model');
  await page.close();
});

test('list → II.05a → II.06a → list, no reload: the panel follows the form shown and comes back', async () => {
  const page = await h.open(`${APP}/bao-cao/danh-sach?values=errors`);
  await page.getByRole('heading', { name: 'Danh sách báo cáo' }).waitFor();
  await page.evaluate(() => {
    window.__sameDocument = true;
  });
  await page.waitForTimeout(1000);
  assert.equal(await panelOf(page).count(), 0, 'no panel on the list');

  await nav(page).getByRole('link', { name: 'Biểu II.05a' }).click();
  await formShown(page, II05A);
  assert.match(page.url(), /\/ng\/bao-cao\/nhap-lieu\/ii05a$/);

  await nav(page).getByRole('link', { name: 'Biểu II.06a' }).click();
  await formShown(page, II06A);
  await until(async () => {
    const keys = await findingKeys(page);
    return SEEDED.every((k) => keys.includes(k)) || keys;
  }, 'the seeded sum error is found');

  await nav(page).getByRole('link', { name: 'Danh sách báo cáo' }).click();
  await page.getByRole('heading', { name: 'Danh sách báo cáo' }).waitFor();
  await noPanel(page);
  assert.equal(await page.locator('[data-tlbc-severity]').count(), 0, 'no marks left on the list');

  await page.goBack();
  await formShown(page, II06A);
  await until(async () => (await findingKeys(page)).includes('sum:Hộ tịch:3') || 'not yet', 'back on II.06a');
  assert.ok(await page.evaluate(() => window.__sameDocument), 'the page was never reloaded');
  await page.close();
});

test('a form replaced by another form never shows the previous form’s findings, not for one frame', async () => {
  const page = await h.open(`${APP}/bao-cao/nhap-lieu/ii06a?values=errors&delay=0`);
  await formShown(page, II06A);
  await until(async () => (await findingKeys(page)).includes('sum:Hộ tịch:3') || 'not yet', 'II.06a checked');
  const probe = await watchFrames(page);
  await nav(page).getByRole('link', { name: 'Biểu II.05a' }).click();
  await formShown(page, II05A);
  await page.waitForTimeout(300);
  await nav(page).getByRole('link', { name: 'Biểu II.06a' }).click();
  await formShown(page, II06A);
  await page.waitForTimeout(300);
  const frames = await probe.frames();
  await probe.stop();
  assert.ok(
    frames.some((f) => f.page === 'II.05a'),
    'II.05a was painted',
  );
  const stale = frames.filter(
    (f) =>
      (f.page === 'II.05a' && (f.panel === II06A || f.marks > 0)) ||
      (f.page === 'II.06a' && f.panel === II05A),
  );
  assert.deepEqual(stale, [], 'frames painted with the other form’s panel or marks');
  await page.close();
});

test('re-rendered in place (same <table>, new <tbody>, rows and inputs): same findings, same cells marked', async () => {
  const page = await h.open(`${APP}/bao-cao/nhap-lieu/ii06a?values=errors`);
  await formShown(page, II06A);
  await until(async () => (await markedCells(page)).length > 0 || 'no marks', 'cells marked');
  const findings = await findingKeys(page);
  const marks = await markedCells(page);
  assert.ok(
    SEEDED.every((k) => findings.includes(k)),
    findings.join(', '),
  );
  await page.evaluate(() => {
    window.__old = {
      table: document.querySelector('app-bieu-mau table:not([role])'),
      input: document.querySelector('app-bieu-mau tbody input'),
    };
  });
  const probe = await watchFrames(page);

  await page.getByRole('button', { name: 'Làm mới' }).click();
  const replaced = await page.evaluate(() => ({
    sameTable: window.__old.table.isConnected,
    oldInput: window.__old.input.isConnected,
  }));
  assert.deepEqual(replaced, { sameTable: true, oldInput: false }, 'the app rebuilt the body in place');
  await until(
    async () => JSON.stringify(await markedCells(page)) === JSON.stringify(marks) || 'differs',
    'marks back',
  );
  assert.deepEqual(await findingKeys(page), findings);
  assert.deepEqual(await markedCells(page), marks);
  const frames = await probe.frames();
  await probe.stop();
  assert.deepEqual(
    frames.filter((f) => f.table > 0 && f.marks === 0),
    [],
    'no frame painted the new rows without their marks',
  );
  await page.close();
});

test('the seeded error fixed in a re-rendered input: its finding and its mark go', async () => {
  const page = await h.open(`${APP}/bao-cao/nhap-lieu/ii06a?values=errors`);
  await formShown(page, II06A);
  await until(async () => (await findingKeys(page)).includes('sum:Hộ tịch:3') || 'not yet', 'checked');
  await page.getByRole('button', { name: 'Làm mới' }).click();
  await page.getByRole('button', { name: 'Làm mới' }).click();
  await inputAt(page, 'Hộ tịch', 5).fill('402');
  await until(async () => (await findingKeys(page)).length === 0 || 'findings left', 'findings gone');
  await until(async () => (await markedCells(page)).length === 0 || 'marks left', 'marks gone');
  assert.equal((await h.readAngularForm(page))['Hộ tịch'][5], '402');
  assert.equal(await page.locator('[data-testid="tlbc-count-error"]').textContent(), '0');
  await page.close();
});

test('a table the app re-renders on a timer keeps following edits', async () => {
  const page = await h.open(`${APP}/bao-cao/nhap-lieu/ii06a?values=errors&refresh=250`);
  await formShown(page, II06A);
  await until(async () => (await findingKeys(page)).includes('sum:Hộ tịch:3') || 'not yet', 'checked');
  await page.waitForTimeout(600);
  const keys = await findingKeys(page);
  assert.ok(
    SEEDED.every((k) => keys.includes(k)),
    keys.join(', '),
  );
  assert.ok((await markedCells(page)).length > 0, 'marks survive the timer');
  // The timer may replace the input between Playwright finding it and typing into it; the text then
  // goes to a node the app has dropped, as a user's keystroke would. Type again until the app has it.
  await until(async () => {
    if ((await h.readAngularForm(page))['Hộ tịch'][5] === '402') return true;
    await inputAt(page, 'Hộ tịch', 5).fill('402');
    return 'the app has not taken the edit';
  }, 'edit taken');
  await until(async () => (await findingKeys(page)).length === 0 || 'findings left', 'findings gone', 10_000);
  await page.waitForTimeout(600);
  assert.deepEqual(await findingKeys(page), []);
  assert.deepEqual(await markedCells(page), []);
  await page.close();
});

test('fill from a draft into re-rendered inputs: Angular’s own form holds every value', async () => {
  const saved = await h.open(`${APP}/bao-cao/nhap-lieu/ii06a`);
  await formShown(saved, II06A);
  const clean = await h.readAngularForm(saved);
  await panelOf(saved).locator('[data-testid="tlbc-save-draft"]').click();
  await panelOf(saved)
    .locator('[data-testid="tlbc-status"]')
    .filter({ hasText: /Đã lưu/ })
    .waitFor();
  await saved.close();

  const page = await h.open(`${APP}/bao-cao/nhap-lieu/ii06a?values=empty`);
  await formShown(page, II06A);
  await page.getByRole('button', { name: 'Làm mới' }).click();
  await panelOf(page).locator('[data-testid="tlbc-fill"]').click();
  const status = panelOf(page).locator('[data-testid="tlbc-status"]');
  await status.filter({ hasText: /Đã điền/ }).waitFor({ timeout: 20_000 });
  assert.doesNotMatch(await status.textContent(), /không điền được/);
  const digits = (form) =>
    Object.fromEntries(
      Object.entries(form).map(([row, cols]) => [
        row,
        Object.fromEntries(Object.entries(cols).map(([c, v]) => [c, v.replace(/\./g, '')])),
      ]),
    );
  assert.deepEqual(digits(await h.readAngularForm(page)), digits(clean));
  await page.getByRole('button', { name: 'Làm mới' }).click();
  assert.deepEqual(digits(await h.readAngularForm(page)), digits(clean), 'kept across a re-render');
  assert.deepEqual(await findingKeys(page), []);
  await page.close();
});

test('hash routes: the panel follows list → form → list', async () => {
  const page = await h.open(`${APP}/?hash=1&values=errors#/bao-cao/danh-sach`);
  await page.getByRole('heading', { name: 'Danh sách báo cáo' }).waitFor();
  await nav(page).getByRole('link', { name: 'Biểu II.06a' }).click();
  await formShown(page, II06A);
  assert.match(page.url(), /#\/bao-cao\/nhap-lieu\/ii06a$/);
  await nav(page).getByRole('link', { name: 'Danh sách báo cáo' }).click();
  await noPanel(page);
  await page.close();
});

test('the extension reloaded with the form open: one panel, no doubled marks, the new script in charge', async () => {
  const page = await h.open(`${APP}/bao-cao/nhap-lieu/ii06a?values=errors`);
  await formShown(page, II06A);
  await until(async () => (await markedCells(page)).length > 0 || 'no marks', 'cells marked');
  const marks = await markedCells(page);
  await h.reloadExtension();
  await formShown(page, II06A);
  await page.waitForTimeout(1500);
  assert.equal(await page.locator('tlbc-panel-host').count(), 1, 'one panel');
  assert.deepEqual(await markedCells(page), marks);
  assert.equal(await page.locator('style[data-tlbc-style]').count(), 1, 'one mark style');
  // Only a script connected to the (new) extension can save a draft.
  await panelOf(page).locator('[data-testid="tlbc-save-draft"]').click();
  await panelOf(page)
    .locator('[data-testid="tlbc-status"]')
    .filter({ hasText: /Đã lưu/ })
    .waitFor();
  await inputAt(page, 'Hộ tịch', 5).fill('402');
  await until(async () => (await findingKeys(page)).length === 0 || 'findings left', 'the edit is checked');
  assert.deepEqual(await markedCells(page), []);
  assert.equal(await page.locator('tlbc-panel-host').count(), 1, 'still one panel');
  await page.close();
});

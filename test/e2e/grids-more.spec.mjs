import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launch, SITES } from './harness.mjs';

// More real grid libraries: DevExtreme DataGrid, Kendo UI Grid, jspreadsheet CE, Cheetah Grid (canvas)
// and SpreadJS (canvas), each built by the library itself 600 ms after load on a replica page, with
// its number editor and a Vietnamese number format. Per case: recognised, the seeded sum error found
// and its rendered cell marked (a canvas grid's: the proxy laid over the drawn cell), a fill from a
// draft lands in the library's own model (read through its API, numbers as numbers) and undo restores
// that model exactly. SpreadJS without a licence key draws nothing under the sites' host names, so
// its page adapter is tested on https://localhost/ through the bridge's protocol alone.
// Run: npx wxt build && node --test test/e2e/grids-more.spec.mjs

// `variant: 'alt'`: the library's helper columns (selection boxes, delete buttons) around the form's,
// another editor (Kendo: a text box read by the field's Vietnamese parse), or (Cheetah) no number
// column type, only a number editor
const CASES = [
  { shape: 'devextreme', site: 'vpcp', variant: 'default' },
  { shape: 'devextreme', site: 'quangngai', variant: 'alt' },
  { shape: 'kendo', site: 'quangngai', variant: 'default' },
  { shape: 'kendo', site: 'vpcp', variant: 'alt' },
  { shape: 'jspreadsheet', site: 'quangngai', variant: 'default' },
  { shape: 'jspreadsheet', site: 'vpcp', variant: 'default' },
  { shape: 'cheetah', site: 'vpcp', variant: 'default', canvas: true },
  { shape: 'cheetah', site: 'quangngai', variant: 'alt', canvas: true },
];
const PATH = { quangngai: '/bao-cao/nhap-lieu/ii06a', vpcp: '/bao-cao/bieu-mau/ii06a' };
const TOTAL = { quangngai: 'Tổng số', vpcp: 'Tổng cộng' };
const UNIT = encodeURIComponent('UBND xã Tịnh Phong');

const url = ({ shape, site, variant = 'default' }, values, extra = '') =>
  `${SITES[site]}${PATH[site]}?shape=${shape}&variant=${variant}&values=${values}&unit=${UNIT}${extra}`;

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
before(async () => {
  h = await launch();
});
after(async () => {
  await h?.close();
});

const status = (tab) => h.panel(tab).locator('[data-testid="tlbc-status"]');

async function press(tab, testId, expected) {
  await h.panel(tab).locator(`[data-testid="${testId}"]`).click();
  await status(tab).filter({ hasText: expected }).waitFor({ timeout: 20_000 });
  return (await status(tab).textContent())?.trim() ?? '';
}

async function openForm(c, values, extra) {
  const page = await h.open(url(c, values, extra));
  await page.locator('[data-testid="tlbc-panel"][data-form="II.06a/VPCP/KSTT"]').waitFor({ timeout: 10_000 });
  return page;
}

/** Where the page's grid holds a row (its numbering row, when it has one as data, comes first). */
const rowIndex = (page, key) =>
  page.evaluate((k) => window.__replicaConfig.grid.rows.findIndex((r) => r.key === k), key);

for (const c of CASES) {
  describe(`${c.shape} (${c.variant}, ${c.site})`, () => {
    test('recognised late; the seeded sum error is found and its rendered cell marked', async () => {
      const page = await openForm(c, 'errors');
      const sum = page.locator('[data-testid="tlbc-finding"][data-rule="sum"][data-row="Hộ tịch"]');
      await sum.waitFor({ timeout: 10_000 });
      const found = (await h.findings(page)).map((f) => `${f.rule}:${f.row}:${f.col}`);
      for (const key of ['sum:Hộ tịch:3', `total-row:${TOTAL[c.site]}:9`])
        assert.ok(found.includes(key), `${key} missing from ${found.join(', ')}`);
      // no library-owned column (jspreadsheet's row numbers) taken for a form column
      assert.ok(
        found.every((f) => /:(?:[1-9]|1[0-3])?$/.test(f)),
        found.join(', '),
      );
      if (c.canvas) {
        // the proxy over the drawn cell (3) of Hộ tịch carries the mark
        const proxy = page.locator(`[data-tlbc-cell="${await rowIndex(page, 'Hộ tịch')}:2"]`);
        await proxy.waitFor({ state: 'visible', timeout: 5000 });
        assert.equal(await proxy.getAttribute('data-tlbc-severity'), 'error');
        const box = await proxy.boundingBox();
        const grid = await page.locator('.cheetah-grid').boundingBox();
        assert.ok(box && grid && box.width > 20 && box.y > grid.y, 'the proxy sits inside the grid');
      } else {
        const marked = await page
          .locator('[data-tlbc-severity="error"]')
          .evaluateAll((cells) => cells.map((cell) => cell.closest('tr')?.textContent ?? ''));
        assert.ok(
          marked.some((row) => row.includes('Hộ tịch') && row.includes('601')),
          `no error mark on the Hộ tịch row (${marked.length} marks)`,
        );
      }
      await page.close();
    });

    test('fills from a draft into the library model, and undo restores it exactly', async () => {
      const source = await openForm(c, 'clean');
      const clean = await h.readGridModel(source);
      assert.equal(typeof clean['Chứng thực']['5'], 'number', 'the replica keeps numbers as numbers');
      await press(source, 'tlbc-save-draft', /Đã lưu/);
      await source.close();

      const page = await openForm(c, 'empty');
      const empty = await h.readGridModel(page);
      const filled = await press(page, 'tlbc-fill', /Đã điền/);
      assert.doesNotMatch(filled, /không điền được/, filled);
      assert.deepEqual(await h.readGridModel(page), clean, 'the library model holds every saved value');

      const undone = await press(page, 'tlbc-undo', /hoàn tác/i);
      assert.deepEqual(await h.readGridModel(page), empty, `undo restores the empty model (${undone})`);
      await page.close();
    });
  });
}

describe('a change made through the library is heard and re-checked', () => {
  for (const shape of ['devextreme', 'kendo', 'jspreadsheet', 'cheetah']) {
    test(shape, async () => {
      const page = await openForm({ shape, site: 'quangngai' }, 'errors');
      const sum = (row) => page.locator(`[data-testid="tlbc-finding"][data-rule="sum"][data-row="${row}"]`);
      await sum('Hộ tịch').waitFor();
      await page.evaluate(() => window.__replicaEdit('Hộ tịch', 5, 402));
      await sum('Hộ tịch').waitFor({ state: 'detached', timeout: 5000 });
      await page.evaluate(() => window.__replicaEdit('Đất đai', 4, 70));
      await sum('Đất đai').waitFor({ timeout: 5000 });
      await page.close();
    });
  }
});

test('DevExtreme in batch editing: the fill is pending like typing, until the grid’s own Save', async () => {
  const c = { shape: 'devextreme', site: 'quangngai' };
  const source = await openForm(c, 'clean', '&edit=batch');
  const clean = await h.readGridModel(source);
  await press(source, 'tlbc-save-draft', /Đã lưu/);
  await source.close();
  const page = await openForm(c, 'empty', '&edit=batch');
  const empty = await h.readGridModel(page);
  const filled = await press(page, 'tlbc-fill', /Đã điền/);
  assert.doesNotMatch(filled, /không điền được/, filled);
  assert.deepEqual(await h.readGridModel(page), empty, 'nothing saved behind the user’s back');
  const save = page.locator('.dx-datagrid-save-button');
  await save.click();
  await page.waitForFunction(() => (window.__replicaRaw()['Hộ tịch']?.[3] ?? null) !== null);
  assert.deepEqual(await h.readGridModel(page), clean);
  await press(page, 'tlbc-undo', /hoàn tác/i);
  await save.click();
  await page.waitForFunction(() => window.__replicaRaw()['Hộ tịch']?.[3] === null);
  assert.deepEqual(await h.readGridModel(page), empty);
  await page.close();
});

test('a read-only report in a library grid is not filled', async () => {
  const c = { shape: 'kendo', site: 'vpcp' };
  const source = await openForm(c, 'clean');
  await press(source, 'tlbc-save-draft', /Đã lưu/);
  await source.close();
  const page = await openForm(c, 'empty', '&state=cho-duyet');
  const before = await h.readGridModel(page);
  const fill = h.panel(page).locator('[data-testid="tlbc-fill"]');
  if (await fill.isEnabled()) {
    await fill.click();
    await status(page)
      .filter({ hasText: /chỉ đọc|Không điền/ })
      .waitFor({ timeout: 10_000 });
  }
  assert.deepEqual(await h.readGridModel(page), before);
  await page.close();
});

test('a Cheetah Grid whose instance the page keeps to itself is named, never passed over', async () => {
  const page = await h.open(url({ shape: 'cheetah', site: 'vpcp' }, 'errors', '&reach=closure'));
  await h.panel(page).filter({ hasText: 'bảng vẽ trên canvas, chưa đọc được' }).waitFor({ timeout: 10_000 });
  assert.equal(await page.locator('[data-testid="tlbc-finding"]').count(), 0);
  await page.close();
});

describe('SpreadJS (page adapter on https://localhost/, the library refusing other host names)', () => {
  /** Sends one request to the grid bridge in the page and returns its reply, as the content side would. */
  const ask = (page, body) =>
    page.evaluate(
      (request) =>
        new Promise((resolve) => {
          const id = `t${Math.random()}`;
          const onReply = (event) => {
            const reply = JSON.parse(event.detail);
            if (reply.id !== id) return;
            document.removeEventListener('tlbc:grid-reply', onReply);
            resolve(reply);
          };
          document.addEventListener('tlbc:grid-reply', onReply);
          document.dispatchEvent(
            new CustomEvent('tlbc:grid-request', { detail: JSON.stringify({ ...request, id }) }),
          );
        }),
      body,
    );

  async function openSheet(values) {
    const page = await h.open(`https://localhost${PATH.quangngai}?shape=spreadjs&values=${values}`);
    await page.locator('[gcuielement="gcSpread"]').waitFor({ state: 'attached', timeout: 10_000 });
    // the extension does not run here: load its built page-world bridge into the page
    await page.addScriptTag({ path: join(h.extensionPath, 'grid-bridge.js') });
    const list = await ask(page, { op: 'list' });
    assert.equal(list.ok, true, JSON.stringify(list));
    assert.equal(list.result.grids.length, 1);
    assert.equal(list.result.grids[0].library, 'spreadjs');
    return { page, grid: list.result.grids[0].id };
  }

  test('reads the header from the column-header area and the cells as numbers', async () => {
    const { page, grid } = await openSheet('errors');
    const { result: data } = await ask(page, { op: 'read', grid });
    assert.deepEqual(
      data.headers.map((row) => row.map((cell) => cell.label).filter(Boolean)),
      [
        [
          'STT',
          'Lĩnh vực, công việc giải quyết theo cấp',
          'Số hồ sơ nhận giải quyết',
          'Số hồ sơ đã giải quyết',
          'Số lượng hồ sơ đang giải quyết',
        ],
        [
          'Tổng số',
          'Trong đó',
          'Từ kỳ trước',
          'Tổng số',
          'Trước hạn',
          'Đúng hạn',
          'Quá hạn',
          'Tổng số',
          'Trong hạn',
          'Quá hạn',
        ],
        ['Trực tuyến', 'Trực tiếp, dịch vụ bưu chính'],
        Array.from({ length: 13 }, (_, i) => `(${i + 1})`),
      ],
    );
    assert.deepEqual(
      data.headers[0].map((cell) => cell.span),
      [1, 1, 4, 4, 3],
    );
    const hoTich = data.rows.find((row) => row[1] === 'Hộ tịch');
    assert.deepEqual(hoTich.slice(2, 6), [601, 187, 412, 12]);
    assert.ok(
      data.readOnly.some(([r, col]) => col === 1 && data.rows[r][1] === 'Hộ tịch'),
      'labels locked',
    );
    assert.ok(data.numeric.slice(2).every(Boolean));
    await page.close();
  });

  test('writes numbers through setValue (1.245 is 1 245), refuses locked cells, and undo restores', async () => {
    const { page, grid } = await openSheet('empty');
    const before = await page.evaluate(() => window.__replicaRaw());
    const written = await ask(page, {
      op: 'write',
      grid,
      changes: [
        [1, 2, '1.245'],
        [1, 4, '402'],
        [1, 1, 'Hộ tịch mới'],
      ],
    });
    const cells = written.result.cells;
    assert.deepEqual(cells.slice(0, 2), [
      { value: 1245, before: null },
      { value: 402, before: null },
    ]);
    assert.equal(cells[2].error, 'read-only');
    const after = await page.evaluate(() => window.__replicaRaw());
    assert.equal(after['Hộ tịch'][3], 1245);
    assert.equal(after['Hộ tịch'][5], 402);
    // the extension's undo writes the values it was told were there before
    await ask(page, {
      op: 'write',
      grid,
      changes: [
        [1, 2, ''],
        [1, 4, ''],
      ],
    });
    assert.deepEqual(await page.evaluate(() => window.__replicaRaw()), before);
    await page.close();
  });

  test('lays a proxy over the drawn cell, for marks', async () => {
    const { page, grid } = await openSheet('errors');
    await ask(page, { op: 'read', grid });
    // the proxies are laid on the next frame, never during a read
    await page.locator('[data-tlbc-cell="1:2"]').waitFor({ state: 'visible', timeout: 5000 });
    const [proxy, drawn] = await page.evaluate(() => {
      const host = document.querySelector('[gcuielement="gcSpread"]');
      const sheet = window.GC.Spread.Sheets.findControl(host).getActiveSheet();
      const rect = sheet.getCellRect(1, 2);
      const canvas = host.querySelector('canvas').getBoundingClientRect();
      const box = host.querySelector('[data-tlbc-cell="1:2"]').getBoundingClientRect();
      return [
        { x: box.x, y: box.y, w: box.width },
        { x: canvas.x + rect.x, y: canvas.y + rect.y, w: rect.width },
      ];
    });
    for (const k of ['x', 'y', 'w'])
      assert.ok(Math.abs(proxy[k] - drawn[k]) < 1.5, `${k}: ${proxy[k]} vs ${drawn[k]}`);
    await page.close();
  });

  test('under the site’s own host name the unlicensed library draws no grid, and the panel says so', async () => {
    const page = await h.open(url({ shape: 'spreadjs', site: 'quangngai' }, 'errors'));
    await h
      .panel(page)
      .filter({ hasText: /canvas/ })
      .waitFor({ timeout: 10_000 });
    await page.close();
  });
});

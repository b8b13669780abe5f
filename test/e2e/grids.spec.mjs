import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launch, SITES } from './harness.mjs';

// Real grid libraries (AG Grid Community, Tabulator) on replica pages that build the grid 600 ms after
// load, each in two column configurations (`variant=alt`: helper columns, another editor, the
// numbering row elsewhere) and on both sites' wordings. Per case: the form is recognised, the seeded
// sum error is found and its rendered cell marked, a fill from a draft lands in the library's own
// data model (read through its API, numbers as numbers) and undo restores that model exactly.
// Run: npx wxt build && node --test test/e2e/grids.spec.mjs

const CASES = [
  { shape: 'ag-grid', site: 'quangngai', variant: 'default' },
  { shape: 'ag-grid', site: 'vpcp', variant: 'alt' },
  { shape: 'tabulator', site: 'quangngai', variant: 'default' },
  { shape: 'tabulator', site: 'vpcp', variant: 'alt' },
];
const PATH = { quangngai: '/bao-cao/nhap-lieu/ii06a', vpcp: '/bao-cao/bieu-mau/ii06a' };
const TOTAL = { quangngai: 'Tổng số', vpcp: 'Tổng cộng' };

const url = ({ shape, site, variant }, values) =>
  `${SITES[site]}${PATH[site]}?shape=${shape}&variant=${variant}&values=${values}&unit=${encodeURIComponent('UBND xã Tịnh Phong')}`;

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

async function openForm(c, values) {
  const page = await h.open(url(c, values));
  await page.locator('[data-testid="tlbc-panel"][data-form="II.06a/VPCP/KSTT"]').waitFor({ timeout: 10_000 });
  return page;
}

for (const c of CASES) {
  describe(`${c.shape} (${c.variant}, ${c.site})`, () => {
    test('recognised late; the seeded sum error is found and its rendered cell marked', async () => {
      const page = await openForm(c, 'errors');
      await page
        .locator('[data-testid="tlbc-finding"][data-rule="sum"]')
        .first()
        .waitFor({ timeout: 10_000 });
      const found = (await h.findings(page)).map((f) => `${f.rule}:${f.row}:${f.col}`);
      for (const key of ['sum:Hộ tịch:3', `total-row:${TOTAL[c.site]}:9`])
        assert.ok(found.includes(key), `${key} missing from ${found.join(', ')}`);
      // no finding on a library-owned column: every finding names one of the form's 13 columns
      assert.ok(
        found.every((f) => /:(?:[1-9]|1[0-3])?$/.test(f)),
        found.join(', '),
      );
      const marked = await page
        .locator('[data-tlbc-severity="error"]')
        .evaluateAll((cells) => cells.map((cell) => cell.closest('[role="row"]')?.textContent ?? ''));
      assert.ok(
        marked.some((row) => row.includes('Hộ tịch') && row.includes('601')),
        `no error mark on the Hộ tịch row (${marked.length} marks)`,
      );
      // a read-only cell is marked too: the misspelt field name's label cell
      const warned = await page
        .locator('[data-tlbc-severity="warning"]')
        .evaluateAll((cells) => cells.map((cell) => cell.textContent?.trim()));
      assert.ok(warned.includes('Bảo trợ xả hội'), `label cell not marked (${warned.join(', ')})`);
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

test('a user edit in the grid is re-checked: fixing the seeded value clears its finding', async () => {
  const c = CASES[0];
  const page = await openForm(c, 'errors');
  await page.locator('[data-testid="tlbc-finding"][data-rule="sum"][data-row="Hộ tịch"]').waitFor();
  // through the grid's API, as the page's own code would change it (the bridge hears the library)
  await page.evaluate(() => window.__replicaGrid.api.getRowNode('Hộ tịch').setDataValue('c5', 402));
  await page
    .locator('[data-testid="tlbc-finding"][data-rule="sum"][data-row="Hộ tịch"]')
    .waitFor({ state: 'detached', timeout: 5000 });
  await page.close();
});

describe('grids that appear or are rebuilt after the first scan', () => {
  test('a canvas grid drawn 600 ms after load gets the "not supported" notice', async () => {
    const page = await h.open(`${SITES.quangngai}${PATH.quangngai}?shape=canvas&late=600`);
    await page.locator('canvas').waitFor({ state: 'attached', timeout: 5000 });
    await h
      .panel(page)
      .filter({ hasText: /canvas/ })
      .waitFor({ timeout: 5000 });
    await page.close();
  });

  for (const shape of ['ag-grid', 'tabulator']) {
    test(`${shape}: a grid thrown away and built again is read again`, async () => {
      const page = await openForm({ shape, site: 'quangngai', variant: 'default' }, 'errors');
      const sum = page.locator('[data-testid="tlbc-finding"][data-rule="sum"][data-row="Hộ tịch"]');
      await sum.waitFor();
      await page.evaluate(() =>
        window.__replicaGrid.rebuild((row) => (row.key === 'Hộ tịch' ? { ...row, c5: 402 } : row)),
      );
      await sum.waitFor({ state: 'detached', timeout: 5000 });
      // the new grid is the one checked: a change made in it is heard
      await page.evaluate(() => {
        const { library, api, table } = window.__replicaGrid;
        if (library === 'ag-grid') api.getRowNode('Đất đai').setDataValue('c4', 70);
        else table.getRow('Đất đai').getCell('c4').setValue(70);
      });
      await page
        .locator('[data-testid="tlbc-finding"][data-rule="sum"][data-row="Đất đai"]')
        .waitFor({ timeout: 5000 });
      await page.close();
    });
  }
});

for (const shape of ['ag-grid', 'tabulator']) {
  test(`${shape}: a virtualised grid's rows scrolled into view get their marks`, async () => {
    const page = await h.open(`${SITES.quangngai}${PATH.quangngai}?shape=${shape}&rows=300&values=errors`);
    await page
      .locator('[data-testid="tlbc-finding"][data-rule="total-row"]')
      .first()
      .waitFor({ timeout: 10_000 });
    const totalMarks = () =>
      page
        .locator('[data-tlbc-severity="error"]')
        .evaluateAll(
          (cells) =>
            cells.filter((cell) => cell.closest('[role="row"]')?.textContent?.includes('Tổng số')).length,
        );
    assert.equal(await totalMarks(), 0, 'the total row is not drawn yet');
    await page.evaluate(() => {
      const { library, api, table } = window.__replicaGrid;
      if (library === 'ag-grid') api.ensureNodeVisible(api.getRowNode('Tổng số'), 'bottom');
      else table.scrollToRow('Tổng số', 'bottom', false);
    });
    await page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll('[data-tlbc-severity="error"]')).some((cell) =>
          cell.closest('[role="row"]')?.textContent?.includes('Tổng số'),
        ),
      null,
      { timeout: 5000 },
    );
    await page.close();
  });
}

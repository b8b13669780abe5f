import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

// End-to-end harness: real Chromium with the built extension, the replica sites at their real URLs,
// and a record of every request so a test fails if the extension talks to anything but itself.
// API in README.md.

export const SITES = {
  vpcp: 'https://vpcp.baocaochinhphu.gov.vn',
  quangngai: 'https://baocao.quangngai.gov.vn',
};

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const EXTENSION_PATH = process.env.EXTENSION_PATH || join(ROOT, '.output', 'chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const TIMEZONE = 'Asia/Ho_Chi_Minh';

const PANEL = '[data-testid="tlbc-panel"]';

/** Where a request may go: the extension itself, the replicas (from pages only), in-memory schemes. */
function isLocalScheme(url) {
  return /^(chrome-extension|data|blob|about|chrome):/.test(url);
}

/**
 * @param {{ userDataDir?: string, headless?: boolean, server?: object, extensionPath?: string,
 *   viewport?: { width: number, height: number } | null, slowMo?: number }} [options]
 */
export async function launch(options = {}) {
  const extensionPath = options.extensionPath ?? EXTENSION_PATH;
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`Chưa có bản dựng tiện ích ở ${extensionPath}: chạy "npx wxt build" trước.`);
  }
  const ownServer = !options.server;
  const server = options.server ?? (await startServer());
  const ownProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'tlbc-profile-')));
  const replicaOrigins = server.hosts.map((h) => `https://${h}`);

  /** Requests from extension contexts (service worker, extension pages) and frames of replica pages. */
  const extensionRequests = [];
  /** Requests that went somewhere other than chrome-extension:// (from extension contexts) or the replicas. */
  const outsideRequests = [];

  const h = {
    server,
    userDataDir,
    extensionPath,
    extensionRequests,
    outsideRequests,
    context: /** @type {import('playwright-core').BrowserContext} */ (null),
    extensionId: '',
  };

  const record = (request) => {
    const url = request.url();
    let fromExtension = false;
    let pageUrl = '';
    try {
      const worker = request.serviceWorker?.();
      if (worker) {
        fromExtension = worker.url().startsWith('chrome-extension://');
        pageUrl = worker.url();
      } else {
        pageUrl = request.frame().url();
        fromExtension = pageUrl.startsWith('chrome-extension://');
      }
    } catch {
      // A request without a frame (e.g. a shared worker): judge by its URL alone.
    }
    const entry = { url, method: request.method(), from: pageUrl, resourceType: request.resourceType() };
    if (fromExtension) {
      extensionRequests.push(entry);
      if (!isLocalScheme(url)) outsideRequests.push(entry);
    } else if (!isLocalScheme(url) && !replicaOrigins.some((o) => url === o || url.startsWith(`${o}/`))) {
      outsideRequests.push(entry);
    }
  };

  const start = async () => {
    const headless = options.headless ?? true;
    const args = [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      `--host-resolver-rules=${server.resolverRules}`,
      `--ignore-certificate-errors-spki-list=${server.spki}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-domain-reliability',
      '--disable-client-side-phishing-detection',
      '--lang=vi-VN',
    ];
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless,
      args,
      ignoreDefaultArgs: ['--disable-extensions'],
      ignoreHTTPSErrors: true,
      locale: 'vi-VN',
      timezoneId: TIMEZONE,
      viewport: options.viewport === undefined ? { width: 1366, height: 900 } : options.viewport,
      slowMo: options.slowMo,
      env: { ...process.env, TZ: TIMEZONE, LANG: 'vi_VN.UTF-8' },
    });
    context.on('request', record);
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    h.context = context;
    h.extensionId = new URL(worker.url()).host;
    if (firstStart) await settleInstall(context);
    firstStart = false;
  };

  // On a fresh profile the extension may open a tab on install (options page), which would take over
  // the next blank tab a test opens; let that happen first.
  let firstStart = ownProfile;
  async function settleInstall(context) {
    const isExtensionTab = () => context.pages().some((p) => p.url().startsWith('chrome-extension://'));
    for (let waited = 0; waited < 1500 && !isExtensionTab(); waited += 100) {
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Opens a URL in a new tab and waits for it to load. */
  h.open = async (url, { waitUntil = 'load' } = {}) => {
    for (let attempt = 0; ; attempt++) {
      const page = await h.context.newPage();
      try {
        await page.goto(url, { waitUntil });
        return page;
      } catch (error) {
        // A tab the extension opened by itself (install) can take over a blank tab: use another one.
        if (attempt > 0 || !/interrupted by another navigation/.test(String(error))) throw error;
      }
    }
  };

  /** The URL of an extension page, e.g. extensionUrl('popup.html'). */
  h.extensionUrl = (path) => `chrome-extension://${h.extensionId}/${path.replace(/^\//, '')}`;

  /**
   * Opens the popup in a tab. `clock` (a Date, ISO string or ms) installs Playwright's fake clock
   * before the popup's scripts run, so its deadline statuses are computed for that moment.
   */
  h.openPopup = async ({ clock } = {}) => openExtensionPage('popup.html', clock);
  h.openOptions = async ({ clock } = {}) => openExtensionPage('options.html', clock);

  async function openExtensionPage(path, clock) {
    const page = await h.context.newPage();
    if (clock !== undefined)
      await page.clock.install({ time: clock instanceof Date ? clock : new Date(clock) });
    try {
      await page.goto(h.extensionUrl(path), { waitUntil: 'load' });
    } catch (error) {
      // Reopening a profile, Chromium restores its last tabs and may navigate ours once more.
      if (!/interrupted by another navigation/.test(String(error))) throw error;
      await page.waitForLoadState('load');
    }
    return page;
  }

  /** The in-page panel (Playwright's CSS pierces the open shadow root). `frame` may be a frame locator. */
  h.panel = (page) => page.locator(PANEL);
  /** The panel's aria-live status line. */
  h.status = (page) => h.panel(page).locator('[data-testid="tlbc-status"]');
  /** The user's own click on a panel button (Playwright's clicks are trusted), then the status it leads to. */
  h.press = async (page, testId, expected) => {
    await h.panel(page).locator(`[data-testid="${testId}"]`).first().click();
    await h.status(page).filter({ hasText: expected }).waitFor({ timeout: 20_000 });
    return (await h.status(page).textContent())?.trim() ?? '';
  };

  /** The panel's findings, as `{ rule, severity, row, col, text }`. */
  h.findings = async (page) =>
    page.locator('[data-testid="tlbc-finding"]').evaluateAll((nodes) =>
      nodes.map((n) => ({
        rule: n.getAttribute('data-rule'),
        severity: n.getAttribute('data-severity'),
        row: n.getAttribute('data-row'),
        col: n.getAttribute('data-col'),
        text: n.textContent?.trim() ?? '',
      })),
    );

  /**
   * The replica page's own model (what the site would save): `{ [rowKey]: { [col]: string } }`, from
   * the page or, for a form inside an iframe, from the first frame that has one.
   */
  h.readModel = async (page) => {
    for (const frame of page.frames()) {
      const model = await frame.evaluate(() => window.__replicaModel?.() ?? null).catch(() => null);
      if (model) return model;
    }
    throw new Error('Trang này không có mô hình dữ liệu mô phỏng (window.__replicaModel).');
  };

  /**
   * The Angular replica's form as Angular itself holds it: the `FormGroup` of the form component on
   * screen, found through Angular's own debugging API (`ng.getComponent`, dev mode), read with
   * `getRawValue()` → `{ [rowKey]: { [col]: string } }`. Not the DOM, not the replica's own hooks.
   */
  h.readAngularForm = async (page) =>
    page.evaluate(() => {
      const ng = window.ng;
      if (!ng?.getComponent) throw new Error('Trang này không chạy Angular ở chế độ phát triển (window.ng).');
      for (const el of document.querySelectorAll('*')) {
        const form = ng.getComponent(el)?.form;
        if (form && typeof form.getRawValue === 'function') return form.getRawValue();
      }
      throw new Error('Không thấy biểu mẫu Angular (FormGroup) nào trên trang.');
    });

  /**
   * Reloads the extension as its Reload button in chrome://extensions does (an update, to the pages
   * left open: their content scripts lose their extension), and resolves once the new service
   * worker runs. Chromium leaves an extension loaded with --load-extension disabled after a reload
   * ("unsupported developer extension"), so it is enabled again, as a user would.
   */
  h.reloadExtension = async () => {
    let started = false;
    const next = h.context.waitForEvent('serviceworker', { timeout: 15_000 }).then(() => {
      started = true;
    });
    const tab = await h.context.newPage();
    try {
      await tab.goto('chrome://extensions/');
      await tab.evaluate(
        (id) => /** @type {any} */ (globalThis).chrome.developerPrivate.reload(id, { failQuietly: false }),
        h.extensionId,
      );
      // The reload may pass through "enabled" before Chromium disables it: keep looking until the new
      // worker runs, enabling the extension again whenever it is found disabled.
      const end = Date.now() + 15_000;
      while (!started && Date.now() < end) {
        await tab.evaluate(async (id) => {
          const api = /** @type {any} */ (globalThis).chrome;
          const info = await api.developerPrivate.getExtensionInfo(id);
          if (info.state === 'DISABLED') await api.management.setEnabled(id, true);
        }, h.extensionId);
        await new Promise((r) => setTimeout(r, 100));
      }
      await next;
    } finally {
      await tab.close();
    }
  };

  /**
   * A real-library replica's own data model, read through the library's API (not the DOM, not the
   * page's log): `{ [rowKey]: { [col]: number | string | null } }` for form rows (keys not "__…").
   * AG Grid: `api.forEachNode`; Tabulator: `table.getData()`.
   */
  h.readGridModel = async (page) =>
    page.evaluate(() => {
      const grid = window.__replicaGrid;
      // DevExtreme, Kendo, jspreadsheet, SpreadJS, Cheetah Grid pages read their library themselves
      if (!grid && typeof window.__replicaRaw === 'function') return window.__replicaRaw();
      if (!grid) throw new Error('Trang này không có bảng thư viện (window.__replicaGrid).');
      const rows = [];
      if (grid.library === 'ag-grid') grid.api.forEachNode((node) => rows.push(node.data));
      else if (grid.library === 'tabulator') rows.push(...grid.table.getData());
      else throw new Error(`Không biết đọc mô hình của ${grid.library}.`);
      const out = {};
      for (const data of rows) {
        if (String(data.key).startsWith('__')) continue;
        const row = {};
        for (const [field, value] of Object.entries(data)) {
          const match = /^c(\d+)$/.exec(field);
          if (match) row[match[1]] = value ?? null;
        }
        out[data.key] = row;
      }
      return out;
    });

  /** Throws when anything left the machine, listing what. */
  h.assertNoOutsideRequests = () => {
    if (outsideRequests.length) {
      const list = outsideRequests
        .map((r) => `  ${r.method} ${r.url} (from ${r.from || 'unknown'})`)
        .join('\n');
      throw new Error(`Tiện ích đã gửi yêu cầu ra ngoài máy:\n${list}`);
    }
  };

  /** Closes the browser and opens it again on the same profile (drafts and settings must survive). */
  h.restart = async () => {
    await h.context.close();
    await start();
  };

  /** Closes everything the harness started; throws afterwards if any request left the machine. */
  h.close = async ({ check = true } = {}) => {
    await h.context?.close().catch(() => {});
    if (ownServer) await server.close();
    if (ownProfile) await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    if (check) h.assertNoOutsideRequests();
  };

  try {
    await start();
  } catch (error) {
    if (ownServer) await server.close();
    if (ownProfile) await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    throw error;
  }
  return h;
}

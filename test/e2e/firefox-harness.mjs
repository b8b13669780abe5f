import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startServer } from './server.mjs';

// Firefox (Debian's firefox-esr) over WebDriver BiDi (puppeteer-core) with the built Firefox extension
// installed as a temporary add-on, on the replica sites at their real URLs. Firefox has no
// --host-resolver-rules: every connection goes through a local proxy instead, which tunnels the two
// replica hosts (port 443) to the replica server and refuses — and records — anything else, so the
// page URLs stay https://host/… and nothing can leave the machine. The self-signed certificate is
// accepted through BiDi's acceptInsecureCerts.

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const FIREFOX_EXTENSION_PATH =
  process.env.FIREFOX_EXTENSION_PATH || join(ROOT, '.output', 'firefox-mv3');
export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
/** The add-on id in wxt.config.ts (browser_specific_settings.gecko.id). */
export const ADDON_ID = 'tro-ly-bao-cao@bao-cao-kstt';
/** Fixed through a pref so the extension's pages have a known moz-extension:// origin. */
const ADDON_UUID = '5d0c7e2a-3b1f-4c8e-9a6d-2f4b8e1c7a90';
export const TIMEZONE = 'Asia/Ho_Chi_Minh';

const PANEL = '[data-testid="tlbc-panel"]';
/** Firefox's own services (remote settings and the like), which it calls by itself; refused all the same. */
const FIREFOX_OWN = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)$/;

/** Why Firefox cannot be started here ('' when it can): the tests skip on that outside CI only. */
export function firefoxMissing() {
  return existsSync(FIREFOX_PATH)
    ? ''
    : `Không có Firefox ở ${FIREFOX_PATH} (cài firefox-esr hoặc đặt FIREFOX_PATH)`;
}

/**
 * The environment for Firefox: the time zone of the tests, and without libfaketime, under which Firefox
 * never starts (the suite also runs under faketime; nothing in the Firefox test depends on the date).
 */
function firefoxEnv() {
  const env = { ...process.env, TZ: TIMEZONE, LANG: 'vi_VN.UTF-8' };
  for (const key of Object.keys(env)) if (key.startsWith('FAKETIME')) delete env[key];
  if (/faketime/.test(env.LD_PRELOAD ?? '')) {
    env.LD_PRELOAD = (env.LD_PRELOAD ?? '')
      .split(/[\s:]+/)
      .filter((lib) => lib && !/faketime/.test(lib))
      .join(':');
    if (!env.LD_PRELOAD) delete env.LD_PRELOAD;
  }
  return env;
}

/** An HTTP proxy that tunnels CONNECTs to the replica hosts on 443 to the replica server, and only those. */
async function startProxy(server) {
  const refused = [];
  const proxy = createServer((req, res) => {
    refused.push({ method: req.method, url: req.url ?? '' });
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket) => {
    const [host, port] = (req.url ?? '').split(':');
    if (!server.hosts.includes(host) || port !== '443') {
      refused.push({ method: 'CONNECT', url: req.url ?? '' });
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(server.port, server.host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    const drop = () => {
      upstream.destroy();
      socket.destroy();
    };
    upstream.on('error', drop);
    socket.on('error', drop);
  });
  await new Promise((ok) => proxy.listen(0, '127.0.0.1', ok));
  const address = proxy.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    refused,
    close: () =>
      new Promise((ok) => {
        proxy.closeAllConnections?.();
        proxy.close(() => ok());
      }),
  };
}

/**
 * @param {{ headless?: boolean, extensionPath?: string, install?: boolean }} [options]
 */
export async function launchFirefox(options = {}) {
  const extensionPath = options.extensionPath ?? FIREFOX_EXTENSION_PATH;
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`Chưa có bản dựng Firefox ở ${extensionPath}: chạy "npx wxt build -b firefox" trước.`);
  }
  const missing = firefoxMissing();
  if (missing) throw new Error(missing);
  const server = await startServer();
  const proxy = await startProxy(server);
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: options.headless ?? true,
      acceptInsecureCerts: true,
      defaultViewport: { width: 1366, height: 900 },
      env: firefoxEnv(),
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'network.proxy.failover_direct': false,
        'intl.accept_languages': 'vi-VN, vi',
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      },
    });
  } catch (error) {
    await proxy.close();
    await server.close();
    throw error;
  }
  const h = {
    browser,
    server,
    addonId: '',
    /** What the proxy refused: requests for any host but the two replicas. */
    refused: proxy.refused,
  };

  /** Opens a URL in a new tab and waits for it to load. */
  h.open = async (url) => {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  };

  h.extensionUrl = (path) => `moz-extension://${ADDON_UUID}/${path.replace(/^\//, '')}`;

  /** Waits for the panel (in its open shadow root; `pierce/` reaches into it) and returns its handle. */
  h.panel = (page, { timeout = 15_000 } = {}) => page.waitForSelector(`pierce/${PANEL}`, { timeout });

  /** The panel's findings, as `{ rule, severity, row, col, text }`. */
  h.findings = (page) =>
    page.$$eval('pierce/[data-testid="tlbc-finding"]', (nodes) =>
      nodes.map((n) => ({
        rule: n.getAttribute('data-rule'),
        severity: n.getAttribute('data-severity'),
        row: n.getAttribute('data-row'),
        col: n.getAttribute('data-col'),
        text: n.textContent?.trim() ?? '',
      })),
    );

  /** Clicks a panel button as a user does: puppeteer's mouse click is a trusted event. */
  h.press = async (page, testId) => {
    const button = await page.waitForSelector(`pierce/[data-testid="${testId}"]`, { timeout: 15_000 });
    await button.click();
  };

  /** Waits until the panel's status says `expected`; returns its text. */
  h.status = async (page, expected, { timeout = 20_000 } = {}) => {
    const handle = await page.waitForFunction(
      (panel, source) => {
        const host = [...document.querySelectorAll('*')].find((el) => el.shadowRoot?.querySelector(panel));
        const text = host?.shadowRoot.querySelector('[data-testid="tlbc-status"]')?.textContent ?? '';
        return new RegExp(source).test(text) && text.trim();
      },
      { timeout },
      PANEL,
      expected.source,
    );
    return handle.jsonValue();
  };

  /** The replica page's own model (what the site would save). */
  h.readModel = (page) => page.evaluate(() => window.__replicaModel());

  /** Throws when the proxy was asked for anything but the replicas (Firefox's own services aside). */
  h.assertNoOutsideRequests = () => {
    const outside = proxy.refused.filter((r) => !FIREFOX_OWN.test(r.url.replace(/^\w+:\/\/|[:/].*$/g, '')));
    if (outside.length) {
      const list = outside.map((r) => `  ${r.method} ${r.url}`).join('\n');
      throw new Error(`Có yêu cầu ra ngoài máy:\n${list}`);
    }
  };

  /** Installs the extension as a temporary add-on (done by launch unless `install: false`). */
  h.install = async () => {
    h.addonId = await browser.installExtension(extensionPath);
    return h.addonId;
  };

  h.close = async () => {
    await browser.close().catch(() => {});
    await proxy.close();
    await server.close();
  };
  if (options.install ?? true)
    await h.install().catch(async (error) => {
      await h.close();
      throw error;
    });
  return h;
}

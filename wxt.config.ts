import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { REPORT_MATCHES } from './lib/sites';

const SITES = REPORT_MATCHES;

// Firefox: a stable id (storage and drafts stay with the add-on across updates), no data collected or
// sent, and 140 as the first desktop release that knows `data_collection_permissions` (142 on Android).
const GECKO = {
  gecko: {
    id: 'tro-ly-bao-cao@bao-cao-kstt',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // MV3 for Firefox too: only there does Firefox honour `matches` on web-accessible resources (MV2
  // exposes them to every site), and `action` (the badge) is the same API as in Chrome.
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    // The manifest's words are the browser's own i18n (public/_locales), the only kind a manifest
    // reads; they follow the browser's language. Everything else follows the extension's setting.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // Chrome: after an update the background puts the new content script into report tabs already
    // open (lib/page/reinject.ts), which takes `scripting` and the two sites as hosts — the same sites
    // the content script runs on. Firefox does that by itself, so it asks for neither.
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['scripting'])],
    ...(browser === 'firefox' ? { browser_specific_settings: GECKO } : { host_permissions: SITES }),
    // The grid bridge runs in the page's main world to reach widget grids; the structure-report
    // builder, the fill kit (fill, fix, undo, save) and the English tables are loaded by the content
    // script on request, which keeps them out of its bundle. Only the two report sites may load them. The panel's CSS is
    // bundled, not web-accessible.
    web_accessible_resources: [
      {
        resources: ['grid-bridge.js', 'structure-builder.js', 'fill-kit.js', 'content-en.js', 'teach-kit.js'],
        matches: SITES,
      },
    ],
    commands: {
      'fill-from-draft': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: '__MSG_commandFillFromDraft__',
      },
    },
  }),
});

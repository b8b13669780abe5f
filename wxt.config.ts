import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

const SITES = ['https://vpcp.baocaochinhphu.gov.vn/*', 'https://baocao.quangngai.gov.vn/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ manifestVersion }) => ({
    name: 'Trợ lý Báo cáo',
    description:
      'Kiểm tra số liệu khi nhập, tự điền từ bản nháp và nhắc hạn báo cáo định kỳ kiểm soát TTHC trên Hệ thống báo cáo Chính phủ và Quảng Ngãi.',
    // MV3 (Chrome): after an update the background puts the new content script into report tabs
    // already open (lib/page/reinject.ts), which takes `scripting` and the two sites as hosts — the
    // same sites the content script runs on. Firefox does that by itself.
    permissions: ['storage', 'alarms', 'notifications', ...(manifestVersion === 3 ? ['scripting'] : [])],
    ...(manifestVersion === 3 ? { host_permissions: SITES } : {}),
    // The grid bridge runs in the page's main world to reach widget grids; the structure-report
    // builder and the fill kit (fill, fix, undo, save) are loaded by the content script on request,
    // which keeps them out of its bundle. In MV3 only the two report sites may load them (MV2 has no
    // `matches`: Firefox lists the files alone). The panel's CSS is bundled.
    web_accessible_resources: [
      { resources: ['grid-bridge.js', 'structure-builder.js', 'fill-kit.js'], matches: SITES },
    ],
    commands: {
      'fill-from-draft': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Điền biểu từ bản nháp',
      },
    },
  }),
});

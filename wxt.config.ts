import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Trợ lý Báo cáo',
    description:
      'Kiểm tra số liệu khi nhập, tự điền từ bản nháp và nhắc hạn báo cáo định kỳ kiểm soát TTHC trên Hệ thống báo cáo Chính phủ và Quảng Ngãi.',
    permissions: ['storage', 'alarms', 'notifications', 'scripting'],
    // Only to put the new content script into report tabs left open across an update (lib/reinject.ts);
    // the same two sites the content script already runs on, so no new warning.
    host_permissions: ['https://vpcp.baocaochinhphu.gov.vn/*', 'https://baocao.quangngai.gov.vn/*'],
    // The grid bridge runs in the page's main world to reach widget grids (Handsontable); only the
    // two report sites may load it.
    web_accessible_resources: [
      {
        resources: ['grid-bridge.js'],
        matches: ['https://vpcp.baocaochinhphu.gov.vn/*', 'https://baocao.quangngai.gov.vn/*'],
      },
    ],
    commands: {
      'fill-from-draft': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Điền biểu từ bản nháp',
      },
    },
  },
});

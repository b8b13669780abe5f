import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Trợ lý Báo cáo',
    description:
      'Kiểm tra số liệu khi nhập, tự điền từ bản nháp và nhắc hạn báo cáo định kỳ kiểm soát TTHC trên Hệ thống báo cáo Chính phủ và Quảng Ngãi.',
    permissions: ['storage', 'alarms', 'notifications'],
    // The grid bridge runs in the page's main world to reach widget grids (Handsontable); the
    // structure-report builder is loaded by the content script on request. Only the two report sites
    // may load them.
    web_accessible_resources: [
      {
        resources: ['grid-bridge.js', 'structure-builder.js'],
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

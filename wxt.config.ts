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
    commands: {
      'fill-from-draft': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Điền biểu từ bản nháp',
      },
    },
  },
});

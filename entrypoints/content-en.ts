import { CONTENT_TABLES_GLOBAL, contentTable } from '@/lib/i18n/content-tables';

// The content script's English tables, loaded into its world the first time the panel shows English
// (lib/page/english-loader.ts), so the content script itself carries Vietnamese only.
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[CONTENT_TABLES_GLOBAL] = contentTable('en');
});

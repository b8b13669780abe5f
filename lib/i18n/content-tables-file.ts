// Where the content script's English tables (content-tables.ts) are packaged and where, once loaded,
// they leave themselves. Apart from content-tables.ts so the content script can name the file without
// bundling the tables.
export const CONTENT_TABLES_FILE = '/content-en.js';
export const CONTENT_TABLES_GLOBAL = '__tlbcContentEn';

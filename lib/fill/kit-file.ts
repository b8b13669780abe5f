// Where the fill kit (lib/fill/kit.ts) is packaged and where, once loaded, it leaves itself in the
// world that loaded it. Apart from kit.ts so the content script can name it without bundling it.
export const FILL_KIT_GLOBAL = '__tlbcFillKit';
export const FILL_KIT_FILE = '/fill-kit.js';

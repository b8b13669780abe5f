// Where the teach kit (lib/page/teach.ts, entrypoints/teach-kit.ts) is packaged and where, once
// loaded, it leaves itself. Apart from teach.ts so the content script can name it without bundling it.
export const TEACH_KIT_GLOBAL = '__tlbcTeachKit';
export const TEACH_KIT_FILE = '/teach-kit.js';

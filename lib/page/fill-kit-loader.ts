import type { FillKit } from '../fill/kit';
import { FILL_KIT_FILE, FILL_KIT_GLOBAL } from '../fill/kit-file';
import { loadKit } from './kit-loader';

// Only the kit's type is imported: the point is to keep lib/fill/kit.ts out of the content script.

/** The fill kit, loaded from the packaged web-accessible file the first time it is needed. */
export function loadFillKit(): Promise<FillKit> {
  return loadKit<FillKit>(FILL_KIT_FILE, FILL_KIT_GLOBAL);
}

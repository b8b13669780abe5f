import data from './linh-vuc.json';
import type { FieldCatalogue } from './schema';

// The catalogue as shipped with the extension. Imported by the background (which leaves it in
// storage for the content script), the options page and tests — never by the content script, whose
// bundle would grow by the whole list.

export const BUNDLED_CATALOGUE = data as FieldCatalogue;

import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import type { ColumnMapping } from './map-columns';
import { headerSignature, Remembered } from './remembered-match';

export { applyRemembered, headerSignature, type Remembered } from './remembered-match';

// A mapping the user confirmed, remembered with its sheet's name for the next file with the same
// header (the same exporter, next quarter) and offered again, marked as such (remembered-match.ts).
// Kept in browser.storage.local under a schema version: a record of another version or a damaged one
// is ignored, never trusted. Records made before sheets were remembered simply have no sheet.

export const MAPPINGS_KEY = 'tlbc:import-mappings';
const VERSION = 1;
/** The most recent headers kept; an office has a few exporters, not hundreds. */
const KEPT = 20;

const Store = z.object({ version: z.literal(VERSION), mappings: z.array(Remembered) });

/** Every remembered mapping of `form`, most recent first (for pickRemembered). */
export async function rememberedFor(form: string): Promise<Remembered[]> {
  return (await stored()).filter((m) => m.form === form);
}

async function stored(): Promise<Remembered[]> {
  const raw = (await browser.storage.local.get(MAPPINGS_KEY))[MAPPINGS_KEY];
  const parsed = Store.safeParse(raw);
  return parsed.success ? parsed.data.mappings : [];
}

export async function findRemembered(form: string, mapping: ColumnMapping[]): Promise<Remembered | null> {
  const header = headerSignature(mapping);
  return (await stored()).find((m) => m.form === form && m.header === header) ?? null;
}

export async function rememberMapping(form: string, mapping: ColumnMapping[], sheet?: string): Promise<void> {
  const entry: Remembered = {
    form,
    header: headerSignature(mapping),
    numbers: mapping.map((m) => m.number),
    ...(sheet === undefined ? {} : { sheet }),
  };
  // One record per header: the sheet it was on last time is the one offered.
  const others = (await stored()).filter((m) => m.form !== form || m.header !== entry.header);
  const mappings = [entry, ...others].slice(0, KEPT);
  await browser.storage.local.set({ [MAPPINGS_KEY]: Store.parse({ version: VERSION, mappings }) });
}

import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { headerKey } from '../../forms/header-key';
import type { ColumnMapping } from './map-columns';

// A mapping the user confirmed, remembered for the next file with the same header (the same exporter,
// next quarter) and offered again, marked as such. Kept in browser.storage.local under a schema
// version: a record of another version or a damaged one is ignored, never trusted.

export const MAPPINGS_KEY = 'tlbc:import-mappings';
const VERSION = 1;
/** The most recent headers kept; an office has a few exporters, not hundreds. */
const KEPT = 20;

const Remembered = z.object({
  form: z.string(),
  header: z.string(),
  /** Form column of each file column, null for "bỏ qua". */
  numbers: z.array(z.nullable(z.number())),
});
export type Remembered = z.infer<typeof Remembered>;

const Store = z.object({ version: z.literal(VERSION), mappings: z.array(Remembered) });

/** What makes two files "the same header": every column's words, as the matcher reads them. */
export function headerSignature(mapping: ColumnMapping[]): string {
  return mapping.map((m) => headerKey(m.header)).join(' | ');
}

/** The remembered numbers applied to a fresh mapping (only when the header is the same). */
export function applyRemembered(mapping: ColumnMapping[], remembered: Remembered): ColumnMapping[] {
  return mapping.map((m, i) => {
    const number = remembered.numbers[i] ?? null;
    // Unchanged, or a merged column with no place remembered: it still waits for the user.
    if (number === m.number) return m;
    return { ...m, number, how: 'remembered' };
  });
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

export async function rememberMapping(form: string, mapping: ColumnMapping[]): Promise<void> {
  const entry: Remembered = { form, header: headerSignature(mapping), numbers: mapping.map((m) => m.number) };
  const others = (await stored()).filter((m) => m.form !== form || m.header !== entry.header);
  const mappings = [entry, ...others].slice(0, KEPT);
  await browser.storage.local.set({ [MAPPINGS_KEY]: Store.parse({ version: VERSION, mappings }) });
}

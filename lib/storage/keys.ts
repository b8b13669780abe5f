// Every item the extension keeps in browser.storage.local, with the schema version it writes now.
// A record with an older version is migrated on read; one that does not validate (damaged, or written
// by a newer version) is kept aside, never overwritten (see kept-aside.ts). Drafts live in IndexedDB
// with their own numbered migrations (lib/drafts/migrations).

export interface StoredItem {
  key: string;
  /** The schema version written now; a record without one is version 0. */
  version: number;
  /** What it is, for the kept-aside list on the options page. */
  label: { vi: string; en: string };
}

export const STORED = {
  profile: { key: 'tlbc:profile', version: 1, label: { vi: 'Thông tin đơn vị', en: 'Unit profile' } },
  settings: { key: 'settings', version: 1, label: { vi: 'Cài đặt bảng kiểm tra', en: 'Panel settings' } },
  dispatches: {
    key: 'tlbc:dispatches',
    version: 1,
    label: { vi: 'Công văn đã áp dụng', en: 'Applied dispatches' },
  },
  taught: {
    key: 'tlbc:taught-structures',
    version: 1,
    label: { vi: 'Cấu trúc biểu đã dạy', en: 'Taught form structures' },
  },
  keptAside: { key: 'tlbc:kept-aside', version: 1, label: { vi: 'Bản ghi để riêng', en: 'Kept aside' } },
} as const satisfies Record<string, StoredItem>;

export function storedItemOf(key: string): StoredItem | undefined {
  return Object.values(STORED).find((item) => item.key === key);
}

/** The version a stored record says it has (0 for a record from before versions). */
export function versionOf(record: unknown): number {
  const v = record && typeof record === 'object' ? (record as { schema?: unknown }).schema : undefined;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/** Why a record failed its schema, in Vietnamese: the fields at fault. */
export function invalidReason(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey> }>): string {
  const paths = [...new Set(issues.map((i) => i.path.map(String).join('.') || '(toàn bộ)'))].slice(0, 5);
  return `Sai cấu trúc ở: ${paths.join(', ')}.`;
}

export function newerReason(version: number, known: number): string {
  return `Ghi bởi phiên bản mới hơn của tiện ích (cấu trúc ${version}, phiên bản này đọc đến ${known}).`;
}

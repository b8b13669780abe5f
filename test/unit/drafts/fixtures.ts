import type { DraftInput } from '@/lib/drafts/schema';
import type { DraftStore } from '@/lib/drafts/store';

// A commune's II.06a for quarter I/2025, as the panel would save it.
export function ii06a(overrides: Partial<DraftInput> = {}): DraftInput {
  return {
    form: 'II.06a/VPCP/KSTT',
    period: '2024-12-15/2025-03-14',
    unit: 'UBND xã Tịnh Phong',
    rows: [
      {
        label: 'Hộ tịch',
        key: 'hộ tịch',
        kind: 'data',
        values: { '3': '120', '4': '80', '5': '40', '6': '0' },
      },
      { label: 'Đất đai', key: 'đất đai', kind: 'data', values: { '3': '1.234', '4': '1.000', '5': '234' } },
      { label: 'Tổng số', key: 'tổng số', kind: 'total', values: { '3': '1.354' } },
    ],
    ...overrides,
  };
}

/** The same form with one value changed, as a second save would carry. */
export function withHoTich(total: string): DraftInput {
  const draft = ii06a();
  draft.rows[0] = { ...draft.rows[0]!, values: { ...draft.rows[0]!.values, '3': total } };
  return draft;
}

/** A clock that moves one second per call, so every save has its own time. */
export function ticking(start = '2025-03-10T08:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    t += 1000;
    return new Date(t);
  };
}

/** The store's quarantined records; throws on a storage failure. */
export async function quarantineOf(store: DraftStore) {
  const reply = await store.quarantine();
  if (!reply.ok) throw new Error(reply.error);
  return reply.entries;
}

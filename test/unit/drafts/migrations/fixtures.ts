import type { DraftV0 } from '@/lib/drafts/migrations/001-period-iso-values-by-column';
import type { DraftV1, DraftV2 } from '@/lib/drafts/migrations/002-checked-key-period-times';

// A draft as the pre-release builds stored it: period as shown, numbers by position from column 3.
export const V0_FIXTURE: DraftV0 = {
  id: 'II.06a/VPCP/KSTT|15/12/2024 – 14/3/2025|UBND xã Tịnh Phong',
  form: 'II.06a/VPCP/KSTT',
  period: '15/12/2024 – 14/3/2025',
  unit: 'UBND xã Tịnh Phong',
  rows: [
    { label: 'Hộ tịch', values: ['120', '80', '40', null, '', '7'] },
    { label: 'Tổng số', kind: 'total', values: ['1.354'] },
  ],
  savedAt: '2025-03-01T02:00:00.000Z',
};

// The same draft as a v1 store held it after a backup import that trusted the file: an id that is not
// its key and a time written with an offset.
export const V1_FIXTURE: DraftV1 = {
  schema: 1,
  id: 'nhập-tay-1',
  form: 'II.06a/VPCP/KSTT',
  period: '2024-12-15/2025-03-14',
  unit: 'UBND xã Tịnh Phong',
  name: 'Quý I',
  rows: [
    { label: 'Hộ tịch', key: 'hộ tịch', kind: 'data', values: { '3': '120', '4': '80' } },
    { label: 'Tổng số', key: 'tổng số', kind: 'total', values: { '3': '1.354' } },
  ],
  savedAt: '2025-03-01T09:00:00+07:00',
  revision: 3,
};

// A v2 draft: values by column number only, nothing about what the columns were.
export const V2_FIXTURE: DraftV2 = {
  schema: 2,
  id: 'II.06a/VPCP/KSTT|2024-12-15/2025-03-14|ubnd xã tịnh phong',
  form: 'II.06a/VPCP/KSTT',
  period: '2024-12-15/2025-03-14',
  unit: 'UBND xã Tịnh Phong',
  name: '',
  rows: [{ label: 'Hộ tịch', key: 'hộ tịch', kind: 'data', values: { '3': '120', '4': '80', '5': '40' } }],
  savedAt: '2025-03-01T02:00:00.000Z',
  revision: 2,
};

/** One record of every version before the current one, by version: what each migration starts from. */
export const FIXTURE_OF_VERSION: Record<number, unknown> = { 0: V0_FIXTURE, 1: V1_FIXTURE, 2: V2_FIXTURE };

import type { DraftV0 } from '@/lib/drafts/migrations/001-period-iso-values-by-column';

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

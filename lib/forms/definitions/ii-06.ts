import { TT_01_2020 } from '../basis';
import type { FormDef } from '../schema';
import {
  TTHC_RESULT_COLUMNS,
  TTHC_RESULT_COUNT_COLUMNS,
  TTHC_RESULT_LABEL_COLUMN,
  TTHC_RESULT_OUTLINE_COLUMNS,
  TTHC_RESULT_RELATIONS,
} from './tthc-results';

/**
 * II.06: the aggregate of the lower units' II.06a, rows grouped by level under full-width headings,
 * with group subtotals and a grand total. The title's exact wording is not confirmed.
 */
export const II_06: FormDef = {
  code: 'II.06/VPCP/KSTT',
  basis: TT_01_2020,
  title: 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC',
  structure: 'known',
  aggregate: true,
  columns: TTHC_RESULT_COLUMNS,
  labelColumn: TTHC_RESULT_LABEL_COLUMN,
  countColumns: TTHC_RESULT_COUNT_COLUMNS,
  fieldRows: true,
  outlineColumns: TTHC_RESULT_OUTLINE_COLUMNS,
  rowGroups: [
    { key: 'tinh', labels: ['Cấp tỉnh', 'Sở ban ngành', 'Sở, ban, ngành'] },
    { key: 'huyen', labels: ['Cấp huyện', 'Huyện, thị xã, thành phố'] },
    { key: 'xa', labels: ['Cấp xã', 'Xã, phường, thị trấn'] },
  ],
  relations: [
    ...TTHC_RESULT_RELATIONS,
    { id: 'A1', kind: 'aggregate', of: 'II.06a/VPCP/KSTT', severity: 'error' },
  ],
};

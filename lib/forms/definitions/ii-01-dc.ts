import { TT_01_2020 } from '../basis';
import type { FormDef } from '../schema';
import { genericForm } from './generic';
import { TTHC_RESULT_OUTLINE_COLUMNS } from './tthc-results';

/**
 * II.01-ĐC: the narrative outline (đề cương), a text report quoting some figures: the dossier totals of
 * the unit's own II.06a, else of its II.06, for the same period.
 */
export const II_01_DC: FormDef = {
  ...genericForm(
    'II.01-ĐC/VPCP/KSTT',
    TT_01_2020,
    'ĐỀ CƯƠNG BÁO CÁO CÔNG TÁC KIỂM SOÁT TTHC, THỰC HIỆN CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG',
    true,
  ),
  quotes: ['II.06a/VPCP/KSTT', 'II.06/VPCP/KSTT'],
  outlineColumns: TTHC_RESULT_OUTLINE_COLUMNS,
};

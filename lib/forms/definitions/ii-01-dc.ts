import { TT_01_2020 } from '../basis';
import { genericForm } from './generic';

/** II.01-ĐC: the narrative outline (đề cương), a text report quoting some figures. */
export const II_01_DC = genericForm(
  'II.01-ĐC/VPCP/KSTT',
  TT_01_2020,
  'ĐỀ CƯƠNG BÁO CÁO CÔNG TÁC KIỂM SOÁT TTHC, THỰC HIỆN CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG',
  true,
);

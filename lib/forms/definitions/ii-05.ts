import { TT_01_2020 } from '../basis';
import { genericForm } from './generic';

/** II.05: the aggregate of the lower units' II.05a; columns not confirmed. */
export const II_05 = genericForm(
  'II.05/VPCP/KSTT',
  TT_01_2020,
  'TỔNG HỢP TÌNH HÌNH, KẾT QUẢ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ VỀ QUY ĐỊNH HÀNH CHÍNH',
);

import { TT_01_2020 } from '../basis';
import { genericForm } from './generic';

/** II.05a: probably feedback and petitions on administrative rules; columns not confirmed. */
export const II_05A = genericForm(
  'II.05a/VPCP/KSTT',
  TT_01_2020,
  'TÌNH HÌNH, KẾT QUẢ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ VỀ QUY ĐỊNH HÀNH CHÍNH',
);

import { TT_01_2020 } from '../basis';
import type { FormDef } from '../schema';
import {
  TTHC_RESULT_COLUMNS,
  TTHC_RESULT_COUNT_COLUMNS,
  TTHC_RESULT_LABEL_COLUMN,
  TTHC_RESULT_OUTLINE_COLUMNS,
  TTHC_RESULT_RELATIONS,
} from './tthc-results';

/** II.06a: dossiers handled by the unit that handles the procedures itself; one row per field. */
export const II_06A: FormDef = {
  code: 'II.06a/VPCP/KSTT',
  basis: TT_01_2020,
  title: 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC',
  structure: 'known',
  aggregate: false,
  columns: TTHC_RESULT_COLUMNS,
  labelColumn: TTHC_RESULT_LABEL_COLUMN,
  countColumns: TTHC_RESULT_COUNT_COLUMNS,
  fieldRows: true,
  outlineColumns: TTHC_RESULT_OUTLINE_COLUMNS,
  rowGroups: [],
  relations: TTHC_RESULT_RELATIONS,
};

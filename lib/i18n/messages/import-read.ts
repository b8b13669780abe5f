import type { MessageTable, SameKeys } from '../message';
import type { Catalogue } from '../translator';

// What reading an imported file says (lib/drafts/import): the mapping's notes, the rows it keeps as
// they are, the places a limit was met, and why a sheet cannot be read. Its answers travel as
// Vietnamese/English pairs (the preview may run in a worker).

const vi = {
  'importRead.merged':
    'Cột “{header}” gộp số hồ sơ giải quyết đúng hạn và trước hạn, không tách được: hãy chọn cột của biểu nhận số này (9 Đúng hạn hoặc 8 Trước hạn) trong bảng đối chiếu trước khi lưu.',
  'importRead.numberingOverruled':
    'Tệp tự đánh số cột khác với biểu (số cột trong tệp không khớp với tên cột): đã xếp cột theo tên cột, không theo số; hãy kiểm tra bảng đối chiếu.',
  'importRead.guessed':
    'Tiêu đề không ghi rõ nhóm cột nên cột {cols} được xác định theo thứ tự cột của biểu; hãy kiểm tra bảng đối chiếu.',
  'importRead.fuzzy': 'Cột “{header}” được xếp vào cột ({col}) theo tên gần giống; hãy kiểm tra.',
  'importRead.unplaced':
    'Không xếp được cột “{header}” (tổng {total}) vào cột nào của biểu: đã bỏ qua; nếu cột này thuộc biểu, hãy chọn cột trong bảng đối chiếu.',
  'importRead.ambiguous':
    'Dòng {row}, cột ({col}): “{text}” không rõ là số nguyên hay số thập phân (kiểu Việt Nam viết 1.234); đã giữ nguyên để bạn kiểm tra.',
  'importRead.notNumber':
    'Dòng {row}, cột ({col}): “{text}” không phải là số; đã giữ nguyên để bạn kiểm tra.',
  'importRead.noLabel': 'Dòng {row} có số liệu nhưng không có tên lĩnh vực: không nhập dòng này.',
  'importRead.unterminated':
    'Dòng {line} của tệp CSV có dấu ngoặc kép (") mở một ô nhưng không có dấu đóng: mọi dòng sau đó sẽ bị gộp vào ô này. Hãy sửa dòng {line} (thêm dấu " đóng hoặc xóa dấu " thừa) rồi chọn lại tệp.',
  'importRead.misplaced':
    'Dòng {line} của tệp CSV có dấu ngoặc kép (") mở một ô mà chỉ đến giữa dòng {closedAt} mới đóng: các dòng {line}–{closedAt} sẽ bị gộp vào một ô. Hãy sửa dòng {line} rồi chọn lại tệp.',
  'importRead.where.csvCell': 'Một ô ở dòng {line}',
  'importRead.where.csvLine': 'Dòng {line}',
  'importRead.where.csv': 'Tệp CSV',
  'importRead.where.sheet': 'Trang tính “{sheet}”',
  'importRead.where.cell': 'Ô {ref} của trang “{sheet}”',
  'importRead.where.sharedString': 'Chuỗi văn bản thứ {n} của tệp',
  'importRead.noHeader':
    'Không nhận ra hàng tiêu đề của biểu: cần một dòng có “Lĩnh vực” và tên các cột (Tổng số, Trực tuyến, …) hoặc một dòng đánh số cột (1) (2) … (13).',
  'importRead.noRows':
    'Đã nhận ra tiêu đề cột nhưng không có dòng số liệu nào dưới tiêu đề (trang “{sheet}”).',
  'importRead.uncomputed': {
    other:
      'Trang tính “{sheet}” có {count} ô công thức chưa có kết quả lưu trong tệp ({refs}; ví dụ {example}), nên đọc ra sẽ thành ô trống. Tệp thường do phần mềm khác tạo ra: hãy mở tệp bằng Excel, bấm Lưu (Ctrl+S) rồi chọn lại tệp.',
  },
  'importRead.computed': {
    other:
      '{count} ô công thức cộng (SUM) chưa có kết quả lưu trong tệp ({refs}) đã được tiện ích tự tính; để chắc chắn, hãy mở tệp bằng Excel và lưu lại.',
  },
  'importRead.skipped': 'Bỏ qua trang tính “{sheet}”: {why}',
  'importRead.damaged': 'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải tệp .xlsx.',
  'importRead.tooLarge':
    'Tệp quá lớn ({size}): chỉ nhận tệp đến {max}. Biểu báo cáo chỉ cần vài trăm KB; hãy chọn đúng tệp biểu.',
  'importRead.tooManyRows':
    '{where} có {rows} dòng, quá giới hạn {max} dòng: không đọc tệp này. Hãy chép riêng bảng biểu sang một tệp mới rồi chọn lại.',
  'importRead.moreThan': 'hơn {n}',
  'importRead.tooManyColumns':
    '{where} có {columns} cột, quá giới hạn {max} cột: không đọc tệp này. Hãy xóa các cột thừa bên phải bảng (hoặc chép bảng sang tệp mới) rồi chọn lại.',
  'importRead.tooManyCells':
    'Tệp có hơn {max} ô: quá lớn để đọc. Hãy chép riêng bảng biểu sang một tệp mới rồi chọn lại.',
  'importRead.tooLongText':
    '{where} dài hơn {max} ký tự (giới hạn của chính Excel): tệp bị hỏng hoặc không phải tệp bảng tính thường.',
  'importRead.tooLargeUnpacked':
    'Tệp Excel giải nén ra {size} dữ liệu, quá giới hạn {max}: không đọc tệp này (tệp bị hỏng hoặc được tạo ra để làm treo máy).',
  'importRead.encrypted':
    'Tệp Excel này được đặt mật khẩu (mã hóa) nên không đọc được. Hãy mở tệp bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu rồi bấm OK), lưu lại rồi chọn lại tệp.',
  'importRead.xls':
    'Tệp .xls (Excel 97–2003) không đọc được trực tiếp. Lưu lại tệp dưới dạng .xlsx (Excel 2007 trở lên) rồi nhập lại: mở tệp bằng Excel, chọn Tệp → Lưu thành → “Sổ làm việc Excel (*.xlsx)”. Chưa có gì được lưu.',
  'importRead.otherOffice':
    'Tệp không phải bảng tính Excel: đây là một tệp Office cũ khác (ví dụ Word) hoặc tệp đã hỏng.',
  'importRead.invalidBytes':
    'Tệp có {count} chỗ không đúng mã UTF-8 (dòng {where}): đã thay bằng ký tự “�”; hãy kiểm tra các ô đó.',
  'importRead.notCsv': 'Tệp không phải văn bản CSV.',
  'importRead.emptyCsv': 'Tệp CSV trống.',
  'importRead.lostLetters':
    'Tệp CSV đã mất dấu tiếng Việt: nhiều chữ bị thay bằng “?” (ví dụ {examples}), thường do tệp được lưu dạng “CSV” bằng bảng mã {encoding} trên máy không đặt tiếng Việt. Không thể khôi phục các chữ đó: hãy lưu lại tệp dạng .xlsx hoặc “CSV UTF-8” rồi nhập lại. Chưa có gì được lưu.',
  'importRead.emptyFile': 'Tệp trống.',
  'importRead.readFailed':
    'Không đọc được tệp này (lỗi khi đọc). Hãy mở bằng Excel, lưu lại dạng .xlsx hoặc .csv rồi chọn lại.',
  'importRead.nothingRead': 'Chưa có tệp nào được đọc: hãy chọn lại tệp.',
} as const satisfies MessageTable;

const en: SameKeys<typeof vi> = {
  'importRead.merged':
    'Column “{header}” merges dossiers resolved on time and early and cannot be split: choose the form column for it ((9) on time or (8) early) in the mapping before saving.',
  'importRead.numberingOverruled':
    'The file numbers its columns differently from the form (its numbers disagree with its column names): columns were placed by their names, not their numbers; check the mapping.',
  'importRead.guessed':
    "The header does not name the column groups, so columns {cols} were matched by the form's column order; check the mapping.",
  'importRead.fuzzy': 'Column “{header}” was placed in column ({col}) by a similar name; please check.',
  'importRead.unplaced':
    'Could not place column “{header}” (total {total}) in any form column: ignored; if it belongs to the form, choose its column in the mapping.',
  'importRead.ambiguous':
    'Row {row}, column ({col}): “{text}” is ambiguous (Vietnamese notation writes 1.234); kept as is for you to check.',
  'importRead.notNumber': 'Row {row}, column ({col}): “{text}” is not a number; kept as is for you to check.',
  'importRead.noLabel': 'Row {row} has figures but no field name: not imported.',
  'importRead.unterminated':
    'Line {line} of the CSV file opens a cell with a quote (") that is never closed: every later line would become part of that cell. Fix line {line} (close the quote or remove it) and choose the file again.',
  'importRead.misplaced':
    'Line {line} of the CSV file opens a cell with a quote (") that closes only in the middle of line {closedAt}: lines {line}–{closedAt} would become one cell. Fix line {line} and choose the file again.',
  'importRead.where.csvCell': 'A cell on line {line}',
  'importRead.where.csvLine': 'Line {line}',
  'importRead.where.csv': 'The CSV file',
  'importRead.where.sheet': 'Sheet “{sheet}”',
  'importRead.where.cell': 'Cell {ref} of sheet “{sheet}”',
  'importRead.where.sharedString': 'Shared string {n} of the file',
  'importRead.noHeader':
    'No form header found: the file needs a row naming “Lĩnh vực” and the columns (Tổng số, Trực tuyến, …) or a column-numbering row (1) (2) … (13).',
  'importRead.noRows': 'The column header was found but no data rows under it (sheet “{sheet}”).',
  'importRead.uncomputed': {
    one: 'Sheet “{sheet}” has {count} formula cell without a result stored in the file ({refs}; e.g. {example}), which would read as empty. The file was likely written by another program: open it in Excel, save it (Ctrl+S) and choose it again.',
    other:
      'Sheet “{sheet}” has {count} formula cells without a result stored in the file ({refs}; e.g. {example}), which would read as empty. The file was likely written by another program: open it in Excel, save it (Ctrl+S) and choose it again.',
  },
  'importRead.computed': {
    one: '{count} sum formula cell without a stored result ({refs}) was computed here; to be sure, open the file in Excel and save it.',
    other:
      '{count} sum formula cells without a stored result ({refs}) were computed here; to be sure, open the file in Excel and save it.',
  },
  'importRead.skipped': 'Sheet “{sheet}” skipped: {why}',
  'importRead.damaged': 'Could not read the Excel file: it is damaged or not an .xlsx file.',
  'importRead.tooLarge':
    "The file is too large ({size}); files up to {max} are accepted. A report form needs a few hundred KB; choose the form's file.",
  'importRead.tooManyRows':
    "{where} has {rows} rows, beyond the limit of {max}: the file was not read. Copy the form's table into a new file and choose it.",
  'importRead.moreThan': 'more than {n}',
  'importRead.tooManyColumns':
    '{where} has {columns} columns, beyond the limit of {max}: the file was not read. Delete the extra columns right of the table (or copy the table into a new file) and choose it again.',
  'importRead.tooManyCells':
    "The file has more than {max} cells, too many to read. Copy the form's table into a new file and choose it.",
  'importRead.tooLongText':
    "{where} is longer than {max} characters (Excel's own limit): the file is damaged or not an ordinary spreadsheet.",
  'importRead.tooLargeUnpacked':
    'The Excel file unpacks to {size} of data, beyond the limit of {max}: not read (the file is damaged or crafted to hang the computer).',
  'importRead.encrypted':
    'This Excel file is password-protected (encrypted) and cannot be read. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it, OK), save, and choose the file again.',
  'importRead.xls':
    'Old .xls files (Excel 97–2003) cannot be read directly. Save the file as .xlsx (Excel 2007 or later) and import it again: open it in Excel, File → Save As → “Excel Workbook (*.xlsx)”. Nothing was saved.',
  'importRead.otherOffice':
    'The file is not an Excel workbook: it is another old Office file (Word, say) or a damaged one.',
  'importRead.invalidBytes':
    'The file has {count} byte sequence(s) that are not valid UTF-8 (line {where}): replaced with “�”; check those cells.',
  'importRead.notCsv': 'The file is not CSV text.',
  'importRead.emptyCsv': 'The CSV file is empty.',
  'importRead.lostLetters':
    'The CSV file has lost its Vietnamese letters: many became “?” (e.g. {examples}), usually because it was saved as “CSV” in {encoding} on a computer not set to Vietnamese. They cannot be recovered: save the file as .xlsx or “CSV UTF-8” and import it again. Nothing was saved.',
  'importRead.emptyFile': 'The file is empty.',
  'importRead.readFailed':
    'Could not read this file (reading failed). Save it again as .xlsx or .csv in Excel and choose it.',
  'importRead.nothingRead': 'No file has been read: choose the file again.',
};

export type ImportReadKey = keyof typeof vi;
export const importReadMessages: Catalogue<typeof vi> = { vi, en };

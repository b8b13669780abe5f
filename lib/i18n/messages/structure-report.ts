import type { MessageTable, SameKeys } from '../message';
import type { Catalogue } from '../translator';

// The page-structure report page (structure-report.html): what the file holds, saving it, and why a
// tab has no report.

const vi = {
  'structureReport.title': 'Trợ lý Báo cáo — Cấu trúc trang',
  'structureReport.reading': 'Đang đọc cấu trúc trang…',
  'structureReport.intro':
    'Tệp mô tả cách trang được dựng (bảng, hàng, cột, tiêu đề cột, dòng mã biểu và kỳ báo cáo) và tiện ích đã nhận biết trang ra sao. Tệp {not} chứa số liệu, tên đơn vị, tên các dòng ngoài phần tiêu đề hay bất cứ nội dung nào bạn đã nhập. Tệp chỉ được lưu về máy, không gửi đi đâu; hãy xem nội dung bên dưới trước khi lưu.',
  'structureReport.not': 'không',
  'structureReport.content': 'Nội dung tệp',
  'structureReport.save': 'Lưu tệp',
  'structureReport.saved': 'Đã lưu tệp {file} vào thư mục tải về.',
  'structureReport.notReportPage':
    'Thẻ đang mở không phải trang của Hệ thống báo cáo (vpcp.baocaochinhphu.gov.vn, baocao.quangngai.gov.vn), hoặc trang được mở trước khi cài tiện ích: hãy mở trang biểu mẫu (tải lại nếu cần) rồi thử lại.',
  'structureReport.gridNotRead': 'Lưới dữ liệu chưa được đọc qua cầu nối trang.',
} as const satisfies MessageTable;

const en: SameKeys<typeof vi> = {
  'structureReport.title': 'Report Assistant — Page structure',
  'structureReport.reading': 'Reading the page structure…',
  'structureReport.intro':
    'The file describes how the page is built (tables, rows, columns, column headings, the form code and period lines) and what the extension made of it. It does {not} hold figures, unit names, row labels beyond the header or anything you typed. It is only saved to this computer and sent nowhere; look at its content below before saving.',
  'structureReport.not': 'not',
  'structureReport.content': 'File content',
  'structureReport.save': 'Save file',
  'structureReport.saved': 'Saved {file} to the downloads folder.',
  'structureReport.notReportPage':
    'The open tab is not a page of the reporting systems (vpcp.baocaochinhphu.gov.vn, baocao.quangngai.gov.vn), or it was opened before the extension was installed: open the form page (reload it if needed) and try again.',
  'structureReport.gridNotRead': 'The widget grid was not read through the page bridge.',
};

export const structureReportMessages: Catalogue<typeof vi> = { vi, en };

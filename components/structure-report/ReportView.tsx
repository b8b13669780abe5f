import { useState } from 'preact/hooks';
import type { StructureReport } from '@/lib/structure-report/report';
import { type StructureReply, structureFileName } from '@/lib/structure-report/request';

// The page-structure report as the user sees it before saving: what it holds and leaves out, the
// file's exact content, and "Lưu tệp", which downloads it through an ordinary download link (no
// "downloads" permission). Nothing is sent anywhere.

function save(report: StructureReport, text: string): string {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = structureFileName(report);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the click has been handled, or the download may not start.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return link.download;
}

export function ReportView({ reply }: { reply: StructureReply }) {
  const [saved, setSaved] = useState('');
  if (!reply.ok) {
    return (
      <p class="error" role="alert" data-testid="tlbc-structure-error" title={reply.errorEn}>
        {reply.error}
      </p>
    );
  }
  const text = JSON.stringify(reply.report, null, 2);
  return (
    <div class="structure-report">
      <p title="The file describes how the page is built and what the extension decided. It holds no figures, no unit names, no row labels beyond the header and nothing you typed.">
        Tệp mô tả cách trang được dựng (bảng, hàng, cột, tiêu đề cột, dòng mã biểu và kỳ báo cáo) và tiện ích
        đã nhận biết trang ra sao. Tệp <strong>không</strong> chứa số liệu, tên đơn vị, tên các dòng ngoài
        phần tiêu đề hay bất cứ nội dung nào bạn đã nhập. Tệp chỉ được lưu về máy, không gửi đi đâu; hãy xem
        nội dung bên dưới trước khi lưu.
      </p>
      <textarea
        readOnly
        rows={16}
        aria-label="Nội dung tệp"
        data-testid="tlbc-structure-preview"
        value={text}
      />
      <button
        type="button"
        data-testid="tlbc-structure-save"
        onClick={(event) => event.isTrusted && setSaved(save(reply.report, text))}
      >
        Lưu tệp
      </button>
      {saved && (
        <p role="status" data-testid="tlbc-structure-status" title={`Saved as ${saved}.`}>
          Đã lưu tệp {saved} vào thư mục tải về.
        </p>
      )}
    </div>
  );
}

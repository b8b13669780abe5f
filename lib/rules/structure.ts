import type { Finding } from './finding';

// structure: recognition found the form's code but the page's header differs from its definition
// (a new template, a column missing). The caller says why; the checks fall back to generic ones.

export function structureFinding(reason: string, reasonEn = reason): Finding {
  return {
    rule: 'structure',
    severity: 'warning',
    message: `Cấu trúc biểu khác mẫu: ${reason}. Chỉ áp dụng các kiểm tra chung.`,
    messageEn: `The table's structure differs from the form: ${reasonEn}. Only the generic checks apply.`,
  };
}

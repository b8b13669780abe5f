import type { WholeFamily } from './family';
import type { Finding } from './finding';

// structure: recognition found the form's code but the page's header differs from its definition
// (a new template, a column missing). The caller says why (ctx.structureMismatch); the checks fall back
// to generic ones. design.md allows this one finding on a page whose form changed.

export function structureFinding(reason: string, reasonEn = reason): Finding {
  return {
    rule: 'structure',
    severity: 'warning',
    message: `Cấu trúc biểu khác mẫu: ${reason}. Chỉ áp dụng các kiểm tra chung.`,
    messageEn: `The table's structure differs from the form: ${reasonEn}. Only the generic checks apply.`,
  };
}

export const structure: WholeFamily = {
  id: 'structure',
  scope: 'form',
  needs: ['structureMismatch'],
  run: ({ ctx }, out) => {
    if (ctx.structureMismatch) out.push(structureFinding(ctx.structureMismatch));
  },
};

import { describe, expect, it } from 'vitest';
import { TT_05_2025 } from '@/lib/forms/basis';
import { formVersion } from '@/lib/forms/catalogue';
import { II_06A } from '@/lib/forms/definitions/ii-06a';
import { readPageInfo } from '@/lib/forms/recognise';
import { LiveCheck } from '@/lib/page/live-check';
import { shown } from '@/lib/panel/strings';
import { checkAll } from '@/lib/rules/engine';
import type { ContextSources } from '@/lib/rules/gather';
import { cell, consistentRow, ii06Table, seen, table } from '../rules/build';

// The checks of one report on a bare TableModel, with no page: what the panel would list after the
// table is read, after each edit, and once the profile and drafts have been read.

const PAGE_INFO = readPageInfo(
  'Biểu số II.06a/VPCP/KSTT\nKỳ báo cáo: Quý I năm 2025\n(Từ ngày 15/12/2024 đến ngày 14/3/2025)',
);

const SOURCES: ContextSources = {
  profile: async () => ({ level: 'xa', unit: 'UBND xã Tịnh Ấn Tây', remindersOn: true }),
  applied: async () => ({}),
  draft: async () => null,
  drafts: async () => [],
};

/** A clean II.06a: every total the sum of its parts. */
function cleanTable() {
  return ii06Table([
    consistentRow('Hộ tịch', [30, 40, 10, 20, 50, 5, 3, 2]),
    consistentRow('Chứng thực', [5, 15, 0, 10, 8, 0, 2, 0]),
  ]);
}

const errors = (live: LiveCheck) => live.findings.filter((f) => f.severity === 'error');

describe('LiveCheck', () => {
  it('checks a table that matches the II.06a template against it, without a notice', () => {
    const live = new LiveCheck();
    const model = cleanTable();
    live.resolve(II_06A, model);
    live.checkAll(model);
    expect(live.def).toBe(II_06A);
    expect(live.notice).toBeNull();
    expect(errors(live)).toEqual([]);
  });

  it('marks a total an edit broke, clears it once mended, and says what a full check would say', () => {
    const live = new LiveCheck();
    const model = cleanTable();
    live.resolve(II_06A, model);
    live.checkAll(model);
    // Column 4 (online) of "Hộ tịch" typed as 31: the received total (column 3) no longer adds up.
    live.edit(model, 0, 3, cell(31));
    expect(seen(model, errors(live))).toEqual([{ rule: 'sum', severity: 'error', row: 'Hộ tịch', col: 3 }]);
    expect(seen(model, live.findings)).toEqual(seen(model, checkAll(model, II_06A, live.ctx)));

    live.edit(model, 0, 3, cell(30));
    expect(errors(live)).toEqual([]);
  });

  it('falls back to the generic checks when the header differs from the template, and says why', () => {
    const live = new LiveCheck();
    // Only the label and one figure column: not the thirteen columns II.06a prints.
    const model = table({
      headers: [
        { label: 'STT', start: 0, span: 1, children: [] },
        { label: 'Lĩnh vực', start: 1, span: 1, children: [] },
        { label: 'Số hồ sơ', start: 2, span: 1, children: [] },
      ],
      rows: [['Hộ tịch', 80]],
    });
    live.resolve(II_06A, model);
    live.checkAll(model);
    expect(live.def).toBeNull();
    expect(shown(live.notice, 'vi')).not.toBe('');
    const structure = live.findings.find((f) => f.rule === 'structure');
    expect(structure?.message).toContain(shown(live.notice, 'vi'));
  });

  it('keeps the structure finding once the profile and drafts have been read', async () => {
    const live = new LiveCheck();
    const model = table({
      headers: [
        { label: 'STT', start: 0, span: 1, children: [] },
        { label: 'Lĩnh vực', start: 1, span: 1, children: [] },
      ],
      rows: [['Hộ tịch']],
    });
    live.resolve(II_06A, model);
    await live.gather(PAGE_INFO, SOURCES);
    live.checkAll(model);
    expect(live.ctx.profile?.unit).toBe('UBND xã Tịnh Ấn Tây');
    expect(live.findings.some((f) => f.rule === 'structure')).toBe(true);
  });

  it('a source that fails (the background asleep) leaves the checks running without it', async () => {
    const live = new LiveCheck();
    const model = cleanTable();
    live.resolve(II_06A, model);
    await live.gather(PAGE_INFO, { ...SOURCES, profile: () => Promise.reject(new Error('asleep')) });
    live.checkAll(model);
    expect(live.ctx.profile).toBeUndefined();
    expect(errors(live)).toEqual([]);
  });

  it('names, in both languages, why a form of another circular is checked generically', () => {
    const live = new LiveCheck();
    const model = cleanTable();
    const tt05 = formVersion(II_06A.code, TT_05_2025)!;
    live.resolve(tt05, model);
    expect(live.def).toBe(tt05);
    expect(shown(live.notice, 'vi')).toMatch(/cấu trúc chung/);
    expect(shown(live.notice, 'en')).toMatch(/checked generically/);
  });
});

import { describe, expect, it } from 'vitest';
import { formColumnIdentities } from '@/lib/drafts/form-columns';
import { migrateDraft } from '@/lib/drafts/migrations';
import { draftFromModel } from '@/lib/fill/draft-from-model';
import { planFill } from '@/lib/fill/plan';
import { describeFill, type FillReport } from '@/lib/fill/report';
import { formByCode, formVersionId } from '@/lib/forms/catalogue';
import { taughtForm } from '@/lib/forms/taught/apply';
import { headerFingerprint } from '@/lib/forms/taught/fingerprint';
import { prefillCorrespondence } from '@/lib/forms/taught/prefill';
import type { TableModel } from '@/lib/table/model';
import { readTable } from '@/lib/table/read';
import { V2_FIXTURE } from '../drafts/migrations/fixtures';
import { ii06aPage } from '../page/ii06a-dom';

// A draft records what each column is; a fill writes a number only where the page's column means the
// same, whatever its number, and says which columns it left and why.

const TARGET = { form: 'II.06a/VPCP/KSTT', period: '2024-12-15/2025-03-14', unit: 'UBND xã Tịnh Ấn Tây' };

function modelOf(html: string) {
  document.body.innerHTML = html;
  return readTable(document.querySelector('table')!)!.model;
}

/**
 * The same form as another version might print it: "Trực tiếp" and "Dịch vụ bưu chính công ích" as two
 * columns (5 and 6), so "Từ kỳ trước" moves to 7 and every later column one on.
 */
function splitPage(): string {
  return ii06aPage()
    .replace('<th colspan="4">Số hồ sơ nhận giải quyết</th>', '<th colspan="5">Số hồ sơ nhận giải quyết</th>')
    .replace('<th colspan="2">Trong đó</th>', '<th colspan="3">Trong đó</th>')
    .replace('<th>Trực tiếp, dịch vụ bưu chính</th>', '<th>Trực tiếp</th><th>Dịch vụ bưu chính công ích</th>')
    .replace(/length: 13/, 'length: 14')
    .replace(
      /<tr class="r(\d)"><td>(\d)<\/td><td class="k2">([^<]+)<\/td>/g,
      '$&<td class="q7"><input value=""></td>',
    )
    .replace(/(<tr><td><\/td><td>Tổng số<\/td>)/, '$1<td class="q7"><input value=""></td>')
    .replace(
      Array.from({ length: 13 }, (_, i) => `<td>(${i + 1})</td>`).join(''),
      Array.from({ length: 14 }, (_, i) => `<td>(${i + 1})</td>`).join(''),
    )
    .replace(/value="[^"]*"/g, 'value=""');
}

const report = (plan: ReturnType<typeof planFill>): FillReport => ({
  kind: 'fill',
  refused: null,
  filled: plan.writes.length,
  skippedReadonly: 0,
  skippedComputed: 0,
  skippedSame: 0,
  failures: [],
  missingOnPage: [],
  missingInDraft: [],
  missingColumns: [],
  otherColumns: plan.otherColumns,
});

describe('a draft that knows its columns', () => {
  const saved = () => {
    const draft = draftFromModel(modelOf(ii06aPage()), {
      ...TARGET,
      formVersion: 'II.06a/VPCP/KSTT@01/2020',
    });
    // Emptied cells, so every value of the draft is a write.
    return { draft, empty: ii06aPage().replace(/value="[^"]*"/g, 'value=""') };
  };

  it('records each value column’s header as shown', () => {
    const { draft } = saved();
    expect(draft.columns?.['4']).toEqual({ header: 'Số hồ sơ nhận giải quyết / Trong đó / Trực tuyến' });
    expect(draft.columns?.['13']).toEqual({ header: 'Số lượng hồ sơ đang giải quyết / Quá hạn' });
  });

  it('fills a page of the same version in full', () => {
    const { draft, empty } = saved();
    const plan = planFill(draft, modelOf(empty));
    expect(plan.otherColumns).toEqual([]);
    expect(new Set(plan.writes.map((w) => w.number))).toEqual(new Set([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]));
  });

  it('on a page of another version writes each number under its own header, never under another', () => {
    const { draft } = saved();
    const model = modelOf(splitPage());
    const plan = planFill(draft, model);
    const hoTich = plan.writes.filter((w) => w.label === 'Hộ tịch');
    const header = (col: number) => model.columns[col].path.filter((p) => !/^\(\d+\)$/.test(p)).join(' / ');
    // "Từ kỳ trước" (draft 6) goes to the page's 7, "Quá hạn" of in-progress (draft 13) to 14.
    expect(hoTich.map((w) => [w.number, model.columns[w.col].number, w.value])).toEqual([
      [3, 3, '120'],
      [4, 4, '80'],
      [6, 7, '10'],
      [7, 8, '100'],
      [8, 9, '40'],
      [9, 10, '55'],
      [10, 11, '5'],
      [11, 12, '20'],
      [12, 13, '18'],
      [13, 14, '2'],
    ]);
    for (const w of hoTich)
      expect(header(w.col)).toContain(draft.columns?.[String(w.number)].header.split(' / ').at(-1));
    // Draft column 5 ("Trực tiếp, dịch vụ bưu chính") is on no page column: not filled, and said so.
    expect(plan.otherColumns).toEqual([
      {
        number: 5,
        page: 'Số hồ sơ nhận giải quyết / Trong đó / Trực tiếp',
        draft: 'Số hồ sơ nhận giải quyết / Trong đó / Trực tiếp, dịch vụ bưu chính',
      },
    ]);
    expect(plan.writes.some((w) => w.number === 5)).toBe(false);
    expect(describeFill(report(plan)).vi).toContain(
      'không điền cột 5: cột 5 trên trang là “Số hồ sơ nhận giải quyết / Trong đó / Trực tiếp”, bản nháp là “Số hồ sơ nhận giải quyết / Trong đó / Trực tiếp, dịch vụ bưu chính”',
    );
  });

  it('a draft from before columns were recorded (migrated) fills a TT 01/2020 page through the aliases', () => {
    const migrated = migrateDraft(V2_FIXTURE);
    if (!migrated.ok) throw new Error(JSON.stringify(migrated.reason));
    const plan = planFill(migrated.draft, modelOf(ii06aPage().replace(/value="[^"]*"/g, 'value=""')));
    expect(plan.otherColumns).toEqual([]);
    expect(plan.writes.map((w) => [w.label, w.number, w.value])).toEqual([
      ['Hộ tịch', 3, '120'],
      ['Hộ tịch', 4, '80'],
      ['Hộ tịch', 5, '40'],
    ]);
    // …and refuses column 5 of the split page.
    const split = planFill(migrated.draft, modelOf(splitPage()));
    expect(split.otherColumns.map((c) => c.number)).toEqual([5]);
  });
});

describe('a page of taught structure (lib/forms/taught)', () => {
  const II_06A = formByCode('II.06a/VPCP/KSTT')!;
  const teach = (model: TableModel, change: (number: number, form: number | null) => number | null) => {
    const columns = prefillCorrespondence(II_06A, model).map((c) => ({
      ...c,
      form: change(c.number, c.form),
    }));
    const structure = {
      fingerprint: headerFingerprint(model, II_06A.code),
      form: formVersionId(II_06A),
      code: II_06A.code,
      columns,
      taughtAt: '2026-12-01T08:00:00.000Z',
    };
    return taughtForm(II_06A, structure, model)!.def;
  };
  const draft = () =>
    draftFromModel(modelOf(ii06aPage()), { ...TARGET, formVersion: 'II.06a/VPCP/KSTT@01/2020' });

  it('fills a renamed column the user taught as the draft’s, which the header words alone refuse', () => {
    const model = modelOf(
      ii06aPage()
        .replace('<th>Trực tuyến</th>', '<th>Qua mạng</th>')
        .replace(/value="[^"]*"/g, 'value=""'),
    );
    expect(planFill(draft(), model).otherColumns.map((c) => c.number)).toEqual([4]);
    const taught = teach(model, (n, form) => (n === 4 ? 4 : form));
    const plan = planFill(draft(), model, taught);
    expect(plan.otherColumns).toEqual([]);
    expect(plan.writes.find((w) => w.label === 'Hộ tịch' && w.number === 4)).toMatchObject({
      col: 3,
      value: '80',
    });
  });

  it('never fills a draft column into a page column taught as one of its two halves', () => {
    const model = modelOf(splitPage());
    // "Trực tiếp" and "Dịch vụ bưu chính công ích" both taught as the form's column 5.
    const taught = teach(model, (n, form) => (n === 5 || n === 6 ? 5 : form));
    const plan = planFill(draft(), model, taught);
    expect(plan.writes.some((w) => w.number === 5)).toBe(false);
    expect(plan.otherColumns.map((c) => c.number)).toEqual([5]);
    expect(
      plan.writes.filter((w) => w.label === 'Hộ tịch').map((w) => [w.number, model.columns[w.col].number]),
    ).toEqual([
      [3, 3],
      [4, 4],
      [6, 7],
      [7, 8],
      [8, 9],
      [9, 10],
      [10, 11],
      [11, 12],
      [12, 13],
      [13, 14],
    ]);
  });
});

describe('a draft imported from a file or aggregated (lib/drafts/form-columns.ts)', () => {
  it('knows its columns as the form prints them, so it fills a changed page only where they agree', () => {
    const II_06A = formByCode('II.06a/VPCP/KSTT')!;
    const page = draftFromModel(modelOf(ii06aPage()), { ...TARGET });
    const imported = { ...page, ...formColumnIdentities(II_06A, page.rows) };
    expect(imported.columns?.['5']).toEqual({
      header: 'Số hồ sơ nhận giải quyết / Trực tiếp, dịch vụ bưu chính',
    });
    expect(
      planFill(imported, modelOf(ii06aPage().replace(/value="[^"]*"/g, 'value=""'))).otherColumns,
    ).toEqual([]);
    const split = planFill(imported, modelOf(splitPage()));
    expect(split.otherColumns.map((c) => c.number)).toEqual([5]);
    expect(split.writes.some((w) => w.number === 5)).toBe(false);
    // Without identities the number decides: column 5 would go under "Trực tiếp" alone.
    const { columns: _none, formVersion: _v, ...numbersOnly } = imported;
    expect(planFill(numbersOnly, modelOf(splitPage())).writes.some((w) => w.number === 5)).toBe(true);
  });
});

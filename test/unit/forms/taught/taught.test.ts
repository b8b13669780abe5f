import { describe, expect, it } from 'vitest';
import { formByCode, formVersionId } from '@/lib/forms/catalogue';
import { taughtForm } from '@/lib/forms/taught/apply';
import { headerFingerprint } from '@/lib/forms/taught/fingerprint';
import { prefillCorrespondence } from '@/lib/forms/taught/prefill';
import type { TaughtStructure } from '@/lib/forms/taught/schema';
import { checkAll } from '@/lib/rules/engine';
import { IN_PROGRESS, modelOf, RECEIVED, splitPaths } from './models';

const II_06A = formByCode('II.06a/VPCP/KSTT')!;
const CODE = II_06A.code;

function taught(paths: string[][], columns = prefillCorrespondence(II_06A, modelOf(paths))): TaughtStructure {
  return {
    fingerprint: headerFingerprint(modelOf(paths), CODE),
    form: formVersionId(II_06A),
    code: CODE,
    columns,
    taughtAt: '2026-12-01T08:00:00.000Z',
  };
}

describe('prefillCorrespondence guesses each page column from its header words', () => {
  it('pairs a split column with the form column whose words it contains, the rest one to one', () => {
    const guess = prefillCorrespondence(II_06A, modelOf(splitPaths()));
    expect(guess.map((c) => c.form)).toEqual([1, 2, 3, 4, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(guess[3]).toEqual({
      number: 4,
      header: `${RECEIVED} / Trong đó / Trực tuyến toàn trình`,
      form: 4,
    });
  });

  it('tells the three "Tổng số" apart by their group, and leaves an unknown column out of the form', () => {
    const paths = splitPaths();
    paths.splice(7, 0, [RECEIVED, 'Bị trả lại']);
    const guess = prefillCorrespondence(II_06A, modelOf(paths));
    expect(guess.filter((c) => c.header.endsWith('Tổng số')).map((c) => c.form)).toEqual([3, 7, 11]);
    expect(guess[7]).toMatchObject({ header: `${RECEIVED} / Bị trả lại`, form: null });
  });

  it('guesses through the form’s aliases (another site’s wording)', () => {
    const paths = splitPaths().map((p) => p.map((l) => (l === RECEIVED ? 'Tiếp nhận' : l)));
    paths[6] = ['Tiếp nhận', 'Kỳ trước chuyển sang'];
    expect(prefillCorrespondence(II_06A, modelOf(paths)).map((c) => c.form)).toEqual([
      1, 2, 3, 4, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
    ]);
  });
});

describe('headerFingerprint', () => {
  const base = headerFingerprint(modelOf(splitPaths()), CODE);

  it('is 16 hex digits, the same for the same header however it is written', () => {
    expect(base).toMatch(/^[0-9a-f]{16}$/);
    const nfd = splitPaths().map((p) => p.map((l) => l.normalize('NFD').toLocaleUpperCase('vi')));
    expect(headerFingerprint(modelOf(nfd), CODE)).toBe(base);
    expect(headerFingerprint(modelOf(splitPaths()), 'ii . 06a / vpcp / kstt')).toBe(base);
  });

  it('differs when a column is renamed, added, removed or moved, or for another form code', () => {
    const renamed = splitPaths();
    renamed[4] = [RECEIVED, 'Trong đó', 'Trực tuyến một phần (cũ)'];
    const removed = splitPaths().filter((_, i) => i !== 6);
    const moved = splitPaths();
    [moved[8], moved[9]] = [moved[9], moved[8]];
    const prints = [renamed, removed, moved, [...splitPaths(), [IN_PROGRESS, 'Khác']]].map((p) =>
      headerFingerprint(modelOf(p), CODE),
    );
    prints.push(headerFingerprint(modelOf(splitPaths()), 'II.06/VPCP/KSTT'));
    expect(new Set([base, ...prints]).size).toBe(6);
  });

  it('is the value this version has always given (a stored or exported structure stays found)', () => {
    expect(base).toBe('83b44a3fdb482a18');
  });
});

describe('taughtForm carries the form’s checks to the page’s columns', () => {
  const paths = splitPaths();
  const def = taughtForm(II_06A, taught(paths), modelOf(paths))!.def;

  it('maps the sums, expanding a split part, and drops what compares with other drafts', () => {
    const byId = Object.fromEntries(def.relations.map((r) => [r.id, r]));
    expect(byId.R1).toMatchObject({ kind: 'sum', total: 3, parts: [4, 5, 6, 7] });
    expect(byId.R2).toMatchObject({ total: 8, parts: [9, 10, 11] });
    expect(byId.R3).toMatchObject({ total: 12, parts: [13, 14] });
    expect(byId.R4).toMatchObject({ kind: 'balance', total: 3, parts: [8, 12] });
    expect(byId.R6).toBeDefined();
    expect(byId.R7).toBeUndefined();
    expect(def.countColumns).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(def.labelColumn).toBe(2);
    expect(def.structure).toBe('known');
  });

  it('finds the sum error on the page’s own column numbers', () => {
    // Hộ tịch: received 20 ≠ 5 + 4 + 9 + 1 = 19; the other sums hold.
    const model = modelOf(paths, [
      ['Hộ tịch', 20, 5, 4, 9, 1, 12, 2, 9, 1, 7, 7, 0],
      ['Đất đai', 10, 2, 3, 4, 1, 6, 1, 5, 0, 4, 3, 1],
    ]);
    const findings = checkAll(model, taughtForm(II_06A, taught(paths), model)!.def, {});
    const sums = findings.filter((f) => f.rule === 'sum');
    expect(sums.map((f) => [f.row, f.col])).toEqual([[0, 3]]);
    expect(findings.filter((f) => f.rule === 'structure')).toEqual([]);
  });

  it('leaves out a relation whose column the page does not have or whose total is split', () => {
    const columns = taught(paths).columns.map((c) =>
      c.number === 7 ? { ...c, form: null } : c.number === 12 ? { ...c, form: 12 } : c,
    );
    const def = taughtForm(II_06A, taught(paths, columns), modelOf(paths))!.def;
    expect(def.relations.map((r) => r.id)).toEqual(['R2', 'R6']);
  });

  it('does not fit a model of another number of columns or numbering', () => {
    const structure = taught(paths);
    expect(taughtForm(II_06A, structure, modelOf(paths.slice(1)))).toBeNull();
    const renumbered = modelOf(paths);
    renumbered.columns[5].number = 40;
    expect(taughtForm(II_06A, structure, renumbered)).toBeNull();
  });
});

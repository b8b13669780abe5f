import { afterEach, describe, expect, test } from 'vitest';
import { useOwnFields } from '@/lib/fields/catalogue';
import type { FieldLevel, OwnField } from '@/lib/fields/own-schema';
import { runFamily } from '@/lib/rules/engine';
import { findingWords } from '@/lib/rules/finding-words';
import { ii06Def, ii06Table, seen } from './build';

// Field names the user added ("thêm vào danh mục của tôi") stop being flagged on this machine, at the
// level they gave, and are marked as theirs when offered as a suggestion.

const def = ii06Def();
const own = (name: string, level: FieldLevel): OwnField => ({
  schema: 1,
  name,
  level,
  addedAt: '2027-03-12T02:00:00.000Z',
});

afterEach(() => useOwnFields([]));

describe('the user’s own field names', () => {
  test('an unknown name is flagged until the user adds it, spelled any way', () => {
    const model = ii06Table([['Quản lý chợ, hội chợ']]);
    expect(seen(model, runFamily('field-name', model, def, {}))).toEqual([
      { rule: 'field-name', severity: 'warning', row: 'Quản lý chợ, hội chợ', col: 2 },
    ]);
    useOwnFields([own('Quản lý chợ - hội chợ', 'xa')]);
    expect(runFamily('field-name', model, def, {})).toEqual([]);
    useOwnFields([]);
    expect(runFamily('field-name', model, def, {})).toHaveLength(1);
  });

  test('a local spelling the user adds is no longer told to be rewritten', () => {
    const model = ii06Table([['Đăng ký giao dịch bảo đảm']]);
    expect(runFamily('field-name', model, def, {})).toHaveLength(1);
    useOwnFields([own('Đăng ký giao dịch bảo đảm', 'moi-cap')]);
    expect(runFamily('field-name', model, def, {})).toEqual([]);
  });

  test('a near miss suggests the user’s own name, marked as theirs', () => {
    useOwnFields([own('Quản lý chợ', 'xa')]);
    const model = ii06Table([['Quản lý chơ']]);
    const [finding] = runFamily('field-name', model, def, {});
    expect(finding.detail?.suggestions).toContain('Quản lý chợ');
    expect(finding.message).toContain('«Quản lý chợ» (danh mục của tôi)');
    expect(findingWords(finding.text, 'en')).toContain('«Quản lý chợ» (my list)');
  });

  test('field-level reads the level the user gave', () => {
    const model = ii06Table([['Luật sư'], ['Hòa giải cơ sở']]);
    const at = (level: 'xa' | 'so') =>
      seen(model, runFamily('field-level', model, def, { profile: { level } })).map((f) => f.row);
    expect(at('xa')).toEqual(['Luật sư']);
    expect(at('so')).toEqual(['Hòa giải cơ sở']);
    useOwnFields([own('Luật sư', 'xa'), own('Hòa giải cơ sở', 'tinh')]);
    expect(at('xa')).toEqual([]);
    expect(at('so')).toEqual([]);
    // Said to be a provincial field, it is unusual at a commune again.
    useOwnFields([own('Luật sư', 'tinh')]);
    expect(at('xa')).toEqual(['Luật sư']);
  });
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, type Literal, literalsIn, literalsInFile } from './literals';

// Every word the user reads comes from a message file (lib/i18n/messages/), so that switching the
// language leaves none behind. This scans the views, the entry points and lib/ for Vietnamese letters
// in any string, and for English prose in JSX text and in the attributes a user reads.

const ROOT = join(__dirname, '../../..');
const SCANNED = ['components', 'entrypoints', 'lib'];
const MESSAGE_FILES = 'lib/i18n/messages/';

/**
 * Vocabulary, not messages: words the extension reads on the page or in the user's files and matches
 * against, or the official names it compares with. Translating them would break the matching.
 */
const VOCABULARY = [
  'lib/drafts/import/synonyms.ts', // header words of spreadsheets the clerks import
  'lib/forms/definitions/', // the forms' official titles, column and row names
  'lib/forms/code.ts', // form-code patterns ("Biểu mẫu số II.06a", "-ĐC")
  'lib/forms/header-key.ts', // words a header is normalised by ("và", "hoặc")
  'lib/forms/workflow.ts', // the report statuses as the sites write them ("Chờ duyệt")
  'lib/forms/read-page-info.ts', // the period's wording on the page ("Từ ngày … đến ngày …")
  'lib/fill/column-identity.ts', // header words ("trong đó", "bao gồm")
  'lib/table/row-number.ts', // the row-number column's header ("số thứ tự")
  'lib/table/row-kind.ts', // total and group row labels ("Tổng cộng", "cấp xã")
  'lib/text.ts', // đ folded to d for matching
  'lib/periods/dispatch-text.ts', // đ folded to d for reading dispatches
  'lib/periods/schedule.ts', // form codes and the regime's official title (not shown)
  'lib/rules/field-rows.ts', // the label column's header word ("lĩnh vực")
  'lib/drafts/aggregate.ts', // the subtotal and total rows' labels, as the forms write them ("Cộng …", "Tổng số")
  'lib/drafts/import/map-columns.ts', // header words of imported sheets ("Lĩnh vực", "trong đó")
  'lib/drafts/import/place-column.ts', // the row-number column's header words ("Số TT")
];

/**
 * PENDING — areas whose strings are still being moved into message files (none today). An entry is
 * taken off when its conversion lands; from then on a new literal there fails this test. Entries are
 * files, or folders ending in '/'.
 */
const PENDING: string[] = [];

const covered = (file: string, entries: string[]) =>
  entries.some((entry) => (entry.endsWith('/') ? file.startsWith(entry) : file === entry));

const show = (found: Literal[]) => found.map((l) => `${l.file}:${l.line} ${JSON.stringify(l.text)}`);

describe('user-facing literals', () => {
  const files = filesUnder(ROOT, SCANNED, /\.(tsx?|html)$/).filter((f) => !f.startsWith(MESSAGE_FILES));

  it('are written only in message files', () => {
    const found = files
      .filter((f) => !covered(f, VOCABULARY) && !covered(f, PENDING))
      .flatMap((f) => literalsInFile(ROOT, f));
    expect(show(found)).toEqual([]);
  });

  it('the lists name files that exist, and a converted PENDING entry is taken off', () => {
    for (const entry of [...VOCABULARY, ...PENDING]) expect(existsSync(join(ROOT, entry)), entry).toBe(true);
    const done = PENDING.filter((entry) =>
      files.filter((f) => covered(f, [entry])).every((f) => literalsInFile(ROOT, f).length === 0),
    );
    expect(done, 'converted: remove from PENDING').toEqual([]);
  });
});

describe('the literal scan', () => {
  const scan = (file: string, source: string) => literalsIn(file, source).map((l) => l.text);

  it('finds Vietnamese in strings, templates and JSX text, English prose in JSX and read attributes', () => {
    const source = [
      "const a = 'Đã lưu';",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text to scan, holding a template
      'const b = `Còn ${n} ngày`;',
      'const c = <p title="Open the settings">Mở Cài đặt</p>;',
      'const d = <p>Nothing is due</p>;',
      'const e = <input placeholder={"Unit name"} aria-label="Unit" />;',
    ].join('\n');
    expect(scan('x.tsx', source)).toEqual([
      'Đã lưu',
      'Còn',
      'ngày',
      'Open the settings',
      'Mở Cài đặt',
      'Nothing is due',
      'Unit name',
      'Unit',
    ]);
    expect(scan('x.html', '<title>Trợ lý Báo cáo</title>')).toEqual(['<title>Trợ lý Báo cáo</title>']);
  });

  it('leaves codes, test ids, class names, comments and maintainers’ logs alone', () => {
    const source = [
      '// Chú thích tiếng Việt',
      'const a = <p data-testid="tlbc-popup" class="muted days">{t(\'popup.title\')} · II.06a</p>;',
      "console.warn('Trợ lý Báo cáo: lỗi', error);",
      "const k = 'popup.due';",
    ].join('\n');
    expect(scan('x.tsx', source)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { importSpreadsheet } from '@/lib/drafts/import/import-file';
import { LIMITS } from '@/lib/drafts/import/limits';
import { formByCode } from '@/lib/forms/catalogue';
import { compoundFile, worksheet, xlsxPackage } from './crafted';
import { csv } from './sheets';

// Files that once froze or crashed the options page, or were read wrong without a word. Each case
// is the file as a user (or someone crafting one) would hand it over.

const II_06A = formByCode('II.06a/VPCP/KSTT')!;

const HEADER = ['STT', 'Lĩnh vực', 'Tổng số', 'Trực tuyến', 'Trực tiếp, dịch vụ bưu chính', 'Từ kỳ trước'];

/** Shared strings for a sheet: the header words, then field names. */
const STRINGS = [...HEADER, 'Đất đai', 'Hộ tịch'];

function stringCell(ref: string, index: number): string {
  return `<c r="${ref}" t="s"><v>${index}</v></c>`;
}

/** Row 1: the header (shared strings 0–5). */
const HEADER_ROW = `<row r="1">${['A', 'B', 'C', 'D', 'E', 'F'].map((col, i) => stringCell(`${col}1`, i)).join('')}</row>`;

function failure(result: Awaited<ReturnType<typeof importSpreadsheet>>): string {
  if (result.ok) throw new Error(`read ${result.rows.length} rows, expected a refusal`);
  return result.error;
}

describe('sheet dimensions', () => {
  it('refuses a 1 KB .xlsx whose declared extent is A1:XFD1048576, before reading its cells', async () => {
    const file = xlsxPackage([
      {
        xml: worksheet(
          '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>',
          'A1:XFD1048576',
        ),
      },
    ]);
    expect(file.byteLength).toBeLessThan(2048);
    const error = failure(await importSpreadsheet('nho.xlsx', file, II_06A));
    // The declared count (not "more than"): it came from <dimension>, before any cell.
    expect(error).toMatch(/^Trang tính “Sheet1” có 1\.048\.576 dòng, quá giới hạn 60\.000 dòng/);
  });

  it('refuses the same two cells without a declared extent, at the first cell beyond the limit', async () => {
    const file = xlsxPackage([
      {
        xml: worksheet(
          `${HEADER_ROW}<row r="2"><c r="XFD2"><v>2</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>`,
        ),
      },
    ]);
    const error = failure(await importSpreadsheet('nho.xlsx', file, II_06A));
    expect(error).toMatch(/có 16\.384 cột, quá giới hạn 256 cột/);
  });

  it('refuses a small zip that unpacks to 600 000 rows, from its declared extent', async () => {
    // Rows without numbers follow the one before: 600 000 identical rows pack into a few hundred KB.
    const row = '<row><c t="s"><v>6</v></c><c><v>1</v></c></row>';
    const rows = [HEADER_ROW, row.repeat(599_999)];
    const file = xlsxPackage([{ xml: worksheet(rows.join(''), 'A1:F600000') }], { strings: STRINGS });
    expect(file.byteLength).toBeLessThan(1024 * 1024);
    const error = failure(await importSpreadsheet('bom.xlsx', file, II_06A));
    expect(error).toMatch(/có 600\.000 dòng, quá giới hạn 60\.000 dòng/);
  }, 30_000);

  it('reads the form from another sheet when one sheet is beyond the limits, and says which was skipped', async () => {
    const form = worksheet(
      `${HEADER_ROW}<row r="2"><c r="A2"><v>1</v></c>${stringCell('B2', 6)}<c r="C2"><v>3</v></c><c r="D2"><v>1</v></c><c r="E2"><v>2</v></c><c r="F2"><v>0</v></c></row>`,
    );
    const file = xlsxPackage(
      [
        { name: 'Rác', xml: worksheet('<row r="1"><c r="A1"><v>1</v></c></row>', 'A1:XFD1048576') },
        { name: 'Biểu', xml: form },
      ],
      { strings: STRINGS },
    );
    const result = await importSpreadsheet('hai-trang.xlsx', file, II_06A);
    if (!result.ok) throw new Error(result.error);
    expect(result.sheet).toBe('Biểu');
    expect(result.rows.map((r) => [r.label, r.values['3']])).toEqual([['Đất đai', '3']]);
    expect(result.problems[0].message).toMatch(
      /^Bỏ qua trang tính “Rác”: Trang tính “Rác” có 1\.048\.576 dòng/,
    );
  });
});

describe('unpacked size', () => {
  it('refuses a part whose declared unpacked size is beyond the limit, without inflating it', async () => {
    const file = xlsxPackage([{ xml: worksheet(HEADER_ROW), declaredSize: 0xfffffff0 }], {
      strings: STRINGS,
    });
    const error = failure(await importSpreadsheet('lon.xlsx', file, II_06A));
    expect(error).toMatch(/^Tệp Excel giải nén ra 4\.096 MB dữ liệu, quá giới hạn 64 MB/);
  });

  it('stops a part that unpacks to more than its directory declared (a zip bomb in disguise)', async () => {
    // 4 MB of spaces squeezed into a few KB, declared as 1 000 bytes.
    const xml = worksheet(`${HEADER_ROW}${' '.repeat(4 * 1024 * 1024)}`);
    const file = xlsxPackage([{ xml, declaredSize: 1000 }], { strings: STRINGS });
    expect(file.byteLength).toBeLessThan(64 * 1024);
    const error = failure(await importSpreadsheet('bom.xlsx', file, II_06A));
    expect(error).toMatch(/^Không đọc được tệp Excel: tệp bị hỏng/);
  });

  it('refuses a file larger than the limit before reading it', async () => {
    const big = new Uint8Array(LIMITS.fileBytes + 1).fill(0x41);
    const error = failure(await importSpreadsheet('lon.csv', big.buffer, II_06A));
    expect(error).toMatch(/^Tệp quá lớn \(20 MB\): chỉ nhận tệp đến 20 MB/);
  });
});

describe('large CSV', () => {
  it('refuses a 10 MB CSV of 130 000 rows with a Vietnamese message', async () => {
    const lines = [HEADER.join(';')];
    for (let i = 0; i < 130_000; i++)
      lines.push(`${i + 1};Lĩnh vực thứ ${i + 1} của biểu mẫu báo cáo;12;2;10;0`);
    const data = csv(lines.join('\r\n'));
    expect(data.byteLength).toBeGreaterThan(7 * 1024 * 1024);
    const error = failure(await importSpreadsheet('lon.csv', data, II_06A));
    expect(error).toMatch(/^Tệp CSV có hơn 60\.000 dòng, quá giới hạn 60\.000 dòng/);
  });

  it('reads a large CSV in slices, giving the page its turn and reporting progress up to 100 %', async () => {
    const lines = [HEADER.join(';')];
    for (let i = 0; i < 9_000; i++) lines.push(`${i + 1};Đất đai ${i + 1};12;2;10;0;12;0;12;0;0;0;0`);
    const seen: number[] = [];
    let turns = 0;
    // Runs only when the read lets go of the main thread.
    const tick = setInterval(() => turns++, 0);
    const result = await importSpreadsheet('lon.csv', csv(lines.join('\n')), II_06A, {
      onProgress: (f) => seen.push(f),
    });
    clearInterval(tick);
    if (!result.ok) throw new Error(result.error);
    expect(result.rows).toHaveLength(9_000);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
    expect(turns).toBeGreaterThan(0);
  });

  it('reads a large .xlsx in slices too, reporting progress up to 100 %', async () => {
    const rows = [HEADER_ROW];
    for (let r = 2; r <= 9_000; r++) {
      rows.push(
        `<row r="${r}">${stringCell(`B${r}`, 6)}<c r="C${r}"><v>${r}</v></c><c r="D${r}"><v>${r}</v></c></row>`,
      );
    }
    const seen: number[] = [];
    const file = xlsxPackage([{ xml: worksheet(rows.join('')) }], { strings: STRINGS });
    const result = await importSpreadsheet('lon.xlsx', file, II_06A, { onProgress: (f) => seen.push(f) });
    if (!result.ok) throw new Error(result.error);
    expect(result.rows).toHaveLength(8_999);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(1);
  });
});

describe('old Office files', () => {
  it('says a password-protected .xlsx is encrypted, not an old .xls', async () => {
    const file = compoundFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']);
    const error = failure(await importSpreadsheet('co-mat-khau.xlsx', file, II_06A));
    expect(error).toMatch(/^Tệp Excel này được đặt mật khẩu \(mã hóa\)/);
    expect(error).not.toMatch(/\.xls/);
  });

  it('still names a real Excel 97–2003 workbook as an old .xls', async () => {
    const file = compoundFile(['Workbook', '\u0005SummaryInformation']);
    const error = failure(await importSpreadsheet('cu.xls', file, II_06A));
    expect(error).toMatch(/^Tệp \.xls \(Excel 97–2003\) không đọc được trực tiếp/);
    expect(error).toContain('Lưu lại tệp dưới dạng .xlsx (Excel 2007 trở lên) rồi nhập lại');
  });

  it('says the same of a file named .xls with the compound-file header and a directory it cannot read', async () => {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = failure(await importSpreadsheet('bao-cao.XLS', bytes.buffer, II_06A));
    expect(error).toContain('Lưu lại tệp dưới dạng .xlsx (Excel 2007 trở lên) rồi nhập lại');
    // Named otherwise, the same bytes are some other old Office file or a damaged one.
    const other = failure(await importSpreadsheet('bao-cao.doc', bytes.buffer, II_06A));
    expect(other).toMatch(/^Tệp không phải bảng tính Excel/);
  });
});

describe('formulas saved without their result', () => {
  /** Row 2: Đất đai with (4) (5) (6) as numbers and (3) as the given formula, no <v>. */
  function withFormula(formula: string): ArrayBuffer {
    const row = `<row r="2"><c r="A2"><v>1</v></c>${stringCell('B2', 6)}<c r="C2"><f>${formula}</f></c><c r="D2"><v>4</v></c><c r="E2"><v>5</v></c><c r="F2"><v>6</v></c></row>`;
    const total =
      '<row r="3"><c r="B3" t="inlineStr"><is><t>Tổng số</t></is></c><c r="C3"><f>SUM(C2:C2)</f></c></row>';
    return xlsxPackage([{ xml: worksheet(HEADER_ROW + row + total, 'A1:F3') }], { strings: STRINGS });
  }

  it('computes a SUM (and the total summing it) instead of reading the cells as empty, and says so', async () => {
    const result = await importSpreadsheet('script.xlsx', withFormula('SUM(D2:F2)'), II_06A);
    if (!result.ok) throw new Error(result.error);
    expect(result.rows.map((r) => [r.label, r.values['3']])).toEqual([
      ['Đất đai', '15'],
      ['Tổng số', '15'],
    ]);
    expect(result.problems[0].message).toMatch(
      /^2 ô công thức cộng \(SUM\).*\(C2, C3\) đã được tiện ích tự tính/,
    );
  });

  it('refuses a formula it cannot compute and asks for the file to be saved in Excel first', async () => {
    const error = failure(await importSpreadsheet('script.xlsx', withFormula('AVERAGE(D2:F2)*3'), II_06A));
    expect(error).toMatch(
      /^Trang tính “Sheet1” có 2 ô công thức chưa có kết quả lưu trong tệp \(C2, C3; ví dụ C2: =AVERAGE\(D2:F2\)\*3\)/,
    );
    expect(error).toMatch(/hãy mở tệp bằng Excel, bấm Lưu \(Ctrl\+S\)/);
  });
});

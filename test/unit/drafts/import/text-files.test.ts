import { describe, expect, it } from 'vitest';
import { importSpreadsheet } from '@/lib/drafts/import/import-file';
import { formByCode } from '@/lib/forms/catalogue';
import { CORPUS, WESTERN_NOTE } from './corpus';
import { utf16le, windows1252, windows1258 } from './crafted';
import { csv } from './sheets';

// Text files as Excel and other programs save them: encodings, and quotes that do not close.

const II_06A = formByCode('II.06a/VPCP/KSTT')!;
const HEADER = 'STT;Lĩnh vực;Tổng số;Trực tuyến;Trực tiếp, dịch vụ bưu chính;Từ kỳ trước';

async function imported(name: string, data: ArrayBuffer) {
  const result = await importSpreadsheet(name, data, II_06A);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('encodings', () => {
  it('reads Excel’s “Unicode Text” (UTF-16 LE with a byte-order mark, tab separated)', async () => {
    const text = [HEADER.replaceAll(';', '\t'), '1\tĐất đai\t12\t2\t10\t0', '2\tHộ tịch\t5\t5\t0\t0'].join(
      '\r\n',
    );
    const result = await imported('bao-cao.txt', utf16le(text));
    expect(result.rows.map((r) => [r.label, r.values['3']])).toEqual([
      ['Đất đai', '12'],
      ['Hộ tịch', '5'],
    ]);
    expect(result.encoding).toBe('UTF-16 LE (Unicode Text)');
  });

  it('keeps a UTF-8 file UTF-8 despite one bad byte, and says on which line it was replaced', async () => {
    const good = new Uint8Array(
      csv([HEADER, '1;Đất đai;12;2;10;0', '2;Hộ tịch;5;5;0;0', '3;Tư pháp;1;1;0;0'].join('\n')),
    );
    // A stray Windows-1252 "é" (0xE9) in the last row's name: "Tư pháp" → "Tư ph\xe9p".
    const at = good.lastIndexOf(0xc3); // "á" is C3 A1
    const bytes = new Uint8Array([...good.subarray(0, at), 0xe9, ...good.subarray(at + 2)]);
    const result = await imported('bc.csv', bytes.buffer);
    expect(result.encoding).toBe('UTF-8');
    expect(result.rows.map((r) => r.label)).toEqual(['Đất đai', 'Hộ tịch', 'Tư ph\ufffdp']);
    expect(result.problems[0].message).toBe(
      'Tệp có 1 chỗ không đúng mã UTF-8 (dòng 4): đã thay bằng ký tự “\ufffd”; hãy kiểm tra các ô đó.',
    );
  });

  it('reads a Windows-1258 file as such and names the encoding', async () => {
    const result = await imported(
      'bc.csv',
      windows1258([HEADER, '1;Đất đai;12;2;10;0', '2;Hộ tịch;5;5;0;0'].join('\r\n')),
    );
    expect(result.encoding).toBe('Windows-1258');
    expect(result.rows.map((r) => r.label)).toEqual(['Đất đai', 'Hộ tịch']);
    expect(result.problems.map((p) => p.message).join('\n')).not.toMatch(/UTF-8/);
  });

  it('reads a Windows-1252 file as such: its “ò” and “ã” are not Windows-1258 tone marks', async () => {
    const file = CORPUS.find((f) => f.name === 'windows-1252.csv')!;
    const result = await imported(file.name, await file.bytes());
    expect(result.encoding).toBe('Windows-1252');
    expect(result.leftOut.labels).toContain(WESTERN_NOTE);
  });

  it('refuses a CSV whose Vietnamese letters became “?” when saved, saying how to save it', async () => {
    const text = [HEADER, '1;Đất đai;12;2;10;0', '2;Hộ tịch;5;5;0;0'].join('\r\n');
    const result = await importSpreadsheet('bc.csv', windows1252(text), II_06A);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(
      /^Tệp CSV đã mất dấu tiếng Việt: nhiều chữ bị thay bằng “\?” \(ví dụ “L\?nh”, “v\?c”\)/,
    );
    expect(result.error).toContain('hãy lưu lại tệp dạng .xlsx hoặc “CSV UTF-8” rồi nhập lại');
  });

  it('keeps reading a file whose note asks a question', async () => {
    const text = [HEADER, '1;Đất đai;12;2;10;0', 'Ghi chú: có sai sót? Liên hệ ?Văn phòng'].join('\n');
    expect((await imported('bc.csv', csv(text))).rows).toHaveLength(1);
  });
});

describe('quotes', () => {
  it('refuses a quote that never closes, naming its line, instead of swallowing every later row', async () => {
    const text = [
      HEADER,
      '1;Đất đai;12;2;10;0',
      '2;"Hộ tịch;5;5;0;0',
      '3;Tư pháp;1;1;0;0',
      '4;Y tế;2;2;0;0',
    ].join('\n');
    const result = await importSpreadsheet('bc.csv', csv(text), II_06A);
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /^Dòng 3 của tệp CSV có dấu ngoặc kép \("\) mở một ô nhưng không có dấu đóng/,
      ),
    });
  });

  it('refuses a quote that closes lines later in the middle of a cell, naming both lines', async () => {
    const text = [HEADER, '1;"Đất đai;12;2;10;0', '2;Hộ tịch;5;5;0;0', '3;"Tư pháp";1;1;0;0'].join('\n');
    const result = await importSpreadsheet('bc.csv', csv(text), II_06A);
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /^Dòng 2 của tệp CSV có dấu ngoặc kép .* đến giữa dòng 4 mới đóng: các dòng 2–4/,
      ),
    });
  });

  it('still reads quoted cells that hold line breaks, delimiters and doubled quotes', async () => {
    const text = [
      HEADER,
      '1;"Thi đua, khen thưởng";12;2;10;0',
      '2;"Hộ tịch\n(kể cả ""lưu động"")";5;5;0;0',
      '3;Y tế;1;1;0;0',
    ].join('\n');
    const result = await imported('bc.csv', csv(text));
    expect(result.rows.map((r) => r.label)).toEqual([
      'Thi đua, khen thưởng',
      'Hộ tịch (kể cả "lưu động")',
      'Y tế',
    ]);
  });
});

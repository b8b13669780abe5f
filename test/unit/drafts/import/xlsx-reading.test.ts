import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '@/lib/drafts/import/read-file';
import { worksheet, xlsxPackage, zip } from './crafted';

// The .xlsx reader replaced a library: what that library read right, it must still read right.

async function cells(file: ArrayBuffer) {
  const read = await readSpreadsheet('x.xlsx', file);
  if (!read.ok) throw new Error(read.error);
  return read.sheets[0].rows;
}

describe('reading .xlsx cells', () => {
  it('reads shared strings (rich text runs joined, phonetic runs left out), inline strings, numbers, booleans and errors', async () => {
    const strings = xlsxPackage(
      [
        {
          xml: worksheet(
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t> Hộ tịch </t></is></c><c r="C1"><v>1234.5</v></c><c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#DIV/0!</v></c><c r="F1" t="str"><f>A1</f><v>Đất đai</v></c><c r="G1" t="s"><v>1</v></c></row>',
          ),
        },
      ],
      {
        strings: [
          'Đất đai',
          {
            xml: '<r><rPr><b/></rPr><t>Thi đua, </t></r><r><t>khen thưởng</t></r><rPh><t>ふりがな</t></rPh>',
          },
        ],
      },
    );
    expect(await cells(strings)).toEqual([
      ['Đất đai', 'Hộ tịch', 1234.5, 'TRUE', '#DIV/0!', 'Đất đai', 'Thi đua, khen thưởng'],
    ]);
  });

  it('reads a date-formatted number as dd/mm/yyyy, not as its day count', async () => {
    const file = xlsxPackage(
      [
        {
          xml: worksheet(
            '<row r="1"><c r="A1" s="1"><v>45730</v></c><c r="B1" s="2"><v>45730</v></c><c r="C1"><v>45730</v></c></row>',
          ),
        },
      ],
      {
        dateStyle: true,
      },
    );
    expect(await cells(file)).toEqual([['14/03/2025', '14/03/2025', 45730]]);
  });

  it('places cells without a reference after the one before, and keeps gaps as empty cells', async () => {
    const file = xlsxPackage([
      { xml: worksheet('<row><c><v>1</v></c><c><v>2</v></c></row><row r="3"><c r="C3"><v>3</v></c></row>') },
    ]);
    expect(await cells(file)).toEqual([[1, 2], [], [null, null, 3]]);
  });

  it('reads parts written with a namespace prefix, entities and Excel’s _xHHHH_ escapes', async () => {
    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const file = zip([
      {
        name: '_rels/.rels',
        data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="${rel}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
      },
      {
        name: 'xl/workbook.xml',
        data: `<x:workbook xmlns:x="${ns}" xmlns:r="${rel}"><x:sheets><x:sheet name="Biểu &amp; số" sheetId="1" r:id="s1"/></x:sheets></x:workbook>`,
      },
      {
        name: 'xl/_rels/workbook.xml.rels',
        data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="${rel}/worksheet" Target="/xl/worksheets/a.xml"/></Relationships>`,
      },
      {
        name: 'xl/worksheets/a.xml',
        data: `<?xml version="1.0"?><x:worksheet xmlns:x="${ns}"><!-- a comment --><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Thi đua &amp; khen_x0020_thưởng &#x1EA1;</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
      },
    ]);
    const read = await readSpreadsheet('x.xlsx', file);
    if (!read.ok) throw new Error(read.error);
    expect(read.sheets.map((s) => [s.name, s.rows])).toEqual([['Biểu & số', [['Thi đua & khen thưởng ạ']]]]);
  });
});

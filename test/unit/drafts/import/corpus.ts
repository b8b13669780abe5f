import { utf16le, windows1252, windows1258 } from './crafted';
import { csv, type FixtureCell, xlsx, xlsxSheets } from './sheets';

// Export files in the shapes of the one-stop systems' statistics (issue 15), each with the II.06a
// values it must give, row by row. The figures are the same three fields throughout; each exporter
// splits, merges, renames and numbers the columns its own way.

/** The II.06a values of the three fields (columns 3…13) and their total row. */
export const FIELDS: Record<string, Record<string, string>> = {
  'Đất đai': v(160, 120, 30, 10, 125, 40, 80, 5, 35, 30, 5),
  'Hộ tịch': v(1300, 1234, 66, 0, 1200, 300, 900, 0, 100, 100, 0),
  'Xây dựng': v(12, 5, 5, 2, 9, 2, 6, 1, 3, 2, 1),
};
export const TOTAL = v(1472, 1359, 101, 12, 1334, 342, 986, 6, 138, 132, 6);

function v(...n: number[]): Record<string, string> {
  const fmt = (x: number) => x.toLocaleString('de-DE');
  return Object.fromEntries(n.map((x, i) => [String(i + 3), fmt(x)]));
}

/** The exporters' split figures of one field: channels, resolved parts, pending parts. */
interface Split {
  online: [number, number]; // toàn trình, một phần
  counter: [number, number]; // trực tiếp, BCCI
  carried: number;
  early: number;
  onTime: number;
  late: number;
  inTime: number;
  overdue: number;
  withdrawn: number;
  stopped: number;
}

const SPLITS: Record<string, Split> = {
  'Đất đai': {
    online: [70, 50],
    counter: [25, 5],
    carried: 10,
    early: 40,
    onTime: 80,
    late: 5,
    inTime: 30,
    overdue: 5,
    withdrawn: 3,
    stopped: 1,
  },
  'Hộ tịch': {
    online: [1000, 234],
    counter: [60, 6],
    carried: 0,
    early: 300,
    onTime: 900,
    late: 0,
    inTime: 100,
    overdue: 0,
    withdrawn: 0,
    stopped: 2,
  },
  'Xây dựng': {
    online: [3, 2],
    counter: [4, 1],
    carried: 2,
    early: 2,
    onTime: 6,
    late: 1,
    inTime: 2,
    overdue: 1,
    withdrawn: 1,
    stopped: 0,
  },
};
const NAMES = Object.keys(SPLITS);

const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);
const received = (s: Split) => sum([...s.online, ...s.counter, s.carried]);
const resolved = (s: Split) => s.early + s.onTime + s.late;
const pending = (s: Split) => s.inTime + s.overdue;
const totalOf = (f: (s: Split) => number) => sum(NAMES.map((n) => f(SPLITS[n])));

const span = (value: string, columnSpan?: number, rowSpan?: number): FixtureCell => ({
  value,
  ...(columnSpan ? { columnSpan } : {}),
  ...(rowSpan ? { rowSpan } : {}),
});

const TITLE: FixtureCell[][] = [
  ['UBND TỈNH QUẢNG NGÃI'],
  ['THỐNG KÊ TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH'],
  ['Đơn vị: Sở Tài nguyên và Môi trường'],
  ['Kỳ báo cáo: từ ngày 15/12/2026 đến ngày 14/03/2027'],
  [],
];
const SIGNATURE: FixtureCell[][] = [
  [],
  [null, 'NGƯỜI LẬP BIỂU', null, null, null, null, null, null, null, 'THỦ TRƯỞNG ĐƠN VỊ'],
  [null, '(Ký, ghi rõ họ tên)', null, null, null, null, null, null, null, '(Ký tên, đóng dấu)'],
  [null, 'Nguyễn Văn An', 905123456],
];

export interface CorpusFile {
  name: string;
  /** What shape of exporter it imitates, and what it exercises. */
  shape: string;
  bytes: () => Promise<ArrayBuffer>;
  /** The II.06a values by row label, in order. */
  expected: [string, Record<string, string>][];
  /** Choices the user makes in the preview before saving (file column → form column or null). */
  choose?: Record<number, number | null>;
  /** The sheet to choose, when not the first that maps. */
  sheet?: string;
}

const all = (extra: [string, Record<string, string>][] = []): [string, Record<string, string>][] => [
  ...NAMES.map((n): [string, Record<string, string>] => [n, FIELDS[n]]),
  ...extra,
];

/** Only some of the form's columns: `keep` lists them. */
const only = (values: Record<string, string>, keep: number[]) =>
  Object.fromEntries(Object.entries(values).filter(([k]) => keep.includes(Number(k))));

/** 1. National one-stop export: three merged header rows, channels split four ways, its own (1)…(18). */
const nationalRows = (): FixtureCell[][] => [
  ...TITLE,
  [
    span('STT', 0, 3),
    span('Lĩnh vực', 0, 3),
    span('Tiếp nhận', 6),
    null,
    null,
    null,
    null,
    null,
    span('Đã giải quyết', 4),
    null,
    null,
    null,
    span('Đang giải quyết', 3),
    null,
    null,
    span('Rút hồ sơ', 0, 3),
    span('Dừng xử lý', 0, 3),
    span('Không được tiếp nhận', 0, 3),
  ],
  [
    null,
    null,
    span('Tổng số', 0, 2),
    span('Trong kỳ', 4),
    null,
    null,
    null,
    span('Tồn kỳ trước', 0, 2),
    span('Tổng số', 0, 2),
    span('Trước hạn', 0, 2),
    span('Đúng hạn', 0, 2),
    span('Quá hạn', 0, 2),
    span('Tổng số', 0, 2),
    span('Trong hạn', 0, 2),
    span('Quá hạn', 0, 2),
  ],
  [
    null,
    null,
    null,
    'Trực tuyến toàn trình',
    'Trực tuyến một phần',
    'Trực tiếp',
    'Bưu chính công ích (BCCI)',
  ],
  Array.from({ length: 18 }, (_, i) => `(${i + 1})`),
  ...NAMES.map((n, i) => {
    const s = SPLITS[n];
    return [
      i + 1,
      n,
      received(s),
      ...s.online,
      ...s.counter,
      s.carried,
      resolved(s),
      s.early,
      s.onTime,
      s.late,
      pending(s),
      s.inTime,
      s.overdue,
      s.withdrawn,
      s.stopped,
      0,
    ];
  }),
  [
    null,
    'Tổng cộng',
    totalOf(received),
    totalOf((s) => s.online[0]),
    totalOf((s) => s.online[1]),
    totalOf((s) => s.counter[0]),
    totalOf((s) => s.counter[1]),
    totalOf((s) => s.carried),
    totalOf(resolved),
    totalOf((s) => s.early),
    totalOf((s) => s.onTime),
    totalOf((s) => s.late),
    totalOf(pending),
    totalOf((s) => s.inTime),
    totalOf((s) => s.overdue),
    4,
    3,
    0,
  ],
  ...SIGNATURE,
];

/** 2. Provincial "một cửa": no totals (derived), Kỳ trước chuyển qua first, Sớm/Trễ, numbers as text, two sheets. */
const provincialRows = (): FixtureCell[][] => [
  ...TITLE,
  [
    span('TT', 0, 2),
    span('Tên lĩnh vực', 0, 2),
    span('Kỳ trước chuyển qua', 0, 2),
    span('Mới tiếp nhận', 3),
    null,
    null,
    span('Đã xử lý', 3),
    null,
    null,
    span('Đang xử lý', 2),
    null,
    span('Thanh toán trực tuyến', 0, 2),
    span('Phi địa giới', 0, 2),
  ],
  [null, null, null, 'Trực tuyến', 'Trực tiếp', 'BCCI', 'Sớm', 'Đúng hạn', 'Trễ', 'Chưa đến hạn', 'Quá hạn'],
  ...NAMES.map((n, i) => {
    const s = SPLITS[n];
    // The exporter writes some figures as text in Vietnamese notation beside real numbers.
    const online = sum(s.online);
    return [
      i + 1,
      n,
      s.carried,
      online >= 1000 ? online.toLocaleString('de-DE') : online,
      s.counter[0],
      s.counter[1],
      s.early,
      String(s.onTime),
      s.late,
      s.inTime,
      s.overdue,
      7,
      1,
    ];
  }),
  ...SIGNATURE,
];

/** 3. CSV (BOM, ";"): one merged "Đúng và trước hạn" column the user must place. */
const mergedCsv = (): string =>
  [
    'BÁO CÁO TÌNH HÌNH GIẢI QUYẾT TTHC;;;;;;;;;;',
    'Kỳ báo cáo: Quý I/2027;;;;;;;;;;',
    ';;;;;;;;;;',
    'STT;Lĩnh vực;Tiếp nhận;;;;Đã giải quyết;;;Đang giải quyết;;',
    ';;Tổng số;Trực tuyến;Trực tiếp/ qua dịch vụ bưu chính;Từ kỳ trước;Tổng số;Đúng và trước hạn;Quá hạn;Tổng số;Chưa đến hạn;Quá hạn',
    ...NAMES.map((n, i) => {
      const s = SPLITS[n];
      return [
        i + 1,
        n,
        received(s),
        sum(s.online),
        sum(s.counter),
        s.carried,
        resolved(s),
        s.early + s.onTime,
        s.late,
        pending(s),
        s.inTime,
        s.overdue,
      ]
        .map((x) => (typeof x === 'number' ? x.toLocaleString('de-DE') : x))
        .join(';');
    }),
    ';NGƯỜI LẬP BIỂU;;;;;;THỦ TRƯỞNG ĐƠN VỊ;;;;',
  ].join('\r\n');

/** 4. UTF-16 "Unicode Text", tab separated, one flat header row naming no groups. */
const flatText = (): string =>
  [
    [
      'Lĩnh vực',
      'Tồn kỳ trước',
      'Trực tuyến toàn trình',
      'Trực tuyến một phần',
      'Trực tiếp',
      'BCCI',
      'Đã giải quyết',
      'Trước hạn',
      'Đúng hạn',
      'Quá hạn',
      'Đang giải quyết',
      'Trong hạn',
      'Quá hạn',
    ].join('\t'),
    ...NAMES.map((n) => {
      const s = SPLITS[n];
      return [
        n,
        s.carried,
        ...s.online,
        ...s.counter,
        resolved(s),
        s.early,
        s.onTime,
        s.late,
        pending(s),
        s.inTime,
        s.overdue,
      ].join('\t');
    }),
  ].join('\r\n');

/** 5. Windows-1258 CSV with ",": "Mới tiếp nhận" as one figure, so (3) = new + carried and (4), (5) stay empty. */
const newTotalCsv = (): string =>
  [
    'Lĩnh vực,Mới tiếp nhận,Tồn kỳ trước,Đã giải quyết,,,,Đang giải quyết,,',
    ',,,Tổng số,Trước hạn,Đúng hạn,Quá hạn,Tổng số,Trong hạn,Quá hạn',
    ...NAMES.map((n) => {
      const s = SPLITS[n];
      return [
        n,
        sum([...s.online, ...s.counter]),
        s.carried,
        resolved(s),
        s.early,
        s.onTime,
        s.late,
        pending(s),
        s.inTime,
        s.overdue,
      ].join(',');
    }),
    'Ghi chú: số liệu trích từ Hệ thống thông tin giải quyết TTHC tỉnh,,,,,,,,,',
  ].join('\r\n');

/** 6. The form's own layout, numbering (1)…(13) that agrees with the words, level headings and subtotals. */
const formShapeRows = (): FixtureCell[][] => [
  ['Biểu số II.06a/VPCP/KSTT'],
  [
    span('STT', 0, 2),
    span('Lĩnh vực, công việc giải quyết theo cấp', 0, 2),
    span('Số hồ sơ nhận giải quyết', 4),
    null,
    null,
    null,
    span('Số hồ sơ đã giải quyết', 4),
    null,
    null,
    null,
    span('Số lượng hồ sơ đang giải quyết', 3),
    null,
    null,
  ],
  [
    null,
    null,
    'Tổng số',
    'Trực tuyến',
    'Trực tiếp, dịch vụ bưu chính',
    'Từ kỳ trước',
    'Tổng số',
    'Trước hạn',
    'Đúng hạn',
    'Quá hạn',
    'Tổng số',
    'Trong hạn',
    'Quá hạn',
  ],
  Array.from({ length: 13 }, (_, i) => `(${i + 1})`),
  ['I', 'Cấp tỉnh'],
  ...NAMES.map((n, i) => {
    const s = SPLITS[n];
    return [
      i + 1,
      n,
      received(s),
      sum(s.online),
      sum(s.counter),
      s.carried,
      resolved(s),
      s.early,
      s.onTime,
      s.late,
      pending(s),
      s.inTime,
      s.overdue,
    ];
  }),
  [
    '',
    'Tổng cộng',
    totalOf(received),
    totalOf((s) => sum(s.online)),
    totalOf((s) => sum(s.counter)),
    totalOf((s) => s.carried),
    totalOf(resolved),
    totalOf((s) => s.early),
    totalOf((s) => s.onTime),
    totalOf((s) => s.late),
    totalOf(pending),
    totalOf((s) => s.inTime),
    totalOf((s) => s.overdue),
  ],
  [],
  ['', 'Ghi chú: Số liệu tính đến ngày 14/03/2027'],
];

/** 7. Header typed without diacritics (an old exporter), two rows. */
const bareRows = (): FixtureCell[][] => [
  ['THONG KE HO SO'],
  [
    span('STT', 0, 2),
    span('Linh vuc', 0, 2),
    span('Tiep nhan', 4),
    null,
    null,
    null,
    span('Da giai quyet', 4),
    null,
    null,
    null,
    span('Dang giai quyet', 3),
    null,
    null,
  ],
  [
    null,
    null,
    'Tong so',
    'Truc tuyen',
    'Truc tiep',
    'Tu ky truoc',
    'Tong so',
    'Truoc han',
    'Dung han',
    'Qua han',
    'Tong so',
    'Trong han',
    'Qua han',
  ],
  ...NAMES.map((n, i) => {
    const s = SPLITS[n];
    return [
      i + 1,
      n,
      received(s),
      sum(s.online),
      sum(s.counter),
      s.carried,
      resolved(s),
      s.early,
      s.onTime,
      s.late,
      pending(s),
      s.inTime,
      s.overdue,
    ];
  }),
];

/** 9. Windows-1252 CSV with ",": an exporter on a Western Windows, header and fields without diacritics,
 * its title and note lines in the few Vietnamese letters Windows-1252 has ("xã Hòa Phong"). */
export const WESTERN_NOTE = 'So lieu cua UBND xã Hòa Phong';
const westernCsv = (): string =>
  [
    'THONG KE HO SO TTHC - xã Hòa Phong',
    'STT,Linh vuc,Tiep nhan,,,,Da giai quyet,,,,Dang giai quyet,,',
    ',,Tong so,Truc tuyen,Truc tiep,Tu ky truoc,Tong so,Truoc han,Dung han,Qua han,Tong so,Trong han,Qua han',
    ...NAMES.map((n, i) => {
      const s = SPLITS[n];
      return [
        i + 1,
        WESTERN_NAMES[n],
        received(s),
        sum(s.online),
        sum(s.counter),
        s.carried,
        resolved(s),
        s.early,
        s.onTime,
        s.late,
        pending(s),
        s.inTime,
        s.overdue,
      ].join(',');
    }),
    `,${WESTERN_NOTE},,,,,,,,,,,`,
  ].join('\r\n');
const WESTERN_NAMES: Record<string, string> = {
  'Đất đai': 'Dat dai',
  'Hộ tịch': 'Ho tich',
  'Xây dựng': 'Xay dung',
};

/** 8. A workbook whose first sheet is a cover page and whose second holds last quarter: the user picks the third. */
const sheetsWorkbook = async () =>
  xlsxSheets([
    { name: 'Hướng dẫn', rows: [['Tệp xuất từ phần mềm một cửa'], ['Xem trang "Quý I"']] },
    {
      name: 'Quý IV',
      rows: [
        [null, 'Lĩnh vực', 'Tổng số'],
        [1, 'Đất đai', 999],
      ],
    },
    { name: 'Quý I', rows: nationalRows() },
  ]);

export const CORPUS: CorpusFile[] = [
  {
    name: 'dvc-quoc-gia.xlsx',
    shape:
      'three merged header rows, four channels, own numbering (1)…(18), columns with no counterpart, signature',
    bytes: () => xlsx(nationalRows()),
    expected: all([['Tổng cộng', TOTAL]]),
  },
  {
    name: 'mot-cua-tinh.xlsx',
    shape: 'no totals (derived), Kỳ trước chuyển qua, Sớm/Trễ, Chưa đến hạn, numbers as text',
    bytes: () => xlsx(provincialRows()),
    expected: all(),
  },
  {
    name: 'gop-dung-truoc-han.csv',
    shape: 'CSV with BOM and ";", merged "Đúng và trước hạn" placed by the user in (9)',
    bytes: async () => csv(mergedCsv(), true),
    expected: NAMES.map((n) => [
      n,
      {
        ...only(FIELDS[n], [3, 4, 5, 6, 7, 10, 11, 12, 13]),
        '9': (SPLITS[n].early + SPLITS[n].onTime).toLocaleString('de-DE'),
      },
    ]),
    choose: { 7: 9 },
  },
  {
    name: 'unicode-text.txt',
    shape: 'UTF-16 LE, tab separated, one flat header row, no group names',
    bytes: async () => utf16le(flatText()),
    expected: all(),
  },
  {
    name: 'windows-1258.csv',
    shape:
      'Windows-1258, ",", new dossiers as one figure: (3) = new + carried, (4) and (5) not in the file, a note line',
    bytes: async () => windows1258(newTotalCsv()),
    expected: NAMES.map((n) => [n, only(FIELDS[n], [3, 6, 7, 8, 9, 10, 11, 12, 13])]),
  },
  {
    name: 'mau-bieu.xlsx',
    shape:
      "the form's own layout, numbering (1)…(13) agreeing with the words, a level heading, total row, note",
    bytes: () => xlsx(formShapeRows()),
    expected: [['Cấp tỉnh', {}], ...all([['Tổng cộng', TOTAL]])],
  },
  {
    name: 'khong-dau.xlsx',
    shape: 'header without diacritics (near words)',
    bytes: () => xlsx(bareRows()),
    expected: all(),
  },
  {
    name: 'nhieu-trang.xlsx',
    shape: 'several sheets: the user chooses "Quý I"',
    bytes: sheetsWorkbook,
    expected: all([['Tổng cộng', TOTAL]]),
    sheet: 'Quý I',
  },
  {
    name: 'windows-1252.csv',
    shape:
      'Windows-1252 (Western) CSV with ",", no diacritics but “xã Hòa Phong” in the title and unit lines',
    bytes: async () => windows1252(westernCsv()),
    expected: NAMES.map((n) => [WESTERN_NAMES[n], FIELDS[n]]),
  },
];

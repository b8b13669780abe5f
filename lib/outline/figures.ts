import { parseNumber } from '../numbers';
import { clean } from '../text';

// Figures an II.01-ĐC outline (đề cương) writes in its prose, in Vietnamese notation: dossiers
// received, of which online, resolved, in progress; and the satisfaction ratings. Each figure is the
// first number after its phrase, within the same clause (no ";" and no other figure's phrase between),
// not a percentage and not part of a date.

export interface Figure {
  value: number;
  /** The percentage written right after it ("800 (80%)"), when any. */
  percent?: number;
  /** Where the number stands in the NFC text, for messages. */
  at: number;
}

export interface OutlineFigures {
  received?: Figure;
  online?: Figure;
  resolved?: Figure;
  inProgress?: Figure;
  ratingsTotal?: Figure;
  veryGood?: Figure;
  good?: Figure;
  notGood?: Figure;
}

interface Spec {
  key: keyof OutlineFigures;
  phrase: RegExp;
  /** Words that, between the phrase and the number, mean the number belongs to something else. */
  stop: RegExp;
}

const BREAKDOWN =
  /trực tuyến|trực tiếp|bưu chính|kỳ trước|trước hạn|đúng hạn|quá hạn|trong hạn|đang giải quyết|đã giải quyết/;

const SPECS: Spec[] = [
  { key: 'received', phrase: /(?:tiếp nhận|nhận giải quyết|hồ sơ nhận)/g, stop: BREAKDOWN },
  { key: 'online', phrase: /trực tuyến/g, stop: /trực tiếp|bưu chính|đã giải quyết|đang giải quyết/ },
  { key: 'resolved', phrase: /(?:đã giải quyết|giải quyết xong)/g, stop: BREAKDOWN },
  { key: 'inProgress', phrase: /đang (?:giải quyết|xử lý)/g, stop: /trong hạn|quá hạn|đã giải quyết/ },
  { key: 'ratingsTotal', phrase: /(?:lượt|phiếu|số) đánh giá/g, stop: /hài lòng/ },
  { key: 'veryGood', phrase: /rất hài lòng/g, stop: /hài lòng|bình thường/ },
  { key: 'good', phrase: /(?<!rất |chưa |không )hài lòng(?: \(hoặc bình thường\))?/g, stop: /hài lòng|tệ/ },
  {
    key: 'notGood',
    phrase: /(?:chưa|không) hài lòng(?: \(hoặc không hài lòng\/rất tệ\))?/g,
    stop: /rất hài lòng|(?<!không )hài lòng \(/,
  },
];

const NUMBER = /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g;
const DATE =
  /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|ngày \d{1,2} tháng \d{1,2} năm \d{4}|(?:năm|quý [ivx]+\/?) ?\d{4}/g;
const REACH = 80;

let last: { text: string; figures: OutlineFigures } | undefined;

export function readOutlineFigures(text: string): OutlineFigures {
  // Re-checks after each edit ask again for the same text.
  if (last?.text === text) return last.figures;
  // Lower case keeps lengths for Vietnamese; dates become blanks so their digits are not figures.
  const body = clean(text)
    .toLocaleLowerCase('vi')
    .replace(DATE, (m) => ' '.repeat(m.length));
  const figures: OutlineFigures = {};
  for (const spec of SPECS) {
    for (const match of body.matchAll(spec.phrase)) {
      const figure = figureAfter(body, match.index + match[0].length, spec.stop);
      if (figure) {
        figures[spec.key] = figure;
        break;
      }
    }
  }
  last = { text, figures };
  return figures;
}

function figureAfter(body: string, from: number, stop: RegExp): Figure | null {
  const window = body.slice(from, from + REACH);
  NUMBER.lastIndex = 0;
  const found = NUMBER.exec(window);
  if (!found) return null;
  const gap = window.slice(0, found.index);
  if (/[;\d]|\.\s/.test(gap) || stop.test(gap)) return null;
  const after = window.slice(found.index + found[0].length);
  if (/^\s*%/.test(after)) return null;
  const parsed = parseNumber(found[0]);
  if (parsed.value === null) return null;
  const percent =
    /^\s*(?:lượt|phiếu|hồ sơ|ý kiến)?\s*(?:\(|-|–|,)?\s*(?:chiếm|đạt)?\s*(?:tỷ lệ\s*)?(\d+(?:,\d+)?)\s*%/.exec(
      after,
    );
  const figure: Figure = { value: parsed.value, at: from + found.index };
  if (percent) figure.percent = Number(percent[1].replace(',', '.'));
  return figure;
}

import { clean } from '../text';

// The lines of a form's header block that say which form and period it is: "Biểu số …", "Kỳ báo
// cáo: …", "(Từ ngày … đến ngày …)", the state, the unit of count, the circular it follows. The
// lines naming the reporting and receiving units keep their label only; no other line is kept.

const KEEP =
  /^[-–•]?\s*(?:biểu\s*(?:mẫu\s*)?số|mẫu\s*số|kỳ\s*báo\s*cáo|\(?\s*từ\s*ngày|trạng\s*thái|tình\s*trạng|đơn\s*vị\s*tính|\(?\s*ban\s*hành\s*(?:kèm\s*)?theo)/iu;
const UNIT = /^([-–•]?\s*đơn\s*vị\s*(?:nhận\s*)?báo\s*cáo)/iu;
const MAX_LINE = 160;
const MAX_LINES = 12;

/** `unit`: the unit's name as read from the page, left out wherever a kept line repeats it. */
export function formLines(text: string, unit = ''): string[] {
  const out: string[] = [];
  const name = clean(unit).toLocaleLowerCase('vi');
  for (const raw of text.split('\n')) {
    const line = clean(raw);
    const label = UNIT.exec(line);
    if (label) out.push(`${label[1]}: …`);
    else if (KEEP.test(line) && line.length <= MAX_LINE) {
      const lower = line.toLocaleLowerCase('vi');
      out.push(name && lower.includes(name) ? line.slice(0, lower.indexOf(name)).concat('…') : line);
    }
    if (out.length >= MAX_LINES) break;
  }
  return out;
}

import { findDates } from '../dates';
import type { PageInfo, Period } from '../page-info';
import { readFormCode } from './code';
import { READONLY_STATES, readWorkflow } from './workflow';

// What a form's header block says (domain.md §3): "Biểu số …", "- Đơn vị báo cáo: …",
// "Kỳ báo cáo: …", "(Từ ngày … đến ngày …)", the workflow state. Read from plain text with one line
// per block, so it is testable without a page; lib/forms/form-text.ts gathers that text from the DOM.

/** Labels that end a value when a rendering runs several header lines together. */
const NEXT_LABEL =
  /\s*[-–]?\s*(?:đơn\s*vị\s*nhận\s*báo\s*cáo|đơn\s*vị\s*báo\s*cáo|đơn\s*vị\s*tính|kỳ\s*báo\s*cáo|biểu\s*(?:mẫu\s*)?số|mẫu\s*số|trạng\s*thái|\(?\s*từ\s*ngày)[\s\S]*$/iu;
const UNIT = /đơn\s*vị\s*báo\s*cáo\s*[:：]?[^\S\n]*([^\n]*)(?:\n\s*([^\n]*))?/giu;
const PERIOD_LABEL = /kỳ\s*báo\s*cáo\s*[:：]?[^\S\n]*([^\n]*)(?:\n\s*([^\n]*))?/giu;
const LOOKS_LIKE_PERIOD = /quý|tháng|năm|\d{4}/iu;
const RANGE = /từ\s*ngày\s*[:：]?\s*([^\n]{0,60}?)\s*đến\s*(?:ngày\s*)?[:：]?\s*([^\n)]{0,60})/giu;
const LABEL_ONLY = /^[-–:：]?\s*(?:đơn\s*vị|kỳ\s*báo\s*cáo|trạng\s*thái)/iu;

/** Value after a label, cut where the next label starts, stray punctuation trimmed. */
function labelledValue(sameLine: string, nextLine: string | undefined): string {
  const own = trimValue(sameLine.replace(NEXT_LABEL, ''));
  if (own || nextLine === undefined || LABEL_ONLY.test(nextLine)) return own;
  return trimValue(nextLine.replace(NEXT_LABEL, ''));
}

function trimValue(value: string): string {
  return value.replace(/^[\s:：\-–]+|[\s;,.:：]+$/gu, '');
}

/** The last labelled value that passes `accept`: the nearest to the table below. */
function lastValue(text: string, label: RegExp, accept: (value: string) => boolean = Boolean): string {
  let found = '';
  for (const m of text.matchAll(label)) {
    const value = labelledValue(m[1], m[2]);
    if (value && accept(value)) found = value;
  }
  return found;
}

function readPeriodLabel(text: string): string {
  const label = lastValue(text, PERIOD_LABEL, (value) => LOOKS_LIKE_PERIOD.test(value));
  return label.replace(/\s*\(.*$/u, '');
}

interface DateSide {
  iso: string | null;
  raw: string;
}

/** The date written at the start of one side of "từ ngày … đến ngày …". */
function readSide(side: string): DateSide | null {
  const text = side.trim();
  if (!/\d/.test(text)) return null;
  const written = `ngày ${text}`;
  const [first] = findDates(written);
  if (first && first.start <= 'ngày '.length) {
    return { iso: first.iso, raw: first.raw.replace(/^ngày\s*/iu, '') };
  }
  return { iso: null, raw: text.split(/[\s,;(]+(?=\p{L})|[,;(]/u)[0].trim() };
}

function readPeriod(text: string): { period: Period | null; badDates: string[] } {
  let last: { period: Period | null; badDates: string[] } | null = null;
  for (const m of text.matchAll(RANGE)) {
    const from = readSide(m[1]);
    const to = readSide(m[2]);
    if (!from && !to) continue; // an empty date filter, not the report's period
    const badDates = [from, to].filter((d) => d && !d.iso).map((d) => d!.raw);
    const period = from?.iso && to?.iso ? { from: from.iso, to: to.iso } : null;
    last = { period, badDates };
  }
  return last ?? { period: null, badDates: [] };
}

/**
 * PageInfo from the text of a form's header block (nearest to the table last). `allInputsDisabled`:
 * every input of the table is disabled or read-only, which makes the report read-only whatever the
 * text says.
 */
export function readPageInfo(text: string, allInputsDisabled = false): PageInfo {
  const nfc = text.normalize('NFC').replace(/[^\S\n]+/g, ' ');
  const workflow = readWorkflow(nfc);
  const { period, badDates } = readPeriod(nfc);
  return {
    formCode: readFormCode(nfc),
    unit: lastValue(nfc, UNIT),
    periodLabel: readPeriodLabel(nfc),
    period,
    badDates,
    workflow,
    state: allInputsDisabled || READONLY_STATES.has(workflow) ? 'readonly' : 'editable',
  };
}

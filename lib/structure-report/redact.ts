import { visibleText } from '../forms/form-text';
import { clean } from '../text';

// The last guard before a report leaves the content script: the units' names the page shows and
// whatever the user typed in text fields are taken out of every string, wherever they turned up.

const UNIT_VALUE = /đơn\s*vị\s*(?:nhận\s*)?báo\s*cáo\s*[:：]?[^\S\n]*([^\n]{4,120})/giu;
const NEXT = /\s*(?:[-–]\s*)?(?:đơn\s*vị|kỳ\s*báo\s*cáo|\(?\s*từ\s*ngày|trạng\s*thái)[\s\S]*$/iu;
const TYPED =
  'textarea,input:not([type]),input[type=text],input[type=search],[contenteditable]:not([contenteditable=false])';
const MIN_TYPED = 8;

export interface Secrets {
  /** Names to take out wherever they appear (any case). */
  names: string[];
  /** Typed texts: a string that is part of one is left out whole. */
  typed: string[];
}

export function secretsOf(docs: Document[]): Secrets {
  const names = new Set<string>();
  const typed = new Set<string>();
  for (const doc of docs) {
    if (!doc.body) continue;
    for (const m of visibleText(doc.body).matchAll(UNIT_VALUE)) {
      const value = clean(m[1].replace(NEXT, '')).replace(/^[:：\-–\s]+|[\s;,.]+$/gu, '');
      if (value.length >= 4) names.add(value);
    }
    for (const el of Array.from(doc.querySelectorAll(TYPED))) {
      const text = clean('value' in el ? String((el as HTMLInputElement).value) : (el.textContent ?? ''));
      if (text.length >= MIN_TYPED && /\p{L}/u.test(text)) typed.add(text);
    }
  }
  return { names: [...names], typed: [...typed] };
}

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function redact<T>(value: T, secrets: Secrets): T {
  const patterns = secrets.names.map((name) => new RegExp(literal(name), 'giu'));
  const typed = secrets.typed.map((t) => t.toLocaleLowerCase('vi'));
  const visit = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const lower = v.toLocaleLowerCase('vi');
      if (v.length >= MIN_TYPED && typed.some((t) => t.includes(lower) || lower.includes(t))) return '…';
      return patterns.reduce((s, p) => s.replace(p, '…'), v);
    }
    if (Array.isArray(v)) return v.map(visit);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, visit(inner)]));
    }
    return v;
  };
  return visit(value) as T;
}

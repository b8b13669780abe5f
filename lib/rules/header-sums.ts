import type { HeaderNode } from '../table/model';
import { labelKey } from '../text';

// Sums read from a header tree: a "Tổng số" (Tổng cộng, Cộng) column equals the sum of its sibling
// columns when the nesting says so, i.e. a sibling (or the parent) is "Trong đó", "Chia ra" or
// "Bao gồm". Works on any table, known form or not. Positions are 0-based column positions.

const TOTAL = /^(tổng số|tổng cộng|cộng|tổng)$/;
const BREAKDOWN = /^(trong đó|chia ra|bao gồm|trong đó:|chia ra:|bao gồm:)/;

export interface HeaderSum {
  total: number;
  parts: number[];
}

function isLeaf(node: HeaderNode): boolean {
  return node.children.length === 0;
}

const isTotal = (node: HeaderNode) => isLeaf(node) && TOTAL.test(labelKey(node.label));
const isBreakdown = (node: HeaderNode) => BREAKDOWN.test(labelKey(node.label));

/** The columns a subtree adds up to: its own total column when it has one, else its parts. */
function partsOf(node: HeaderNode): number[] {
  if (isLeaf(node)) return [node.start];
  const own = node.children.find(isTotal);
  if (own) return [own.start];
  return node.children.flatMap(partsOf);
}

function visit(siblings: HeaderNode[], parent: HeaderNode | null, out: HeaderSum[]): void {
  const total = siblings.find(isTotal);
  if (total) {
    const others = siblings.filter((n) => n !== total);
    const marked = others.filter(isBreakdown);
    // At the top level the siblings are unrelated columns (STT, names): only the marked group counts.
    const counted = parent === null ? marked : marked.length > 0 || isBreakdown(parent) ? others : [];
    const parts = counted.flatMap(partsOf);
    if (parts.length > 0) out.push({ total: total.start, parts });
  }
  for (const node of siblings) if (!isLeaf(node)) visit(node.children, node, out);
}

export function headerSums(headers: HeaderNode[]): HeaderSum[] {
  const out: HeaderSum[] = [];
  visit(headers, null, out);
  return out;
}

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

// Finds the user-facing words written in code: any string, template or JSX text with a Vietnamese
// letter, and English prose in JSX text or in the attributes a user reads (title, placeholder,
// aria-label, alt). Arguments of console.* are for the maintainers and are not scanned.

export interface Literal {
  file: string;
  line: number;
  text: string;
}

/** A letter only Vietnamese (of the two languages) writes: đ and any vowel with a diacritic. */
const VIETNAMESE = /[đĐàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;
/** Two words of Latin letters: prose, not a code, a number or a lone symbol. */
const PROSE = /[A-Za-z]{2,}[^<>{}]*\s+[^<>{}]*[A-Za-z]{2,}|^\s*[A-Za-z]{3,}\s*$/;
const READ_ATTRIBUTES = new Set(['title', 'placeholder', 'aria-label', 'alt']);

function isConsoleArgument(node: ts.Node): boolean {
  for (let at = node.parent; at; at = at.parent) {
    if (ts.isCallExpression(at)) {
      const callee = at.expression;
      return (
        ts.isPropertyAccessExpression(callee) &&
        ts.isIdentifier(callee.expression) &&
        callee.expression.text === 'console'
      );
    }
    if (ts.isBlock(at) || ts.isSourceFile(at)) return false;
  }
  return false;
}

function readAttribute(node: ts.Node): boolean {
  let at = node.parent;
  if (at && ts.isJsxExpression(at)) at = at.parent;
  return !!at && ts.isJsxAttribute(at) && READ_ATTRIBUTES.has(at.name.getText());
}

export function literalsIn(file: string, source: string): Literal[] {
  const found: Literal[] = [];
  if (file.endsWith('.html')) {
    source.split('\n').forEach((text, i) => {
      if (VIETNAMESE.test(text)) found.push({ file, line: i + 1, text: text.trim() });
    });
    return found;
  }
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const add = (node: ts.Node, text: string) => {
    const { line } = tree.getLineAndCharacterOfPosition(node.getStart(tree));
    found.push({ file, line: line + 1, text: text.trim() });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (VIETNAMESE.test(node.text) || PROSE.test(node.text)) add(node, node.text);
    } else if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      const prose = readAttribute(node) && /[A-Za-z]{2,}/.test(node.text);
      if ((VIETNAMESE.test(node.text) || prose) && !isConsoleArgument(node)) add(node, node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

/** Every file under `dirs` (relative to `root`) with one of the extensions, as root-relative paths. */
export function filesUnder(root: string, dirs: string[], extensions: RegExp): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (extensions.test(entry.name)) out.push(relative(root, join(root, path)));
    }
  };
  for (const dir of dirs) walk(dir);
  return out.sort();
}

export function literalsInFile(root: string, file: string): Literal[] {
  return literalsIn(file, readFileSync(join(root, file), 'utf8'));
}

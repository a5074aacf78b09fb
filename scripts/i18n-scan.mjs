// Finds hard-coded user-facing strings in the UI code (they belong in lib/i18n/en.ts and go through t()).
// Used by scripts/check-i18n.mjs and tests/unit/i18n/no-hardcoded.test.ts.
//
// Parses every file with the TypeScript compiler and reports:
//   - JSX text with letters:                          <button>Save</button>
//   - string literals rendered as JSX children:       {busy ? 'Saving' : 'Save'}
//   - literals given to user-facing attributes:       aria-label="Close", title={`Open ${x}`}
//   - literals assigned to user-facing DOM props:     el.textContent = 'Saved', el.title = 'x'
//   - literals passed to setAttribute / createTextNode: el.setAttribute('aria-label', 'Close')
// Text without letters (symbols, emoji, punctuation, digits: `⋮⋮`, `×`, `▸`, `—`, `@`) is fine.
// Calls are not looked into, so t('key') and friends are never flagged.
// Escape hatch for a deliberate exception: an `i18n-ignore` comment on the same line or the line above.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Directories scanned (relative to the project root) and the file endings looked at. */
export const SCAN_DIRS = ['components', 'lib/features'];
const EXTENSIONS = ['.ts', '.tsx'];

/** JSX attributes whose value is shown to (or read out for) the user. */
export const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
]);
/** DOM properties whose assigned value is shown to the user. */
const TEXT_PROPERTIES = new Set([
  'textContent',
  'innerText',
  'title',
  'placeholder',
  'alt',
  'ariaLabel',
  'ariaDescription',
  'ariaPlaceholder',
  'ariaRoleDescription',
  'ariaValueText',
]);

const LETTER = /\p{L}/u;
const ENTITY = /&(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);/g;

/** True when the text would show words to the user (has a letter once HTML entities are dropped). */
export function hasLetters(text) {
  return LETTER.test(text.replace(ENTITY, ''));
}

const clean = (text) => {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > 100 ? `${s.slice(0, 97)}...` : s;
};

/**
 * The literal text pieces an expression can evaluate to, with their positions — without looking into
 * calls (t('key') is fine), comparisons or property accesses.
 * @param {ts.Expression} expr
 * @returns {{ text: string, node: ts.Node }[]}
 */
function literalPieces(expr) {
  const out = [];
  const visit = (e) => {
    if (!e) return;
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) {
      out.push({ text: e.text, node: e });
    } else if (ts.isTemplateExpression(e)) {
      out.push({ text: e.head.text, node: e.head });
      for (const span of e.templateSpans) {
        visit(span.expression);
        out.push({ text: span.literal.text, node: span.literal });
      }
    } else if (
      ts.isParenthesizedExpression(e) ||
      ts.isAsExpression(e) ||
      ts.isSatisfiesExpression(e) ||
      ts.isNonNullExpression(e) ||
      ts.isTypeAssertionExpression(e)
    ) {
      visit(e.expression);
    } else if (ts.isConditionalExpression(e)) {
      visit(e.whenTrue);
      visit(e.whenFalse);
    } else if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) visit(e.right);
      else if (
        op === ts.SyntaxKind.BarBarToken ||
        op === ts.SyntaxKind.QuestionQuestionToken ||
        op === ts.SyntaxKind.PlusToken
      ) {
        visit(e.left);
        visit(e.right);
      }
    } else if (ts.isJsxExpression(e)) {
      visit(e.expression);
    }
  };
  visit(expr);
  return out;
}

/** CSS put into a <style> element is not user-facing text. */
const looksLikeCss = (text) => /[{}]/.test(text) && /:[^:]*;/.test(text);

/**
 * Scans one file's source text.
 * @param {string} fileName shown in the results (and decides TSX vs TS parsing)
 * @param {string} source
 * @returns {{ file: string, line: number, text: string, kind: string }[]}
 */
export function scanSource(fileName, source) {
  const kind = fileName.endsWith('.tsx')
    ? ts.ScriptKind.TSX
    : fileName.endsWith('.jsx')
      ? ts.ScriptKind.JSX
      : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const lines = source.split(/\r?\n/);
  const offenders = [];
  const seen = new Set();

  const report = (pos, text, what) => {
    if (!hasLetters(text)) return;
    const line = sf.getLineAndCharacterOfPosition(pos).line + 1;
    if (/i18n-ignore/.test(lines[line - 1] ?? '') || /i18n-ignore/.test(lines[line - 2] ?? '')) return;
    const key = `${pos}`;
    if (seen.has(key)) return;
    seen.add(key);
    offenders.push({ file: fileName, line, text: clean(text), kind: what });
  };
  const reportPieces = (expr, what, skipCss = false) => {
    for (const p of literalPieces(expr)) {
      if (skipCss && looksLikeCss(p.text)) continue;
      report(p.node.getStart(sf), p.text, what);
    }
  };

  const propertyName = (target) => {
    if (ts.isPropertyAccessExpression(target)) return target.name.text;
    if (ts.isElementAccessExpression(target) && ts.isStringLiteralLike(target.argumentExpression))
      return target.argumentExpression.text;
    return undefined;
  };
  const objectName = (target) => {
    const obj = target.expression;
    return ts.isIdentifier(obj) ? obj.text : ts.isPropertyAccessExpression(obj) ? obj.name.text : '';
  };

  const walk = (node) => {
    if (ts.isJsxText(node)) {
      const full = node.getFullText(sf);
      const lead = full.search(/\S/);
      if (lead >= 0) report(node.getFullStart() + lead, full, 'jsx-text');
    } else if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      reportPieces(node.expression, 'jsx-expression');
    } else if (ts.isJsxAttribute(node)) {
      const name = ts.isIdentifier(node.name) ? node.name.text : node.name.getText(sf);
      if (TEXT_ATTRIBUTES.has(name) && node.initializer) {
        if (ts.isStringLiteral(node.initializer))
          report(node.initializer.getStart(sf), node.initializer.text, `attr ${name}`);
        else if (ts.isJsxExpression(node.initializer) && node.initializer.expression)
          reportPieces(node.initializer.expression, `attr ${name}`);
      }
    } else if (
      ts.isBinaryExpression(node) &&
      (node.operatorToken.kind === ts.SyntaxKind.EqualsToken ||
        node.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken)
    ) {
      const target = node.left;
      const prop = propertyName(target);
      if (prop && TEXT_PROPERTIES.has(prop)) {
        const isStyle = prop === 'textContent' && /style|css/i.test(objectName(target));
        if (!isStyle) reportPieces(node.right, `.${prop} =`, prop === 'textContent');
      }
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const [first, second] = node.arguments;
      if (
        method === 'setAttribute' &&
        first &&
        second &&
        ts.isStringLiteralLike(first) &&
        TEXT_ATTRIBUTES.has(first.text)
      ) {
        reportPieces(second, `setAttribute ${first.text}`);
      } else if (method === 'createTextNode' && first) {
        reportPieces(first, 'createTextNode', true);
      }
    }
    ts.forEachChild(node, walk);
  };
  walk(sf);
  return offenders.sort((a, b) => a.line - b.line);
}

function listFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((e) => {
      const p = join(dir, e.name);
      if (e.isDirectory()) return e.name === 'node_modules' ? [] : listFiles(p);
      const ok =
        EXTENSIONS.some((x) => e.name.endsWith(x)) && !e.name.endsWith('.d.ts') && !/\.(test|spec)\.tsx?$/.test(e.name);
      return ok ? [p] : [];
    })
    .sort();
}

/**
 * Scans the UI code of the project.
 * @param {string} [root] project root (defaults to this repository)
 * @param {string[]} [dirs] directories under root
 * @returns {{ files: number, offenders: { file: string, line: number, text: string, kind: string }[] }}
 */
export function scanProject(root = PROJECT_ROOT, dirs = SCAN_DIRS) {
  const files = dirs.flatMap((d) => listFiles(join(root, d)));
  const offenders = files.flatMap((f) => scanSource(relative(root, f).split(sep).join('/'), readFileSync(f, 'utf8')));
  return { files: files.length, offenders };
}

/** `file:line: text` */
export const formatOffender = (o) => `${o.file}:${o.line}: ${o.text}`;

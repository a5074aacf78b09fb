/**
 * Small RFC 4180 CSV reader/writer.
 *
 * Reading: fields separated by `,` (or `;` / tab when the header line uses that
 * instead, as spreadsheet apps in many locales do), quoted fields with `""` for
 * a quote and embedded line breaks, CRLF / LF / CR line endings, a leading BOM
 * ignored, blank lines skipped.
 * Writing: `,` separators, CRLF line endings, fields quoted when needed.
 */
import { t } from '../i18n/index';

/** Characters that make spreadsheet apps treat a cell as a formula (OWASP adds tab and CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet would run as a formula, written with a leading apostrophe (shown as text). */
export function asSpreadsheetText(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The cell as written before asSpreadsheetText. */
export function fromSpreadsheetText(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export interface CsvRow {
  /** 1-based physical line where the row starts. */
  line: number;
  cells: string[];
}

export type CsvParseResult =
  { ok: true; rows: CsvRow[]; delimiter: string } | { ok: false; line: number; message: string };

function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let inQuotes = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
}

export function parseCsv(input: string): CsvParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;

  const endRow = (): void => {
    cells.push(field);
    field = '';
    // A blank line is one empty cell: skip it.
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: rowLine, cells });
    cells = [];
  };

  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && field === '') {
      // Quoted field.
      const startLine = line;
      i += 1;
      for (;;) {
        if (i >= text.length) {
          return {
            ok: false,
            line: startLine,
            message: t('csvUnclosedQuote', startLine),
          };
        }
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        if (c === '\r' || c === '\n') {
          if (c === '\r' && text[i + 1] === '\n') {
            field += '\r';
            i += 1;
          }
          line += 1;
        }
        field += text[i];
        i += 1;
      }
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n') {
        return {
          ok: false,
          line,
          message: t('csvTextAfterQuote', line),
        };
      }
      continue;
    }
    if (ch === delimiter) {
      cells.push(field);
      field = '';
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      endRow();
      line += 1;
      rowLine = line;
    } else {
      field += ch;
      i += 1;
    }
  }
  if (field !== '' || cells.length > 0) endRow();
  return { ok: true, rows, delimiter };
}

function quoteField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Serializes rows as RFC 4180 CSV (CRLF line endings, optional UTF-8 BOM for spreadsheet apps). */
export function toCsv(rows: readonly (readonly string[])[], options: { bom?: boolean } = {}): string {
  const body = rows.map((r) => r.map(quoteField).join(',')).join('\r\n') + '\r\n';
  return options.bom ? `\ufeff${body}` : body;
}

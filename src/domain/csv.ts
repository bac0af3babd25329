/**
 * Every CSV the app writes goes through here (the organizer's TA needs today;
 * steps and evaluations later): RFC 4180 quoting plus a formula-injection
 * guard. Teams type the text and an organizer opens the file in a
 * spreadsheet, so a cell that a spreadsheet would run as a formula is
 * prefixed with an apostrophe, which makes it plain text.
 *
 * Why not papaparse's escapeFormulae: it tests `/^[=+\-@\t\r].*$/`, where `.`
 * does not match a line break, so "=HYPERLINK(...)\n" passed unguarded; nor
 * does it look past leading spaces or at the full-width signs (＝ ＋ － ＠)
 * that spreadsheets with East Asian input read as formulas.
 */

/**
 * Characters a spreadsheet may treat as the start of a formula: ASCII
 * = + - @, their full-width (U+FF1D, U+FF0B, U+FF0D, U+FF20) and small
 * (U+FE66, U+FE62, U+FE63, U+FE6B) forms, and the minus sign U+2212.
 */
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B\u2212]/u;
/** Anything a spreadsheet skips before reading the first real character. */
const LEADING_BLANKS = /^[\s\p{Cc}\p{Cf}]+/u;

/** True when a spreadsheet could read this cell as a formula. */
export function looksLikeFormula(cell: string): boolean {
  const rest = cell.replace(LEADING_BLANKS, '');
  // A cell that starts with a tab or line break is guarded even when only
  // text follows: some programs start a new cell or run DDE on them.
  return FORMULA_START.test(rest) || /^[\t\r\n]/.test(cell);
}

/** The cell as text a spreadsheet shows, never runs. */
export function guardFormula(cell: string): string {
  return looksLikeFormula(cell) ? `'${cell}` : cell;
}

/** RFC 4180: quote cells with a comma, quote, line break or edge spaces; double the quotes. */
function quote(cell: string): string {
  return /[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export type CsvCell = string | number | boolean | null | undefined;

function cellText(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

/**
 * One CSV document: a header row then the rows, CRLF line ends (what
 * spreadsheet programs expect), every cell guarded and quoted as needed.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows]
    .map((row) => row.map((v) => quote(guardFormula(cellText(v)))).join(','))
    .join('\r\n');
}

/** What to prepend so Excel reads the file as UTF-8. */
export const CSV_BOM = '\uFEFF';

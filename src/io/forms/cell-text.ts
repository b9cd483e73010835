/**
 * Text as it may go into a spreadsheet cell. Two hazards: characters XML 1.0 cannot hold (a
 * workbook with one of them does not open), and text that a spreadsheet would run as a formula
 * (= + - @ at the start: CSV injection, OWASP).
 */

/** Characters outside XML 1.0 (C0 controls but tab and line breaks, U+FFFE/U+FFFF, lone surrogates). */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes what no XML document can carry; everything else is kept as written. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** A plain number as a spreadsheet reads it (`-5`, `+3.5%`, `-1,200`): harmless, not a formula. */
const PLAIN_NUMBER = /^[+-]?(?:\d[\d,]*(?:\.\d+)?%?)?$/;

/** True when a spreadsheet would take the text for a formula. */
export function looksLikeFormula(text: string): boolean {
  if (/^[=@]/.test(text)) return true;
  return /^[+-]/.test(text) && !PLAIN_NUMBER.test(text);
}

/**
 * Text for a CSV cell: a leading `'` keeps a formula-like text inert when Excel opens the file.
 * Leading tabs and carriage returns are dropped first, since readers trim them anyway and Excel
 * would otherwise look past them.
 */
export function csvSafe(text: string): string {
  const t = xmlSafe(text).replace(/^[\t\r\n]+/, '');
  return looksLikeFormula(t) ? `'${t}` : t;
}

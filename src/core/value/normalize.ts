/**
 * Character normalisation for target values: full-width and look-alike forms that Chinese
 * input methods and Word produce are folded to the forms the lexer reads.
 */

const FOLDS: Readonly<Record<string, string>> = {
  '≧': '≥',
  '≦': '≤',
  '⩾': '≥',
  '⩽': '≤',
  '〜': '~',
  '～': '~',
  '—': '-',
  '–': '-',
  '－': '-',
  '―': '-',
  '﹣': '-',
  '　': ' ',
  '\u00a0': ' ',
  '﹪': '%',
  '％': '%',
};

/** Full-width ASCII (U+FF01–U+FF5E) to ASCII, look-alikes to one form, runs of space to one. */
export function normalizeValueText(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const folded = FOLDS[ch];
    if (folded !== undefined) {
      out += folded;
    } else if (code >= 0xff01 && code <= 0xff5e && ch !== '，' && ch !== '；' && ch !== '：') {
      // Keep the Chinese separators: they split compound values and read better in output.
      out += String.fromCodePoint(code - 0xfee0);
    } else {
      out += ch;
    }
  }
  return out.replace(/[ \t\r\n]+/g, ' ').trim();
}

/** True when the text was written with full-width or look-alike comparators (a format finding). */
export function hasNonStandardComparator(text: string): boolean {
  return /[≧≦＞＜＝⩾⩽》]/.test(text);
}

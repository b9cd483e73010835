/**
 * Text that keeps its columns: tab-separated (copy from Excel, the seed), pipe tables
 * (Markdown and plain-text reports), or columns aligned by runs of spaces (`pdftotext -layout`).
 */

import { cellText, type Grid, type GridRow } from '../grid/grid.js';

export type Delimiter = 'tab' | 'pipe' | 'spaces';

/** The delimiter that splits most lines into several cells, or null for flattened text. */
export function detectDelimiter(lines: readonly string[]): Delimiter | null {
  const filled = lines.filter((l) => l.trim() !== '');
  if (filled.length === 0) return null;
  const share = (re: RegExp): number => filled.filter((l) => re.test(l)).length / filled.length;
  if (share(/\t/) >= 0.3) return 'tab';
  if (share(/\|.*\|/) >= 0.3) return 'pipe';
  if (share(/\S {2,}\S/) >= 0.3) return 'spaces';
  return null;
}

const PIPE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

function splitLine(line: string, delimiter: Delimiter): string[] {
  switch (delimiter) {
    case 'tab':
      return line.split('\t');
    case 'pipe': {
      const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
      return inner.split('|');
    }
    case 'spaces':
      return line.trim().split(/ {2,}|\t/);
  }
}

/** Lines → grid rows, one cell per column, each located by its line number. */
export function delimitedGrid(lines: readonly string[], delimiter: Delimiter): Grid {
  const rows: GridRow[] = [];
  lines.forEach((line, index) => {
    if (delimiter === 'pipe' && PIPE_RULE.test(line)) return;
    const at = { line: index + 1 };
    const cells = splitLine(line, delimiter).map((raw) => ({ text: cellText(raw), at }));
    rows.push({ cells, at });
  });
  return { rows };
}

import type { Origin, TargetTable } from '../../core/table/target-table.js';
import { readGrid } from '../grid/read-grid.js';
import { delimitedGrid, detectDelimiter } from './delimited.js';
import { flattenedGrid } from './flattened.js';

/**
 * Reads target tables from plain text: tab- or pipe-separated, aligned by spaces, or flattened
 * into one line or paragraph.
 */
export function readText(text: string, origin: Origin): TargetTable[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const delimiter = detectDelimiter(lines);
  if (delimiter !== null) {
    const tables = readGrid(delimitedGrid(lines, delimiter), origin);
    if (tables.length > 0) return tables;
  }
  return readGrid(flattenedGrid(lines.join('\n')), { ...origin, format: 'text-flattened' });
}

/**
 * The text of a workbook cell as a person reads it in Excel: rich text joined, formulas by their
 * computed result, dates as ISO, numbers through their number format (see number-format.ts).
 */

import type { CellValue } from 'exceljs';
import { formatDate, formatNumber, isDateFormat, serialToDate } from './number-format.js';

type Scalar = number | string | boolean | Date | { readonly error: string } | null | undefined;

function scalarText(value: Scalar, numFmt: string | undefined, date1904: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number')
    return isDateFormat(numFmt)
      ? formatDate(serialToDate(value, date1904), numFmt)
      : formatNumber(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return formatDate(value, numFmt);
  return typeof value.error === 'string' ? value.error : '';
}

/** The displayed text of an ExcelJS cell value with its number format. */
export function cellValueText(
  value: CellValue,
  numFmt: string | undefined,
  date1904 = false,
): string {
  if (value === null || value === undefined || typeof value !== 'object' || value instanceof Date)
    return scalarText(value, numFmt, date1904);
  if ('richText' in value)
    return Array.isArray(value.richText)
      ? value.richText.map((run) => run.text ?? '').join('')
      : '';
  if ('formula' in value || 'sharedFormula' in value)
    return scalarText(value.result, numFmt, date1904);
  if ('hyperlink' in value) {
    // A hyperlink's text may itself be rich text.
    const text: unknown = value.text;
    if (typeof text === 'string') return text;
    return typeof text === 'object' && text !== null
      ? cellValueText(text as CellValue, numFmt, date1904)
      : '';
  }
  if ('error' in value) return String(value.error);
  return '';
}

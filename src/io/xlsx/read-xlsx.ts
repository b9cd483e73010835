/**
 * Workbooks (.xlsx) through ExcelJS: every sheet, hidden ones included, each read as a grid by
 * the one grid interpreter, which finds the headers in any row and splits a sheet holding several
 * tables. The zip itself was checked by `guardZip` before this runs (see read.ts).
 *
 * Hidden sheets are read, and their tables carry a warning: templates hide their lookup lists
 * (which hold no indicator header and so give no table), but a hidden sheet that does hold a
 * target table is usually an older version the filer meant to keep out of sight, and the person
 * importing should see that rather than lose it silently.
 */

import ExcelJS from 'exceljs';
import { READ_MESSAGES, render } from '../../core/messages/index.js';
import type { Origin, ReaderWarning, TargetTable } from '../../core/table/target-table.js';
import { type ExpandedEntry, guardZip } from '../detect/zip-guard.js';
import { readGrid } from '../grid/read-grid.js';
import { corruptFile, DEFAULT_LIMITS } from '../input-error.js';
import { checkMerges } from './merge-guard.js';
import { MAX_COLUMNS, sheetGrid } from './sheet-grid.js';
import { storedZip } from './stored-zip.js';

/**
 * Parts of a sheet that say nothing about its content (views, widths, printing, validation
 * lists); ExcelJS skips them when told to. Cell values, styles (number formats) and merged
 * ranges are always read.
 */
const IGNORED_NODES = [
  'dataValidations',
  'conditionalFormatting',
  'extLst',
  'hyperlinks',
  'pageMargins',
  'pageSetup',
  'printOptions',
  'headerFooter',
  'rowBreaks',
  'sheetProtection',
  'autoFilter',
  'sheetViews',
  'sheetFormatPr',
  'sheetPr',
  'dimension',
  'cols',
  'drawing',
  'legacyDrawing',
  'picture',
  'tableParts',
];

const NEEDED =
  /^\/?(?:_rels\/\.rels|xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/sheet\d+\.xml))$/;

/**
 * The entries of a workbook that hold its cells: the workbook, shared strings, styles and the
 * sheets (named as ExcelJS expects). Pictures, drawings, comments, themes and document
 * properties are left packed: they hold no table, and unexpanded they cost nothing.
 */
export const isWorkbookEntry = (name: string): boolean => NEEDED.test(name);

const warning = (
  code: 'hiddenSheet' | 'clippedColumns',
  params: Record<string, string | number>,
): ReaderWarning => {
  const text = render(READ_MESSAGES[code], params);
  return { code, message: text.zh, messageEn: text.en };
};

/**
 * Reads every target table in a workbook's bytes. `entries` are the zip's entries as `guardZip`
 * expanded them (read.ts passes them on); without them the zip is checked here.
 */
export async function readXlsx(
  bytes: Uint8Array,
  origin: Origin,
  entries?: readonly ExpandedEntry[],
): Promise<TargetTable[]> {
  const file = origin.file ?? '';
  const expanded =
    entries ??
    guardZip(bytes, {
      file,
      maxExpandedBytes: DEFAULT_LIMITS.maxExpandedBytes,
      keep: isWorkbookEntry,
    });
  checkMerges(expanded, file);
  const workbook = new ExcelJS.Workbook();
  try {
    const packed = storedZip(expanded);
    const buffer = Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength);
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer, { ignoreNodes: IGNORED_NODES });
  } catch (error) {
    throw corruptFile(
      file,
      '工作簿的内容无法解析',
      "the workbook's content could not be parsed",
      error,
    );
  }
  const date1904 = workbook.properties?.date1904 === true;
  const tables: TargetTable[] = [];
  for (const sheet of workbook.worksheets) {
    const { grid, clipped } = sheetGrid(sheet, date1904);
    const extra: ReaderWarning[] = [];
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden')
      extra.push(warning('hiddenSheet', { sheet: sheet.name }));
    if (clipped > 0)
      extra.push(
        warning('clippedColumns', { sheet: sheet.name, count: clipped, limit: MAX_COLUMNS }),
      );
    for (const table of readGrid(grid, origin))
      tables.push(
        extra.length === 0 ? table : { ...table, warnings: [...extra, ...table.warnings] },
      );
  }
  return tables;
}

/**
 * HTML tables: published web pages and the ".xls" files government systems export, which are
 * HTML inside. Every `<table>` is read with its rowspan/colspan laid out as merged cells, and the
 * text between tables (a title, "项目名称：…") can state facts of the header block.
 */

import type { Origin, TargetTable } from '../../core/table/target-table.js';
import { MAX_NESTING, nestsDeeperThan } from '../detect/nesting.js';
import { documentGrid } from '../grid/document.js';
import { readGrid } from '../grid/read-grid.js';
import { InputError } from '../input-error.js';
import { htmlBlocks } from './html-blocks.js';

/** Reads every target table in an HTML document's text. */
export function readHtml(text: string, origin: Origin): TargetTable[] {
  if (nestsDeeperThan(text, MAX_NESTING, true))
    throw new InputError('tooDeep', { file: origin.file ?? '', limit: MAX_NESTING });
  return readGrid(documentGrid(htmlBlocks(text)), origin);
}

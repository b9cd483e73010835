/**
 * Word documents (.docx): the tables in the body, read from `word/document.xml` directly (with
 * vMerge/gridSpan as merged cells), and the paragraphs around them, which often state the
 * project's facts ("项目名称：…") above a table that holds only indicators. mammoth's HTML would
 * do for the tables, but reading the XML keeps every merge and costs one parse.
 */

import type { Origin, TargetTable } from '../../core/table/target-table.js';
import { MAX_NESTING, nestsDeeperThan } from '../detect/nesting.js';
import { type ExpandedEntry, guardZip } from '../detect/zip-guard.js';
import { documentGrid } from '../grid/document.js';
import { readGrid } from '../grid/read-grid.js';
import { corruptFile, DEFAULT_LIMITS, InputError } from '../input-error.js';
import { docxBlocks } from './docx-blocks.js';

const BODY = 'word/document.xml';

/** The entries of a Word document that hold its text. */
export const isDocumentEntry = (name: string): boolean => name === BODY;

/** XML parts are UTF-8 unless they say UTF-16 with a byte-order mark. */
function decodeXml(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  return new TextDecoder('utf-8').decode(data);
}

/**
 * Reads every target table in a Word document's bytes. `entries` are the zip's entries as
 * `guardZip` expanded them (read.ts passes them on); without them the zip is checked here.
 */
export async function readDocx(
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
      keep: isDocumentEntry,
    });
  const body = expanded.find((e) => e.name === BODY);
  if (body === undefined)
    throw corruptFile(
      file,
      '缺少正文（word/document.xml）',
      'the document body (word/document.xml) is missing',
    );
  const xml = decodeXml(body.data);
  if (nestsDeeperThan(xml, MAX_NESTING, false))
    throw new InputError('tooDeep', { file, limit: MAX_NESTING });
  return readGrid(documentGrid(docxBlocks(xml)), origin);
}

/**
 * The one door to every reader: bytes in, target tables or a clear error out. Format and
 * encoding come from the bytes. Nothing here throws: every failure is an `InputError`.
 */

import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Origin, TargetTable } from '../core/table/target-table.js';
import { readCsv } from './csv/read-csv.js';
import { decodeText, garbageRatio } from './detect/encoding.js';
import { detectFormat, type FileFormat } from './detect/format.js';
import { type ExpandedEntry, guardZip } from './detect/zip-guard.js';
import { isDocumentEntry, readDocx } from './docx/read-docx.js';
import { readHtml } from './html/read-html.js';
import { DEFAULT_LIMITS, InputError, type ReadLimits } from './input-error.js';
import { readJson } from './json/read-json.js';
import { readPdf } from './pdf/read-pdf.js';
import { readText } from './text/read-text.js';
import { isWorkbookEntry, readXlsx } from './xlsx/read-xlsx.js';
import { readSpreadsheetXml } from './xml/read-spreadsheet-xml.js';

export interface ReadOptions {
  /** The name to show in messages (the path's base name by default). */
  readonly file?: string;
  readonly limits?: Partial<ReadLimits>;
}

export type ReadResult =
  | {
      readonly ok: true;
      readonly tables: TargetTable[];
      readonly format: FileFormat;
      readonly encoding?: string;
    }
  | { readonly ok: false; readonly error: InputError };

/** Reads the target tables in a file's bytes. */
export async function readTargetTables(
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const file = options.file ?? 'input';
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  try {
    if (bytes.length === 0) throw new InputError('empty', { file });
    if (bytes.length > limits.maxBytes)
      throw new InputError('tooLarge', { file, size: bytes.length, limit: limits.maxBytes });
    const decoded = isContainer(bytes) ? null : decodeText(bytes);
    const textOk = decoded !== null && garbageRatio(decoded.text.slice(0, 20_000)) < 0.02;
    const format = detectFormat(bytes, file, textOk ? decoded.text : null);
    const origin: Origin = { file, format, ...(textOk ? { encoding: decoded.encoding } : {}) };
    const entries =
      format === 'xlsx' || format === 'docx'
        ? guardZip(bytes, {
            file,
            maxExpandedBytes: limits.maxExpandedBytes,
            keep: format === 'xlsx' ? isWorkbookEntry : isDocumentEntry,
          })
        : undefined;
    const tables = await readFormat(format, bytes, textOk ? decoded.text : '', origin, entries);
    if (tables.length === 0) throw new InputError('noTable', { file });
    return { ok: true, tables, format, ...(textOk ? { encoding: decoded.encoding } : {}) };
  } catch (error) {
    return { ok: false, error: asInputError(error, file) };
  }
}

/** Reads a file from disk, refusing it before reading when it is over the size limit. */
export async function readTargetFile(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const file = options.file ?? basename(path);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  try {
    const info = await stat(path);
    if (info.size > limits.maxBytes)
      throw new InputError('tooLarge', { file, size: info.size, limit: limits.maxBytes });
    return await readTargetTables(new Uint8Array(await readFile(path)), { ...options, file });
  } catch (error) {
    return { ok: false, error: asInputError(error, file) };
  }
}

function readFormat(
  format: FileFormat,
  bytes: Uint8Array,
  text: string,
  origin: Origin,
  entries: readonly ExpandedEntry[] | undefined,
): Promise<TargetTable[]> | TargetTable[] {
  switch (format) {
    case 'xlsx':
      return readXlsx(bytes, origin, entries);
    case 'docx':
      return readDocx(bytes, origin, entries);
    case 'pdf':
      return readPdf(bytes, origin);
    case 'html':
      return readHtml(text, origin);
    case 'spreadsheet-xml':
      return readSpreadsheetXml(text, origin);
    case 'json':
      return readJson(text, origin);
    case 'csv':
      return readCsv(text, origin);
    case 'text':
      return readText(text, origin);
  }
}

/** Zip, PDF and OLE files are never decoded as text. */
function isContainer(bytes: Uint8Array): boolean {
  const b0 = bytes[0];
  return (
    (b0 === 0x50 && bytes[1] === 0x4b) ||
    (b0 === 0x25 && bytes[1] === 0x50) ||
    (b0 === 0xd0 && bytes[1] === 0xcf)
  );
}

function asInputError(error: unknown, file: string): InputError {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT')
    return new InputError('unreadable', { file, detail: '文件不存在', detailEn: 'no such file' });
  if (code === 'EISDIR')
    return new InputError('unreadable', {
      file,
      detail: '这是一个目录',
      detailEn: 'it is a directory',
    });
  const detail =
    error instanceof Error
      ? error.message.split('\n')[0]!.slice(0, 200)
      : String(error).slice(0, 200);
  return new InputError('unreadable', { file, detail });
}

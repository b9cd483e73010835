/**
 * File format from the bytes, never from the name: people rename .xls to .xlsx, save HTML as
 * .xls, and mail PDFs without extensions.
 */

import { unzipSync } from 'fflate';
import { InputError } from '../input-error.js';
import { damagedZip } from './zip-guard.js';

export type FileFormat =
  | 'xlsx'
  | 'docx'
  | 'pdf'
  | 'html'
  | 'spreadsheet-xml'
  | 'json'
  | 'csv'
  | 'text';

/** What a zip holds, read from its directory without expanding anything. */
export interface ZipEntries {
  readonly names: readonly string[];
  readonly expandedSize: number;
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((b, i) => bytes[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** Lists a zip's entries and their declared sizes; expands nothing. */
export function zipEntries(bytes: Uint8Array, file: string): ZipEntries {
  const names: string[] = [];
  let expandedSize = 0;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        names.push(entry.name);
        expandedSize += entry.originalSize;
        return false;
      },
    });
  } catch (error) {
    throw damagedZip(file, error);
  }
  return { names, expandedSize };
}

/** UTF-16 names of the streams in an OLE compound file (old Office, or an encrypted new one). */
function cfbMentions(bytes: Uint8Array, name: string): boolean {
  const wide = Array.from(name).flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + wide.length <= bytes.length; i += 1) {
    for (let j = 0; j < wide.length; j += 1) if (bytes[i + j] !== wide[j]) continue outer;
    return true;
  }
  return false;
}

/** Decides the format of a file from its first bytes (and, for zips, its entry names). */
export function detectFormat(bytes: Uint8Array, file: string, head: string | null): FileFormat {
  if (startsWith(bytes, PDF) || (bytes.length < 1024 ? false : findPdfMagic(bytes))) return 'pdf';
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) {
    const { names } = zipEntries(bytes, file);
    if (names.includes('xl/workbook.xml')) return 'xlsx';
    if (names.includes('word/document.xml')) return 'docx';
    throw new InputError('zipNotOffice', { file });
  }
  if (startsWith(bytes, CFB)) {
    if (cfbMentions(bytes, 'EncryptedPackage')) throw new InputError('encrypted', { file });
    throw new InputError('legacyOffice', { file });
  }
  if (head === null) throw new InputError('binary', { file });
  const start = head
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 2000)
    .toLowerCase();
  // One table is an object, several an array of them (as `jixiao parse --json` prints).
  if (/^[{[]/.test(start) && start.includes('jixiao.target-table')) return 'json';
  // Excel 2003's XML Spreadsheet, the other thing old systems save as ".xls".
  if (
    start.startsWith('<?xml') &&
    /<(?:\w+:)?workbook[\s>]/.test(start) &&
    start.includes('urn:schemas-microsoft-com:office:spreadsheet')
  )
    return 'spreadsheet-xml';
  if (
    /^(?:<!doctype html|<html|<table|<\?xml[^>]*>\s*<html)/.test(start) ||
    /<table[\s>]/.test(start)
  )
    return 'html';
  return looksLikeCsv(head) ? 'csv' : 'text';
}

/** Some PDFs carry junk before %PDF- (allowed within the first kilobyte). */
function findPdfMagic(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/**
 * A CSV has commas in most lines and no tabs; a tab-separated text (like copy from Excel or a
 * PDF) has tabs. Chinese prose uses full-width commas, so ASCII commas are a strong sign.
 */
function looksLikeCsv(text: string): boolean {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 200);
  if (lines.length === 0) return false;
  const tabbed = lines.filter((l) => l.includes('\t')).length;
  const commaLines = lines.filter((l) => (l.match(/,/g) ?? []).length >= 2).length;
  return tabbed === 0 && commaLines >= Math.max(2, lines.length * 0.6);
}

/**
 * A zip container (XLSX, DOCX) is checked before any library expands it. The central directory
 * declares each entry's expanded size; a zip bomb either declares a huge total (refused at once)
 * or lies, declaring a small size for an entry that expands to gigabytes. ExcelJS's unzipper
 * (JSZip) only notices the lie after expanding everything, so every entry is inflated here first,
 * in small steps, counting bytes and stopping the moment an entry outgrows its declaration.
 * Inflating is cheap next to parsing the XML, so this costs a few per cent of an import.
 */

import { inflateRawSync } from 'node:zlib';
import { corruptFile, InputError } from '../input-error.js';

/** One entry of a zip's central directory. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly dataStart: number;
}

/** What `guardZip` checks against, and which entries it expands. */
export interface ZipGuardOptions {
  readonly file: string;
  readonly maxExpandedBytes: number;
  /**
   * The entries the reader needs; only these are expanded and returned. The others are never
   * expanded by anyone, so they cannot hurt (their declared sizes still count toward the limit).
   */
  readonly keep?: (name: string) => boolean;
}

/** An entry that passed the checks, expanded. */
export interface ExpandedEntry {
  readonly name: string;
  readonly data: Uint8Array;
}

const MAX_ENTRIES = 10_000;

/** The error for a zip whose structure cannot be read. */
export const damagedZip = (file: string, cause?: unknown): InputError =>
  corruptFile(
    file,
    '压缩包结构已损坏（可能下载不完整）',
    'its zip structure is damaged (perhaps an incomplete download)',
    cause,
  );

const view = (bytes: Uint8Array): DataView =>
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Reads the central directory (with ZIP64 sizes) without expanding anything. */
export function centralDirectory(bytes: Uint8Array, file: string): ZipEntry[] {
  const corrupt = (): InputError => damagedZip(file);
  const dv = view(bytes);
  const u16 = (at: number): number => dv.getUint16(at, true);
  const u32 = (at: number): number => dv.getUint32(at, true);
  const u64 = (at: number): number => Number(dv.getBigUint64(at, true));
  if (bytes.length < 22) throw corrupt();
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1)
    if (u32(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw corrupt();
  let count = u16(eocd + 10);
  let offset = u32(eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && u32(eocd - 20) === 0x07064b50) {
    const z64 = u64(eocd - 12);
    if (z64 + 56 > bytes.length || u32(z64) !== 0x06064b50) throw corrupt();
    count = u64(z64 + 32);
    offset = u64(z64 + 48);
  }
  if (count > MAX_ENTRIES) throw corrupt();
  const entries: ZipEntry[] = [];
  let at = offset;
  const names = new TextDecoder('utf-8');
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) throw corrupt();
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    if (at + 46 + nameLength + extraLength > bytes.length) throw corrupt();
    let compressedSize = u32(at + 20);
    let size = u32(at + 24);
    let local = u32(at + 42);
    // ZIP64: the sizes and offset that overflowed 32 bits follow in the 0x0001 extra field.
    for (let e = at + 46 + nameLength; e + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = u16(e);
      const length = u16(e + 2);
      if (id === 0x0001) {
        let p = e + 4;
        if (size === 0xffffffff && p + 8 <= e + 4 + length) {
          size = u64(p);
          p += 8;
        }
        if (compressedSize === 0xffffffff && p + 8 <= e + 4 + length) {
          compressedSize = u64(p);
          p += 8;
        }
        if (local === 0xffffffff && p + 8 <= e + 4 + length) local = u64(p);
      }
      e += 4 + length;
    }
    if (local + 30 > bytes.length || u32(local) !== 0x04034b50) throw corrupt();
    const dataStart = local + 30 + u16(local + 26) + u16(local + 28);
    if (dataStart + compressedSize > bytes.length) throw corrupt();
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(at + 10),
      compressedSize,
      size,
      dataStart,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Refuses a zip that declares more than the limit, or whose entries expand past what they declare
 * (the lie a zip bomb tells), or that is damaged. Returns its entries, expanded, when it is sound.
 */
export function guardZip(bytes: Uint8Array, options: ZipGuardOptions): ExpandedEntry[] {
  const { file, maxExpandedBytes } = options;
  const entries = centralDirectory(bytes, file);
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > maxExpandedBytes)
    throw new InputError('expandsTooMuch', { file, limit: maxExpandedBytes });
  const expandedEntries: ExpandedEntry[] = [];
  for (const entry of entries) {
    if (entry.name.endsWith('/') || (options.keep && !options.keep(entry.name))) continue;
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size)
        throw new InputError('zipSizeMismatch', { file, entry: entry.name });
      expandedEntries.push({ name: entry.name, data });
      continue;
    }
    if (entry.method !== 8) throw damagedZip(file, `compression method ${entry.method}`);
    let expanded: Uint8Array;
    try {
      // zlib stops as soon as the output would pass the declared size: a lying bomb costs nothing.
      expanded = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    } catch (error) {
      if (error instanceof RangeError)
        throw new InputError('zipSizeMismatch', { file, entry: entry.name });
      throw damagedZip(file, error);
    }
    if (expanded.length !== entry.size)
      throw new InputError('zipSizeMismatch', { file, entry: entry.name });
    expandedEntries.push({ name: entry.name, data: expanded });
  }
  return expandedEntries;
}

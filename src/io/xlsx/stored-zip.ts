/**
 * The entries of a checked workbook packed again without compression, for ExcelJS. `guardZip`
 * has already expanded every entry natively; handing ExcelJS a stored zip spares its unzipper
 * (JSZip, inflating in JavaScript) doing that work a second time, which is about a quarter of
 * ExcelJS's load time for a typical form.
 */

import { crc32 } from 'node:zlib';
import type { ExpandedEntry } from '../detect/zip-guard.js';

const encoder = new TextEncoder();

/** Packs entries into a zip archive whose entries are stored (method 0). */
export function storedZip(entries: readonly ExpandedEntry[]): Uint8Array {
  const names = entries.map((e) => encoder.encode(e.name));
  const dataSize = entries.reduce((sum, e, k) => sum + 30 + names[k]!.length + e.data.length, 0);
  const directorySize = names.reduce((sum, n) => sum + 46 + n.length, 0);
  const out = new Uint8Array(dataSize + directorySize + 22);
  const dv = new DataView(out.buffer);
  const offsets: number[] = [];
  const crcs: number[] = [];
  let at = 0;
  entries.forEach((entry, k) => {
    const name = names[k]!;
    const crc = crc32(entry.data) >>> 0;
    offsets.push(at);
    crcs.push(crc);
    dv.setUint32(at, 0x04034b50, true);
    dv.setUint16(at + 4, 20, true); // version needed
    dv.setUint16(at + 6, 0x0800, true); // names are UTF-8
    dv.setUint32(at + 14, crc, true);
    dv.setUint32(at + 18, entry.data.length, true);
    dv.setUint32(at + 22, entry.data.length, true);
    dv.setUint16(at + 26, name.length, true);
    out.set(name, at + 30);
    out.set(entry.data, at + 30 + name.length);
    at += 30 + name.length + entry.data.length;
  });
  const directory = at;
  entries.forEach((entry, k) => {
    const name = names[k]!;
    dv.setUint32(at, 0x02014b50, true);
    dv.setUint16(at + 4, 20, true);
    dv.setUint16(at + 6, 20, true);
    dv.setUint16(at + 8, 0x0800, true);
    dv.setUint32(at + 16, crcs[k]!, true);
    dv.setUint32(at + 20, entry.data.length, true);
    dv.setUint32(at + 24, entry.data.length, true);
    dv.setUint16(at + 28, name.length, true);
    dv.setUint32(at + 42, offsets[k]!, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  dv.setUint32(at, 0x06054b50, true);
  dv.setUint16(at + 8, entries.length, true);
  dv.setUint16(at + 10, entries.length, true);
  dv.setUint32(at + 12, at - directory, true);
  dv.setUint32(at + 16, directory, true);
  return out;
}

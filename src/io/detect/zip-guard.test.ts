import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InputError } from '../input-error.js';
import { centralDirectory, guardZip } from './zip-guard.js';

/** Patches the declared expanded size of the first entry, in both of its headers. */
function lieAboutFirstEntry(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const dv = new DataView(out.buffer);
  dv.setUint32(22, size, true); // local header
  for (let i = out.length - 22; i >= 0; i -= 1)
    if (dv.getUint32(i, true) === 0x06054b50) {
      const directory = dv.getUint32(i + 16, true);
      dv.setUint32(directory + 24, size, true);
      break;
    }
  return out;
}

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error.code;
    throw error;
  }
  return 'ok';
};

describe('guardZip', () => {
  const limits = { file: 'a.xlsx', maxExpandedBytes: 10_000_000 };

  it('returns the expanded entries of a sound zip, only those it is asked to keep', () => {
    const zip = zipSync({
      'xl/workbook.xml': strToU8('<workbook/>'),
      'docProps/app.xml': strToU8('<x/>'),
    });
    const entries = guardZip(zip, { ...limits, keep: (name) => name.startsWith('xl/') });
    expect(entries.map((e) => [e.name, new TextDecoder().decode(e.data)])).toEqual([
      ['xl/workbook.xml', '<workbook/>'],
    ]);
  });

  it('refuses a zip that declares more than the limit, before expanding anything', () => {
    const zip = zipSync({ 'a.xml': new Uint8Array(200_000) });
    expect(codeOf(() => guardZip(zip, { ...limits, maxExpandedBytes: 100_000 }))).toBe(
      'expandsTooMuch',
    );
  });

  it('stops at once on an entry that expands past the size it declares (a lying bomb)', () => {
    const bomb = lieAboutFirstEntry(
      zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(50_000_000) }),
      1000,
    );
    expect(centralDirectory(bomb, 'bomb.xlsx')[0]!.size).toBe(1000);
    expect(codeOf(() => guardZip(bomb, limits))).toBe('zipSizeMismatch');
  });

  it('calls an entry that is shorter than it declares damaged as well', () => {
    const zip = lieAboutFirstEntry(zipSync({ 'a.xml': strToU8('hello') }), 99);
    expect(codeOf(() => guardZip(zip, limits))).toBe('zipSizeMismatch');
  });

  it('says a truncated or garbled zip is corrupt', () => {
    const zip = zipSync({ 'a.xml': strToU8('<a>'.repeat(1000)) });
    expect(codeOf(() => guardZip(zip.subarray(0, zip.length - 30), limits))).toBe('corrupt');
    expect(codeOf(() => guardZip(zip.subarray(0, 40), limits))).toBe('corrupt');
    const garbled = zip.slice();
    garbled.fill(0xff, 40, 60); // inside the deflate stream
    expect(codeOf(() => guardZip(garbled, limits))).toBe('corrupt');
  });

  it('reads stored entries and refuses compression methods no reader knows', () => {
    const stored = zipSync({ 'a.xml': strToU8('plain') }, { level: 0 });
    expect(guardZip(stored, limits)[0]!.data.length).toBe(5);
    const odd = stored.slice();
    const dv = new DataView(odd.buffer);
    const directory = centralDirectory(stored, 'x')[0]!;
    expect(directory.method).toBe(0);
    for (let i = odd.length - 22; i >= 0; i -= 1)
      if (dv.getUint32(i, true) === 0x06054b50) {
        dv.setUint16(dv.getUint32(i + 16, true) + 10, 14, true); // LZMA
        break;
      }
    expect(codeOf(() => guardZip(odd, limits))).toBe('corrupt');
  });
});

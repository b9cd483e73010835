/**
 * A compound file (OLE2/CFB, the container of .xls, .doc and encrypted OOXML) written from
 * scratch for tests: version 3, 512-byte sectors, one FAT sector, and only streams of 4 KiB or
 * more, which the format keeps in ordinary sectors (smaller ones would need a mini stream).
 * Enough for a real reader (the cfb package) to open and list its streams.
 */

const END = 0xfffffffe;
const FREE = 0xffffffff;
const FAT = 0xfffffffd;
const NONE = 0xffffffff;

/** Builds a compound file holding the named streams. */
export function compoundFile(streams: Readonly<Record<string, Uint8Array>>): Uint8Array {
  const names = Object.keys(streams);
  if (names.length > 3) throw new Error('one directory sector holds three streams and the root');
  const data = names.map((name) => {
    const bytes = streams[name]!;
    if (bytes.length < 4096)
      throw new Error(`stream ${name} is under 4 KiB: it would need a mini stream`);
    const padded = new Uint8Array(Math.ceil(bytes.length / 512) * 512);
    padded.set(bytes);
    return { name, bytes, padded, start: 0 };
  });
  let next = 2; // sector 0: FAT, sector 1: directory
  for (const d of data) {
    d.start = next;
    next += d.padded.length / 512;
  }
  if (next > 128) throw new Error('one FAT sector addresses 128 sectors');
  const out = new Uint8Array(512 * (1 + next));
  const dv = new DataView(out.buffer);
  // Header.
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  dv.setUint16(24, 0x003e, true);
  dv.setUint16(26, 3, true);
  dv.setUint16(28, 0xfffe, true);
  dv.setUint16(30, 9, true);
  dv.setUint16(32, 6, true);
  dv.setUint32(44, 1, true); // FAT sectors
  dv.setUint32(48, 1, true); // first directory sector
  dv.setUint32(56, 4096, true);
  dv.setUint32(60, END, true);
  dv.setUint32(68, END, true);
  dv.setUint32(76, 0, true); // DIFAT[0] = FAT in sector 0
  for (let k = 1; k < 109; k += 1) dv.setUint32(76 + 4 * k, FREE, true);
  // FAT.
  const fat = (sector: number, value: number): void => dv.setUint32(512 + 4 * sector, value, true);
  for (let s = 0; s < 128; s += 1) fat(s, FREE);
  fat(0, FAT);
  fat(1, END);
  for (const d of data) {
    const count = d.padded.length / 512;
    for (let k = 0; k < count; k += 1) fat(d.start + k, k === count - 1 ? END : d.start + k + 1);
    out.set(d.padded, 512 * (1 + d.start));
  }
  // Directory: the root, then the streams as a chain of right siblings.
  const entry = (
    index: number,
    name: string,
    type: number,
    child: number,
    right: number,
    start: number,
    size: number,
  ) => {
    const at = 512 * 2 + 128 * index;
    for (let i = 0; i < name.length; i += 1) dv.setUint16(at + 2 * i, name.charCodeAt(i), true);
    dv.setUint16(at + 64, (name.length + 1) * 2, true);
    out[at + 66] = type;
    out[at + 67] = 1; // black
    dv.setUint32(at + 68, NONE, true);
    dv.setUint32(at + 72, right, true);
    dv.setUint32(at + 76, child, true);
    dv.setUint32(at + 116, start, true);
    dv.setUint32(at + 120, size, true);
  };
  entry(0, 'Root Entry', 5, data.length > 0 ? 1 : NONE, NONE, END, 0);
  for (const [k, d] of data.entries()) {
    const right = k + 2 <= data.length ? k + 2 : NONE;
    entry(k + 1, d.name, 2, NONE, right, d.start, d.bytes.length);
  }
  for (let k = data.length + 1; k < 4; k += 1) {
    const at = 512 * 2 + 128 * k;
    dv.setUint32(at + 68, NONE, true);
    dv.setUint32(at + 72, NONE, true);
    dv.setUint32(at + 76, NONE, true);
  }
  return out;
}

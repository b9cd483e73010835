/**
 * A GB18030 encoder for tests. Node's TextDecoder reads GB18030 but nothing in the platform
 * writes it, so the table is built honestly from the decoder: every two-byte and every BMP
 * four-byte sequence is decoded once (each yields one character), and the inverse is kept.
 */

let table: Map<number, readonly number[]> | null = null;

function build(): Map<number, readonly number[]> {
  const map = new Map<number, readonly number[]>();
  const two: number[] = [];
  for (let b1 = 0x81; b1 <= 0xfe; b1 += 1)
    for (let b2 = 0x40; b2 <= 0xfe; b2 += 1) if (b2 !== 0x7f) two.push(b1, b2);
  const twoText = new TextDecoder('gb18030').decode(new Uint8Array(two));
  for (let i = 0; i < twoText.length; i += 1) {
    const code = twoText.charCodeAt(i);
    if (code !== 0xfffd && !map.has(code)) map.set(code, [two[2 * i]!, two[2 * i + 1]!]);
  }
  const four: number[] = [];
  for (let a = 0x81; a <= 0x84; a += 1)
    for (let b = 0x30; b <= 0x39; b += 1)
      for (let c = 0x81; c <= 0xfe; c += 1)
        for (let d = 0x30; d <= 0x39; d += 1) four.push(a, b, c, d);
  const fourText = new TextDecoder('gb18030').decode(new Uint8Array(four));
  for (let i = 0; i < fourText.length; i += 1) {
    const code = fourText.charCodeAt(i);
    if (code !== 0xfffd && !map.has(code)) map.set(code, four.slice(4 * i, 4 * i + 4));
  }
  return map;
}

/** Encodes text as GB18030 bytes (BMP characters; throws on one it cannot place). */
export function encodeGb18030(text: string): Uint8Array {
  table ??= build();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const bytes = table.get(code);
    if (bytes === undefined) throw new Error(`no GB18030 bytes for U+${code.toString(16)}`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}

/** Chinese numerals as people write small counts: 一次, 两场, 十二个, 一百零五人. */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SCALES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Reads a Chinese numeral at the start of `text`.
 * @example readChineseNumeral('十二个') // { value: 12, length: 2 }
 */
export function readChineseNumeral(text: string): { value: number; length: number } | null {
  let total = 0;
  let digit: number | null = null;
  let length = 0;
  let sawDigit = false;
  for (const ch of text) {
    const d = DIGITS[ch];
    const scale = SCALES[ch];
    if (d !== undefined) {
      if (digit !== null) break; // 一二 is not a number
      digit = d;
      sawDigit = true;
    } else if (scale !== undefined) {
      total += (digit ?? 1) * scale;
      digit = null;
    } else {
      break;
    }
    length += 1;
  }
  // 千家万户 and 百姓 are words, not numbers; 十个 is a number.
  if (length === 0 || (!sawDigit && !text.startsWith('十'))) return null;
  return { value: total + (digit ?? 0), length };
}

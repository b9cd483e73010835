/**
 * Numbers and dates of a workbook cell as text, the way the cell shows them. The number format
 * decides the look (thousands separators, %, padding to its decimals, literal text such as
 * "万元" or "人"), never the precision: a 万元 column formatted `0.00` often holds 2789.0645, and
 * rounding it to what the screen shows would silently lose money. Float artefacts of the binary
 * representation (0.1 + 0.2 = 0.30000000000000004) are removed by keeping 15 significant digits,
 * the precision Excel itself keeps.
 */

/** A number written out in plain decimal notation with at most 15 significant digits. */
export function plainDecimal(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const [mantissa = '0', exp = '0'] = value.toPrecision(15).split('e');
  const negative = mantissa.startsWith('-');
  const [whole = '0', frac = ''] = mantissa.replace('-', '').split('.');
  const exponent = Number(exp);
  let digits = `${whole}${frac}`;
  let point = whole.length + exponent;
  if (point <= 0) {
    digits = `${'0'.repeat(1 - point)}${digits}`;
    point = 1;
  } else if (point > digits.length) {
    digits = digits.padEnd(point, '0');
  }
  const intPart = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const fracPart = digits.slice(point).replace(/0+$/, '');
  const text = fracPart === '' ? intPart : `${intPart}.${fracPart}`;
  return negative && text !== '0' ? `-${text}` : text;
}

interface Section {
  readonly text: string;
}

/** Splits a format into its sections (positive;negative;zero;text), honouring quotes. */
function sections(format: string): Section[] {
  const out: Section[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i += 1) {
    const ch = format[i]!;
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      current += ch + (format[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (ch === ';' && !quoted) {
      out.push({ text: current });
      current = '';
      continue;
    }
    current += ch;
  }
  out.push({ text: current });
  return out;
}

type Token =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'placeholder'; readonly text: string };

/** Tokens of one section: placeholders (0 # ? , .) and literal text; brackets and fills dropped. */
function tokens(section: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < section.length; i += 1) {
    const ch = section[i]!;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      out.push({ kind: 'literal', text: section.slice(i + 1, stop) });
      i = stop;
    } else if (ch === '\\') {
      out.push({ kind: 'literal', text: section[i + 1] ?? '' });
      i += 1;
    } else if (ch === '_' || ch === '*') {
      i += 1; // _x pads with the width of x; *x fills with x: neither is content
    } else if (ch === '[') {
      const end = section.indexOf(']', i + 1);
      const stop = end < 0 ? section.length : end;
      // [$¥-804] prints its currency symbol; [Red], [>100], [DBNum1] print nothing.
      const currency = /^\$([^-\]]*)/.exec(section.slice(i + 1, stop));
      if (currency?.[1]) out.push({ kind: 'literal', text: currency[1] });
      i = stop;
    } else if ('0#?.,'.includes(ch)) {
      out.push({ kind: 'placeholder', text: ch });
    } else {
      out.push({ kind: 'literal', text: ch });
    }
  }
  return out;
}

/** Without quoted text and bracketed codes, the letters that make a format a date or time. */
function dateLetters(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/General/gi, '')
    .toLowerCase()
    .replace(/[^ymdhs]/g, '');
}

/** True when a number format shows a date or a time (Excel stores both as serial numbers). */
export function isDateFormat(format: string | undefined): boolean {
  return format !== undefined && dateLetters(format) !== '';
}

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * A number as a cell with this number format shows it, keeping every significant digit.
 * @example formatNumber(27890645, '#,##0.00') // '27,890,645.00'
 * @example formatNumber(0.95, '0%') // '95%'
 */
export function formatNumber(value: number, format: string | undefined): string {
  if (!Number.isFinite(value)) return String(value);
  if (format === undefined || /^\s*(?:General|@)?\s*$/i.test(format)) return plainDecimal(value);
  const all = sections(format);
  let section = all[0]!.text;
  let v = value;
  if (value < 0 && all.length > 1) {
    section = all[1]!.text;
    v = -value; // the negative section writes its own sign or brackets
  } else if (value === 0 && all.length > 2) {
    section = all[2]!.text;
  }
  if (/general/i.test(section)) return plainDecimal(value);
  if (/[eE][+-]/.test(section.replace(/"[^"]*"/g, ''))) return plainDecimal(value);
  const list = tokens(section);
  const first = list.findIndex((t) => t.kind === 'placeholder' && t.text !== ',' && t.text !== '.');
  if (first < 0) return list.map((t) => t.text).join('') || plainDecimal(value);
  let last = list.length - 1;
  while (last > first && list[last]!.kind !== 'placeholder') last -= 1;
  const body = list
    .slice(first, last + 1)
    .map((t) => t.text)
    .join('');
  // A trailing comma scales by a thousand (#,##0,): rare in these tables; show the plain value.
  if (/,$/.test(body) || /,\./.test(body)) return plainDecimal(value);
  const percents = list.filter((t) => t.kind === 'literal' && t.text === '%').length;
  const [intPattern = '', fracPattern = ''] = body.split('.');
  const minDecimals = (fracPattern.match(/0/g) ?? []).length;
  const minInteger = (intPattern.match(/0/g) ?? []).length;

  const scaled = percents > 0 ? Number((v * 100 ** percents).toPrecision(15)) : v;
  const text = plainDecimal(Math.abs(scaled));
  const [whole = '0', frac = ''] = text.split('.');
  let intDigits = whole === '0' && minInteger === 0 && frac !== '' ? '' : whole;
  intDigits = intDigits.padStart(minInteger, '0');
  if (intPattern.includes(',')) intDigits = groupThousands(intDigits);
  const fracDigits = frac.padEnd(minDecimals, '0');
  const number = fracDigits === '' ? intDigits || '0' : `${intDigits}.${fracDigits}`;
  const sign = scaled < 0 ? '-' : '';
  const prefix = list
    .slice(0, first)
    .map((t) => t.text)
    .join('');
  const suffix = list
    .slice(last + 1)
    .filter((t) => t.kind === 'literal')
    .map((t) => t.text)
    .join('');
  return `${prefix}${sign}${number}${suffix}`.trim();
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * A date as text: ISO (2019-12-31) when the format shows a day, "2019年12月" when it shows only a
 * month (a month means its last day to the target-value parser), with the time when it has one.
 */
export function formatDate(date: Date, format: string | undefined): string {
  if (Number.isNaN(date.getTime())) return '';
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  const letters = dateLetters(format ?? 'yyyy-mm-dd');
  const time = `${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}`;
  const hasTime = date.getUTCHours() !== 0 || date.getUTCMinutes() !== 0;
  if (!/[yd]/.test(letters) && /h/.test(letters)) return time;
  if (/y/.test(letters) && /m/.test(letters) && !/d/.test(letters)) return `${y}年${m}月`;
  const day = `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
  return hasTime && /h/.test(letters) ? `${day} ${time}` : day;
}

/** An Excel serial day number as a date (1900 system, or 1904 for old Mac workbooks). */
export function serialToDate(serial: number, date1904 = false): Date {
  // Day 60 of the 1900 system is the fictitious 1900-02-29 that Lotus 1-2-3 introduced.
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const days = !date1904 && serial < 60 ? serial + 1 : serial;
  return new Date(epoch + Math.round(days * 86_400_000));
}

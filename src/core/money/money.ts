/**
 * Money is exact: amounts travel as decimal strings of yuan ("27890645.00") and are added as
 * integer fen (bigint). No float ever holds an amount.
 */

declare const fenBrand: unique symbol;
/** An amount in fen (0.01 yuan). */
export type Fen = bigint & { readonly [fenBrand]: true };

/** A decimal string of yuan with two places: "27890645.00". */
export type Yuan = string;

const fen = (n: bigint): Fen => n as Fen;

/**
 * Reads an amount as written: "27,890,645.00", "2789.06万元", "￥1,200元", "1.2亿".
 * The unit may also come from the column header (`defaultUnit`). Returns null when the text is
 * not an amount, or when it has more precision than a fen (that would silently lose money).
 * @example parseAmount('2789.0645万元') // 2789064500n fen
 */
export function parseAmount(text: string, defaultUnit: '元' | '万元' = '元'): Fen | null {
  const t = text
    .normalize('NFKC')
    .replace(/[\s,，￥¥]/g, '')
    .replace(/^人民币/, '');
  const m = /^(-?)(\d+)(?:\.(\d+))?(元|万元|万|亿元|亿)?$/.exec(t);
  if (!m) return null;
  const [, sign, whole, frac = '', written] = m;
  const unit = written ?? defaultUnit;
  const scale = unit.startsWith('亿') ? 8 : unit.startsWith('万') ? 4 : 0;
  // Shift the decimal point right by `scale` places, then to fen (2 more places).
  const places = scale + 2;
  if (frac.replace(/0+$/, '').length > places) return null;
  const digits = `${whole}${frac.padEnd(places, '0').slice(0, places)}`;
  const value = BigInt(digits);
  return fen(sign === '-' ? -value : value);
}

/** Fen as a yuan decimal string with two places. */
export function formatYuan(amount: Fen): Yuan {
  const negative = amount < 0n;
  const abs = negative ? -amount : amount;
  const whole = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${cents}`;
}

/** Reads a yuan decimal string (the interchange form). */
export function yuanToFen(yuan: Yuan): Fen | null {
  return parseAmount(yuan, '元');
}

export function addFen(...amounts: Fen[]): Fen {
  return fen(amounts.reduce<bigint>((sum, a) => sum + a, 0n));
}

/** Yuan in 万元 with up to six decimals, as finance forms print it: 2789.0645. */
export function formatWanYuan(amount: Fen): string {
  const negative = amount < 0n;
  const abs = negative ? -amount : amount;
  const whole = abs / 1_000_000n;
  const frac = (abs % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
}

/** A ratio of two amounts as a plain number (execution rate): only for display and scoring. */
export function ratio(part: Fen, whole: Fen): number | null {
  if (whole === 0n) return null;
  // Scale before dividing so that the quotient keeps ten decimal places.
  return Number((part * 10_000_000_000n) / whole) / 10_000_000_000;
}

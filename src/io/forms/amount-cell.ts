/**
 * Amounts on forms: shown with thousands separators in 元 or 万元, and written to a workbook as
 * a number only when that number reads back to exactly the same fen — otherwise as text, so no
 * amount is ever rounded by a float.
 */

import { formatWanYuan, formatYuan, parseAmount, type Yuan } from '../../core/money/money.js';
import type { ColumnCell } from './indicator-columns.js';

/** Excel formats: two places for 元; two to six places for 万元 (one fen is 0.000001 万元). */
const NUM_FMT = { 元: '#,##0.00', 万元: '#,##0.00####' } as const;

/** "27890645.00" → "27,890,645.00". */
export function withThousands(plain: string): string {
  const [whole = '', frac] = plain.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = whole.replace(/^-/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${digits}${frac === undefined ? '' : `.${frac}`}`;
}

/** An amount in the unit of a form, as plain decimal text: "27890645.00" or "2789.0645". */
export function amountText(yuan: Yuan | null, unit: '元' | '万元'): string {
  if (yuan === null) return '';
  const fen = parseAmount(yuan, '元');
  if (fen === null) return yuan;
  return unit === '元' ? formatYuan(fen) : formatWanYuan(fen);
}

/**
 * A form cell for an amount: display text with separators, and a number when it is exact.
 * @example amountCell('27890645.00', '万元') // { text: '2,789.0645', number: 2789.0645, … }
 */
export function amountCell(yuan: Yuan | null, unit: '元' | '万元'): ColumnCell {
  const plain = amountText(yuan, unit);
  if (plain === '') return { text: '', style: 'number' };
  const fen = parseAmount(plain, unit);
  const n = Number(plain);
  const exact = fen !== null && parseAmount(String(n), unit) === fen;
  return exact
    ? { text: withThousands(plain), number: n, numFmt: NUM_FMT[unit], style: 'number' }
    : { text: plain, style: 'number' };
}

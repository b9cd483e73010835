/** Shares on forms (执行率 0.9534): shown as 95.34%, written to a workbook as a percent number. */

import type { ColumnCell } from './indicator-columns.js';

/**
 * A cell for a share, or an empty cell when it is unknown.
 * @example percentCell(0.9534) // { text: '95.34%', number: 0.9534, numFmt: '0.00%', … }
 */
export function percentCell(share: number | null): ColumnCell {
  if (share === null || !Number.isFinite(share)) return { text: '', style: 'number' };
  return {
    text: `${(share * 100).toFixed(2)}%`,
    number: share,
    numFmt: '0.00%',
    style: 'number',
  };
}

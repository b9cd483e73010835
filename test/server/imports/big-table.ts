/**
 * A large table for import tests: 20,000 indicators as tab-separated text (about 2 MB), each
 * drawing a finding, as the crash test's. Reading and reviewing it takes seconds.
 */

import { parseTargetValue } from '../../../src/core/value/parse.js';
import { generateTables, toTabText } from '../../support/corpus.js';

/** The indicators of `bigTableText`. */
export const BIG_INDICATORS = 20_000;

/** The text of a 20,000-indicator table named `name`. */
export function bigTableText(name = '大型导入'): string {
  const base = generateTables(1, 5)[0]!;
  const quality = base.indicators.find((i) => i.level2 === 'quality')!;
  const indicators = Array.from({ length: BIG_INDICATORS }, (_, k) => ({
    ...quality,
    name: `第${k}号设备正常运行率`,
    target: parseTargetValue('1起', { year: base.project.year }),
  }));
  return toTabText({ ...base, project: { ...base.project, name }, indicators });
}

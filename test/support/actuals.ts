/**
 * Year-end actuals for a table, generated from its targets: what a unit would record at
 * self-evaluation (实际完成值, 偏差原因, 全年执行数). Deterministic for a seed.
 */

import { formatYuan, parseAmount, yuanToFen } from '../../src/core/money/money.js';
import type { Indicator, TargetTable } from '../../src/core/table/target-table.js';
import { assertNever } from '../../src/core/util/assert-never.js';
import { formatNumber } from '../../src/core/value/format.js';
import { parseTargetValue } from '../../src/core/value/parse.js';
import type { TargetValue } from '../../src/core/value/target-value.js';
import { Random } from './random.js';

/** An actual written the way units write them: a number with the target's unit, a date, a word. */
function actualRaw(target: TargetValue, r: Random, year: number): string {
  switch (target.kind) {
    case 'number': {
      const base = target.op === 'between' ? target.max : target.value;
      // Mostly met, sometimes short by up to a third.
      const factor = r.chance(0.75) ? 1 + r.int(0, 20) / 100 : 1 - r.int(5, 33) / 100;
      const value = Math.round(base * factor * 100) / 100;
      const shown = target.unit === '%' ? Math.min(value, 100) : value;
      return `${formatNumber(shown)}${target.unit ?? ''}`;
    }
    case 'date':
      return `${year}年${r.int(6, 12)}月`;
    case 'boolean':
      return r.chance(0.9) ? '是' : '否';
    case 'compound':
      // 1本，20个项目 is met part by part: 1本，22个.
      if (target.parts.every((p) => p.kind === 'number' || p.kind === 'date')) {
        return target.parts.map((p) => actualRaw(p, r, year)).join('，');
      }
      return r.pick(['已完成', '达成年度指标', '部分达成年度指标并具有一定效果']);
    case 'text':
      return r.pick(['已完成', '达成年度指标', '部分达成年度指标并具有一定效果']);
    case 'none':
      return '不适用';
    default:
      return assertNever(target);
  }
}

/** The table with an actual for every indicator, some deviation reasons, and its execution. */
export function withActuals(table: TargetTable, seed = 2019): TargetTable {
  const r = new Random(seed);
  const year = table.project.year ?? 2019;
  const indicators = table.indicators.map((i): Indicator => {
    const raw = actualRaw(i.target, r, year);
    const short = r.chance(0.2);
    return {
      ...i,
      actual: parseTargetValue(raw, { year }),
      ...(short ? { deviationReason: '受疫情影响，部分活动延期至下年度举办。' } : {}),
    };
  });
  const budgetFen = yuanToFen(table.project.amount.currentYear ?? '1000000.00')!;
  const spentShare = BigInt(r.int(70, 100));
  const spent = parseAmount(formatYuan(((budgetFen * spentShare) / 100n) as typeof budgetFen))!;
  return {
    ...table,
    indicators,
    execution: {
      initialBudget: formatYuan(budgetFen),
      budget: formatYuan(budgetFen),
      spent: formatYuan(spent),
    },
  };
}

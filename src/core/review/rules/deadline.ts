/**
 * Deadlines against the project's own dates (可行性, DOMAIN.md): a deadline after the planned
 * end (or a value that says the work runs into next year), and a deadline in another year.
 */

import type { DateValue, TargetValue } from '../../value/target-value.js';
import { quote } from '../names.js';
import type { RuleDefinition } from '../rule.js';

/** Words that put the work past the year: 跨年完成, 次年, 明年. */
const INTO_NEXT_YEAR = /跨年|跨年度|次年|明年|下一年|下年度|翌年/;

function datesOf(v: TargetValue): DateValue[] {
  if (v.kind === 'date') return [v];
  if (v.kind === 'compound') return v.parts.flatMap(datesOf);
  return [];
}

function textsOf(v: TargetValue): string[] {
  if (v.kind === 'text') return [v.raw];
  if (v.kind === 'compound') return v.parts.flatMap(textsOf);
  return [];
}

/** The last day a date value allows. */
const lastDay = (d: DateValue): string => (d.op === 'between' ? d.max : d.value);

const yearAssumed = (d: DateValue): boolean =>
  d.notes?.some((n) => n.code === 'year-assumed') ?? false;

export const deadlineAfterEnd: RuleDefinition = {
  id: 'deadline-after-end',
  category: 'inconsistent',
  criterion: 'feasibility',
  severity: 'error',
  title: { zh: '时限晚于项目计划完成日期', en: 'A deadline after the project ends' },
  explanation: {
    zh: '时效目标晚于项目的计划完成日期（或写明“跨年完成”），本年度的目标在本年度内就无法达成，与项目期限矛盾。',
    en: 'A deadline after the planned end of the project (or a value saying the work runs into next year) cannot be met within the project and contradicts its dates.',
  },
  examples: {
    hit: { rows: [['时效', '课题研究完成时间', '年内完成；部分课题需跨年完成']] },
    nearMiss: { rows: [['时效', '课题研究完成时间', '年内完成']] },
  },
  check(ctx, report) {
    const { endDate, year } = ctx.table.project;
    const end = endDate ?? (year !== null ? `${year}-12-31` : null);
    if (end === null) return;
    const endsInItsYear = year === null || end.slice(0, 4) === String(year);
    for (const f of ctx.facts) {
      const late = datesOf(f.indicator.target).find((d) => lastDay(d) > end);
      const spill = endsInItsYear
        ? textsOf(f.indicator.target).find((t) => INTO_NEXT_YEAR.test(t))
        : undefined;
      if (!late && spill === undefined) continue;
      const what = late ? late.raw : (spill as string);
      report({
        indicators: [f.index],
        message: {
          zh: `“${quote(what)}”超出项目计划完成日期 ${end}`,
          en: `"${quote(what)}" runs past the project's planned end, ${end}`,
        },
        suggestion: {
          zh: `将时限调整到 ${end} 之前；确需跨年的工作，调整项目计划完成日期或分年度设定目标`,
          en: `Move the deadline before ${end}; for work that must cross the year, change the project end date or set yearly targets`,
        },
      });
    }
  },
};

export const deadlineOtherYear: RuleDefinition = {
  id: 'deadline-other-year',
  category: 'inconsistent',
  criterion: 'feasibility',
  severity: 'warning',
  title: { zh: '时限不在项目年度内', en: 'A deadline in another year' },
  explanation: {
    zh: '年度绩效目标表的时限应落在本年度、且不早于项目开始日期；写成往年的日期，多半是照抄上年的表格。',
    en: "An annual target table's deadlines fall within its year and not before the project starts; an earlier year usually means last year's table was copied.",
  },
  examples: {
    hit: { rows: [['时效', '举办活动及时性', '2018年12月']] },
    nearMiss: { rows: [['时效', '举办活动及时性', '2019年12月']] },
  },
  check(ctx, report) {
    const { startDate, endDate, year } = ctx.table.project;
    if (year === null && startDate === null) return;
    const end = endDate ?? `${year}-12-31`;
    for (const f of ctx.facts) {
      const odd = datesOf(f.indicator.target).find((d) => {
        if (yearAssumed(d) || lastDay(d) > end) return false;
        const first = d.op === 'between' ? d.min : d.value;
        if (startDate !== null && lastDay(d) < startDate) return true;
        return year !== null && Number(first.slice(0, 4)) !== year && lastDay(d) < `${year}`;
      });
      if (!odd) continue;
      report({
        indicators: [f.index],
        message: {
          zh: `时限“${quote(odd.raw)}”不在项目年度${year ?? ''}内`,
          en: `The deadline "${quote(odd.raw)}" is not within the project year ${year ?? ''}`.trim(),
        },
        suggestion: {
          zh: `改为本年度内的日期，如“${year ?? ''}年12月31日前”`,
          en: `Use a date within the year, e.g. "${year ?? ''}年12月31日前"`,
        },
      });
    }
  },
};

/** The deadline rule family. */
export const DEADLINE_RULES: readonly RuleDefinition[] = [deadlineAfterEnd, deadlineOtherYear];

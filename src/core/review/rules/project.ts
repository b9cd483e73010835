/**
 * Project facts (完整性): the header block is filled in, its dates are in order, and its amounts
 * add up — exactly, in fen (money.ts), never as floats.
 */

import { addFen, type Fen, formatWanYuan, yuanToFen } from '../../money/money.js';
import type { Project } from '../../table/target-table.js';
import type { RuleDefinition } from '../rule.js';

const wan = (f: Fen): string => `${formatWanYuan(f)}万元`;

export const amountsMismatch: RuleDefinition = {
  id: 'amounts-mismatch',
  category: 'inconsistent',
  criterion: 'completeness',
  severity: 'error',
  title: { zh: '资金金额合计不符', en: 'Amounts that do not add up' },
  explanation: {
    zh: '财政拨款资金与其他资金之和应等于项目金额（本年度项目金额或项目总金额），本年度金额也不能超过总金额；不符说明资金来源填报有误。',
    en: 'Fiscal funds plus other funds equal the project amount (this year or in total), and this year cannot exceed the total; otherwise the sources are misreported.',
  },
  examples: {
    hit: {
      rows: [['数量', '举办科普讲座场次', '12场']],
      project: {
        amount: {
          total: '500000.00',
          currentYear: '500000.00',
          fiscal: '450000.00',
          other: '30000.00',
        },
      },
    },
    nearMiss: {
      rows: [['数量', '举办科普讲座场次', '12场']],
      project: {
        amount: {
          total: '500000.00',
          currentYear: '500000.00',
          fiscal: '470000.00',
          other: '30000.00',
        },
      },
    },
  },
  check(ctx, report) {
    const a = ctx.table.project.amount;
    const [total, year, fiscal, other] = [a.total, a.currentYear, a.fiscal, a.other].map((y) =>
      y === null ? null : yuanToFen(y),
    );
    if (total != null && year != null && year > total)
      report({
        message: {
          zh: `本年度项目金额 ${wan(year)} 超过项目总金额 ${wan(total)}`,
          en: `This year's amount ${wan(year)} exceeds the project total ${wan(total)}`,
        },
        suggestion: { zh: '核对两项金额', en: 'Check both amounts' },
      });
    if (fiscal == null || (total == null && year == null)) return;
    const sum = addFen(fiscal, other ?? (0n as Fen));
    if (sum === year || sum === total) return;
    const target = (year ?? total) as Fen;
    report({
      message: {
        zh: `财政拨款 ${wan(fiscal)} 加其他资金 ${wan(other ?? (0n as Fen))} 合计 ${wan(sum)}，与项目金额 ${wan(target)} 不符`,
        en: `Fiscal ${wan(fiscal)} plus other ${wan(other ?? (0n as Fen))} is ${wan(sum)}, not the project amount ${wan(target)}`,
      },
      suggestion: {
        zh: '核对资金来源，使财政拨款与其他资金之和等于项目金额',
        en: 'Correct the sources so that fiscal plus other funds equal the project amount',
      },
    });
  },
};

/** Facts a reviewer cannot do without, with their names on the form. */
const REQUIRED: ReadonlyArray<readonly [keyof Project | 'amount.total', string, string]> = [
  ['name', '项目名称', 'project name'],
  ['year', '年度', 'year'],
  ['unit', '实施单位', 'implementing unit'],
  ['startDate', '计划开始日期', 'planned start'],
  ['endDate', '计划完成日期', 'planned end'],
  ['amount.total', '项目金额', 'amount'],
  ['annualGoal', '年度绩效目标', 'annual goal'],
];

export const missingProjectFacts: RuleDefinition = {
  id: 'missing-project-facts',
  category: 'missing',
  criterion: 'completeness',
  severity: 'warning',
  title: { zh: '项目基本信息不全', en: 'Project facts missing' },
  explanation: {
    zh: '项目名称、年度、实施单位、起止日期、金额和年度绩效目标是审核的前提：没有金额无法判断适当性，没有日期无法判断时限。',
    en: 'Name, year, unit, dates, amount and annual goal are what review starts from: without the amount targets cannot be weighed, without dates deadlines cannot be checked.',
  },
  examples: {
    hit: {
      rows: [['数量', '举办科普讲座场次', '12场']],
      project: { endDate: null, annualGoal: '  ' },
    },
    nearMiss: { rows: [['数量', '举办科普讲座场次', '12场']] },
  },
  check(ctx, report) {
    const p = ctx.table.project;
    const missing = REQUIRED.filter(([field]) => {
      const v = field === 'amount.total' ? (p.amount.total ?? p.amount.currentYear) : p[field];
      return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
    });
    if (missing.length === 0) return;
    report({
      message: {
        zh: `项目基本信息缺少：${missing.map((m) => m[1]).join('、')}`,
        en: `Project facts missing: ${missing.map((m) => m[2]).join(', ')}`,
      },
      suggestion: { zh: '补全表头的项目信息', en: 'Fill in the project facts of the header' },
    });
  },
};

export const projectDates: RuleDefinition = {
  id: 'project-dates',
  category: 'inconsistent',
  criterion: 'feasibility',
  severity: 'error',
  title: { zh: '项目起止日期矛盾', en: 'Project dates that contradict each other' },
  explanation: {
    zh: '计划完成日期早于开始日期，或项目期间不包含表格年度，所有时效目标都失去了参照。',
    en: 'An end before the start, or a project period outside the year of the table, leaves every deadline without a reference.',
  },
  examples: {
    hit: {
      rows: [['数量', '举办科普讲座场次', '12场']],
      project: { startDate: '2019-12-31', endDate: '2019-01-01' },
    },
    nearMiss: { rows: [['数量', '举办科普讲座场次', '12场']] },
  },
  check(ctx, report) {
    const { startDate: start, endDate: end, year } = ctx.table.project;
    if (start !== null && end !== null && end < start) {
      report({
        message: {
          zh: `计划完成日期 ${end} 早于计划开始日期 ${start}`,
          en: `The planned end ${end} is before the planned start ${start}`,
        },
        suggestion: { zh: '核对起止日期', en: 'Check the dates' },
      });
      return;
    }
    if (year === null) return;
    const outside =
      (start !== null && Number(start.slice(0, 4)) > year) ||
      (end !== null && Number(end.slice(0, 4)) < year);
    if (!outside) return;
    report({
      message: {
        zh: `项目期间 ${start ?? '?'} 至 ${end ?? '?'} 不包含表格年度 ${year}`,
        en: `The project period ${start ?? '?'} to ${end ?? '?'} does not include the year ${year}`,
      },
      suggestion: { zh: '核对年度和起止日期', en: 'Check the year and the dates' },
    });
  },
};

/** The project-facts rule family. */
export const PROJECT_RULES: readonly RuleDefinition[] = [
  amountsMismatch,
  missingProjectFacts,
  projectDates,
];

/**
 * The words each framework's form prints: titles, header-block labels and indicator columns.
 * cn-2019 is worded like the seed (深圳 2019), cn-2021 like the MoF 项目支出绩效目标申报表
 * (财预〔2021〕101号), amounts in 万元 as that form prints them. Every label is one the grid
 * reader recognises, so what the writers produce reads back.
 */

import type { FrameworkId } from '../../core/framework/frameworks.js';
import { FORM_LABELS as L, render } from '../../core/messages/index.js';
import { assertNever } from '../../core/util/assert-never.js';

/** Labels of one framework's target table form. */
export interface TableVocabulary {
  readonly title: string;
  readonly yearLine: (year: number) => string;
  readonly department: string;
  /** 元 like the seed, or 万元 like the MoF form; written exactly either way. */
  readonly amountUnit: '元' | '万元';
  /** The group label in front of the amounts (项目资金（万元）), or null when they stand alone. */
  readonly fundsLabel: string | null;
  readonly total: string;
  readonly currentYear: string;
  readonly fiscal: string;
  readonly other: string;
  readonly longTermGoal: string;
  readonly annualGoal: string;
  readonly columns: {
    readonly level1: string;
    readonly level2: string;
    readonly name: string;
    readonly target: string;
    readonly source: string;
  };
}

const short = (year: number): string => render(L.yearShort, { year }).zh;
const long = (year: number): string => render(L.yearLong, { year }).zh;

const LEGACY: TableVocabulary = {
  title: L.targetTitle.zh,
  yearLine: short,
  department: L.departmentLegacy.zh,
  amountUnit: '元',
  fundsLabel: null,
  total: L.total.zh,
  currentYear: L.currentYear.zh,
  fiscal: L.fiscal.zh,
  other: L.other.zh,
  longTermGoal: L.longTermGoal.zh,
  annualGoal: L.annualGoal.zh,
  columns: {
    level1: L.level1Legacy.zh,
    level2: L.level2.zh,
    name: L.level3Legacy.zh,
    target: L.targetLegacy.zh,
    source: L.source.zh,
  },
};

const MOF_2021: TableVocabulary = {
  title: L.declarationTitle.zh,
  yearLine: long,
  department: L.department.zh,
  amountUnit: '万元',
  fundsLabel: L.fundsWan.zh,
  total: L.totalMof.zh,
  currentYear: L.currentYearMof.zh,
  fiscal: L.fiscalMof.zh,
  other: L.other.zh,
  longTermGoal: L.longTermGoalMof.zh,
  annualGoal: L.annualGoalMof.zh,
  columns: {
    level1: L.level1.zh,
    level2: L.level2.zh,
    name: L.level3.zh,
    target: L.target.zh,
    source: L.sourceMof.zh,
  },
};

const INPUT_OUTPUT: TableVocabulary = {
  ...LEGACY,
  department: L.department.zh,
  columns: {
    level1: L.level1.zh,
    level2: L.level2.zh,
    name: L.level3.zh,
    target: L.target.zh,
    source: L.source.zh,
  },
};

/** The form words of a framework. */
export function vocabularyOf(framework: FrameworkId): TableVocabulary {
  switch (framework) {
    case 'cn-2019':
      return LEGACY;
    case 'cn-2021':
      return MOF_2021;
    case 'cn-input-output-outcome':
      return INPUT_OUTPUT;
    default:
      return assertNever(framework);
  }
}

/** Options of the checkbox lines of the legacy form, as printed on the seed. */
export const TYPE_OPTIONS = [
  '一般性项目支出',
  '专项性项目支出',
  '政府投资项目支出',
  '政府性基金项目支出',
] as const;

export const FUND_USE_OPTIONS = [
  '业务类',
  '政策类(转移性支出)',
  '工程及维护类',
  '基本建设',
  '信息化工程',
  '设备购置及维护',
] as const;

/**
 * A checkbox line with the chosen options ticked ("一般性项目支出√ 专项性项目支出□"), or the
 * text itself when it is not made of the printed options (the reader takes plain text as is).
 */
export function checkboxLine(chosen: string | null, options: readonly string[]): string {
  if (chosen === null) return '';
  const picked = chosen.split('、');
  if (!picked.every((p) => options.includes(p))) return chosen;
  return options.map((o) => `${o}${picked.includes(o) ? '√' : '□'}`).join(' ');
}

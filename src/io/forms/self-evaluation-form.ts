/**
 * 项目支出绩效自评表 (财预〔2020〕10号): the 资金 block with 年初预算数 / 全年预算数 / 全年执行数 /
 * 分值 / 执行率 / 得分, the annual goal and what was achieved, one row per indicator with 年度指标值,
 * 实际完成值, 分值, 得分 and 偏差原因分析及改进措施, then 总分 and the grade. Scores come from a
 * `ScoreReport`; the layout reads back through `jixiao parse` with the same numbers.
 */

import { FORM_LABELS as L, render } from '../../core/messages/index.js';
import type { ScoreReport } from '../../core/scoring/index.js';
import type { TargetTable } from '../../core/table/target-table.js';
import type { FormModel, FormRow } from '../xlsx/layout-model.js';
import { fitColumns } from '../xlsx/layout-model.js';
import { spanCell, titleRows } from '../xlsx/layout-rows.js';
import { amountCell } from './amount-cell.js';
import { type IndicatorColumn, indicatorSection, numberCell } from './indicator-columns.js';
import { percentCell } from './percent-cell.js';

/** What the form needs besides the table: its scores, and the unit's summary of the year. */
export interface SelfEvaluationFormInput {
  readonly table: TargetTable;
  readonly report: ScoreReport;
  /** 全年实际完成情况: what was achieved against the annual goal, in the unit's words. */
  readonly actualSummary?: string | null;
}

const UNIT = '万元';
const WIDTH = 8;

function columns(report: ScoreReport): IndicatorColumn[] {
  const byIndex = new Map(report.indicators.map((s) => [s.index, s]));
  return [
    { header: L.level1.zh, role: 'level1', bounds: [8, 12] },
    { header: L.level2.zh, role: 'level2', bounds: [8, 14] },
    { header: L.level3.zh, role: 'cell', bounds: [14, 36], cell: (i) => ({ text: i.name }) },
    {
      header: L.annualTarget.zh,
      role: 'cell',
      bounds: [10, 20],
      cell: (i) => ({ text: i.target.raw }),
    },
    {
      header: L.actual.zh,
      role: 'cell',
      bounds: [10, 20],
      cell: (i) => ({ text: i.actual?.raw ?? '' }),
    },
    {
      header: L.weight.zh,
      role: 'cell',
      bounds: [7, 9],
      cell: (i, k) => numberCell(byIndex.get(k)?.weight ?? i.weight),
    },
    {
      header: L.score.zh,
      role: 'cell',
      bounds: [7, 9],
      cell: (i, k) => numberCell(byIndex.get(k)?.score ?? i.score),
    },
    {
      header: L.deviation.zh,
      role: 'cell',
      bounds: [14, 36],
      cell: (i) => ({ text: i.deviationReason ?? '' }),
    },
  ];
}

/**
 * The 资金 block. The reader finds the execution by the 年初预算数/全年预算数/全年执行数 header
 * and the 年度资金总额 row under it; no cell left of them is merged sideways, so the columns line up.
 */
function fundRows(input: SelfEvaluationFormInput): FormRow[] {
  const b = input.report.budget;
  const e = input.table.execution;
  const money = (v: string | null | undefined) => amountCell(v ?? null, UNIT);
  return [
    {
      part: 'block',
      cells: [
        { col: 0, text: L.fundsWan.zh, style: 'label', rowSpan: 2 },
        { col: 1, text: '', style: 'label' },
        { col: 2, text: L.initialBudget.zh, style: 'label' },
        { col: 3, text: L.budget.zh, style: 'label' },
        { col: 4, text: L.spent.zh, style: 'label' },
        { col: 5, text: L.weight.zh, style: 'label' },
        { col: 6, text: L.executionRate.zh, style: 'label' },
        { col: 7, text: L.score.zh, style: 'label' },
      ],
    },
    {
      part: 'block',
      cells: [
        { col: 1, text: L.yearFunds.zh, style: 'label' },
        spanCell(2, 1, money(b.initialBudget ?? e?.initialBudget)),
        spanCell(3, 1, money(b.budget ?? e?.budget)),
        spanCell(4, 1, money(b.spent ?? e?.spent)),
        spanCell(5, 1, numberCell(b.weight)),
        spanCell(6, 1, percentCell(b.rate)),
        spanCell(7, 1, numberCell(b.score)),
      ],
    },
  ];
}

function blockRows(input: SelfEvaluationFormInput): FormRow[] {
  const p = input.table.project;
  const row = (cells: FormRow['cells']): FormRow => ({ part: 'block', cells });
  return [
    row([{ col: 0, text: L.name.zh, style: 'label' }, spanCell(1, WIDTH - 1, p.name ?? '')]),
    row([
      { col: 0, text: L.department.zh, style: 'label' },
      spanCell(1, 3, p.department ?? ''),
      spanCell(4, 1, { text: L.unit.zh, style: 'label' }),
      spanCell(5, WIDTH - 5, p.unit ?? ''),
    ]),
    ...fundRows(input),
    row([
      { col: 0, text: L.annualOverallGoal.zh, style: 'label' },
      spanCell(1, WIDTH - 1, p.annualGoal ?? ''),
    ]),
    row([
      { col: 0, text: L.actualSummary.zh, style: 'label' },
      spanCell(1, WIDTH - 1, input.actualSummary ?? ''),
    ]),
  ];
}

/** 总分 | 100 | 87.5 | 良. A zero total leaves the maximum out: the reader takes the last number. */
function totalRow(report: ScoreReport): FormRow {
  return {
    part: 'foot',
    cells: [
      { col: 0, text: L.totalScore.zh, style: 'label', colSpan: 5 },
      spanCell(5, 1, report.total > 0 ? numberCell(report.maxTotal) : numberCell(null)),
      spanCell(6, 1, numberCell(report.total)),
      spanCell(7, 1, { text: `${L.grade.zh}：${report.gradeLabel.zh}`, style: 'center' }),
    ],
  };
}

/** The 自评表 of one table with its score report. */
export function selfEvaluationLayout(input: SelfEvaluationFormInput): FormModel {
  const year = input.table.project.year;
  const cols = columns(input.report);
  const rows: FormRow[] = [
    ...titleRows(
      WIDTH,
      L.selfEvaluationTitle.zh,
      year === null ? null : render(L.yearLong, { year }).zh,
    ),
    ...blockRows(input),
    ...indicatorSection(input.table.indicators, cols),
    totalRow(input.report),
  ];
  return {
    name: input.table.project.name ?? L.selfEvaluationTitle.zh,
    columns: fitColumns(
      rows,
      cols.map((c) => c.bounds),
    ),
    rows,
  };
}

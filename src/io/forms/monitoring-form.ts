/**
 * 项目支出绩效目标执行监控表 (财预〔2019〕136号, "双监控"): the budget executed by the checkpoint
 * with its rate and light, and per indicator the 年度指标值, the value at the checkpoint
 * (1–7月执行情况), the 全年预计完成值, the 偏差原因 ticked under its category with the unit's
 * words, the 完成目标可能性 ticked, and the light. Everything comes from a `MonitoringReport`.
 */

import {
  DEVIATION_CATEGORY_NAMES,
  FORM_LABELS as L,
  LIGHT_NAMES,
  LIKELIHOOD_NAMES,
  render,
} from '../../core/messages/index.js';
import {
  DEVIATION_CATEGORIES,
  LIKELIHOODS,
  type Light,
  type MonitoringReport,
} from '../../core/monitoring/index.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { type FormModel, type FormRow, fitColumns } from '../xlsx/layout-model.js';
import { spanCell, titleRows } from '../xlsx/layout-rows.js';
import { amountCell } from './amount-cell.js';
import type { IndicatorColumn } from './indicator-columns.js';
import { indicatorSection } from './indicator-columns.js';
import { percentCell } from './percent-cell.js';

export interface MonitoringFormInput {
  readonly table: TargetTable;
  readonly report: MonitoringReport;
}

const UNIT = '万元';

/** The light as printed; nothing when there is nothing to judge. */
const lightText = (light: Light): string => (light === 'none' ? '' : LIGHT_NAMES[light].zh);

function columns(report: MonitoringReport): IndicatorColumn[] {
  const byIndex = new Map(report.indicators.map((m) => [m.index, m]));
  const period = report.period.zh;
  const tick = (yes: boolean) => ({ text: yes ? L.tick.zh : '', style: 'center' as const });
  return [
    { header: L.level1.zh, role: 'level1', bounds: [8, 10] },
    { header: L.level2.zh, role: 'level2', bounds: [8, 12] },
    { header: L.level3.zh, role: 'cell', bounds: [14, 30], cell: (i) => ({ text: i.name }) },
    {
      header: L.annualTarget.zh,
      role: 'cell',
      bounds: [10, 18],
      cell: (i) => ({ text: i.target.raw }),
    },
    {
      header: render(L.currentValue, { period }).zh,
      role: 'cell',
      bounds: [10, 16],
      cell: (_, k) => ({ text: byIndex.get(k)?.current ?? '' }),
    },
    {
      header: L.expectedValue.zh,
      role: 'cell',
      bounds: [10, 16],
      cell: (_, k) => ({ text: byIndex.get(k)?.expected ?? '' }),
    },
    ...DEVIATION_CATEGORIES.map(
      (category): IndicatorColumn => ({
        header: DEVIATION_CATEGORY_NAMES[category].zh,
        group: L.deviationCauses.zh,
        role: 'cell',
        bounds: [6, 9],
        cell: (_, k) => tick(byIndex.get(k)?.deviationReason?.category === category),
      }),
    ),
    {
      header: L.deviationText.zh,
      group: L.deviationCauses.zh,
      role: 'cell',
      bounds: [12, 28],
      cell: (_, k) => ({ text: byIndex.get(k)?.deviationReason?.text ?? '' }),
    },
    ...LIKELIHOODS.map(
      (likelihood): IndicatorColumn => ({
        header: LIKELIHOOD_NAMES[likelihood].zh,
        group: L.likelihood.zh,
        role: 'cell',
        bounds: [6, 9],
        cell: (_, k) => tick(byIndex.get(k)?.likelihood === likelihood),
      }),
    ),
    {
      header: L.light.zh,
      role: 'cell',
      bounds: [6, 7],
      cell: (_, k) => ({ text: lightText(byIndex.get(k)?.light ?? 'none'), style: 'center' }),
    },
  ];
}

/** 项目资金（万元）: 年初预算数, 全年预算数, executed by the checkpoint, its rate and light. */
function fundRows(input: MonitoringFormInput, width: number): FormRow[] {
  const b = input.report.budget;
  const period = input.report.period.zh;
  const heads = [
    L.initialBudget.zh,
    L.budget.zh,
    render(L.spentSoFar, { period }).zh,
    L.executionRate.zh,
    L.light.zh,
  ];
  const values = [
    amountCell(input.table.execution?.initialBudget ?? null, UNIT),
    amountCell(b.budget, UNIT),
    amountCell(b.spent, UNIT),
    percentCell(b.rate),
    { text: lightText(b.light), style: 'center' as const },
  ];
  // Spread the five facts over the columns right of the label.
  const starts = [2, 4, 6, 9, 12];
  const span = (k: number) => (starts[k + 1] ?? width) - starts[k]!;
  return [
    {
      part: 'block',
      cells: [
        { col: 0, text: L.fundsWan.zh, style: 'label', colSpan: 2, rowSpan: 2 },
        ...heads.map((text, k) => spanCell(starts[k]!, span(k), { text, style: 'label' })),
      ],
    },
    { part: 'block', cells: values.map((v, k) => spanCell(starts[k]!, span(k), v)) },
    {
      part: 'block',
      cells: [
        { col: 0, text: L.lightExplain.zh, style: 'label', colSpan: 2 },
        spanCell(2, width - 2, input.report.budget.explain.zh),
      ],
    },
  ];
}

function blockRows(input: MonitoringFormInput, width: number): FormRow[] {
  const p = input.table.project;
  const label = (col: number, span: number, text: string) =>
    spanCell(col, span, { text, style: 'label' });
  return [
    { part: 'block', cells: [label(0, 2, L.name.zh), spanCell(2, width - 2, p.name ?? '')] },
    {
      part: 'block',
      cells: [
        label(0, 2, L.department.zh),
        spanCell(2, 4, p.department ?? ''),
        label(6, 3, L.unit.zh),
        spanCell(9, width - 9, p.unit ?? ''),
      ],
    },
    ...fundRows(input, width),
    {
      part: 'block',
      cells: [label(0, 2, L.annualOverallGoal.zh), spanCell(2, width - 2, p.annualGoal ?? '')],
    },
  ];
}

/** The 监控表 of one table with its monitoring report. */
export function monitoringLayout(input: MonitoringFormInput): FormModel {
  const cols = columns(input.report);
  const width = cols.length;
  const year = input.table.project.year;
  const rows: FormRow[] = [
    ...titleRows(
      width,
      L.monitoringTitle.zh,
      year === null ? null : render(L.yearLong, { year }).zh,
    ),
    ...blockRows(input, width),
    ...indicatorSection(input.table.indicators, cols),
    {
      part: 'foot',
      cells: [
        spanCell(0, 6, { text: L.filledBy.zh, style: 'note' }),
        spanCell(6, 5, { text: L.contact.zh, style: 'note' }),
        spanCell(11, width - 11, { text: L.filledOn.zh, style: 'note' }),
      ],
    },
  ];
  return {
    name: input.table.project.name ?? L.monitoringTitle.zh,
    columns: fitColumns(
      rows,
      cols.map((c) => c.bounds),
    ),
    rows,
  };
}

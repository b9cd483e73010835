/**
 * The target table in the printable layout of its own framework: title and year, the header
 * block of project facts, the indicator header row, the indicators with merged first- and
 * second-level cells. A table that already carries actuals, weights or scores gets the
 * self-evaluation columns too, and its 资金 block and 总分, so writing it loses nothing the
 * reader can take back.
 */

import { type Bilingual, FORM_LABELS as L } from '../../core/messages/index.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { amountCell } from '../forms/amount-cell.js';
import {
  hasSelfEvaluation,
  type IndicatorColumn,
  indicatorSection,
  numberCell,
} from '../forms/indicator-columns.js';
import { percentCell } from '../forms/percent-cell.js';
import {
  checkboxLine,
  FUND_USE_OPTIONS,
  type TableVocabulary,
  TYPE_OPTIONS,
  vocabularyOf,
} from '../forms/vocabulary.js';
import { type FormModel, type FormRow, fitColumns } from './layout-model.js';
import { groupedPairRows, pairRow, singleRow, spanCell, titleRows } from './layout-rows.js';

/** The indicator columns of a target table: the framework's five, plus self-evaluation ones. */
export function targetColumns(words: TableVocabulary, selfEvaluation: boolean): IndicatorColumn[] {
  const c = words.columns;
  const columns: IndicatorColumn[] = [
    { header: c.level1, role: 'level1', bounds: [8, 14] },
    { header: c.level2, role: 'level2', bounds: [8, 16] },
    { header: c.name, role: 'cell', bounds: [16, 44], cell: (i) => ({ text: i.name }) },
    { header: c.target, role: 'cell', bounds: [10, 28], cell: (i) => ({ text: i.target.raw }) },
    {
      header: c.source,
      role: 'cell',
      bounds: [12, 46],
      cell: (i) => ({ text: i.source ?? '' }),
    },
  ];
  if (selfEvaluation)
    columns.push(
      {
        header: L.actual.zh,
        role: 'cell',
        bounds: [10, 24],
        cell: (i) => ({ text: i.actual?.raw ?? '' }),
      },
      { header: L.weight.zh, role: 'cell', bounds: [6, 8], cell: (i) => numberCell(i.weight) },
      { header: L.score.zh, role: 'cell', bounds: [6, 8], cell: (i) => numberCell(i.score) },
      {
        header: L.deviation.zh,
        role: 'cell',
        bounds: [14, 36],
        cell: (i) => ({ text: i.deviationReason ?? '' }),
      },
    );
  return columns;
}

function amountRows(table: TargetTable, words: TableVocabulary, width: number): FormRow[] {
  const a = table.project.amount;
  const money = (v: string | null) => amountCell(v, words.amountUnit);
  const first = [
    [words.total, money(a.total)],
    [words.currentYear, money(a.currentYear)],
  ] as const;
  const second = [
    [words.fiscal, money(a.fiscal)],
    [words.other, money(a.other)],
  ] as const;
  if (words.fundsLabel !== null) return groupedPairRows(width, words.fundsLabel, [first, second]);
  return [pairRow(width, ...first), pairRow(width, ...second)];
}

/** The header block: project facts as label/value cells. */
function blockRows(table: TargetTable, words: TableVocabulary, width: number): FormRow[] {
  const p = table.project;
  const legacy = table.framework !== 'cn-2021';
  const rows: FormRow[] = [singleRow(width, L.name.zh, p.name ?? '')];
  if (p.code) rows.push(singleRow(width, L.code.zh, p.code));
  rows.push(pairRow(width, [L.unit.zh, p.unit ?? ''], [words.department, p.department ?? '']));
  if (legacy || p.type !== null)
    rows.push(singleRow(width, L.type.zh, legacy ? checkboxLine(p.type, TYPE_OPTIONS) : p.type!));
  if (legacy || p.fundUse !== null)
    rows.push(
      singleRow(
        width,
        L.fundUse.zh,
        legacy ? checkboxLine(p.fundUse, FUND_USE_OPTIONS) : p.fundUse!,
      ),
    );
  rows.push(
    pairRow(width, [L.startDate.zh, p.startDate ?? ''], [L.endDate.zh, p.endDate ?? '']),
    ...amountRows(table, words, width),
  );
  if (p.procurement)
    rows.push(
      groupedPairRows(width, L.procurement.zh, [
        [
          [L.fixedAssets.zh, amountCell(p.procurement.fixedAssets, words.amountUnit)],
          [L.procurementItems.zh, p.procurement.items ?? ''],
        ],
      ])[0]!,
    );
  for (const [label, text] of [
    [L.overview.zh, p.overview],
    [L.purpose.zh, p.purpose],
    [words.longTermGoal, p.longTermGoal],
    [words.annualGoal, p.annualGoal],
  ] as const)
    if (legacy || text !== null) rows.push(singleRow(width, label, text ?? ''));
  rows.push(...executionRows(table, words));
  return rows;
}

/** 年初预算数 | 全年预算数 | 全年执行数 over 年度资金总额, when the table knows its execution. */
function executionRows(table: TargetTable, words: TableVocabulary): FormRow[] {
  const e = table.execution;
  const stated = table.stated?.budget;
  if (e === null && stated === undefined) return [];
  const money = (v: string | null | undefined) => amountCell(v ?? null, words.amountUnit);
  const heads: Bilingual[] = [L.initialBudget, L.budget, L.spent];
  const values = [money(e?.initialBudget), money(e?.budget), money(e?.spent)];
  // The stated 分值/执行率/得分 of a published self-evaluation; the layout then has room for them.
  if (stated) {
    heads.push(L.weight, L.executionRate, L.score);
    values.push(numberCell(stated.weight), percentCell(stated.rate), numberCell(stated.score));
  }
  return [
    {
      part: 'block',
      cells: [
        { col: 0, text: '', style: 'label' },
        ...heads.map((h, k) => ({ col: k + 1, text: h.zh, style: 'label' as const })),
      ],
    },
    {
      part: 'block',
      cells: [
        { col: 0, text: L.yearFunds.zh, style: 'label' },
        ...values.map((v, k) => spanCell(k + 1, 1, v)),
      ],
    },
  ];
}

/** 总分 under the 得分 column (or the last one), as the source stated it. */
function totalRow(total: number, columns: readonly IndicatorColumn[]): FormRow {
  const scoreAt = columns.findIndex((c) => c.header === L.score.zh);
  const at = scoreAt >= 0 ? scoreAt : columns.length - 1;
  const cells: FormRow['cells'][number][] = [
    { col: 0, text: L.totalScore.zh, style: 'label', ...(at > 1 ? { colSpan: at } : {}) },
    { ...numberCell(total), col: at, style: 'number' },
  ];
  if (at < columns.length - 1) cells.push(spanCell(at + 1, columns.length - at - 1, ''));
  return { part: 'foot', cells };
}

/** The workbook layout of a target table in its framework's form. */
export function targetLayout(table: TargetTable): FormModel {
  const words = vocabularyOf(table.framework);
  const columns = targetColumns(words, hasSelfEvaluation(table));
  const width = columns.length;
  const year = table.project.year;
  const rows: FormRow[] = [
    ...titleRows(width, words.title, year === null ? null : words.yearLine(year)),
    ...blockRows(table, words, width),
    ...indicatorSection(table.indicators, columns),
  ];
  const total = table.stated?.total ?? null;
  if (total !== null) rows.push(totalRow(total, columns));
  return {
    name: table.project.name ?? words.title,
    columns: fitColumns(
      rows,
      columns.map((c) => c.bounds),
    ),
    rows,
  };
}

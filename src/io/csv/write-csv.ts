/**
 * A target table as CSV: the header block as label/value rows, then one row per indicator under
 * the framework's column headers — the shape `read-csv.ts` reads back. UTF-8 with a BOM and CRLF
 * line ends, so Excel opens the Chinese text correctly.
 */

import { stringify } from 'csv-stringify/sync';
import { FORM_LABELS as L } from '../../core/messages/index.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { csvSafe } from '../forms/cell-text.js';
import { hasSelfEvaluation } from '../forms/indicator-columns.js';
import { vocabularyOf } from '../forms/vocabulary.js';

type Row = readonly string[];

const text = (v: string | null | undefined): string => v ?? '';
const number = (v: number | null): string => (v === null ? '' : String(v));
/** A share as the forms print it: 0.9534 → "95.34%" (twelve digits, no float noise). */
const percent = (v: number | null): string =>
  v === null ? '' : `${Number((v * 100).toPrecision(12))}%`;

function headerRows(table: TargetTable): Row[] {
  const words = vocabularyOf(table.framework);
  const p = table.project;
  const rows: Row[] = [[words.title]];
  if (p.year !== null) rows.push([words.yearLine(p.year)]);
  rows.push(
    [L.name.zh, text(p.name)],
    ...(p.code ? [[L.code.zh, p.code]] : []),
    [L.unit.zh, text(p.unit)],
    [words.department, text(p.department)],
    [L.type.zh, text(p.type)],
    [L.fundUse.zh, text(p.fundUse)],
    [L.startDate.zh, text(p.startDate)],
    [L.endDate.zh, text(p.endDate)],
    // Amounts stay exact yuan decimals here, whatever unit the printed form uses.
    [words.total, text(p.amount.total)],
    [words.currentYear, text(p.amount.currentYear)],
    [words.fiscal, text(p.amount.fiscal)],
    [words.other, text(p.amount.other)],
  );
  if (p.procurement)
    rows.push(
      [L.fixedAssets.zh, text(p.procurement.fixedAssets)],
      [L.procurementItems.zh, text(p.procurement.items)],
    );
  rows.push(
    [L.overview.zh, text(p.overview)],
    [L.purpose.zh, text(p.purpose)],
    [words.longTermGoal, text(p.longTermGoal)],
    [words.annualGoal, text(p.annualGoal)],
  );
  const e = table.execution;
  const stated = table.stated?.budget;
  if (e || stated) {
    const head = ['', L.initialBudget.zh, L.budget.zh, L.spent.zh];
    const values = [L.yearFunds.zh, text(e?.initialBudget), text(e?.budget), text(e?.spent)];
    if (stated) {
      head.push(L.weight.zh, L.executionRate.zh, L.score.zh);
      values.push(number(stated.weight), percent(stated.rate), number(stated.score));
    }
    rows.push(head, values);
  }
  return rows;
}

function indicatorRows(table: TargetTable): Row[] {
  const c = vocabularyOf(table.framework).columns;
  const withScores = hasSelfEvaluation(table);
  const head = [c.level1, c.level2, c.name, c.target, c.source];
  if (withScores) head.push(L.actual.zh, L.weight.zh, L.score.zh, L.deviation.zh);
  const rows: Row[] = [head];
  for (const i of table.indicators) {
    const row = [text(i.level1Label), text(i.level2Label), i.name, i.target.raw, text(i.source)];
    if (withScores)
      row.push(text(i.actual?.raw), number(i.weight), number(i.score), text(i.deviationReason));
    rows.push(row);
  }
  const total = table.stated?.total ?? null;
  if (total !== null) rows.push([L.totalScore.zh, '', '', '', '', '', '', number(total)]);
  return rows;
}

/** The rows of one table, before quoting. */
export function csvRows(table: TargetTable): Row[] {
  return [...headerRows(table), ...indicatorRows(table)];
}

/**
 * Writes tables as one CSV text (with its BOM); several tables follow each other after a blank
 * row, each starting with its title, which is where the reader starts a new table.
 * @example writeCsv([seed]).split('\r\n')[2] // '项目名称,科学技术普及'
 */
export function writeCsv(tables: readonly TargetTable[]): string {
  const rows: Row[] = [];
  tables.forEach((table, k) => {
    if (k > 0) rows.push([]);
    rows.push(...csvRows(table));
  });
  // Rectangular, as a spreadsheet saves it: every line then has the commas that mark it as CSV.
  const width = Math.max(...rows.map((row) => row.length));
  const safe = rows.map((row) => Array.from({ length: width }, (_, k) => csvSafe(row[k] ?? '')));
  return `\uFEFF${stringify(safe, { record_delimiter: 'windows' })}`;
}

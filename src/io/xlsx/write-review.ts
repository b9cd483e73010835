/**
 * The 审核意见表 (review sheet) a finance bureau sends back to a unit: every indicator row of the
 * table with a 审核意见 column filled from the review findings, the table-level remarks below,
 * and a summary sheet counting findings by review criterion (财预〔2015〕88号: 完整性, 相关性,
 * 适当性, 可行性). Built as printable form models, so it prints like every other jixiao form:
 * A4 landscape, the header row frozen and repeated, text cells that never run as formulas.
 */

import { REVIEW_MESSAGES, render } from '../../core/messages/index.js';
import {
  CRITERIA,
  type Finding,
  type ReviewResult,
  ruleById,
  SEVERITIES,
  type Severity,
} from '../../core/review/index.js';
import { describeLocation } from '../../core/table/location.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { type FormCell, type FormModel, type FormRow, fitColumns, wide } from './layout-model.js';
import { writeFormsXlsx } from './write-xlsx.js';

const S = REVIEW_MESSAGES.sheet;
const SEVERITY = REVIEW_MESSAGES.severity;

/** A table and its review, as one entry of the workbook. */
export interface ReviewedTable {
  readonly table: TargetTable;
  readonly result: ReviewResult;
}

/** One line of opinion: 【错误】message。建议：suggestion. */
function opinion(f: Finding): string {
  const advice = f.suggestion ? `${REVIEW_MESSAGES.report.suggestion.zh}：${f.suggestion}` : '';
  return `【${SEVERITY[f.severity].zh}】${f.message}${advice ? `。${advice}` : ''}`;
}

/** The conclusion a reviewer writes: errors send the table back. */
function conclusion(result: ReviewResult): string {
  if (result.summary.error > 0) return S.returnForRevision.zh;
  if (result.summary.warning > 0) return S.passWithRemarks.zh;
  return S.pass.zh;
}

const cell = (col: number, text: string, style: FormCell['style'] = 'text'): FormCell => ({
  col,
  text,
  style,
});

/** The review sheet: project facts, then every indicator with its opinions. */
export function reviewSheetModel({ table, result }: ReviewedTable): FormModel {
  const width = 8;
  const p = table.project;
  const byIndicator = new Map<number, Finding[]>();
  const tableLevel: Finding[] = [];
  for (const f of result.findings) {
    if (!f.indicators) {
      tableLevel.push(f);
      continue;
    }
    for (const k of f.indicators) byIndicator.set(k, [...(byIndicator.get(k) ?? []), f]);
  }
  const summary = render(REVIEW_MESSAGES.report.summary, { ...result.summary }).zh;
  const fact = (label: string, value: string): FormRow => ({
    part: 'block',
    cells: [cell(0, label, 'label'), { ...wide(1, width, value) }],
  });
  const rows: FormRow[] = [
    { part: 'title', cells: [wide(0, width, S.title.zh, 'title')] },
    fact(S.project.zh, p.name ?? ''),
    fact(S.unit.zh, p.unit ?? ''),
    fact(S.year.zh, p.year === null ? '' : String(p.year)),
    ...(table.origin?.file ? [fact(S.file.zh, table.origin.file)] : []),
    fact(S.conclusion.zh, `${conclusion(result)}（${summary}）`),
    {
      part: 'head',
      cells: [S.no, S.level1, S.level2, S.name, S.target, S.source, S.location, S.opinion].map(
        (m, k) => cell(k, m.zh, 'head'),
      ),
    },
    ...table.indicators.map(
      (i, k): FormRow => ({
        part: 'body',
        cells: [
          cell(0, String(k + 1), 'center'),
          cell(1, i.level1Label ?? '', 'category'),
          cell(2, i.level2Label ?? '', 'category'),
          cell(3, i.name),
          cell(4, i.target.raw),
          cell(5, i.source ?? ''),
          cell(6, describeLocation(i.at).zh, 'center'),
          cell(7, (byIndicator.get(k) ?? []).map(opinion).join('\n') || S.noOpinion.zh),
        ],
      }),
    ),
  ];
  if (tableLevel.length > 0)
    rows.push({
      part: 'foot',
      cells: [
        cell(0, S.tableFindings.zh, 'label'),
        wide(1, width, tableLevel.map(opinion).join('\n')),
      ],
    });
  const columns = fitColumns(rows, [
    [6, 6],
    [8, 10],
    [8, 12],
    [16, 36],
    [10, 22],
    [12, 30],
    [8, 12],
    [30, 60],
  ]);
  return { name: S.reviewSheet.zh, columns, rows };
}

/** The summary sheet: findings counted by criterion and rule, with subtotals and a total. */
export function summarySheetModel(reviewed: readonly ReviewedTable[]): FormModel {
  const width = 7;
  const findings = reviewed.flatMap((r) => r.result.findings);
  const count = (fs: readonly Finding[], s: Severity): number =>
    fs.filter((f) => f.severity === s).length;
  const numbers = (fs: readonly Finding[], from: number): FormCell[] => [
    ...SEVERITIES.map((s, k) => numberCell(from + k, count(fs, s))),
    numberCell(from + SEVERITIES.length, fs.length),
  ];
  const rows: FormRow[] = [
    { part: 'title', cells: [wide(0, width, `${S.title.zh}（${S.summarySheet.zh}）`, 'title')] },
    {
      part: 'head',
      cells: [S.criterion, S.rule, S.ruleId, S.errors, S.warnings, S.infos, S.total].map((m, k) =>
        cell(k, m.zh, 'head'),
      ),
    },
  ];
  for (const criterion of CRITERIA) {
    const mine = findings.filter((f) => f.criterion === criterion);
    const ids = [...new Set(mine.map((f) => f.rule))];
    const name = REVIEW_MESSAGES.criterion[criterion].zh;
    ids.forEach((id, k) => {
      const ofRule = mine.filter((f) => f.rule === id);
      rows.push({
        part: 'body',
        cells: [
          ...(k === 0 ? [{ ...cell(0, name, 'category'), rowSpan: ids.length + 1 }] : []),
          cell(1, ruleById(id)?.title.zh ?? id),
          cell(2, id),
          ...numbers(ofRule, 3),
        ],
      });
    });
    rows.push({
      part: 'body',
      cells: [
        ...(ids.length === 0 ? [cell(0, name, 'category')] : []),
        { ...cell(1, `${name}${S.total.zh}`, 'label'), colSpan: 2 },
        ...numbers(mine, 3),
      ],
    });
  }
  rows.push({
    part: 'foot',
    cells: [{ ...cell(0, S.total.zh, 'label'), colSpan: 3 }, ...numbers(findings, 3)],
  });
  const columns = fitColumns(rows, [
    [10, 10],
    [18, 36],
    [16, 30],
    [8, 8],
    [8, 8],
    [8, 8],
    [8, 8],
  ]);
  return { name: S.summarySheet.zh, columns, rows };
}

function numberCell(col: number, n: number): FormCell {
  return { col, text: String(n), number: n, numFmt: '0', style: 'number' };
}

/**
 * Writes the 审核意见表 of one or more reviewed tables: a review sheet per table and one summary.
 * @example await writeReviewXlsx([{ table, result: review(table) }]) // workbook bytes
 */
export function writeReviewXlsx(reviewed: readonly ReviewedTable[]): Promise<Uint8Array> {
  return writeFormsXlsx([...reviewed.map(reviewSheetModel), summarySheetModel(reviewed)]);
}

/**
 * Grid → target tables. Reads top to bottom: a header block of project facts, the indicator
 * header row, indicator rows; a new title or a new header block starts the next table.
 */

import { FRAMEWORKS, type FrameworkId } from '../../core/framework/frameworks.js';
import { detectFramework, labelStem } from '../../core/framework/labels.js';
import { READ_MESSAGES, render } from '../../core/messages/index.js';
import { describeLocation } from '../../core/table/location.js';
import {
  type Indicator,
  type Origin,
  type ReaderWarning,
  type StatedBudget,
  TARGET_TABLE_FORMAT,
  type TargetTable,
} from '../../core/table/target-table.js';
import { type ColumnMap, isHeaderRepeat, readHeader } from './columns.js';
import { type Grid, type GridRow, labelKey } from './grid.js';
import { fieldOfLabel, HeaderBlock } from './header-block.js';
import { type Carry, readIndicatorRow } from './indicator-rows.js';

const TITLE = /绩效目标表|绩效目标申报表|绩效自评表|自评表|绩效监控表|绩效目标$/;
const TOTAL_ROW = /^(?:总分|合计|总计|总得分)$/;
const CLOSING_ROW =
  /^(?:备注|填报人|联系人|填表人|审核人|单位负责人|财务负责人|说明|注|填表说明|单位盖章)/;

interface Section {
  readonly columns: ColumnMap;
  readonly carry: Carry;
  readonly indicators: Indicator[];
  readonly floatingLevel1: string[];
  readonly warnings: ReaderWarning[];
  readonly year: number | null;
  statedTotal: number | null;
  closed: boolean;
}

const firstText = (row: GridRow): string => row.cells.find((c) => c.text !== '')?.text ?? '';

/** True when a row begins a new table after a finished one: a title or a project label. */
function startsNewTable(row: GridRow): boolean {
  const first = firstText(row);
  if (first === '') return false;
  if (
    TITLE.test(first) &&
    row.cells.filter((c) => c.text !== '' && c.merged !== 'left').length <= 2
  )
    return true;
  const inline = /^([^：:]{2,16})[：:]/.exec(first)?.[1];
  const field = fieldOfLabel(inline ?? first);
  return field === 'name' || field === 'unit' || field === 'department' || field === 'code';
}

/** Reads every target table in a grid; a grid without indicators gives none. */
export function readGrid(grid: Grid, origin: Origin): TargetTable[] {
  const tables: TargetTable[] = [];
  let header = new HeaderBlock();
  let section: Section | null = null;

  const finish = (): void => {
    if (section && section.indicators.length > 0)
      tables.push(assemble(header, section, origin, grid.part));
    header = new HeaderBlock();
    section = null;
  };

  for (let r = 0; r < grid.rows.length; r += 1) {
    const row = grid.rows[r]!;
    if (section === null) {
      const found = readHeader(grid.rows, r);
      if (found) {
        section = {
          columns: found.columns,
          carry: { level1Label: null, level2Label: null },
          indicators: [],
          floatingLevel1: [],
          warnings: [],
          year: header.project().year,
          statedTotal: null,
          closed: false,
        };
        r += found.height - 1;
      } else {
        header.addRow(row);
      }
      continue;
    }
    const s: Section = section;
    if (isHeaderRepeat(row, s.columns)) continue;
    if (s.indicators.length > 0 && startsNewTable(row)) {
      finish();
      r -= 1; // read this row again as the first of the next table
      continue;
    }
    const first = labelKey(firstText(row));
    if (TOTAL_ROW.test(first)) {
      const numbers = row.cells
        .map((c) => Number(c.text.replace(/分$/, '')))
        .filter((n) => Number.isFinite(n) && n > 0);
      s.statedTotal = numbers.at(-1) ?? null;
      continue;
    }
    if (CLOSING_ROW.test(first)) s.closed = true;
    if (s.closed) continue;

    const reading = readIndicatorRow(row, s.columns, s.carry, s.year);
    switch (reading.kind) {
      case 'indicator':
        s.indicators.push(reading.indicator);
        break;
      case 'floating-label':
        if (reading.level === 1) s.floatingLevel1.push(reading.label);
        else s.carry.level2Label = reading.label;
        break;
      case 'unplaced': {
        // Prose outside the document's tables (a footer, a note) is not a lost row.
        if (row.at.paragraph !== undefined) break;
        const where = describeLocation(row.at);
        const text = render(READ_MESSAGES.unplacedRow, {
          where: where.zh,
          whereEn: where.en,
          text: reading.text.slice(0, 80),
        });
        s.warnings.push({ code: 'unplacedRow', message: text.zh, messageEn: text.en, at: row.at });
        break;
      }
      case 'blank':
        break;
    }
  }
  finish();
  return tables;
}

function assemble(
  header: HeaderBlock,
  section: Section,
  origin: Origin,
  part: string | undefined,
): TargetTable {
  const labels = [
    ...section.floatingLevel1,
    ...section.indicators.flatMap((i) => [i.level1Label, i.level2Label]),
  ];
  const framework = detectFramework(labels);
  const indicators = placeFloatingLabels(section.indicators, section.floatingLevel1, framework);
  return {
    format: TARGET_TABLE_FORMAT,
    framework,
    project: header.project(),
    indicators,
    execution: header.executionBlock(),
    warnings: [...header.warnings, ...section.warnings],
    ...stated(section.statedTotal, header.statedBudget()),
    origin: { ...origin, ...(part ? { part } : {}) },
  };
}

/** What a published self-evaluation states about itself: 总分 and the budget line. */
function stated(
  total: number | null,
  budget: StatedBudget | null,
): { stated?: NonNullable<TargetTable['stated']> } {
  if (total === null && budget === null) return {};
  return { stated: { total, ...(budget ? { budget } : {}) } };
}

/**
 * A merged level-1 cell that extraction left floating between rows (产出目标 in the middle of
 * the 质量 rows) labels every row of its group that has no level-1 label of its own.
 */
function placeFloatingLabels(
  indicators: Indicator[],
  floating: readonly string[],
  framework: FrameworkId,
): Indicator[] {
  if (floating.length === 0) return indicators;
  const groups = FRAMEWORKS[framework].groups;
  const labelOfLevel2 = new Map<string, string>();
  for (const label of floating) {
    const group = groups.find((g) => labelStem(g.label) === labelStem(label));
    for (const c of group?.categories ?? [])
      if (!labelOfLevel2.has(c.level2)) labelOfLevel2.set(c.level2, label);
  }
  return indicators.map((i) => {
    const label =
      i.level1Label === null && i.level2 !== null ? labelOfLevel2.get(i.level2) : undefined;
    return label === undefined ? i : { ...i, level1Label: label };
  });
}

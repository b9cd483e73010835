/**
 * The header block of a target table: project facts written as label/value pairs above the
 * indicators (项目名称 | 科学技术普及, or 实施单位：深圳市科学技术协会 in one cell).
 */

import { READ_MESSAGES, render } from '../../core/messages/index.js';
import { formatYuan, parseAmount, type Yuan } from '../../core/money/money.js';
import type {
  Execution,
  Location,
  Project,
  ReaderWarning,
  StatedBudget,
} from '../../core/table/target-table.js';
import { emptyProject } from '../../core/table/target-table.js';
import { isoDate, isValidDate } from '../../core/value/dates.js';
import { type GridCell, type GridRow, labelKey } from './grid.js';

type TextField =
  | 'name'
  | 'code'
  | 'unit'
  | 'department'
  | 'overview'
  | 'purpose'
  | 'longTermGoal'
  | 'annualGoal';
type Field =
  | TextField
  | 'type'
  | 'fundUse'
  | 'startDate'
  | 'endDate'
  | 'period'
  | 'year'
  | 'total'
  | 'currentYear'
  | 'fiscal'
  | 'other'
  | 'fixedAssets'
  | 'procurementItems'
  | 'group';

/** Labels as forms print them, by field. Matched against `labelKey` (no spaces, half-width). */
const LABELS: ReadonlyArray<readonly [RegExp, Field]> = [
  [/^项目(?:名称|全称)$/, 'name'],
  [/^项目(?:编码|编号|代码)$/, 'code'],
  [
    /^(?:实施单位|预算单位|项目单位|单位名称|申报单位|项目实施单位|填报单位|预算单位名称|部门\(单位\)名称)$/,
    'unit',
  ],
  [/^(?:主管单位|主管部门|主管部门名称|主管部门及代码|部门名称|主管部门\(单位\))$/, 'department'],
  [/^项目(?:类型|类别|属性)$/, 'type'],
  [/^资金(?:用途|性质)$/, 'fundUse'],
  [/^(?:计划|项目)?(?:开始|起始)(?:日期|时间)$/, 'startDate'],
  [/^(?:计划|项目)?(?:完成|结束|截止)(?:日期|时间)$/, 'endDate'],
  [/^(?:项目期限|实施期限|项目周期|执行期限|实施周期|项目实施期)$/, 'period'],
  [/^(?:年度|预算年度|项目年度|所属年度)$/, 'year'],
  [
    /^(?:项目总金额|项目资金总额|项目总投资|总金额|资金总额|项目总额|项目总预算)(?:\(.*\))?$/,
    'total',
  ],
  [
    /^(?:本年度项目金额|本年度金额|年度资金总额|本年度资金|当年金额|年度金额|本年资金|本年度资金总额)(?:\(.*\))?$/,
    'currentYear',
  ],
  [
    /^(?:其中:?)?(?:财政拨款资金|财政拨款|财政资金|财政性资金|本级财政资金|财政拨款收入|其中:财政拨款)(?:\(.*\))?$/,
    'fiscal',
  ],
  [/^(?:其他资金|其它资金|其他来源资金|自筹资金)(?:\(.*\))?$/, 'other'],
  [/^固定资产采购金额(?:\(.*\))?$/, 'fixedAssets'],
  [/^采购品目$/, 'procurementItems'],
  [/^项目概况$/, 'overview'],
  [/^项目用途$/, 'purpose'],
  [
    /^(?:项目总\(中期\)目标|项目总目标|项目中期目标|总体目标|中期目标|长期目标|总目标|项目总体目标|中长期目标)$/,
    'longTermGoal',
  ],
  [
    /^(?:年度绩效目标|年度目标|本年度绩效目标|年度总体目标|当年绩效目标|年度总体绩效目标)$/,
    'annualGoal',
  ],
  [/^(?:资产采购计划|项目资金(?:\(.*\))?|资金情况(?:\(.*\))?|项目基本情况|绩效目标)$/, 'group'],
];

/** Longer than any label a form prints (其中：财政拨款资金（万元） with spaces). */
const MAX_LABEL_LENGTH = 40;

/** The field a label cell names, or null. A cell may also hold "label：value". */
export function fieldOfLabel(text: string): Field | null {
  if (text === '' || text.length > MAX_LABEL_LENGTH) return null; // a value, not a label
  const key = labelKey(text);
  if (key === '') return null;
  for (const [re, field] of LABELS) if (re.test(key)) return field;
  return null;
}

const CHECKED = /[√☑■✓✔▇●]/;
const BOX = /[□☐○]/;

/**
 * The ticked option of a checkbox line: "一般性项目支出√ 专项性项目支出□" → "一般性项目支出".
 * Without boxes the text itself is the answer.
 */
export function checkedOption(text: string): string | null {
  const t = text.trim();
  if (t === '') return null;
  if (!CHECKED.test(t) && !BOX.test(t)) return t;
  // Marks stand after the option (seed) or before it; read both ways.
  const after = [...t.matchAll(/([^\s√☑■✓✔▇●□☐○]+)\s*[√☑■✓✔▇●]/gu)].map((m) => m[1]!);
  const before = [...t.matchAll(/[√☑■✓✔▇●]\s*([^\s√☑■✓✔▇●□☐○]+)/gu)].map((m) => m[1]!);
  const markAfter = /[^\s√☑■✓✔▇●□☐○][√☑■✓✔▇●□☐○]/u.test(t);
  const picked = markAfter ? after : before;
  return picked.length > 0 ? picked.join('、') : null;
}

/** 2019-01-01, 2019/1/1, 2019.01.01, 2019年1月1日 → ISO; anything else null. */
export function readDate(text: string): string | null {
  const m = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? isoDate(y, mo, d) : null;
}

/** A year written alone: "(2019年)", "2019年度", "2019". */
export function readYear(text: string): number | null {
  const m = /^[(（]?\s*((?:19|20)\d{2})\s*(?:年度?)?\s*[)）]?$/.exec(text.trim());
  return m ? Number(m[1]) : null;
}

/** A year mentioned in a title: "2021年度项目支出绩效目标表". */
export function yearInTitle(text: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(text);
  return m ? Number(m[1]) : null;
}

const EXECUTION_COLUMNS: ReadonlyArray<readonly [RegExp, keyof Execution]> = [
  [/^年初预算数/, 'initialBudget'],
  [/^(?:全年预算数|调整后预算数|全年预算)/, 'budget'],
  [/^(?:全年执行数|执行数|实际执行数|全年实际执行数)/, 'spent'],
];

/** 分值 | 执行率 | 得分 beside the amounts: the budget line of a published 自评表, as stated. */
const STATED_BUDGET_COLUMNS: ReadonlyArray<readonly [RegExp, keyof StatedBudget]> = [
  [/^分值/, 'weight'],
  [/^执行率/, 'rate'],
  [/^得分/, 'score'],
];

/** A stated number: `10`, `9.5分`, and a rate as a share (`95.00%` and `95` are 0.95). */
function statedNumber(text: string, field: keyof StatedBudget): number | null {
  const t = text.normalize('NFKC').replace(/[\s分]/g, '');
  const m = /^(\d+(?:\.\d+)?)(%?)$/.exec(t);
  if (!m) return null;
  const n = Number(m[1]);
  if (field !== 'rate') return n;
  return m[2] === '%' || n > 1.5 ? n / 100 : n;
}

/** Facts collected from the header block, while it is read row by row. */
export class HeaderBlock {
  private readonly facts: Record<string, string | null> = {};
  private readonly amounts: Record<string, Yuan | null> = {};
  private amountUnit: '元' | '万元' = '元';
  private executionColumns: Map<number, keyof Execution> | null = null;
  private execution: Record<keyof Execution, Yuan | null> | null = null;
  private statedColumns: Map<number, keyof StatedBudget> = new Map();
  private stated: StatedBudget | null = null;
  private titleYear: number | null = null;
  readonly warnings: ReaderWarning[] = [];

  /** Reads one row of the header block. */
  addRow(row: GridRow): void {
    const cells = row.cells.filter((c) => c.merged !== 'left');
    // A short label such as "项目资金（万元）" or "单位：万元" sets the unit of the amounts below it.
    if (cells.some((c) => c.text.length <= 20 && /万元/.test(c.text) && !/\d/.test(c.text)))
      this.amountUnit = '万元';
    if (this.readExecution(cells)) return;
    const filled = cells.filter((c) => c.text !== '');
    if (filled.length === 1) {
      const only = filled[0]!.text;
      const year =
        readYear(only) ?? (/绩效.*表|目标表|自评表|监控表/.test(only) ? yearInTitle(only) : null);
      if (year !== null) {
        this.titleYear ??= year;
        return;
      }
    }
    for (let i = 0; i < cells.length; i += 1) {
      const cell = cells[i]!;
      const inline = /^([^：:]{2,16})[：:]\s*(.*)$/s.exec(cell.text);
      if (inline && fieldOfLabel(inline[1]!) !== null) {
        this.set(fieldOfLabel(inline[1]!)!, inline[2]!.trim(), cell.at, inline[1]!);
        continue;
      }
      const field = fieldOfLabel(cell.text);
      if (field === null || field === 'group') continue;
      // The value is the next filled cell, unless that is another label (资产采购计划 | 固定资产采购金额 | 0.00).
      let j = i + 1;
      while (j < cells.length && cells[j]!.text === '') j += 1;
      const next = cells[j];
      if (next === undefined || fieldOfLabel(next.text) !== null) {
        this.set(field, '', cell.at, cell.text);
        continue;
      }
      this.set(field, next.text, next.at, cell.text);
      i = j;
    }
  }

  /** The 资金 block of a self-evaluation: 年初预算数 | 全年预算数 | 全年执行数 over 年度资金总额 | … */
  private readExecution(cells: readonly GridCell[]): boolean {
    const columns = new Map<number, keyof Execution>();
    cells.forEach((c, k) => {
      const key = labelKey(c.text);
      for (const [re, field] of EXECUTION_COLUMNS) if (re.test(key)) columns.set(k, field);
    });
    if (columns.size >= 2) {
      this.executionColumns = columns;
      this.statedColumns = new Map();
      cells.forEach((c, k) => {
        const key = labelKey(c.text);
        for (const [re, field] of STATED_BUDGET_COLUMNS)
          if (re.test(key)) this.statedColumns.set(k, field);
      });
      return true;
    }
    const first = cells.find((c) => c.text !== '');
    if (
      this.executionColumns &&
      first &&
      /^(?:年度资金总额|资金总额|项目资金|合计)/.test(labelKey(first.text))
    ) {
      const execution: Record<keyof Execution, Yuan | null> = {
        initialBudget: null,
        budget: null,
        spent: null,
      };
      for (const [k, field] of this.executionColumns) {
        const cell = cells[k];
        if (cell && cell.text !== '') execution[field] = this.amount(cell.text, cell.at, field);
      }
      this.execution ??= execution;
      const stated: Record<keyof StatedBudget, number | null> = {
        weight: null,
        rate: null,
        score: null,
      };
      for (const [k, field] of this.statedColumns)
        stated[field] = statedNumber(cells[k]?.text ?? '', field);
      if (Object.values(stated).some((v) => v !== null)) this.stated ??= stated;
      return true;
    }
    return false;
  }

  private amount(text: string, at: Location, field: string): Yuan | null {
    const fen = parseAmount(text, this.amountUnit);
    if (fen === null) {
      this.warnings.push({ code: 'badAmount', ...bilingual('badAmount', { text, field }), at });
      return null;
    }
    return formatYuan(fen);
  }

  private set(field: Field, value: string, at: Location, label: string): void {
    if (/万元/.test(label)) this.amountUnit = '万元';
    const v = value.trim();
    switch (field) {
      case 'total':
      case 'currentYear':
      case 'fiscal':
      case 'other':
      case 'fixedAssets':
        if (!(field in this.amounts))
          this.amounts[field] = v === '' ? null : this.amount(v, at, label);
        return;
      case 'startDate':
      case 'endDate': {
        if (v === '' || field in this.facts) return;
        const date = readDate(v);
        if (date === null)
          this.warnings.push({
            code: 'badDate',
            ...bilingual('badDate', { text: v, field: label }),
            at,
          });
        this.facts[field] = date;
        return;
      }
      case 'period': {
        const [start, end] = v.split(/\s*(?:至|到|~|—|-{1,2}(?=\d{4}))\s*/);
        if (start && !('startDate' in this.facts)) this.facts.startDate = readDate(start);
        if (end && !('endDate' in this.facts)) this.facts.endDate = readDate(end);
        return;
      }
      case 'type':
      case 'fundUse':
        this.facts[field] ??= checkedOption(v);
        return;
      case 'group':
        return;
      default:
        if (!(field in this.facts) || this.facts[field] === null)
          this.facts[field] = v === '' ? null : v;
    }
  }

  /** The project as far as the header told it. */
  project(): Project {
    const f = this.facts;
    const year =
      readYear(f.year ?? '') ??
      this.titleYear ??
      (f.startDate ? Number(f.startDate.slice(0, 4)) : null);
    const a = this.amounts;
    const base = emptyProject();
    return {
      ...base,
      name: f.name ?? null,
      year,
      unit: f.unit ?? null,
      department: f.department ?? null,
      type: f.type ?? null,
      fundUse: f.fundUse ?? null,
      startDate: f.startDate ?? null,
      endDate: f.endDate ?? null,
      amount: {
        total: a.total ?? null,
        currentYear: a.currentYear ?? null,
        fiscal: a.fiscal ?? null,
        other: a.other ?? null,
      },
      overview: f.overview ?? null,
      purpose: f.purpose ?? null,
      longTermGoal: f.longTermGoal ?? null,
      annualGoal: f.annualGoal ?? null,
      ...(f.code ? { code: f.code } : {}),
      ...('fixedAssets' in a || 'procurementItems' in f
        ? { procurement: { fixedAssets: a.fixedAssets ?? null, items: f.procurementItems ?? null } }
        : {}),
    };
  }

  executionBlock(): Execution | null {
    return this.execution;
  }

  /** 分值 / 执行率 / 得分 of the 资金 block, when a published self-evaluation states them. */
  statedBudget(): StatedBudget | null {
    return this.stated;
  }

  /** True once the block has said anything: a new table starts when a finished one sees this again. */
  hasFacts(): boolean {
    return Object.keys(this.facts).length > 0 || Object.keys(this.amounts).length > 0;
  }
}

function bilingual(
  code: 'badAmount' | 'badDate',
  params: Record<string, string>,
): { message: string; messageEn: string } {
  const text = render(READ_MESSAGES[code], params);
  return { message: text.zh, messageEn: text.en };
}

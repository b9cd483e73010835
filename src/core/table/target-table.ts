/**
 * The target table (项目绩效目标表) in the interchange format `jixiao.target-table/1`.
 * Field names are a public contract (DESIGN.md): add fields, never rename them.
 */

import type { FrameworkId } from '../framework/frameworks.js';
import type { Level1, Level2 } from '../framework/taxonomy.js';
import type { Yuan } from '../money/money.js';
import type { TargetValue } from '../value/target-value.js';

export const TARGET_TABLE_FORMAT = 'jixiao.target-table/1';

/** Where something came from in its source file. */
export interface Location {
  /** 1-based line of a text file. */
  readonly line?: number;
  readonly sheet?: string;
  /** A1-style cell of a workbook. */
  readonly cell?: string;
  /** 1-based table number in a document with several tables (DOCX, HTML). */
  readonly table?: number;
  /** 1-based row within that table or CSV file. */
  readonly row?: number;
  /** 1-based page of a PDF. */
  readonly page?: number;
  /** 1-based paragraph of a document, counting those outside tables (DOCX, HTML). */
  readonly paragraph?: number;
}

export interface ProjectAmount {
  /** 项目总金额 */
  readonly total: Yuan | null;
  /** 本年度项目金额 */
  readonly currentYear: Yuan | null;
  /** 财政拨款资金 */
  readonly fiscal: Yuan | null;
  /** 其他资金 */
  readonly other: Yuan | null;
}

/** Project facts from the header block of the table. Every field may be missing in a source. */
export interface Project {
  readonly name: string | null;
  readonly year: number | null;
  /** 实施单位 / 预算单位 */
  readonly unit: string | null;
  /** 主管部门 / 主管单位 */
  readonly department: string | null;
  /** 项目类型: the checked box, e.g. 一般性项目支出 */
  readonly type: string | null;
  /** 资金用途: the checked box, e.g. 业务类 */
  readonly fundUse: string | null;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly amount: ProjectAmount;
  /** 项目概况 */
  readonly overview: string | null;
  /** 项目用途 */
  readonly purpose: string | null;
  /** 项目总(中期)目标 */
  readonly longTermGoal: string | null;
  /** 年度绩效目标 */
  readonly annualGoal: string | null;
  /** 项目编码, when the form has one. */
  readonly code?: string | null;
  /** 资产采购计划: 固定资产采购金额 and 采购品目. */
  readonly procurement?: { readonly fixedAssets: Yuan | null; readonly items: string | null };
}

/** A file kept as proof of an actual value (佐证材料). */
export interface EvidenceRef {
  readonly id: string;
  readonly name: string;
  readonly sha256?: string;
  readonly mediaType?: string;
  readonly size?: number;
}

export interface Indicator {
  readonly level1: Level1 | null;
  readonly level2: Level2 | null;
  /** Level-1 label as written; null when the source left it out (then level1 is inferred). */
  readonly level1Label: string | null;
  readonly level2Label: string | null;
  /** 绩效指标 (the level-3 indicator). */
  readonly name: string;
  /** 指标值 */
  readonly target: TargetValue;
  /** 目标值来源 / 绩效标准 */
  readonly source: string | null;
  /** 实际完成值, once the year runs. */
  readonly actual: TargetValue | null;
  /** 分值 */
  readonly weight: number | null;
  /** 得分: computed, or as stated by the source. */
  readonly score: number | null;
  /** 偏差原因分析及改进措施 */
  readonly deviationReason?: string | null;
  readonly evidence?: readonly EvidenceRef[];
  readonly at: Location;
}

/** 年初预算数 / 全年预算数 / 全年执行数, once known. */
export interface Execution {
  readonly initialBudget: Yuan | null;
  readonly budget: Yuan | null;
  readonly spent: Yuan | null;
}

/** The budget execution line of a published self-evaluation, as it states it. */
export interface StatedBudget {
  readonly weight: number | null;
  readonly rate: number | null;
  readonly score: number | null;
}

/** Something a reader could not place, with where it was. */
export interface ReaderWarning {
  readonly code: string;
  readonly message: string;
  readonly messageEn: string;
  readonly at?: Location;
}

/** Which file a table was read from, and how. */
export interface Origin {
  readonly file?: string;
  readonly format: string;
  readonly encoding?: string;
  /** For workbooks and documents holding several tables: which one this is. */
  readonly part?: string;
}

export interface TargetTable {
  readonly format: typeof TARGET_TABLE_FORMAT;
  readonly framework: FrameworkId;
  readonly project: Project;
  readonly indicators: readonly Indicator[];
  readonly execution: Execution | null;
  readonly warnings: readonly ReaderWarning[];
  /** Totals the source states about itself (总分 of a published self-evaluation), to audit. */
  readonly stated?: {
    readonly total: number | null;
    /** The 资金 line of a self-evaluation: 分值, 执行率 (a share: 0.95) and 得分 as written. */
    readonly budget?: StatedBudget;
  };
  readonly origin?: Origin;
}

export const EMPTY_AMOUNT: ProjectAmount = {
  total: null,
  currentYear: null,
  fiscal: null,
  other: null,
};

/** A project with every fact unknown: readers fill in what they find. */
export function emptyProject(): Project {
  return {
    name: null,
    year: null,
    unit: null,
    department: null,
    type: null,
    fundUse: null,
    startDate: null,
    endDate: null,
    amount: EMPTY_AMOUNT,
    overview: null,
    purpose: null,
    longTermGoal: null,
    annualGoal: null,
  };
}

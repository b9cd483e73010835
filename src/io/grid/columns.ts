/**
 * Finding the indicator header row (一级指标 | 二级指标 | 三级指标 | 指标值 | …) in any row of a
 * grid, and what each column holds.
 */

import { type GridRow, labelKey } from './grid.js';

export type ColumnRole =
  | 'level1'
  | 'level2'
  | 'name'
  | 'target'
  | 'op'
  | 'unit'
  | 'source'
  | 'actual'
  | 'weight'
  | 'score'
  | 'deviation';

const ROLES: ReadonlyArray<readonly [RegExp, ColumnRole]> = [
  [/^(?:一级指标|目标内容|一级|指标类型|目标类型|一级目标|一级指标名称)$/, 'level1'],
  [/^(?:二级指标|二级|指标类别|二级目标|二级指标名称)$/, 'level2'],
  [
    /^(?:三级指标|绩效指标|指标名称|指标内容|具体指标|三级|绩效指标名称|三级指标名称|指标)$/,
    'name',
  ],
  [
    /^(?:指标值|指标目标值|目标值|年度指标值|绩效目标值|预期目标值|年度目标值|全年目标值|年度绩效指标值|预期指标值|计划值|年度指标目标值|指标值\(目标值\))$/,
    'target',
  ],
  [/^(?:指标性质|运算符|比较符|指标方向|符号|比较符号)$/, 'op'],
  [/^(?:度量单位|计量单位|单位)$/, 'unit'],
  [
    /^(?:目标值来源|指标值来源|绩效标准|指标值确定依据|指标值设定依据|目标值确定依据|评价标准|评分标准|依据|指标来源|目标值设定依据)$/,
    'source',
  ],
  [/^(?:实际完成值|实际值|全年实际值|全年实际完成值|完成值|实际完成情况|全年完成值)$/, 'actual'],
  [/^(?:分值|权重|指标分值|权重分值|分数)$/, 'weight'],
  [/^(?:得分|自评得分|评分|评价得分)$/, 'score'],
  [
    /^(?:偏差原因分析及改进措施|偏差原因|未完成原因|偏差原因及改进措施|偏差原因分析|原因分析|偏差原因分析及整改措施)$/,
    'deviation',
  ],
];

/** Longer than any header cell (偏差原因分析及改进措施 with a note in brackets). */
const MAX_HEADER_LENGTH = 30;

/** A header cell's role, reading through notes in brackets: "年度指标值（A）" → target. */
export function roleOfHeader(text: string): ColumnRole | null {
  if (text === '' || text.length > MAX_HEADER_LENGTH) return null; // a value or a name, not a header
  const key = labelKey(text).replace(/\([^)]*\)$/, '');
  if (key === '') return null;
  for (const [re, role] of ROLES) if (re.test(key)) return role;
  return null;
}

export type ColumnMap = ReadonlyMap<number, ColumnRole>;

function rolesOf(row: GridRow): Map<number, ColumnRole> {
  const roles = new Map<number, ColumnRole>();
  row.cells.forEach((cell, k) => {
    const role = roleOfHeader(cell.text);
    // The first column of a role wins; a merged header repeats its text to the right.
    if (role !== null && ![...roles.values()].includes(role)) roles.set(k, role);
  });
  // 绩效指标 also heads the whole indicator block of the 自评表 (a merged label left of
  // 一级指标 | 二级指标 | 三级指标): a 三级指标 column in the same row is the name.
  const level3 = row.cells.findIndex((c) => /^三级指标/.test(labelKey(c.text)));
  if (level3 >= 0 && !roles.has(level3)) {
    for (const [k, role] of roles) if (role === 'name') roles.delete(k);
    roles.set(level3, 'name');
  }
  return roles;
}

const isComplete = (roles: ReadonlyMap<number, ColumnRole>): boolean => {
  const present = new Set(roles.values());
  return (
    present.has('name') &&
    (present.has('target') || present.has('actual')) &&
    (present.has('level2') || present.has('level1'))
  );
};

/**
 * The columns of an indicator header at row `r`, combining it with the row below when the
 * header spans two rows (绩效指标 over 一级指标 | 二级指标 | 三级指标). Returns how many rows it took.
 */
export function readHeader(
  rows: readonly GridRow[],
  r: number,
): { columns: ColumnMap; height: number } | null {
  const row = rows[r];
  if (!row) return null;
  const own = rolesOf(row);
  if (own.size < 2) return null;
  if (isComplete(own)) return { columns: own, height: 1 };
  const below = rows[r + 1];
  if (!below) return null;
  const combined = new Map(own);
  for (const [k, role] of rolesOf(below)) {
    for (const [k2, r2] of combined) if (r2 === role) combined.delete(k2);
    combined.set(k, role);
  }
  return isComplete(combined) ? { columns: combined, height: 2 } : null;
}

/** True when a row repeats the header (a page break in a PDF or a printed table). */
export function isHeaderRepeat(row: GridRow, columns: ColumnMap): boolean {
  let hits = 0;
  for (const [k, role] of columns) if (roleOfHeader(row.cells[k]?.text ?? '') === role) hits += 1;
  return hits >= Math.min(3, columns.size);
}

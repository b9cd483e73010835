/**
 * The grid shows indicators grouped as the form prints them: level 1, then level 2 in the
 * framework's order, rows in their own order inside a group. Rows of no known category last.
 */
import { FRAMEWORKS } from '../../../../core/framework/frameworks.js';
import type { Level2 } from '../../../../core/framework/taxonomy.js';
import type { Draft, DraftRow } from './draft.js';

export interface GridGroup {
  readonly key: string;
  readonly level1Label: string | null;
  readonly level2Label: string | null;
  readonly level2: Level2 | null;
  /** Rows with their index in the table (the 序号 findings and comments refer to). */
  readonly rows: readonly { readonly row: DraftRow; readonly index: number }[];
}

export interface GridLayout {
  readonly groups: readonly GridGroup[];
  /** Row keys top to bottom, as the keyboard walks them. */
  readonly order: readonly string[];
  /** Key → index in the table. */
  readonly indexOf: ReadonlyMap<string, number>;
}

/** Groups a draft's rows for display. */
export function layoutOf(draft: Draft): GridLayout {
  const framework = FRAMEWORKS[draft.base.framework];
  const byLevel2 = new Map<Level2 | null, { row: DraftRow; index: number }[]>();
  draft.rows.forEach((row, index) => {
    const level2 = row.indicator.level2;
    const list = byLevel2.get(level2) ?? [];
    list.push({ row, index });
    byLevel2.set(level2, list);
  });
  const groups: GridGroup[] = [];
  for (const group of framework.groups) {
    for (const category of group.categories) {
      const rows = byLevel2.get(category.level2);
      byLevel2.delete(category.level2);
      if (rows)
        groups.push({
          key: category.level2,
          level1Label: group.label,
          level2Label: category.label,
          level2: category.level2,
          rows,
        });
    }
  }
  // Categories outside the framework (a cn-2021 cost row in a 2019 table) and unclassified rows.
  for (const [level2, rows] of byLevel2) {
    groups.push({ key: level2 ?? 'none', level1Label: null, level2Label: null, level2, rows });
  }
  const order = groups.flatMap((g) => g.rows.map((r) => r.row.key));
  const indexOf = new Map(draft.rows.map((r, i) => [r.key, i] as const));
  return { groups, order, indexOf };
}

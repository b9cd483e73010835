import type { TargetTable } from '../../src/core/table/target-table.js';
import { readTargetFile } from '../../src/io/read.js';

/** Reads a fixture through the public reader; a failure to read is a test failure. */
export async function readFixture(path: string): Promise<TargetTable[]> {
  const result = await readTargetFile(`test/fixtures/${path}`);
  if (!result.ok) throw new Error(result.error.message);
  return result.tables;
}

/** Indicators counted by their level-2 label as written. */
export function countsByLabel(table: TargetTable): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const i of table.indicators)
    counts[i.level2Label ?? '?'] = (counts[i.level2Label ?? '?'] ?? 0) + 1;
  return counts;
}

/** The indicator of a table with this name (the first, when names repeat). */
export function named(table: TargetTable, name: string) {
  const found = table.indicators.find((i) => i.name === name);
  if (!found) throw new Error(`no indicator named ${name}`);
  return found;
}

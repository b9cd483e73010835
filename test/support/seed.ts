import type { TargetTable } from '../../src/core/table/target-table.js';
import { readTargetFile } from '../../src/io/read.js';

/** The real 2019 Shenzhen table: the first fixture, read perfectly or not at all. */
export const SEED_PATH = 'test/fixtures/seed/000_a481ffc6149ba1d5.txt';

/** Reads the seed through the public reader; throws if it cannot (a test failure, not a user error). */
export async function readSeed(): Promise<TargetTable> {
  const result = await readTargetFile(SEED_PATH);
  if (!result.ok) throw new Error(result.error.message);
  if (result.tables.length !== 1)
    throw new Error(`expected one table, got ${result.tables.length}`);
  return result.tables[0]!;
}

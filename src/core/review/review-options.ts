import type { TargetTable } from '../table/target-table.js';

/** What a review may know beyond the table itself. */
export interface ReviewOptions {
  /**
   * Last year's table of the same project with its actuals (实际完成值), when there is one: a
   * target below what was already achieved is too low (适当性, 财预〔2015〕88号).
   */
  readonly previous?: TargetTable | null;
}

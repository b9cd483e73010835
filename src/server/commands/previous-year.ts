/**
 * Last year's table of the same project with its actuals, for the review's 适当性 check: a
 * target below what was already achieved last year is set too low. The same project is the
 * same organisation's project of the same name a year earlier whose targets were approved
 * (only then does it have actuals); the newest if several.
 */

import { isSelfEvaluationOpen } from '../../core/policy/evidence.policy.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { PROJECT_STATES } from '../../core/workflow/states.js';
import type { Queryable } from '../../store/mutate.js';
import { findProjectOfYear } from '../../store/repositories/project.repository.js';
import { recordsOf } from './merged-table.js';

const WITH_ACTUALS = PROJECT_STATES.filter(isSelfEvaluationOpen);

/** Last year's merged table of `table`'s project in `orgId`, or null when there is none to use. */
export async function previousYearTable(
  q: Queryable,
  orgId: string,
  table: TargetTable,
): Promise<TargetTable | null> {
  const { name, year } = table.project;
  if (!name || year === null) return null;
  const found = await findProjectOfYear(q, {
    orgId,
    name,
    year: year - 1,
    states: WITH_ACTUALS,
  });
  if (!found) return null;
  const { merged } = await recordsOf(q, found);
  const hasActuals = merged.indicators.some((i) => i.actual !== null && i.actual.kind !== 'none');
  return hasActuals ? merged : null;
}

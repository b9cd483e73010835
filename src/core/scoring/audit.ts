/**
 * The audit of a published self-evaluation: the scores it states (得分, 总分) against the scores
 * the rules give, and its own arithmetic (does 总分 add up?).
 */

import { type Bilingual, render } from '../messages/message.js';
import { SCORE_FINDINGS as F, SCORE_WORDS as W } from '../messages/scoring-messages.js';
import type { TargetTable } from '../table/target-table.js';
import { clean, showNumber as n } from './rounding.js';
import type {
  BudgetScore,
  Disagreement,
  IndicatorScore,
  ScoreFinding,
  StatedAudit,
} from './score-report.js';

const finding = (
  rule: ScoreFinding['rule'],
  severity: ScoreFinding['severity'],
  message: Bilingual,
  where?: Pick<IndicatorScore, 'index' | 'at'>,
): ScoreFinding => ({
  rule,
  category: 'inconsistent',
  severity,
  ...(where ? { indicators: [where.index], at: [where.at] } : {}),
  message: message.zh,
  messageEn: message.en,
});

/** Audits what the table states; no audit when it states nothing. */
export function auditStated(
  table: TargetTable,
  indicators: readonly IndicatorScore[],
  budget: BudgetScore,
  computedTotal: number,
  tolerance: number,
): { readonly stated?: StatedAudit; readonly findings: readonly ScoreFinding[] } {
  const statedBudget = table.stated?.budget?.score ?? null;
  const statedTotal = table.stated?.total ?? null;
  const rows = indicators.filter((i) => i.stated !== null);
  if (rows.length === 0 && statedBudget === null && statedTotal === null) return { findings: [] };

  const slack = tolerance + 1e-9;
  const findings: ScoreFinding[] = [];
  const disagreements: Disagreement[] = [];
  const disagree = (
    index: Disagreement['index'],
    name: string,
    stated: number,
    computed: number,
  ): boolean => {
    if (Math.abs(stated - computed) <= slack) return false;
    disagreements.push({ index, name, stated, computed, difference: clean(stated - computed) });
    return true;
  };

  for (const row of rows) {
    const stated = row.stated!;
    // The weight the form states, unless it states none that makes sense.
    const written = table.indicators[row.index]?.weight ?? null;
    const given =
      written !== null && Number.isFinite(written) && written >= 0 ? written : row.weight;
    if (stated > given + slack)
      findings.push(
        finding(
          'score-above-weight',
          'error',
          render(F.scoreAboveWeight, { name: row.name, score: n(stated), weight: n(given) }),
          row,
        ),
      );
    if (disagree(row.index, row.name, stated, row.score))
      findings.push(
        finding(
          'stated-disagrees',
          'warning',
          render(F.statedDisagrees, {
            name: row.name,
            stated: n(stated),
            computed: n(row.score),
            difference: n(clean(stated - row.score)),
          }),
          row,
        ),
      );
  }
  if (statedBudget !== null) {
    const weight = table.stated?.budget?.weight ?? budget.weight;
    if (statedBudget > weight + slack)
      findings.push(
        finding(
          'score-above-weight',
          'error',
          render(F.scoreAboveWeight, {
            name: W.budgetLine.zh,
            score: n(statedBudget),
            weight: n(weight),
          }),
        ),
      );
    if (disagree('budget', W.budgetLine.zh, statedBudget, budget.score))
      findings.push(
        finding(
          'stated-disagrees',
          'warning',
          render(F.statedDisagrees, {
            name: W.budgetLine.zh,
            stated: n(statedBudget),
            computed: n(budget.score),
            difference: n(clean(statedBudget - budget.score)),
          }),
        ),
      );
  }
  const sum = clean(rows.reduce((s, r) => s + r.stated!, 0) + (statedBudget ?? 0));
  if (statedTotal !== null) {
    if (Math.abs(statedTotal - sum) > slack)
      findings.push(
        finding(
          'stated-total-sum',
          'error',
          render(F.statedTotalSum, { total: n(statedTotal), sum: n(sum) }),
        ),
      );
    if (disagree('total', W.totalLine.zh, statedTotal, computedTotal))
      findings.push(
        finding(
          'stated-total-disagrees',
          'warning',
          render(F.statedTotalDisagrees, { total: n(statedTotal), computed: n(computedTotal) }),
        ),
      );
  }
  return {
    stated: { total: statedTotal, sum, budget: statedBudget, computedTotal, disagreements },
    findings,
  };
}

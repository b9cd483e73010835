/**
 * The budget execution line of the self-evaluation: rate = 全年执行数 / 全年预算数 (or 年初预算数,
 * per profile), score = rate × weight, never above the weight. Money stays exact until the rate.
 */

import { render } from '../messages/message.js';
import {
  SCORE_EXPLAIN as E,
  SCORE_FINDINGS as F,
  SCORE_WORDS as W,
} from '../messages/scoring-messages.js';
import { type Fen, ratio, yuanToFen } from '../money/money.js';
import type { Execution } from '../table/target-table.js';
import { showNumber as n, showPercent } from './rounding.js';
import type { BudgetScore, ScoreFinding } from './score-report.js';
import type { BudgetRule } from './scoring-profile.js';

const amount = (yuan: string | null | undefined): Fen | null =>
  yuan === null || yuan === undefined ? null : yuanToFen(yuan);

const tableFinding = (
  rule: ScoreFinding['rule'],
  severity: ScoreFinding['severity'],
  category: ScoreFinding['category'],
  message: { zh: string; en: string },
): ScoreFinding => ({ rule, category, severity, message: message.zh, messageEn: message.en });

/** Scores budget execution; `show` renders a raw score as the report will round it. */
export function scoreBudget(
  execution: Execution | null,
  rule: BudgetRule,
  show: (scoreRaw: number) => string,
  reason: string | null,
): { readonly budget: Omit<BudgetScore, 'score'>; readonly findings: readonly ScoreFinding[] } {
  const w = rule.weight;
  const initialBudget = execution?.initialBudget ?? null;
  const budget = execution?.budget ?? null;
  const spent = execution?.spent ?? null;
  // The profile's base, falling back to the other amount when the form gives only one.
  const primary = rule.base === 'budget' ? budget : initialBudget;
  const baseYuan = primary ?? (rule.base === 'budget' ? initialBudget : budget);
  const base: BudgetScore['base'] =
    primary !== null ? rule.base : rule.base === 'budget' ? 'initialBudget' : 'budget';
  const baseFen = amount(baseYuan);
  const spentFen = amount(spent);
  const common = { weight: w, base, initialBudget, budget, spent };
  const rate =
    baseFen !== null && spentFen !== null && baseFen > 0n ? ratio(spentFen, baseFen) : null;
  if (rate === null || spentFen === null || spentFen < 0n) {
    return {
      budget: { ...common, scoreRaw: 0, rate: null, formula: '', explain: E.budgetMissing },
      findings: [tableFinding('execution-missing', 'error', 'missing', F.executionMissing)],
    };
  }
  const capped = Math.min(rate, 1);
  const scoreRaw = capped * w;
  const formula = `${n(w)} × ${n(capped)}`;
  const findings: ScoreFinding[] = [];
  const ratePct = showPercent(rate);
  if (rate < rule.explainBelow && (reason ?? '').trim() === '')
    findings.push(
      tableFinding(
        'execution-explanation',
        'warning',
        'missing',
        render(F.executionExplanation, {
          rate: ratePct,
          threshold: showPercent(rule.explainBelow),
        }),
      ),
    );
  if (rate > 1)
    findings.push(
      tableFinding(
        'execution-over-budget',
        'info',
        'inconsistent',
        render(F.executionOverBudget, { spent, base: baseYuan, rate: ratePct }),
      ),
    );
  const baseLabel = base === 'budget' ? W.budgetBase : W.initialBudgetBase;
  return {
    budget: {
      ...common,
      scoreRaw,
      rate,
      formula,
      explain: render(E.budget, {
        spentLabel: W.spent.zh,
        spent,
        baseLabel: baseLabel.zh,
        baseEn: baseLabel.en,
        base: baseYuan,
        rate: ratePct,
        formula,
        score: show(scoreRaw),
        weight: n(w),
      }),
    },
    findings,
  };
}

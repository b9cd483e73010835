/**
 * A monitoring report (双监控, 财预〔2019〕136号): at a checkpoint, budget execution against time
 * progress (序时进度 = months elapsed / 12) and each indicator's current and expected values
 * against its target, as traffic lights with their reasons.
 */

import { type Bilingual, render } from '../messages/message.js';
import {
  MONITORING_EXPLAIN as E,
  MONITORING_FINDINGS as F,
  LIGHT_NAMES,
  LIKELIHOOD_NAMES,
  periodName,
  MONITORING_WORDS as W,
} from '../messages/monitoring-messages.js';
import { TIER_NAMES } from '../messages/scoring-messages.js';
import { ratio, yuanToFen } from '../money/money.js';
import { directionFor } from '../scoring/direction.js';
import { measureActual } from '../scoring/measure.js';
import { roundScore, showNumber, showPercent } from '../scoring/rounding.js';
import { tierOfActual } from '../scoring/tiers.js';
import type { Indicator, TargetTable } from '../table/target-table.js';
import type { TargetValue } from '../value/target-value.js';
import { unitClass } from '../value/units.js';
import { achievementPercent, deviationOf } from './achievement.js';
import { lightOf, worstLight } from './lights.js';
import type { Light, MonitoringProfile } from './monitoring-profile.js';
import type {
  BudgetMonitoring,
  IndicatorMonitoring,
  LightSignal,
  MonitoringEntry,
  MonitoringFinding,
  MonitoringInput,
  MonitoringReport,
} from './monitoring-report.js';
import { NATIONAL_MONITORING } from './profiles.js';

const join = (parts: readonly Bilingual[]): Bilingual => ({
  zh: parts.map((p) => p.zh).join(''),
  en: parts.map((p) => p.en).join(' '),
});

const lightWords = (light: Light) => ({
  light: LIGHT_NAMES[light].zh,
  lightEn: LIGHT_NAMES[light].en,
});

/**
 * Builds the monitoring report of a table at a checkpoint. Never throws: what cannot be judged
 * gets no light (`none`) and a finding.
 */
export function monitorTable(
  table: TargetTable,
  input: MonitoringInput,
  profile: MonitoringProfile = NATIONAL_MONITORING,
): MonitoringReport {
  const findings: MonitoringFinding[] = [];
  const month = Math.min(Math.max(Math.round(input.month), 1), 12);
  const period = periodName(month);
  if (!profile.checkpoints.includes(input.month))
    findings.push({
      rule: 'checkpoint-unknown',
      category: 'inconsistent',
      severity: 'warning',
      ...message(
        render(F.checkpointUnknown, {
          period: periodName(input.month).zh,
          periodEn: periodName(input.month).en,
          known: profile.checkpoints.map((m) => periodName(m).zh).join('、'),
        }),
      ),
    });
  const timeProgress = month / 12;
  const budget = monitorBudget(table, input, profile, timeProgress);
  if (budget.light === 'none')
    findings.push({
      rule: 'execution-missing',
      category: 'missing',
      severity: 'warning',
      ...message(F.executionMissing),
    });

  const entries = new Map<number, MonitoringEntry>();
  input.entries.forEach((entry, k) => {
    if (table.indicators[entry.index] === undefined)
      findings.push({
        rule: 'entry-unknown-indicator',
        category: 'inconsistent',
        severity: 'error',
        ...message(render(F.entryUnknownIndicator, { entry: k + 1, index: entry.index })),
      });
    else entries.set(entry.index, entry);
  });
  const indicators = table.indicators.map((indicator, index) =>
    monitorIndicator(indicator, index, entries.get(index), profile, timeProgress, findings),
  );
  const missing = indicators.filter((i) => !entries.has(i.index));
  if (missing.length > 0)
    findings.push({
      rule: 'entry-missing',
      category: 'missing',
      severity: 'warning',
      indicators: missing.map((i) => i.index),
      at: missing.map((i) => i.at),
      ...message(
        render(F.entryMissing, {
          count: missing.length,
          names: missing
            .slice(0, 10)
            .map((i) => i.name)
            .join('、'),
        }),
      ),
    });

  const lights: Record<Light, number> = { green: 0, yellow: 0, red: 0, none: 0 };
  for (const i of indicators) lights[i.light] += 1;
  return {
    profile: profile.id,
    month,
    period,
    timeProgress,
    budget,
    indicators,
    lights,
    findings,
  };
}

const message = (m: Bilingual): { message: string; messageEn: string } => ({
  message: m.zh,
  messageEn: m.en,
});

function monitorBudget(
  table: TargetTable,
  input: MonitoringInput,
  profile: MonitoringProfile,
  timeProgress: number,
): BudgetMonitoring {
  const budget =
    input.execution?.budget ?? table.execution?.budget ?? table.project.amount.currentYear ?? null;
  const spent = input.execution?.spent ?? null;
  const b = budget === null ? null : yuanToFen(budget);
  const s = spent === null ? null : yuanToFen(spent);
  const rate = b !== null && s !== null && b > 0n && s >= 0n ? ratio(s, b) : null;
  if (rate === null)
    return { budget, spent, rate: null, v: null, light: 'none', explain: E.budgetMissing };
  const v = roundScore((rate / timeProgress) * 100, { method: 'half-up', places: profile.places });
  const light = lightOf(v, profile.budgetLights, profile.places);
  return {
    budget,
    spent,
    rate,
    v,
    light,
    explain: render(E.budget, {
      rate: showPercent(roundScore(rate, { method: 'half-up', places: 4 })),
      progress: showPercent(roundScore(timeProgress, { method: 'half-up', places: 4 })),
      v: showNumber(v),
      ...lightWords(light),
    }),
  };
}

function monitorIndicator(
  indicator: Indicator,
  index: number,
  entry: MonitoringEntry | undefined,
  profile: MonitoringProfile,
  timeProgress: number,
  findings: MonitoringFinding[],
): IndicatorMonitoring {
  const base = {
    index,
    name: indicator.name,
    target: indicator.target.raw,
    current: entry?.current?.raw ?? null,
    expected: entry?.expected?.raw ?? null,
    deviationReason: entry?.deviation ?? null,
    likelihood: entry?.likelihood ?? null,
    at: indicator.at,
  };
  const signals: LightSignal[] = [];
  const explain: Bilingual[] = [];
  let currentPercent: number | null = null;
  let expectedPercent: number | null = null;
  let deviation: number | null = null;
  const round = (x: number): number => roundScore(x, { method: 'half-up', places: profile.places });
  const notANumber = (field: 'current' | 'expected', value: TargetValue): void => {
    findings.push({
      rule: 'value-not-a-number',
      category: 'unmeasurable',
      severity: 'error',
      indicators: [index],
      at: [indicator.at],
      ...message(
        render(F.valueNotANumber, {
          name: indicator.name,
          target: indicator.target.raw,
          field: W[field].zh,
          fieldEn: W[field].en,
          value: value.raw,
        }),
      ),
    });
  };

  const target = indicator.target;
  const current = entry?.current ?? null;
  const expected = entry?.expected ?? null;
  if (target.kind === 'number') {
    const direction = directionFor(target);
    if (expected !== null && expected.kind !== 'none') {
      const m = measureActual(expected, target.unit);
      if (m.kind === 'number') {
        expectedPercent = round(achievementPercent(target, m.value, direction));
        const d = deviationOf(target, m.value);
        deviation = d === null ? null : round(d);
        const light = lightOf(expectedPercent, profile.expectedLights, profile.places);
        signals.push({ kind: 'expected', value: expectedPercent, light });
        explain.push(
          render(E.expected, {
            expected: expected.raw,
            target: target.raw,
            value: showNumber(expectedPercent),
            ...lightWords(light),
          }),
        );
      } else notANumber('expected', expected);
    }
    if (current !== null && current.kind !== 'none') {
      const m = measureActual(current, target.unit);
      if (m.kind === 'number') {
        currentPercent = round(achievementPercent(target, m.value, direction));
        // Only what accumulates over the year (counts, money) is held to time progress: a
        // 合格率 of 96% in July is not behind schedule.
        if (
          direction === 'higher' &&
          profile.cumulativeUnits.includes(unitClass(target.unit) ?? 'other')
        ) {
          const value = round((currentPercent / (timeProgress * 100)) * 100);
          const light = lightOf(value, profile.progressLights, profile.places);
          signals.push({ kind: 'progress', value, light });
          explain.push(
            render(E.progress, {
              current: current.raw,
              current_pct: showNumber(currentPercent),
              progress: showPercent(round(timeProgress)),
              value: showNumber(value),
              ...lightWords(light),
            }),
          );
        }
      } else notANumber('current', current);
    }
  } else {
    // Qualitative, yes/no and deadlines: the expected (or else current) words give the tier.
    const words = expected ?? current;
    if (words !== null && words.kind !== 'none') {
      const tier = tierOfActual(words, target);
      if (tier !== null) {
        const light = profile.tierLights[tier];
        signals.push({ kind: 'tier', value: null, light });
        explain.push(
          render(E.tier, {
            text: words.raw,
            tier: TIER_NAMES[tier].zh,
            tierEn: TIER_NAMES[tier].en,
            ...lightWords(light),
          }),
        );
      }
    }
  }
  if (entry?.likelihood) {
    const light = profile.likelihoodLights[entry.likelihood];
    signals.push({ kind: 'likelihood', value: null, light });
    explain.push(
      render(E.likelihood, {
        likelihood: LIKELIHOOD_NAMES[entry.likelihood].zh,
        likelihoodEn: LIKELIHOOD_NAMES[entry.likelihood].en,
        ...lightWords(light),
      }),
    );
  }

  const reason = entry?.deviation;
  const hasReason =
    reason != null && (reason.category !== null || (reason.text ?? '').trim() !== '');
  if (deviation !== null && deviation > profile.deviationThreshold && !hasReason)
    findings.push({
      rule: 'deviation-reason-missing',
      category: 'missing',
      severity: 'warning',
      indicators: [index],
      at: [indicator.at],
      ...message(
        render(F.deviationReasonMissing, {
          name: indicator.name,
          deviation: showPercent(deviation),
          threshold: showPercent(profile.deviationThreshold),
        }),
      ),
    });

  return {
    ...base,
    currentPercent,
    expectedPercent,
    deviation,
    light: worstLight(signals.map((s) => s.light)),
    signals,
    explain: explain.length > 0 ? join(explain) : E.nothing,
  };
}

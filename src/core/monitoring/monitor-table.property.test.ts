import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateTable } from '../../../test/support/corpus.js';
import { Random } from '../../../test/support/random.js';
import { parseTargetValue } from '../value/parse.js';
import { monitorTable } from './monitor-table.js';
import { DEVIATION_CATEGORIES, LIKELIHOODS } from './monitoring-profile.js';
import type { MonitoringEntry } from './monitoring-report.js';
import { MONITORING_PROFILES } from './profiles.js';

const VALUES = [
  '',
  '0',
  '-3',
  'abc',
  '部分达成',
  '达成',
  '未达成',
  '1e308',
  '183/200',
  '50%',
  '12万人次',
  '2019年13月',
  'N/A',
];

describe('monitorTable on random tables with hostile values', () => {
  it('never throws; every indicator has one light and the counts add up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: -3, max: 15 }),
        (seed, month) => {
          const r = new Random(seed);
          const table = generateTable(r);
          const value = (): MonitoringEntry['current'] => {
            if (r.chance(0.2)) return null;
            const raw = r.chance(0.5)
              ? r.pick(VALUES)
              : `${r.int(0, 5000)}${r.pick(['', '人', '%', '万元', '个'])}`;
            return parseTargetValue(raw, { year: table.project.year });
          };
          const entries: MonitoringEntry[] = table.indicators
            .map((_i, index) => index)
            .filter(() => r.chance(0.8))
            .map((index) => ({
              index: r.chance(0.05) ? index + 1000 : index,
              current: value(),
              expected: value(),
              deviation: r.chance(0.5)
                ? { category: r.pick(DEVIATION_CATEGORIES), text: null }
                : null,
              likelihood: r.chance(0.5) ? r.pick(LIKELIHOODS) : null,
            }));
          const profile = r.pick(Object.values(MONITORING_PROFILES));
          const report = monitorTable(
            table,
            {
              month,
              execution: r.chance(0.8)
                ? { budget: `${r.int(0, 1e7)}.00`, spent: `${r.int(0, 1e7)}.00` }
                : null,
              entries,
            },
            profile,
          );
          expect(report.indicators).toHaveLength(table.indicators.length);
          const { green, yellow, red, none } = report.lights;
          expect(green + yellow + red + none).toBe(table.indicators.length);
          expect(report.month).toBeGreaterThanOrEqual(1);
          expect(report.month).toBeLessThanOrEqual(12);
          for (const i of report.indicators) {
            expect(i.light === 'none').toBe(i.signals.length === 0);
            expect(i.explain.zh.length).toBeGreaterThan(0);
          }
          expect(JSON.parse(JSON.stringify(report))).toEqual(report);
        },
      ),
      { numRuns: 200 },
    );
  });
});

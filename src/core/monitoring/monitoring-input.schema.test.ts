import { describe, expect, it } from 'vitest';
import { parseMonitoringInput } from './monitoring-input.schema.js';
import { parseMonitoringProfile } from './monitoring-profile.schema.js';
import { MONITORING_PROFILES } from './profiles.js';

describe('monitoring input', () => {
  it('parses values as text and reads categories and likelihoods by their Chinese names', () => {
    const result = parseMonitoringInput(
      {
        month: 7,
        execution: { budget: '1000000', spent: '500000.5' },
        entries: [
          {
            index: 0,
            current: '600人次',
            expected: { raw: '11月底' },
            deviation: { category: '经费保障', text: '资金未到位' },
            likelihood: '有可能',
          },
        ],
      },
      2019,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input.execution).toEqual({ budget: '1000000.00', spent: '500000.50' });
    const e = result.input.entries[0]!;
    expect(e.current).toMatchObject({ kind: 'number', value: 600, unit: '人次' });
    expect(e.expected).toMatchObject({ kind: 'date', value: '2019-11-30' });
    expect([e.deviation?.category, e.likelihood]).toEqual(['funding', 'possible']);
  });

  it.each([
    [{ month: 13, entries: [] }, 'month'],
    [{ month: 7, entries: [{ index: 0, likelihood: '大概吧' }] }, 'entries.0.likelihood'],
    [{ month: 7, entries: [{ index: 1 }, { index: 1 }] }, 'entries.1.index'],
    [{ month: 7, execution: { budget: '1,000', spent: null }, entries: [] }, 'execution.budget'],
    [{ month: 7, entries: [], extra: true }, '(root)'],
  ])('refuses %j with a bilingual message naming %s', (input, path) => {
    const result = parseMonitoringInput(input, 2019);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.zh).toContain(path);
    expect(result.error.en).toContain(path);
  });
});

describe('monitoring profiles', () => {
  it.each(Object.keys(MONITORING_PROFILES))('the built-in %s passes its own validation', (id) => {
    expect(parseMonitoringProfile(JSON.parse(JSON.stringify(MONITORING_PROFILES[id])))).toEqual({
      ok: true,
      profile: MONITORING_PROFILES[id],
    });
  });

  it('extends a built-in one and checks checkpoints and light rules', () => {
    expect(parseMonitoringProfile({ extends: 'national', id: 'sz', checkpoints: [6, 9] }).ok).toBe(
      true,
    );
    const bad = parseMonitoringProfile({ extends: 'national', id: 'sz', checkpoints: [9, 6] });
    expect(bad.ok === false && bad.error.zh).toContain('checkpoints');
    const open = parseMonitoringProfile({
      extends: 'national',
      id: 'sz',
      budgetLights: [{ light: 'red', below: 60 }],
    });
    expect(open.ok === false && open.error.en).toContain('budgetLights');
  });
});

import { describe, expect, it } from 'vitest';
import { SCORING_PROFILES } from './profiles.js';
import { builtInScoringProfile, parseScoringProfile } from './scoring-profile.schema.js';

describe('scoring profiles', () => {
  it.each(Object.keys(SCORING_PROFILES))('the built-in %s passes its own validation', (id) => {
    const result = parseScoringProfile(JSON.parse(JSON.stringify(SCORING_PROFILES[id])));
    expect(result).toEqual({ ok: true, profile: SCORING_PROFILES[id] });
  });

  it('extends a built-in profile and changes only what it says (grades 80/70/60)', () => {
    const result = parseScoringProfile({
      extends: 'national',
      id: 'county-80',
      name: { zh: '某县', en: 'A county' },
      grades: [
        { grade: 'excellent', min: 80 },
        { grade: 'good', min: 70 },
        { grade: 'fair', min: 60 },
        { grade: 'poor', min: 0 },
      ],
      tiers: { partial: { default: 0.7 } },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile.grades[0]).toEqual({ grade: 'excellent', min: 80 });
    expect(result.profile.tiers.partial).toEqual({ min: 0.6, max: 0.8, default: 0.7 });
    expect(result.profile.budget).toEqual(SCORING_PROFILES.national!.budget);
  });

  const bad = (patch: Record<string, unknown>) =>
    parseScoringProfile({ extends: 'national', id: 'x', ...patch }, 'x.json');

  it.each([
    [{ budget: { weight: -1 } }, 'budget.weight', '不能小于'],
    [{ negativeFormula: 'cubic' }, 'negativeFormula', '取值不对'],
    [{ rounding: { places: 9 } }, 'rounding.places', '不能大于'],
    [{ colour: 'red' }, '(root)', '未知字段'],
    [{ groups: [{ level1: ['output', 'outcome'], weight: 80 }] }, 'groups', '满意度'],
    [
      {
        groups: [
          { level1: ['output'], weight: 50 },
          { level1: ['output', 'outcome', 'satisfaction'], weight: 50 },
        ],
      },
      'groups.1.level1',
      '多个分组',
    ],
    [{ tiers: { met: { default: 0.5 } } }, 'tiers.met', 'min ≤ default ≤ max'],
    [
      {
        grades: [
          { grade: 'good', min: 60 },
          { grade: 'excellent', min: 90 },
        ],
      },
      'grades.1',
      '从高到低',
    ],
  ])('refuses %j with one bilingual message naming the field', (patch, path, words) => {
    const result = bad(patch);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.zh).toContain('x.json');
    expect(result.error.zh).toContain(path);
    expect(result.error.zh).toContain(words);
    expect(result.error.en).toContain(path);
  });

  it('names the known profiles when an id is unknown', () => {
    for (const result of [
      builtInScoringProfile('anhui'),
      parseScoringProfile({ extends: 'anhui' }),
    ]) {
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.zh).toContain('national, sichuan, hubei');
      expect(result.error.en).toContain('anhui');
    }
  });

  it('refuses what is not a profile at all', () => {
    for (const input of [null, 42, 'national', [], { id: 'x' }])
      expect(parseScoringProfile(input).ok).toBe(false);
  });
});

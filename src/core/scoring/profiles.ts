/**
 * The built-in scoring profiles, as data. A region adds its own as a JSON file that may extend
 * one of these (`"extends": "national"`) and is validated like them.
 */

import type { ScoringProfile } from './scoring-profile.js';

const COMMON = {
  emptyGroup: 'rescale',
  negativeFormula: 'linear-to-double',
  // 时效 targets are usually scored "按时完成得满分，未按时完成不得分".
  deadline: 'met-or-not',
  compound: 'mean',
  tooLowTarget: { mode: 'flag', ratio: 1.5, deduct: 0.1 },
  // 财预〔2020〕10号 附件: 达成 80–100%, 部分达成并具有一定效果 60–80%, 未达成且效果较差 0–60%.
  tiers: {
    met: { min: 0.8, max: 1, default: 1 },
    partial: { min: 0.6, max: 0.8, default: 0.6 },
    unmet: { min: 0, max: 0.6, default: 0 },
  },
  reasonBelowFull: true,
  rounding: { method: 'half-up', places: 2, apply: 'each' },
  grades: [
    { grade: 'excellent', min: 90 },
    { grade: 'good', min: 80 },
    { grade: 'fair', min: 60 },
    { grade: 'poor', min: 0 },
  ],
  auditTolerance: 0.01,
} as const satisfies Partial<ScoringProfile>;

/** 全国默认: 预算执行率 10, 产出 50, 效益 30, 满意度 10 (财预〔2020〕10号). */
export const NATIONAL_PROFILE: ScoringProfile = {
  ...COMMON,
  id: 'national',
  name: { zh: '全国默认（财预〔2020〕10号）', en: 'National default (Cai Yu [2020] No. 10)' },
  source: '财预〔2020〕10号',
  budget: { weight: 10, base: 'budget', explainBelow: 0.9 },
  groups: [
    { level1: ['output'], weight: 50 },
    { level1: ['outcome'], weight: 30 },
    { level1: ['satisfaction'], weight: 10 },
  ],
};

/** 四川: 预算执行率 10, 绩效指标 90 as one pool the unit divides. */
export const SICHUAN_PROFILE: ScoringProfile = {
  ...COMMON,
  id: 'sichuan',
  name: {
    zh: '四川（预算执行率10分 + 绩效指标90分）',
    en: 'Sichuan (execution 10 + indicators 90)',
  },
  budget: { weight: 10, base: 'budget', explainBelow: 0.9 },
  groups: [{ level1: ['output', 'outcome', 'satisfaction'], weight: 90 }],
};

/** 湖北: 预算执行率 20, 绩效指标 80 as one pool the unit divides. */
export const HUBEI_PROFILE: ScoringProfile = {
  ...COMMON,
  id: 'hubei',
  name: { zh: '湖北（预算执行率20分 + 绩效指标80分）', en: 'Hubei (execution 20 + indicators 80)' },
  budget: { weight: 20, base: 'budget', explainBelow: 0.9 },
  groups: [{ level1: ['output', 'outcome', 'satisfaction'], weight: 80 }],
};

/** Built-in profiles by id. */
export const SCORING_PROFILES: Readonly<Record<string, ScoringProfile>> = {
  national: NATIONAL_PROFILE,
  sichuan: SICHUAN_PROFILE,
  hubei: HUBEI_PROFILE,
};

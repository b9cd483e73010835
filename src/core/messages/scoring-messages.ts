import type { GradeId, TierId } from '../scoring/scoring-profile.js';
import type { Bilingual } from './message.js';

/** Names of the grades (优/良/中/差). */
export const GRADE_NAMES: Readonly<Record<GradeId, Bilingual>> = {
  excellent: { zh: '优', en: 'Excellent' },
  good: { zh: '良', en: 'Good' },
  fair: { zh: '中', en: 'Fair' },
  poor: { zh: '差', en: 'Poor' },
};

/** Names of the qualitative tiers as the 自评表 words them (财预〔2020〕10号). */
export const TIER_NAMES: Readonly<Record<TierId, Bilingual>> = {
  met: { zh: '达成年度指标', en: 'target met' },
  partial: { zh: '部分达成年度指标并具有一定效果', en: 'partly met with some effect' },
  unmet: { zh: '未达成年度指标且效果较差', en: 'not met, little effect' },
};

/** How each score explains itself: the rule, the numbers and the formula. */
export const SCORE_EXPLAIN = {
  positiveMet: {
    zh: '正向指标：实际值{actual} ≥ 目标值{target}，得满分{weight}分。',
    en: 'Higher is better: actual {actual} ≥ target {target}; full marks {weight}.',
  },
  positiveShort: {
    zh: '正向指标：实际值{actual} < 目标值{target}，得分 = {formula} = {score}分。',
    en: 'Higher is better: actual {actual} < target {target}; score = {formula} = {score}.',
  },
  exactMet: {
    zh: '等值指标（按正向计分）：实际值{actual} ≥ 目标值{target}，得满分{weight}分。',
    en: 'Exact, scored as higher-is-better: actual {actual} ≥ target {target}; full marks {weight}.',
  },
  exactShort: {
    zh: '等值指标（按正向计分）：实际值{actual} < 目标值{target}，得分 = {formula} = {score}分。',
    en: 'Exact, scored as higher-is-better: actual {actual} < target {target}; score = {formula} = {score}.',
  },
  exactZeroMet: {
    zh: '目标值为0：实际值{actual} ≤ 0，得满分{weight}分。',
    en: 'Target 0: actual {actual} ≤ 0; full marks {weight}.',
  },
  exactZeroMissed: {
    zh: '目标值为0：实际值{actual} > 0，不得分。',
    en: 'Target 0: actual {actual} > 0; no marks.',
  },
  negativeMet: {
    zh: '反向指标：实际值{actual} ≤ 目标值{target}，得满分{weight}分。',
    en: 'Lower is better: actual {actual} ≤ target {target}; full marks {weight}.',
  },
  negativeLinear: {
    zh: '反向指标：实际值{actual}超过目标值{target}、未达其两倍，得分 = {formula} = {score}分。',
    en: 'Lower is better: actual {actual} is over target {target} but under twice it; score = {formula} = {score}.',
  },
  negativeDouble: {
    zh: '反向指标：实际值{actual}达到目标值{target}的两倍及以上，不得分。',
    en: 'Lower is better: actual {actual} is at least twice target {target}; no marks.',
  },
  negativeRatio: {
    zh: '反向指标（比值法）：实际值{actual}超过目标值{target}，得分 = {formula} = {score}分。',
    en: 'Lower is better (ratio rule): actual {actual} is over target {target}; score = {formula} = {score}.',
  },
  negativeZeroMissed: {
    zh: '反向指标：目标值为0，实际值{actual} > 0，不得分。',
    en: 'Lower is better: target 0, actual {actual} > 0; no marks.',
  },
  rangeMet: {
    zh: '区间指标：实际值{actual}在{min}至{max}之间，得满分{weight}分。',
    en: 'Range: actual {actual} is between {min} and {max}; full marks {weight}.',
  },
  rangeBelow: {
    zh: '区间指标：实际值{actual}低于下限{min}，按正向计分，得分 = {formula} = {score}分。',
    en: 'Range: actual {actual} is below the minimum {min}, scored as higher-is-better; score = {formula} = {score}.',
  },
  rangeAbove: {
    zh: '区间指标：实际值{actual}高于上限{max}，按反向计分，得分 = {formula} = {score}分。',
    en: 'Range: actual {actual} is above the maximum {max}, scored as lower-is-better; score = {formula} = {score}.',
  },
  deadlineMet: {
    zh: '时限指标：完成于{actual}，不晚于{target}，得满分{weight}分。',
    en: 'Deadline: done on {actual}, not after {target}; full marks {weight}.',
  },
  deadlineLate: {
    zh: '时限指标：完成于{actual}，晚于{target}，不得分。',
    en: 'Deadline: done on {actual}, after {target}; no marks.',
  },
  deadlineElapsed: {
    zh: '时限指标：自{start}起用时{actualDays}天，目标{targetDays}天，{detail}',
    en: 'Deadline: {actualDays} days taken from {start} against {targetDays}; {detailEn}',
  },
  booleanMet: {
    zh: '是否指标：实际“{actual}”与目标“{target}”一致，得满分{weight}分。',
    en: 'Yes/no: actual "{actual}" matches target "{target}"; full marks {weight}.',
  },
  booleanMissed: {
    zh: '是否指标：实际“{actual}”与目标“{target}”不一致，不得分。',
    en: 'Yes/no: actual "{actual}" does not match target "{target}"; no marks.',
  },
  compound: {
    zh: '复合指标：{count}项分别计算完成程度（{parts}），取{how}，得分 = {formula} = {score}分。',
    en: 'Compound: {count} measures scored one by one ({parts}), taking the {howEn}; score = {formula} = {score}.',
  },
  qualitativeDefault: {
    zh: '定性指标：{tier}（分值的{min}%–{max}%），未给定得分，按{share}%计{score}分。',
    en: 'Qualitative: {tierEn} ({min}%–{max}% of the weight); no score given, {share}% gives {score}.',
  },
  qualitativeGiven: {
    zh: '定性指标：{tier}（分值的{min}%–{max}%），给定得分{score}分在档内。',
    en: 'Qualitative: {tierEn} ({min}%–{max}% of the weight); the given score {score} is inside the tier.',
  },
  qualitativeClamped: {
    zh: '定性指标：{tier}（分值的{min}%–{max}%），给定得分{given}分不在档内，按档内最接近的{score}分计。',
    en: 'Qualitative: {tierEn} ({min}%–{max}% of the weight); the given score {given} is outside the tier, the nearest inside, {score}, counts.',
  },
  qualitativeKept: {
    zh: '定性指标：无法判断完成档次，保留给定得分{score}分。',
    en: 'Qualitative: the tier is unclear; the given score {score} is kept.',
  },
  notApplicable: {
    zh: '不适用：不计分，分值由同类其他指标按比例承担。',
    en: 'Not applicable: not scored; the other indicators of its group share its weight.',
  },
  unscorable: {
    zh: '无法计分，计0分：{reason}',
    en: 'Cannot be scored, 0 marks: {reasonEn}',
  },
  tooLowDeducted: {
    zh: '目标明显偏低（实际值为目标值的{times}倍），扣{deduct}分。',
    en: 'The target was set too low (actual is {times} times the target): {deduct} off.',
  },
  budget: {
    zh: '预算执行率 = {spentLabel}{spent}元 / {baseLabel}{base}元 = {rate}%，得分 = {formula} = {score}分（不超过分值{weight}分）。',
    en: 'Execution rate = spent {spent} / {baseEn} {base} = {rate}%; score = {formula} = {score} (at most {weight}).',
  },
  budgetMissing: {
    zh: '缺少全年预算数或全年执行数，预算执行率不得分。',
    en: 'The budget or the amount spent is missing; the execution rate earns no marks.',
  },
} as const satisfies Record<string, Bilingual>;

/** Words used inside the explanations. */
export const SCORE_WORDS = {
  mean: { zh: '平均值', en: 'mean' },
  min: { zh: '最低值', en: 'lowest' },
  budgetBase: { zh: '全年预算数', en: 'adjusted budget' },
  initialBudgetBase: { zh: '年初预算数', en: 'initial budget' },
  spent: { zh: '全年执行数', en: 'spent' },
  budgetLine: { zh: '预算执行率', en: 'Budget execution' },
  totalLine: { zh: '总分', en: 'Total' },
  pool: { zh: '绩效指标', en: 'Performance indicators' },
} as const satisfies Record<string, Bilingual>;

/** Messages of the scoring findings, by rule id. */
export const SCORE_FINDINGS = {
  actualMissing: {
    zh: '“{name}”没有实际完成值。',
    en: '"{name}" has no actual value.',
  },
  actualNotANumber: {
    zh: '“{name}”是定量指标（目标值“{target}”），实际完成值“{actual}”不是数值。',
    en: '"{name}" is quantitative (target "{target}"), but the actual value "{actual}" is not a number.',
  },
  actualNotADate: {
    zh: '“{name}”是时限指标（目标值“{target}”），实际完成值“{actual}”不是日期。',
    en: '"{name}" is a deadline (target "{target}"), but the actual value "{actual}" is not a date.',
  },
  actualPartsMismatch: {
    zh: '“{name}”的目标值有{count}项（“{target}”），实际完成值“{actual}”不能逐项对应。',
    en: 'The target of "{name}" has {count} measures ("{target}"); the actual "{actual}" does not match them one by one.',
  },
  actualUnitIncomparable: {
    zh: '“{name}”的实际完成值“{actual}”与目标值“{target}”计量单位不同（{actualUnit}与{targetUnit}），无法比较。',
    en: 'The actual value "{actual}" of "{name}" is in another kind of unit than the target "{target}" ({actualUnit} vs {targetUnit}); they cannot be compared.',
  },
  actualUnitDiffers: {
    zh: '“{name}”的实际完成值单位“{actualUnit}”与目标值单位“{targetUnit}”不一致，按数值直接比较。',
    en: 'The actual value of "{name}" is in "{actualUnit}", the target in "{targetUnit}"; the numbers were compared as they are.',
  },
  targetMissing: {
    zh: '“{name}”没有目标值，无法计分。',
    en: '"{name}" has no target value and cannot be scored.',
  },
  targetUnscorable: {
    zh: '“{name}”的目标值“{target}”无法作为计分依据。',
    en: 'The target "{target}" of "{name}" cannot be scored against.',
  },
  targetTooLow: {
    zh: '“{name}”的实际值{actual}是目标值{target}的{times}倍，目标可能设定偏低。',
    en: 'The actual value {actual} of "{name}" is {times} times its target {target}: the target may have been set too low.',
  },
  tierUnknown: {
    zh: '“{name}”是定性指标，无法从实际完成情况“{actual}”判断达成档次。',
    en: '"{name}" is qualitative and the tier cannot be told from the actual "{actual}".',
  },
  scoreOutsideTier: {
    zh: '“{name}”给定得分{given}分不在“{tier}”档（{low}–{high}分）内。',
    en: 'The given score {given} of "{name}" is outside the tier "{tierEn}" ({low}–{high}).',
  },
  scoreAboveWeight: {
    zh: '“{name}”的得分{score}分超过其分值{weight}分。',
    en: 'The score {score} of "{name}" is above its weight {weight}.',
  },
  reasonMissing: {
    zh: '“{name}”未得满分（{score}/{weight}分），缺少偏差原因分析及改进措施。',
    en: '"{name}" did not earn full marks ({score}/{weight}) and gives no deviation reason.',
  },
  weightsSum: {
    zh: '{group}各指标分值合计{sum}分，与规定的{expected}分不一致。',
    en: 'The weights under {groupEn} add up to {sum}, not the {expected} set by the profile.',
  },
  groupEmptyRescaled: {
    zh: '没有可计分的{group}指标，其{weight}分按比例分配给其他一级指标。',
    en: 'No {groupEn} indicator can be scored; its {weight} points go to the other groups in proportion.',
  },
  groupEmptyLost: {
    zh: '没有可计分的{group}指标，其{weight}分不得分。',
    en: 'No {groupEn} indicator can be scored; its {weight} points are lost.',
  },
  executionMissing: {
    zh: '缺少资金执行情况（全年预算数、全年执行数），预算执行率不得分。',
    en: 'The budget execution (budget and amount spent) is missing; it earns no marks.',
  },
  executionExplanation: {
    zh: '预算执行率{rate}%低于{threshold}%，需要说明原因。',
    en: 'The execution rate {rate}% is below {threshold}% and needs an explanation.',
  },
  executionOverBudget: {
    zh: '全年执行数{spent}元超过预算数{base}元（执行率{rate}%），得分以分值为限。',
    en: 'Spent {spent} is over the budget {base} (rate {rate}%); the score is capped at the weight.',
  },
  statedDisagrees: {
    zh: '“{name}”表中得分{stated}分，按评分规则应为{computed}分（相差{difference}分）。',
    en: '"{name}" states {stated}, the rules give {computed} (a difference of {difference}).',
  },
  statedTotalSum: {
    zh: '表中总分{total}分，与各项得分合计{sum}分不符。',
    en: 'The stated total {total} is not the sum of the stated scores, {sum}.',
  },
  statedTotalDisagrees: {
    zh: '表中总分{total}分，按评分规则应为{computed}分。',
    en: 'The stated total is {total}; the rules give {computed}.',
  },
} as const satisfies Record<string, Bilingual>;

/** Errors of loading a scoring profile. */
export const SCORING_PROFILE_MESSAGES = {
  unknown: {
    zh: '没有名为“{id}”的评分方案，可用的有：{known}',
    en: 'There is no scoring profile "{id}"; known: {known}',
  },
  invalid: {
    zh: '评分方案“{file}”有误：{path}：{detail}',
    en: 'Scoring profile "{file}" is invalid: {path}: {detailEn}',
  },
  groupTwice: {
    zh: '一级指标“{level1}”出现在多个分组中',
    en: 'first-level category "{level1En}" is in more than one group',
  },
  groupMissing: {
    zh: '一级指标“{level1}”不属于任何分组',
    en: 'first-level category "{level1En}" belongs to no group',
  },
  tierOrder: {
    zh: '档次“{tier}”应满足 min ≤ default ≤ max',
    en: 'tier "{tier}" needs min ≤ default ≤ max',
  },
  gradeOrder: {
    zh: '等级应按分数线从高到低排列',
    en: 'grades must be listed from the highest boundary down',
  },
  notJson: {
    zh: '方案文件“{file}”不是有效的 JSON：{detail}',
    en: 'The profile file "{file}" is not valid JSON: {detail}',
  },
} as const satisfies Record<string, Bilingual>;

/** Words of `jixiao score`. */
export const SCORE_CLI = {
  description: {
    zh: '按评分方案为绩效自评打分并核对表中得分',
    en: 'score a self-evaluation by a profile and audit the scores it states',
  },
  file: {
    zh: '含实际完成值的目标表或自评表',
    en: 'a table with actual values, or a published 自评表',
  },
  profileOption: {
    zh: '评分方案：national、sichuan、hubei 或 JSON 文件',
    en: 'scoring profile: national, sichuan, hubei or a JSON file',
  },
  jsonOption: { zh: '输出 JSON', en: 'print JSON' },
  profile: { zh: '评分方案', en: 'Profile' },
  total: { zh: '总分', en: 'Total' },
  grade: { zh: '等级', en: 'Grade' },
  incomplete: {
    zh: '（有指标无法计分，总分不完整）',
    en: '(some indicators could not be scored; the total is incomplete)',
  },
  budget: { zh: '预算执行率', en: 'Budget execution' },
  stated: {
    zh: '表中自评：总分{total}，各项合计{sum}；与规则不一致{count}处',
    en: 'As stated: total {total}, parts add up to {sum}; {count} disagree with the rules',
  },
  disagreement: {
    zh: '{name}：表中{stated}，规则{computed}（差{difference}）',
    en: '{name}: states {stated}, rules give {computed} ({difference})',
  },
  findings: { zh: '发现', en: 'Findings' },
  readProfileFailed: {
    zh: '无法读取评分方案文件“{file}”：{detail}',
    en: 'Could not read the scoring profile file "{file}": {detail}',
  },
} as const satisfies Record<string, Bilingual>;

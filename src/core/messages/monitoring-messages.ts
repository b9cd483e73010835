import type { DeviationCategory, Light, Likelihood } from '../monitoring/monitoring-profile.js';
import type { RectificationAction, RectificationState } from '../monitoring/rectification.js';
import type { Bilingual } from './message.js';

/** 偏差原因 categories as the 绩效监控表 words them. */
export const DEVIATION_CATEGORY_NAMES: Readonly<Record<DeviationCategory, Bilingual>> = {
  funding: { zh: '经费保障', en: 'Funding' },
  institutional: { zh: '制度保障', en: 'Rules and institutions' },
  staffing: { zh: '人员保障', en: 'Staffing' },
  facilities: { zh: '硬件条件保障', en: 'Facilities' },
  other: { zh: '其他', en: 'Other' },
};

/** 完成目标可能性 */
export const LIKELIHOOD_NAMES: Readonly<Record<Likelihood, Bilingual>> = {
  certain: { zh: '确定能', en: 'Certain' },
  possible: { zh: '有可能', en: 'Possible' },
  impossible: { zh: '完全不可能', en: 'Impossible' },
};

export const LIGHT_NAMES: Readonly<Record<Light, Bilingual>> = {
  green: { zh: '绿灯', en: 'green' },
  yellow: { zh: '黄灯', en: 'yellow' },
  red: { zh: '红灯', en: 'red' },
  none: { zh: '无数据', en: 'no data' },
};

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The period a checkpoint covers: 1–7月 (January–July). */
export function periodName(month: number): Bilingual {
  return { zh: `1–${month}月`, en: `January–${MONTHS_EN[month - 1] ?? String(month)}` };
}

/** How each light explains itself. */
export const MONITORING_EXPLAIN = {
  budget: {
    zh: '执行率{rate}%，序时进度{progress}%，v = {rate} / {progress} × 100 = {v}：{light}。',
    en: 'Execution {rate}%, time progress {progress}%, v = {rate} / {progress} × 100 = {v}: {lightEn}.',
  },
  budgetMissing: {
    zh: '缺少全年预算数或已执行数，无法判断预算执行进度。',
    en: 'The budget or the amount spent so far is missing; execution progress cannot be judged.',
  },
  expected: {
    zh: '全年预计完成值{expected}，为目标值{target}的{value}%：{light}。',
    en: 'Expected {expected} for the year, {value}% of the target {target}: {lightEn}.',
  },
  progress: {
    zh: '当前完成值{current}，为目标值的{current_pct}%，序时进度{progress}%，两者之比{value}%：{light}。',
    en: 'Current {current}, {current_pct}% of the target, time progress {progress}%, a ratio of {value}%: {lightEn}.',
  },
  tier: {
    zh: '完成情况“{text}”属“{tier}”：{light}。',
    en: 'Progress "{text}" reads as "{tierEn}": {lightEn}.',
  },
  likelihood: {
    zh: '完成目标可能性“{likelihood}”：{light}。',
    en: 'Likelihood of reaching the target "{likelihoodEn}": {lightEn}.',
  },
  nothing: {
    zh: '未报送监控数据。',
    en: 'Nothing reported.',
  },
} as const satisfies Record<string, Bilingual>;

/** Messages of the monitoring findings. */
export const MONITORING_FINDINGS = {
  checkpointUnknown: {
    zh: '监控时点“{period}”不是本方案规定的时点（{known}）。',
    en: 'The checkpoint "{periodEn}" is not one of the profile\'s ({known}).',
  },
  entryUnknownIndicator: {
    zh: '监控数据第{entry}条指向不存在的指标（序号{index}）。',
    en: 'Monitoring entry {entry} points to indicator {index}, which does not exist.',
  },
  entryMissing: {
    zh: '有{count}个指标未报送监控数据：{names}',
    en: '{count} indicators have no monitoring data: {names}',
  },
  valueNotANumber: {
    zh: '“{name}”是定量指标（目标值“{target}”），{field}“{value}”不是可比较的数值。',
    en: '"{name}" is quantitative (target "{target}"), but the {fieldEn} "{value}" is not a comparable number.',
  },
  deviationReasonMissing: {
    zh: '“{name}”全年预计完成值与目标值偏差{deviation}%，超过{threshold}%，需要说明偏差原因。',
    en: 'The expected value of "{name}" deviates {deviation}% from its target, over {threshold}%: a reason is needed.',
  },
  executionMissing: {
    zh: '缺少预算执行数据（全年预算数、已执行数）。',
    en: 'Budget execution (budget and amount spent) is missing.',
  },
} as const satisfies Record<string, Bilingual>;

/** Words of the monitoring fields. */
export const MONITORING_WORDS = {
  current: { zh: '当前完成值', en: 'current value' },
  expected: { zh: '全年预计完成值', en: 'expected value' },
} as const satisfies Record<string, Bilingual>;

/** Errors of the monitoring input and profiles. */
export const MONITORING_INPUT_MESSAGES = {
  invalid: {
    zh: '监控数据有误：{path}：{detail}',
    en: 'The monitoring data is invalid: {path}: {detailEn}',
  },
  profileInvalid: {
    zh: '监控方案“{file}”有误：{path}：{detail}',
    en: 'Monitoring profile "{file}" is invalid: {path}: {detailEn}',
  },
  profileUnknown: {
    zh: '没有名为“{id}”的监控方案，可用的有：{known}',
    en: 'There is no monitoring profile "{id}"; known: {known}',
  },
  duplicateEntry: {
    zh: '指标序号{index}重复报送',
    en: 'indicator {index} is reported twice',
  },
  checkpointsOrder: {
    zh: '监控时点应为1–12之间、从小到大、不重复的月份',
    en: 'checkpoints must be months 1–12, ascending, without repeats',
  },
  lightsLast: {
    zh: '灯色规则的最后一条不能有 below（须兜底）',
    en: 'the last light rule must have no "below" (it catches the rest)',
  },
} as const satisfies Record<string, Bilingual>;

export const RECTIFICATION_STATE_NAMES: Readonly<Record<RectificationState, Bilingual>> = {
  requested: { zh: '已提出整改要求', en: 'Requested' },
  measures: { zh: '已报整改措施', en: 'Measures stated' },
  result: { zh: '已报整改结果', en: 'Result stated' },
  closed: { zh: '已销号', en: 'Closed' },
};

export const RECTIFICATION_ACTION_NAMES: Readonly<
  Record<'request' | RectificationAction, Bilingual>
> = {
  request: { zh: '提出整改要求', en: 'Request' },
  'submit-measures': { zh: '报送整改措施', en: 'Submit measures' },
  'submit-result': { zh: '报送整改结果', en: 'Submit result' },
  return: { zh: '退回', en: 'Return' },
  close: { zh: '销号', en: 'Close' },
};

/** Why a rectification step was refused. */
export const RECTIFICATION_ERRORS = {
  notAllowed: {
    zh: '整改处于“{state}”状态，不能“{action}”。',
    en: 'A rectification that is "{stateEn}" cannot be "{actionEn}".',
  },
  textRequired: {
    zh: '“{action}”需要填写说明。',
    en: '"{actionEn}" needs a text.',
  },
  textTooLong: {
    zh: '说明不能超过{max}个字。',
    en: 'The text may have at most {max} characters.',
  },
  byRequired: {
    zh: '必须注明操作人。',
    en: 'Who did it must be given.',
  },
  badTime: {
    zh: '时间“{at}”不是有效的 ISO 时间。',
    en: '"{at}" is not a valid ISO timestamp.',
  },
  timeOrder: {
    zh: '时间“{at}”早于上一步（{last}）。',
    en: '"{at}" is earlier than the previous step ({last}).',
  },
  ownResult: {
    zh: '整改结果由{by}报送，不能由本人销号。',
    en: 'The result was submitted by {by}, who cannot close it themselves.',
  },
} as const satisfies Record<string, Bilingual>;

import type { Bilingual } from './message.js';

/** The project page's 第三方评价 drawer: assigned evaluators and their evaluation. */
export const WEB_EVALUATION = {
  open: { zh: '第三方评价', en: 'Third-party evaluation' },
  title: { zh: '第三方评价（{name}）', en: 'Third-party evaluation ({name})' },
  assigned: { zh: '指派的评价机构与人员', en: 'Assigned evaluators' },
  noneAssigned: { zh: '尚未指派第三方评价。', en: 'No evaluator is assigned yet.' },
  orgSuffix: { zh: '（机构，含其全部评价人员）', en: ' (organisation: all its evaluators)' },
  assignedBy: { zh: '{who} 指派于 {when}', en: 'Assigned by {who}, {when}' },
  pick: { zh: '选择评价人员或机构', en: 'Pick an evaluator or organisation' },
  assign: { zh: '指派', en: 'Assign' },
  assignDone: { zh: '已指派“{name}”。', en: 'Assigned "{name}".' },
  remove: { zh: '取消指派', en: 'Remove' },
  removeConfirm: {
    zh: '取消后，“{name}”将看不到此项目。确定吗？',
    en: '"{name}" will no longer see this project. Remove?',
  },
  removed: { zh: '已取消“{name}”的指派。', en: 'Removed "{name}".' },
  evaluation: { zh: '评价结果', en: 'Evaluation' },
  noEvaluation: {
    zh: '评价机构尚未提交评价。',
    en: 'The evaluator has not recorded an evaluation yet.',
  },
  score: { zh: '评价得分', en: 'Score' },
  grade: { zh: '评价等级', en: 'Grade' },
  gradeAuto: { zh: '按得分自动确定', en: 'From the score' },
  opinion: { zh: '评价意见', en: 'Opinion' },
  by: { zh: '{who}（{org}）于 {when} 评价', en: 'By {who} ({org}), {when}' },
  save: { zh: '提交评价', en: 'Save evaluation' },
  saved: { zh: '评价已保存。', en: 'Evaluation saved.' },
  scoreInvalid: { zh: '得分应为 0 到 100 之间的数字。', en: 'A score is a number from 0 to 100.' },
} as const satisfies Record<string, Bilingual>;

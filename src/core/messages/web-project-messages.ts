import type { Bilingual } from './message.js';

/** The project page: its header, tabs, saving, conflicts, workflow actions and exports. */
export const WEB_PROJECT = {
  tabTable: { zh: '目标表', en: 'Targets' },
  tabMonitoring: { zh: '监控', en: 'Monitoring' },
  tabSelfEvaluation: { zh: '自评', en: 'Self-evaluation' },
  tabHistory: { zh: '历史', en: 'History' },
  facts: { zh: '项目信息', en: 'Project facts' },
  unit: { zh: '实施单位', en: 'Implementing unit' },
  department: { zh: '主管部门', en: 'Supervising department' },
  year: { zh: '年度', en: 'Year' },
  period: { zh: '实施期', en: 'Period' },
  amountTotal: { zh: '项目总金额', en: 'Total amount' },
  amountCurrent: { zh: '本年度金额', en: 'This year' },
  amountFiscal: { zh: '财政拨款', en: 'Fiscal funds' },
  amountOther: { zh: '其他资金', en: 'Other funds' },
  type: { zh: '项目类型', en: 'Project type' },
  fundUse: { zh: '资金用途', en: 'Use of funds' },
  annualGoal: { zh: '年度绩效目标', en: 'Annual goal' },
  longTermGoal: { zh: '总体目标', en: 'Overall goal' },
  framework: { zh: '指标体系', en: 'Framework' },
  state: { zh: '状态', en: 'State' },
  version: { zh: '第 {n} 版', en: 'version {n}' },
  indicators: { zh: '{n} 条指标', en: '{n} indicators' },
  // Saving
  save: { zh: '保存', en: 'Save' },
  saving: { zh: '正在保存…', en: 'Saving…' },
  saved: { zh: '已保存为第 {n} 版。', en: 'Saved as version {n}.' },
  unsaved: { zh: '有未保存的修改', en: 'Unsaved changes' },
  allSaved: { zh: '已全部保存', en: 'All saved' },
  discard: { zh: '放弃修改', en: 'Discard changes' },
  discardConfirm: {
    zh: '放弃全部未保存的修改，恢复到第 {n} 版？此操作不能撤销。',
    en: 'Discard all unsaved changes and go back to version {n}? This cannot be undone.',
  },
  discarded: { zh: '已放弃修改，恢复到第 {n} 版。', en: 'Changes discarded; back to version {n}.' },
  saveFailed: {
    zh: '保存失败：{reason} 您的修改仍保存在本机，可稍后再试。',
    en: 'Saving failed: {reason} Your edits are kept on this computer; try again later.',
  },
  restored: {
    zh: '已恢复您在 {time} 未保存的修改（基于第 {n} 版）。请检查后保存。',
    en: 'Your unsaved edits from {time} (on version {n}) are back. Check them and save.',
  },
  restoredDiscard: { zh: '不要这些修改', en: 'Drop these edits' },
  locked: { zh: '目标表已锁定', en: 'The table is locked' },
  // Conflict (409)
  conflictTitle: { zh: '目标表已被他人修改', en: 'Someone else changed the table' },
  conflictBody: {
    zh: '您编辑的是第 {mine} 版，在此期间{who}已保存了第 {theirs} 版。请比较两边的差异，选择保留哪一份。',
    en: 'You edited version {mine}; meanwhile {who}saved version {theirs}. Compare the two and choose which to keep.',
  },
  conflictSomeone: { zh: '其他用户', en: 'another user ' },
  conflictMine: { zh: '我的修改', en: 'My edits' },
  conflictTheirs: { zh: '服务器上的第 {n} 版', en: 'Version {n} on the server' },
  keepMine: { zh: '保留我的修改（覆盖第 {n} 版）', en: 'Keep my edits (replace version {n})' },
  takeTheirs: {
    zh: '采用服务器上的版本（放弃我的修改）',
    en: 'Take the server version (drop my edits)',
  },
  keepEditing: { zh: '暂不处理，继续编辑', en: 'Not now, keep editing' },
  tookTheirs: {
    zh: '已载入第 {n} 版，您的修改已放弃。',
    en: 'Version {n} loaded; your edits were dropped.',
  },
  noDifferences: { zh: '两份内容相同。', en: 'The two are the same.' },
  // Workflow
  actions: { zh: '操作', en: 'Actions' },
  actionDone: { zh: '已{action}。', en: 'Done: {action}.' },
  actionConfirm: { zh: '确定要{action}吗？', en: 'Really {action}?' },
  submitHint: {
    zh: '提交后表格将锁定，由主管部门审核。当前仍有 {errors} 个错误，建议先修正。',
    en: 'After submitting, the table is locked for the department’s review. There are still {errors} errors; consider fixing them first.',
  },
  saveBeforeAction: {
    zh: '请先保存修改，再{action}。',
    en: 'Save your edits before you {action}.',
  },
  commentRequired: {
    zh: '退回时必须填写审核意见，说明需要修改什么。',
    en: 'Say what must be fixed: a comment is required to return.',
  },
  commentLabel: { zh: '审核意见', en: 'Review comment' },
  commentOptional: { zh: '意见（可选）', en: 'Comment (optional)' },
  returnPlaceholder: {
    zh: '例如：第 153 行“正常运行率”的指标值应为百分比。',
    en: 'E.g. row 153 "正常运行率" needs a percentage.',
  },
  lastReturn: { zh: '退回意见', en: 'Returned with' },
  // Exports
  exportForms: { zh: '导出', en: 'Export' },
  exportDeclaration: { zh: '绩效目标申报表（XLSX）', en: 'Target declaration form (XLSX)' },
  exportMonitoring: { zh: '绩效监控表（XLSX）', en: 'Monitoring form (XLSX)' },
  exportSelfEvaluation: { zh: '绩效自评表（XLSX）', en: 'Self-evaluation form (XLSX)' },
  exportJson: { zh: '交换格式（JSON）', en: 'Interchange format (JSON)' },
  printView: { zh: '打印视图', en: 'Print view' },
  exporting: { zh: '正在生成“{name}”…', en: 'Preparing "{name}"…' },
  exported: { zh: '已下载“{name}”。', en: 'Downloaded "{name}".' },
  exportUnavailable: {
    zh: '服务器暂不提供此导出。',
    en: 'The server does not offer this export yet.',
  },
} as const satisfies Record<string, Bilingual>;

import type { Bilingual } from './message.js';

/**
 * Words printed on the standard forms and written by the CSV/XLSX writers. The forms are
 * Chinese documents, so only `zh` is printed; it is also what the readers recognise (the labels
 * of `src/io/grid/header-block.ts` and `columns.ts`), so a change here must keep them readable.
 */
export const FORM_LABELS = {
  // Titles (财预〔2020〕10号 and 财预〔2019〕136号 attachments; the legacy title as on the seed).
  targetTitle: { zh: '项目绩效目标表', en: 'Project performance target table' },
  declarationTitle: {
    zh: '项目支出绩效目标申报表',
    en: 'Project expenditure performance target declaration',
  },
  monitoringTitle: {
    zh: '项目支出绩效目标执行监控表',
    en: 'Project expenditure performance monitoring form',
  },
  selfEvaluationTitle: {
    zh: '项目支出绩效自评表',
    en: 'Project expenditure performance self-evaluation form',
  },
  yearShort: { zh: '({year}年)', en: '({year})' },
  yearLong: { zh: '（{year}年度）', en: '(budget year {year})' },

  // Header block.
  name: { zh: '项目名称', en: 'Project' },
  code: { zh: '项目编码', en: 'Project code' },
  unit: { zh: '实施单位', en: 'Implementing unit' },
  departmentLegacy: { zh: '主管单位', en: 'Supervising unit' },
  department: { zh: '主管部门', en: 'Supervising department' },
  type: { zh: '项目类型', en: 'Project type' },
  fundUse: { zh: '资金用途', en: 'Use of funds' },
  startDate: { zh: '计划开始日期', en: 'Planned start' },
  endDate: { zh: '计划完成日期', en: 'Planned end' },
  fundsWan: { zh: '项目资金（万元）', en: 'Project funds (10k yuan)' },
  total: { zh: '项目总金额', en: 'Total amount' },
  totalMof: { zh: '项目资金总额', en: 'Total funds' },
  currentYear: { zh: '本年度项目金额', en: 'Amount this year' },
  currentYearMof: { zh: '年度资金总额', en: 'Funds this year' },
  fiscal: { zh: '财政拨款资金', en: 'Fiscal funds' },
  fiscalMof: { zh: '其中：财政拨款', en: 'of which fiscal funds' },
  other: { zh: '其他资金', en: 'Other funds' },
  procurement: { zh: '资产采购计划', en: 'Asset procurement plan' },
  fixedAssets: { zh: '固定资产采购金额', en: 'Fixed asset purchases' },
  procurementItems: { zh: '采购品目', en: 'Items purchased' },
  overview: { zh: '项目概况', en: 'Overview' },
  purpose: { zh: '项目用途', en: 'Purpose' },
  longTermGoal: { zh: '项目总(中期)目标', en: 'Overall (medium-term) goal' },
  longTermGoalMof: { zh: '中期目标', en: 'Medium-term goal' },
  annualGoal: { zh: '年度绩效目标', en: 'Annual performance goal' },
  annualGoalMof: { zh: '年度目标', en: 'Annual goal' },
  annualOverallGoal: { zh: '年度总体目标', en: 'Overall annual goal' },
  actualSummary: { zh: '全年实际完成情况', en: 'What was achieved in the year' },
  currentSummary: { zh: '{period}执行情况', en: 'Progress {period}' },

  // Indicator columns.
  level1: { zh: '一级指标', en: 'Level 1' },
  level1Legacy: { zh: '目标内容', en: 'Goal' },
  level2: { zh: '二级指标', en: 'Level 2' },
  level3: { zh: '三级指标', en: 'Indicator' },
  level3Legacy: { zh: '绩效指标', en: 'Indicator' },
  target: { zh: '指标值', en: 'Target' },
  targetLegacy: { zh: '指标目标值', en: 'Target' },
  annualTarget: { zh: '年度指标值', en: 'Annual target' },
  source: { zh: '目标值来源', en: 'Source of the target' },
  sourceMof: { zh: '指标值设定依据', en: 'Basis of the target' },
  actual: { zh: '实际完成值', en: 'Actual' },
  weight: { zh: '分值', en: 'Weight' },
  score: { zh: '得分', en: 'Score' },
  deviation: { zh: '偏差原因分析及改进措施', en: 'Deviation and improvement' },
  totalScore: { zh: '总分', en: 'Total score' },
  grade: { zh: '自评等级', en: 'Grade' },

  // Budget execution (资金 block).
  initialBudget: { zh: '年初预算数', en: 'Initial budget' },
  budget: { zh: '全年预算数', en: 'Adjusted budget' },
  spent: { zh: '全年执行数', en: 'Spent' },
  spentSoFar: { zh: '{period}执行数', en: 'Spent {period}' },
  executionRate: { zh: '执行率', en: 'Execution rate' },
  yearFunds: { zh: '年度资金总额', en: 'Funds this year' },

  // Monitoring (财预〔2019〕136号).
  currentValue: { zh: '{period}执行情况', en: 'Value {period}' },
  expectedValue: { zh: '全年预计完成值', en: 'Expected for the year' },
  deviationCauses: { zh: '偏差原因分析', en: 'Causes of deviation' },
  deviationText: { zh: '原因说明', en: 'Explanation' },
  likelihood: { zh: '完成目标可能性', en: 'Likelihood of reaching the target' },
  light: { zh: '预警', en: 'Light' },
  lightExplain: { zh: '预警说明', en: 'Why this light' },
  tick: { zh: '√', en: '✓' },

  /** Page footer of a printed workbook (Excel header/footer codes &P and &N). */
  pageFooter: { zh: '第 &P 页，共 &N 页', en: 'Page &P of &N' },

  // Signatures at the foot of a form.
  filledBy: { zh: '填报人：', en: 'Filled in by:' },
  contact: { zh: '联系电话：', en: 'Telephone:' },
  filledOn: { zh: '填报日期：', en: 'Date:' },
} as const satisfies Record<string, Bilingual>;

/** Errors of the writers and of `jixiao convert` / `jixiao export`. */
export const WRITE_MESSAGES = {
  writeFailed: {
    zh: '无法写入文件“{file}”：{detail}',
    en: 'Could not write the file "{file}": {detail}',
  },
  unsupportedForm: {
    zh: '不支持的表单“{value}”：可选 target（申报表）、monitoring（监控表）、self-evaluation（自评表）',
    en: 'Unsupported form "{value}": choose target, monitoring or self-evaluation',
  },
  htmlNeedsHtml: {
    zh: 'HTML 视图请写入 .html 文件，或去掉 --html 写入 .xlsx。',
    en: 'Write the HTML view to a .html file, or drop --html to write .xlsx.',
  },
  unknownProfile: {
    zh: '未知的评分方案“{value}”：可选 {choices}',
    en: 'Unknown scoring profile "{value}": choose one of {choices}',
  },
  badMonth: {
    zh: '监控月份“{value}”无效：应为 1 到 12 的整数（7 即 1–7月）。',
    en: 'Invalid checkpoint month "{value}": give a whole number from 1 to 12 (7 for January–July).',
  },
  monitoringInputOneTable: {
    zh: '文件中有 {count} 张目标表；--input 的监控数据只能对应一张表。',
    en: 'The file holds {count} tables; monitoring data from --input fits only one.',
  },
  monitoringInputUnreadable: {
    zh: '无法读取监控数据文件“{file}”：{detail}',
    en: 'Could not read the monitoring data file "{file}": {detail}',
  },
  scored: {
    zh: '{name}：总分 {total}（{grade}）',
    en: '{name}: total {total} ({gradeEn})',
  },
  formOutNeedsFormat: {
    zh: '输出文件“{file}”的扩展名应为 .xlsx 或 .html。',
    en: 'The output file "{file}" should end in .xlsx or .html.',
  },
} as const satisfies Record<string, Bilingual>;

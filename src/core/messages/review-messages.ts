import type { Bilingual } from './message.js';

/**
 * Words of the review engine and its reports. The rules' own messages live beside each rule
 * (`core/review/rules/*.ts`), so a rule, its wording and its test are read together.
 */
export const REVIEW_MESSAGES = {
  criterion: {
    completeness: { zh: '完整性', en: 'Completeness' },
    relevance: { zh: '相关性', en: 'Relevance' },
    appropriateness: { zh: '适当性', en: 'Appropriateness' },
    feasibility: { zh: '可行性', en: 'Feasibility' },
  },
  severity: {
    error: { zh: '错误', en: 'error' },
    warning: { zh: '警告', en: 'warning' },
    info: { zh: '提示', en: 'info' },
  },
  category: {
    duplicate: { zh: '重复', en: 'duplicate' },
    misplaced: { zh: '归类不当', en: 'misplaced' },
    'unit-mismatch': { zh: '单位不符', en: 'unit mismatch' },
    missing: { zh: '缺失', en: 'missing' },
    unmeasurable: { zh: '不可衡量', en: 'unmeasurable' },
    source: { zh: '来源依据', en: 'source' },
    inconsistent: { zh: '前后矛盾', en: 'inconsistent' },
    format: { zh: '格式', en: 'format' },
  },
  profile: {
    notJson: {
      zh: '审核规则配置“{file}”不是有效的 JSON：{detail}',
      en: 'The review profile "{file}" is not valid JSON: {detail}',
    },
    invalid: {
      zh: '审核规则配置“{file}”有误：{path} {detail}',
      en: 'The review profile "{file}" is invalid: {path} {detailEn}',
    },
    unknownRule: {
      zh: '没有编号为“{rule}”的审核规则',
      en: 'there is no review rule "{rule}"',
    },
    unknownThreshold: {
      zh: '规则“{rule}”没有名为“{threshold}”的阈值（可用：{known}）',
      en: 'rule "{rule}" has no threshold "{threshold}" (known: {known})',
    },
    thresholdRange: {
      zh: '规则“{rule}”的阈值“{threshold}”应在 {min} 到 {max} 之间，实际为 {value}',
      en: 'threshold "{threshold}" of rule "{rule}" must lie between {min} and {max}, got {value}',
    },
    unreadable: {
      zh: '无法读取审核规则配置“{file}”：{detail}',
      en: 'Could not read the review profile "{file}": {detail}',
    },
  },
  /** The national default profile. */
  nationalProfile: {
    zh: '全国默认审核规则（财预〔2015〕88号、财预〔2021〕101号）',
    en: 'National default review rules',
  },
  report: {
    tableLevel: { zh: '整表', en: 'Whole table' },
    noFindings: { zh: '未发现问题', en: 'No findings' },
    summary: {
      zh: '{error} 个错误，{warning} 个警告，{info} 个提示',
      en: '{error} error(s), {warning} warning(s), {info} info(s)',
    },
    tooManyWarnings: {
      zh: '警告 {warning} 个，超过上限 {max} 个',
      en: '{warning} warnings, more than the allowed {max}',
    },
    suggestion: { zh: '建议', en: 'Suggestion' },
    indicatorAt: { zh: '指标', en: 'Indicator' },
    wroteReview: { zh: '已写入审核意见表 {file}', en: 'Wrote the review sheet {file}' },
    badOut: {
      zh: '审核意见表只能写成 .xlsx 文件，而不是“{file}”',
      en: 'The review sheet can only be written as an .xlsx file, not "{file}"',
    },
    badMaxWarnings: {
      zh: '--max-warnings 应为不小于 0 的整数，而不是“{value}”',
      en: '--max-warnings must be a whole number of at least 0, not "{value}"',
    },
  },
  sheet: {
    reviewSheet: { zh: '审核意见表', en: 'Review' },
    summarySheet: { zh: '审核汇总', en: 'Summary' },
    title: { zh: '项目绩效目标审核意见表', en: 'Performance target review' },
    no: { zh: '序号', en: 'No.' },
    level1: { zh: '一级指标', en: 'Level 1' },
    level2: { zh: '二级指标', en: 'Level 2' },
    name: { zh: '三级指标', en: 'Indicator' },
    target: { zh: '指标值', en: 'Target value' },
    source: { zh: '目标值来源', en: 'Source' },
    location: { zh: '原表位置', en: 'Location' },
    opinion: { zh: '审核意见', en: 'Review opinion' },
    noOpinion: { zh: '无意见', en: 'No remarks' },
    criterion: { zh: '审核要点', en: 'Criterion' },
    errors: { zh: '错误', en: 'Errors' },
    warnings: { zh: '警告', en: 'Warnings' },
    infos: { zh: '提示', en: 'Infos' },
    total: { zh: '合计', en: 'Total' },
    tableFindings: { zh: '整表意见', en: 'Table-level remarks' },
    rule: { zh: '问题', en: 'Issue' },
    ruleId: { zh: '规则编号', en: 'Rule id' },
    project: { zh: '项目名称', en: 'Project' },
    unit: { zh: '实施单位', en: 'Unit' },
    year: { zh: '年度', en: 'Year' },
    file: { zh: '文件', en: 'File' },
    conclusion: { zh: '审核结论', en: 'Conclusion' },
    returnForRevision: { zh: '修改后重新报送', en: 'Revise and resubmit' },
    passWithRemarks: { zh: '原则通过，请按提示完善', en: 'Pass; please address the remarks' },
    pass: { zh: '通过', en: 'Pass' },
  },
} as const satisfies {
  criterion: Record<string, Bilingual>;
  severity: Record<string, Bilingual>;
  category: Record<string, Bilingual>;
  profile: Record<string, Bilingual>;
  nationalProfile: Bilingual;
  report: Record<string, Bilingual>;
  sheet: Record<string, Bilingual>;
};

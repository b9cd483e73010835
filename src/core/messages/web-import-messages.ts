import type { Bilingual } from './message.js';

/** Importing a table: choose a file, preview what was read and found, save as a draft. */
export const WEB_IMPORT = {
  title: { zh: '导入绩效目标表', en: 'Import a target table' },
  stepFile: { zh: '选择文件', en: 'Choose a file' },
  stepPreview: { zh: '核对内容', en: 'Check what was read' },
  stepSave: { zh: '保存为草稿', en: 'Save as a draft' },
  drop: { zh: '把文件拖到这里，或点击选择文件', en: 'Drop a file here, or click to choose one' },
  formats: {
    zh: '支持 Excel（XLSX）、Word（DOCX）、PDF（有文字层）、网页（HTML）、CSV 和文本文件；编码自动识别（含 GBK）。',
    en: 'Excel (XLSX), Word (DOCX), PDF with a text layer, HTML, CSV and text; the encoding (GBK too) is detected.',
  },
  uploading: { zh: '正在上传“{name}”… {percent}%', en: 'Uploading "{name}"… {percent}%' },
  parsing: { zh: '正在读取并审核“{name}”…', en: 'Reading and reviewing "{name}"…' },
  readOk: {
    zh: '已读取“{name}”：{n} 条指标，{errors} 个错误、{warnings} 个警告。请核对后保存。',
    en: 'Read "{name}": {n} indicators, {errors} errors, {warnings} warnings. Check, then save.',
  },
  readFailed: { zh: '无法读取“{name}”：{reason}', en: 'Could not read "{name}": {reason}' },
  chooseAnother: { zh: '换一个文件', en: 'Choose another file' },
  readerWarnings: { zh: '读取时的提示', en: 'Notes from the reader' },
  org: { zh: '所属单位', en: 'Budget unit' },
  orgRequired: {
    zh: '请选择项目所属的预算单位',
    en: 'Choose the budget unit the project belongs to',
  },
  year: { zh: '预算年度', en: 'Budget year' },
  yearRequired: { zh: '请填写预算年度', en: 'Enter the budget year' },
  save: { zh: '保存为草稿', en: 'Save as draft' },
  saving: { zh: '正在保存…', en: 'Saving…' },
  saved: {
    zh: '已保存为草稿：{name}（{n} 条指标）。',
    en: 'Saved as a draft: {name} ({n} indicators).',
  },
  counts: { zh: '各类指标数量', en: 'Indicators by category' },
  projectName: { zh: '项目名称', en: 'Project' },
  noName: { zh: '（表中未写项目名称）', en: '(no project name in the table)' },
  emptyTable: {
    zh: '文件中没有找到绩效指标。请确认它是一份项目绩效目标表。',
    en: 'No indicators were found in this file. Is it a project performance target table?',
  },
  tooBig: { zh: '文件超过 {mb} MB，无法上传。', en: 'The file is larger than {mb} MB.' },
  jobQueued: { zh: '已上传，排队等待导入…', en: 'Uploaded; waiting to be imported…' },
  jobReading: { zh: '正在后台读取“{name}”…', en: 'Reading "{name}" in the background…' },
  jobReviewing: { zh: '正在审核指标…', en: 'Reviewing the indicators…' },
  jobStoring: { zh: '正在保存为草稿…', en: 'Saving as a draft…' },
  jobDone: { zh: '导入完成。', en: 'Imported.' },
  jobHint: {
    zh: '文件较大，正在后台导入；可以离开此页，稍后在项目列表中查看。',
    en: 'A big file is imported in the background; you may leave this page and find it in the project list later.',
  },
} as const satisfies Record<string, Bilingual>;

import type { Bilingual } from './message.js';

/**
 * Errors of the year's records once targets are approved: actuals (实际完成值), evidence
 * (佐证材料), monitoring (双监控), rectification (整改) and satisfaction surveys. Each key is a
 * stable `error.code` of the API; the server gives each its status.
 */
export const SELF_EVALUATION_ERRORS = {
  selfEvaluationNotOpen: {
    zh: '目标表尚未批复（当前状态：{state}）：批复后才能填报实际完成值、监控数据、佐证材料和满意度调查。',
    en: 'The targets are not approved yet (now: {stateEn}); actuals, monitoring, evidence and surveys open once they are approved.',
  },
  actualInvalid: {
    zh: '实际完成值有误，未保存任何内容：{detail}',
    en: 'Some actual values are wrong; nothing was saved: {detailEn}',
  },
  indicatorMismatch: {
    zh: '第 {index} 条指标现在是“{current}”，不是“{given}”。目标表可能已调整，请刷新后重新填报。',
    en: 'Indicator {index} is now "{current}", not "{given}". The table may have been adjusted; reload and try again.',
  },
  ownUpdate: {
    zh: '不能审核自己填报的数据。',
    en: 'Nobody reviews their own update.',
  },
  alreadyReviewed: {
    zh: '这条填报已于 {at} 由 {by} 审核。',
    en: 'This update was already reviewed by {by} at {at}.',
  },
  reviewCommentRequired: {
    zh: '退回填报时必须说明原因。',
    en: 'Say why when rejecting an update.',
  },
  evidenceTooLarge: {
    zh: '佐证材料“{file}”超过大小上限 {limit}，未保存。',
    en: 'The evidence file "{file}" is larger than the limit of {limit}; nothing was saved.',
  },
  evidenceEmpty: {
    zh: '文件“{file}”是空的，未保存。',
    en: 'The file "{file}" is empty; nothing was saved.',
  },
  evidenceForbidden: {
    zh: '文件“{file}”{why}，不能作为佐证材料上传。允许的类型：PDF、PNG、JPEG、GIF、WebP、XLSX、DOCX、PPTX、纯文本和 CSV。',
    en: 'The file "{file}" {whyEn}; it cannot be uploaded as evidence. Allowed: PDF, PNG, JPEG, GIF, WebP, XLSX, DOCX, PPTX, plain text and CSV.',
  },
  evidenceStoreUnconfigured: {
    zh: '未配置佐证材料存储目录（JIXIAO_EVIDENCE_DIR，或 jixiao serve --evidence DIR）。',
    en: 'No evidence folder is configured (JIXIAO_EVIDENCE_DIR, or jixiao serve --evidence DIR).',
  },
  evidenceBlobMissing: {
    zh: '佐证材料的文件内容在存储目录中缺失（SHA-256 {sha256}），请联系管理员。',
    en: 'The content of this evidence file is missing from storage (SHA-256 {sha256}); contact the administrator.',
  },
  checkpointUnknown: {
    zh: '没有监控节点“{checkpoint}”（本方案的监控节点：{known}）。',
    en: 'There is no monitoring checkpoint "{checkpoint}" (this profile has: {known}).',
  },
  monitoringClosed: {
    zh: '{period}监控已关闭（{at}，{by}）：{reason}。如需修改，请财政部门重新开放。',
    en: 'The {periodEn} monitoring is closed ({at}, by {by}): {reason}. Ask the finance bureau to reopen it.',
  },
  monitoringNotClosed: {
    zh: '{period}监控尚未关闭，无需重新开放。',
    en: 'The {periodEn} monitoring is not closed; there is nothing to reopen.',
  },
  reopenReasonRequired: {
    zh: '重新开放已关闭的监控期必须说明原因。',
    en: 'Reopening a closed monitoring period needs a reason.',
  },
  rectificationNotAllowed: {
    zh: '整改当前不能执行这一步：{detail}',
    en: 'This rectification step is not possible now: {detailEn}',
  },
  rectificationInvalid: {
    zh: '整改内容有误：{detail}',
    en: 'The rectification step is invalid: {detailEn}',
  },
  rectificationChanged: {
    zh: '这项整改刚被他人更新，请刷新后再操作。',
    en: 'This rectification was just changed by someone else; reload and try again.',
  },
  notRequester: {
    zh: '只有提出整改要求的 {by} 可以销号。',
    en: 'Only {by}, who requested the rectification, may close it.',
  },
  notSatisfaction: {
    zh: '第 {index} 条指标“{name}”不是满意度指标，不能发起满意度调查。',
    en: 'Indicator {index} ("{name}") is not a satisfaction indicator; a satisfaction survey cannot be started for it.',
  },
  surveyClosed: {
    zh: '这份满意度调查已经结束，不再接受答卷。',
    en: 'This satisfaction survey has ended and takes no more answers.',
  },
  surveyAnswered: {
    zh: '您已经提交过这份问卷（每人、每台设备只能回答一次），本次未计入。',
    en: 'You have already answered this survey (one answer per person and device); this one was not counted.',
  },
  surveyInvitationUsed: {
    zh: '这个邀请链接已经使用过，本次未计入。',
    en: 'This invitation link has already been used; this answer was not counted.',
  },
  surveyNotFound: {
    zh: '找不到这份问卷，链接可能有误或已失效。',
    en: 'This survey was not found; the link may be wrong or no longer valid.',
  },
  surveyNeedsCookie: {
    zh: '无法确认答卷设备：请允许浏览器保存 Cookie，然后重新打开问卷链接。',
    en: 'Your device could not be recognised: allow cookies, then open the survey link again.',
  },
  surveyAnswerRequired: {
    zh: '请选择一个满意程度后再提交。',
    en: 'Choose how satisfied you are before submitting.',
  },
  surveyAddressLimit: {
    zh: '来自同一网络的答卷已达上限（{limit} 份），本次未计入。',
    en: 'The limit of {limit} answers from one network has been reached; this one was not counted.',
  },
} as const satisfies Record<string, Bilingual>;

/** A stable error code of the year's records. */
export type SelfEvaluationErrorCode = keyof typeof SELF_EVALUATION_ERRORS;

/** Why a file is refused as evidence, as `{why}` of `evidenceForbidden`. */
export const EVIDENCE_REFUSALS = {
  executable: { zh: '实际是可执行程序', en: 'is in fact an executable program' },
  script: { zh: '是可执行脚本', en: 'is an executable script' },
  html: { zh: '实际是 HTML 网页', en: 'is in fact an HTML page' },
  svg: { zh: '是 SVG 图像（可能含脚本）', en: 'is an SVG image (which may carry scripts)' },
  xml: { zh: '是 XML 文档', en: 'is an XML document' },
  macro: { zh: '是含宏的 Office 文件', en: 'is an Office file with macros' },
  zip: { zh: '是普通压缩包，不是 Office 文件', en: 'is a zip archive, not an Office file' },
  legacyOffice: {
    zh: '是旧版 Office 格式（.doc/.xls/.ppt），请另存为 .docx/.xlsx/.pptx',
    en: 'is in an old Office format (.doc/.xls/.ppt); save it as .docx/.xlsx/.pptx',
  },
  damaged: { zh: '已损坏，无法识别', en: 'is damaged and cannot be recognised' },
  unknown: { zh: '的类型无法识别', en: 'is of a type that cannot be recognised' },
} as const satisfies Record<string, Bilingual>;

/** Why a file is refused as evidence. */
export type EvidenceRefusal = keyof typeof EVIDENCE_REFUSALS;

/** What a "not found" of the year's records was about (`{what}` of the server's notFound). */
export const SELF_EVALUATION_ENTITIES = {
  evidence: { zh: '佐证材料', en: 'evidence file' },
  update: { zh: '填报记录', en: 'update' },
  rectification: { zh: '整改', en: 'rectification' },
  survey: { zh: '满意度调查', en: 'satisfaction survey' },
} as const satisfies Record<string, Bilingual>;

/** Words the server writes into data and responses about the year's records. */
export const SELF_EVALUATION_LABELS = {
  notApprovedLock: {
    zh: '目标表批复后才能填报实际完成值、监控数据和佐证材料。',
    en: 'Actuals, monitoring and evidence open once the targets are approved.',
  },
  periodClosedLock: {
    zh: '{period}监控已关闭：{reason}',
    en: 'The {periodEn} monitoring is closed: {reason}',
  },
  defaultCloseReason: { zh: '监控期已结束', en: 'the monitoring period has ended' },
  surveyEvidence: {
    zh: '满意度调查：有效答卷 {total} 份，满意 {satisfied} 份',
    en: 'Satisfaction survey: {total} answers, {satisfied} satisfied',
  },
  surveyQuestion: {
    zh: '您对“{name}”的满意程度如何？',
    en: 'How satisfied are you with "{name}"?',
  },
} as const satisfies Record<string, Bilingual>;

/** The five-point scale of a satisfaction survey; the first two count as satisfied. */
export const SURVEY_ANSWER_NAMES = {
  'very-satisfied': { zh: '非常满意', en: 'Very satisfied' },
  satisfied: { zh: '满意', en: 'Satisfied' },
  neutral: { zh: '一般', en: 'Neutral' },
  dissatisfied: { zh: '不满意', en: 'Dissatisfied' },
  'very-dissatisfied': { zh: '非常不满意', en: 'Very dissatisfied' },
} as const satisfies Record<string, Bilingual>;

/** The words of the public questionnaire page (`/s/:token`). */
export const SURVEY_PAGE = {
  title: { zh: '满意度调查', en: 'Satisfaction survey' },
  project: { zh: '项目：{name}', en: 'Project: {name}' },
  comment: { zh: '意见或建议（选填）', en: 'Comments or suggestions (optional)' },
  submit: { zh: '提交', en: 'Submit' },
  privacy: {
    zh: '答卷匿名，仅用于统计满意度。',
    en: 'Answers are anonymous and used only to count satisfaction.',
  },
  thanks: { zh: '感谢您的参与！您的答卷已记录。', en: 'Thank you! Your answer has been recorded.' },
  closed: {
    zh: '本调查已结束，感谢关注。',
    en: 'This survey has ended. Thank you for your interest.',
  },
  already: {
    zh: '您已经提交过这份问卷，感谢参与。',
    en: 'You have already answered this survey. Thank you.',
  },
  rateLimited: {
    zh: '提交过于频繁，请稍后再试。',
    en: 'Too many submissions; try again later.',
  },
} as const satisfies Record<string, Bilingual>;

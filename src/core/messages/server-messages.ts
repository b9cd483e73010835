import type { Bilingual } from './message.js';

/**
 * Errors of the HTTP API and the administration commands. Each key is a stable code sent as
 * `error.code`; clients may rely on it. Documented in docs/operations.md.
 */
export const SERVER_MESSAGES = {
  invalidRequest: {
    zh: '请求格式不正确：{detail}',
    en: 'The request is malformed: {detail}',
  },
  unauthenticated: {
    zh: '请先登录。',
    en: 'Please sign in first.',
  },
  badCredentials: {
    zh: '用户名或密码不正确。',
    en: 'Wrong username or password.',
  },
  accountLocked: {
    zh: '连续登录失败次数过多，账号已锁定至 {until}。',
    en: 'Too many failed sign-ins: the account is locked until {until}.',
  },
  rateLimited: {
    zh: '请求过于频繁，请 {seconds} 秒后再试。',
    en: 'Too many requests; try again in {seconds} seconds.',
  },
  csrf: {
    zh: '缺少或错误的 CSRF 令牌（请求头 x-csrf-token）。请刷新页面后重试。',
    en: 'Missing or wrong CSRF token (header x-csrf-token). Reload the page and try again.',
  },
  forbidden: {
    zh: '您的角色无权执行此操作。',
    en: 'Your role may not do this.',
  },
  notFound: {
    zh: '找不到所请求的{what}。',
    en: 'The requested {whatEn} was not found.',
  },
  versionConflict: {
    zh: '目标表已被他人修改（当前版本 {current}，您编辑的是版本 {given}）。请重新载入后再保存。',
    en: 'The table was changed by someone else (now version {current}, you edited version {given}). Reload it and save again.',
  },
  preconditionRequired: {
    zh: '保存目标表需要 If-Match 请求头，写明所编辑的版本。',
    en: 'Saving a table needs an If-Match header naming the version you edited.',
  },
  tableLocked: {
    zh: '目标表当前不能修改：{reason}',
    en: 'The table cannot be changed now: {reasonEn}',
  },
  transitionNotAllowed: {
    zh: '当前状态“{state}”下不能执行“{action}”。',
    en: 'The action "{actionEn}" is not possible while the table is "{stateEn}".',
  },
  commentRequired: {
    zh: '退回时必须填写审核意见。',
    en: 'A comment is required to return a table.',
  },
  indicatorOutOfRange: {
    zh: '指标序号 {index} 不存在（目标表共有 {count} 条指标）。',
    en: 'There is no indicator {index} (the table has {count}).',
  },
  usernameTaken: {
    zh: '用户名“{username}”已被使用。',
    en: 'The username "{username}" is already taken.',
  },
  orgKindNotAllowed: {
    zh: '不能在“{parent}”下新建“{kind}”类型的组织。',
    en: 'An organisation of kind "{kind}" cannot be added under "{parent}".',
  },
  roleNotAllowed: {
    zh: '角色“{role}”不适用于“{kind}”类型的组织。',
    en: 'The role "{role}" does not fit an organisation of kind "{kind}".',
  },
  weakPassword: {
    zh: '密码至少需要 {min} 个字符。',
    en: 'A password needs at least {min} characters.',
  },
  orgNotUnit: {
    zh: '目标表只能导入到预算单位（unit）下。',
    en: 'Tables are imported into a budget unit (kind "unit").',
  },
  multipartRequired: {
    zh: '请以 multipart/form-data 上传文件（字段 file）。',
    en: 'Upload the file as multipart/form-data (field "file").',
  },
  payloadTooLarge: {
    zh: '请求体超过上限 {limit} 字节。',
    en: 'The request body is larger than the limit of {limit} bytes.',
  },
  unsupportedMediaType: {
    zh: '不支持的内容类型“{type}”。',
    en: 'Unsupported content type "{type}".',
  },
  databaseUnavailable: {
    zh: '数据库暂时无法访问。',
    en: 'The database is not answering.',
  },
  internal: {
    zh: '服务器内部错误（编号 {id}），已记录。',
    en: 'Internal server error (id {id}); it has been logged.',
  },
} as const satisfies Record<string, Bilingual>;

/** A stable error code of the API. */
export type ServerErrorCode = keyof typeof SERVER_MESSAGES;

/** What a "not found" was about, in both languages, for `notFound`'s `{what}`. */
export const ENTITY_NAMES = {
  project: { zh: '项目', en: 'project' },
  org: { zh: '组织', en: 'organisation' },
  user: { zh: '用户', en: 'user' },
  version: { zh: '版本', en: 'version' },
  route: { zh: '接口', en: 'route' },
} as const satisfies Record<string, Bilingual>;

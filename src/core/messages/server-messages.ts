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

/** Words the server writes into data or prints, other than errors. */
export const SERVER_LABELS = {
  /** The name of a project whose table states none and whose file had no name. */
  untitledProject: { zh: '未命名项目', en: 'Untitled project' },
} as const satisfies Record<string, Bilingual>;

/** What the administration commands (`jixiao serve|org|user|token|audit|backup|restore|import`) print. */
export const ADMIN_MESSAGES = {
  listening: {
    zh: 'jixiao 已启动：{url}（数据库：{database}）',
    en: 'jixiao is listening on {url} (database: {database})',
  },
  stopping: { zh: '正在停止……', en: 'Stopping…' },
  adminCreated: {
    zh: '已创建首个管理员“{username}”，密码：{password}（仅显示这一次，请妥善保存）',
    en: 'Created the first administrator "{username}" with password {password} (shown only this once; keep it safe)',
  },
  adminFromEnv: {
    zh: '已创建首个管理员“{username}”，密码取自 JIXIAO_ADMIN_PASSWORD。',
    en: 'Created the first administrator "{username}" with the password from JIXIAO_ADMIN_PASSWORD.',
  },
  demoLoaded: {
    zh: '已载入演示数据：项目“{project}”（{indicators} 条指标）。演示账号：',
    en: 'Loaded the demo: project "{project}" ({indicators} indicators). Demo accounts:',
  },
  demoAccount: {
    zh: '  {username}（{role}，{org}）密码：{password}',
    en: '  {username} ({role}, {org}) password: {password}',
  },
  orgAdded: {
    zh: '已新建组织“{name}”（{kind}），编号 {id}',
    en: 'Added organisation "{name}" ({kind}), id {id}',
  },
  orgNotFound: { zh: '找不到组织“{org}”。', en: 'No organisation "{org}".' },
  orgAmbiguous: {
    zh: '有多个组织名为“{org}”，请改用编号：{ids}',
    en: 'Several organisations are named "{org}"; use an id instead: {ids}',
  },
  orgKindNotAllowed: {
    zh: '不能在“{parent}”下新建“{kind}”类型的组织。',
    en: 'An organisation of kind "{kind}" cannot be added under "{parent}".',
  },
  userAdded: { zh: '已新建用户“{username}”（{role}）。', en: 'Added user "{username}" ({role}).' },
  passwordShown: {
    zh: '密码：{password}（仅显示这一次）',
    en: 'Password: {password} (shown only this once)',
  },
  userNotFound: { zh: '找不到用户“{username}”。', en: 'No user "{username}".' },
  usernameTaken: {
    zh: '用户名“{username}”已被使用。',
    en: 'The username "{username}" is already taken.',
  },
  roleNotAllowed: {
    zh: '角色“{role}”不适用于“{kind}”类型的组织。',
    en: 'The role "{role}" does not fit an organisation of kind "{kind}".',
  },
  orgRequired: {
    zh: '除管理员外，每个用户都必须属于一个组织（--org）。',
    en: 'Every user except an administrator belongs to an organisation (--org).',
  },
  weakPassword: {
    zh: '密码至少需要 {min} 个字符。',
    en: 'A password needs at least {min} characters.',
  },
  roleChanged: {
    zh: '用户“{username}”的角色：{before} → {after}',
    en: 'Role of "{username}": {before} → {after}',
  },
  passwordReset: {
    zh: '已重置用户“{username}”的密码并解除锁定，其所有会话已结束。',
    en: 'Reset the password of "{username}", unlocked the account and ended its sessions.',
  },
  tokenCreated: {
    zh: '用户“{username}”的访问令牌（仅显示这一次，以 Authorization: Bearer 发送）：',
    en: 'Access token of "{username}" (shown only this once; send it as Authorization: Bearer):',
  },
  auditOk: {
    zh: '审计日志完整：{entries} 条记录，{chains} 条链，逐条哈希校验通过。',
    en: 'The audit log is intact: {entries} entries in {chains} chains, every hash checks out.',
  },
  auditBroken: {
    zh: '审计日志已被篡改：发现 {count} 处问题。',
    en: 'The audit log has been tampered with: {count} problem(s) found.',
  },
  auditEdited: {
    zh: '  链 {org} 第 {seq} 条：写入后内容被修改。',
    en: '  chain {org}, entry {seq}: its content was changed after it was written.',
  },
  auditBrokenLink: {
    zh: '  链 {org} 第 {seq} 条：与前一条不衔接（前一条被修改后重新计算了哈希）。',
    en: '  chain {org}, entry {seq}: does not follow the entry before it (that one was altered and rehashed).',
  },
  auditMissing: {
    zh: '  链 {org} 第 {seq}–{to} 条：已被删除。',
    en: '  chain {org}, entries {seq}–{to}: deleted.',
  },
  auditTruncated: {
    zh: '  链 {org} 末尾第 {seq}–{to} 条：已被删除。',
    en: '  chain {org}, last entries {seq}–{to}: deleted.',
  },
  auditHead: {
    zh: '  链 {org}：链头记录（第 {seq} 条）与日志不一致。',
    en: '  chain {org}: the chain head (entry {seq}) disagrees with the log.',
  },
  backupDone: { zh: '已备份到 {file}（{size} 字节）。', en: 'Backed up to {file} ({size} bytes).' },
  restoreDone: { zh: '已从 {file} 恢复数据库。', en: 'Restored the database from {file}.' },
  sqliteOnly: {
    zh: '备份与恢复命令用于内置 SQLite 数据库；PostgreSQL 请使用 pg_dump / pg_restore（见 docs/operations.md）。',
    en: 'backup and restore are for the embedded SQLite database; for PostgreSQL use pg_dump / pg_restore (see docs/operations.md).',
  },
  notABackup: {
    zh: '文件“{file}”不是 jixiao 数据库备份：{detail}',
    en: 'The file "{file}" is not a jixiao database backup: {detail}',
  },
  targetExists: {
    zh: '文件“{file}”已存在；请换一个文件名，或先删除它。',
    en: 'The file "{file}" already exists; choose another name or remove it first.',
  },
  imported: {
    zh: '已导入“{name}”：{indicators} 条指标，审核发现 错误 {error}、警告 {warning}、提示 {info}；项目编号 {id}',
    en: 'Imported "{name}": {indicators} indicators, findings: {error} errors, {warning} warnings, {info} notes; project id {id}',
  },
  dryRun: {
    zh: '（试运行，未保存）“{name}”：{indicators} 条指标，错误 {error}、警告 {warning}、提示 {info}',
    en: '(dry run, nothing stored) "{name}": {indicators} indicators, {error} errors, {warning} warnings, {info} notes',
  },
  failed: { zh: '失败：{detail}', en: 'Failed: {detail}' },
} as const satisfies Record<string, Bilingual>;

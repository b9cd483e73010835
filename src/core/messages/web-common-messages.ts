import type { Bilingual } from './message.js';

/** Words the whole web app shares: buttons, navigation, roles, states, generic errors. */
export const WEB_COMMON = {
  appName: { zh: '绩效', en: 'jixiao' },
  appTitle: { zh: '项目绩效目标管理', en: 'Performance targets' },
  loading: { zh: '正在加载…', en: 'Loading…' },
  save: { zh: '保存', en: 'Save' },
  cancel: { zh: '取消', en: 'Cancel' },
  confirm: { zh: '确定', en: 'OK' },
  close: { zh: '关闭', en: 'Close' },
  delete: { zh: '删除', en: 'Delete' },
  edit: { zh: '编辑', en: 'Edit' },
  add: { zh: '新增', en: 'Add' },
  search: { zh: '搜索', en: 'Search' },
  reset: { zh: '重置', en: 'Reset' },
  retry: { zh: '重试', en: 'Try again' },
  back: { zh: '返回', en: 'Back' },
  all: { zh: '全部', en: 'All' },
  none: { zh: '无', en: 'None' },
  unknown: { zh: '未填写', en: 'Not given' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  print: { zh: '打印', en: 'Print' },
  download: { zh: '下载', en: 'Download' },
  export: { zh: '导出', en: 'Export' },
  open: { zh: '打开', en: 'Open' },
  details: { zh: '详情', en: 'Details' },
  yuan: { zh: '元', en: 'yuan' },
  wanYuan: { zh: '万元', en: '10k yuan' },
  count: { zh: '共 {n} 项', en: '{n} in all' },
  languageSwitch: { zh: '切换语言', en: 'Switch language' },
  notFoundTitle: { zh: '页面不存在', en: 'Page not found' },
  notFoundBody: {
    zh: '您访问的页面不存在，或您没有查看它的权限。',
    en: 'This page does not exist, or you may not see it.',
  },
  toHome: { zh: '回到工作台', en: 'Back to the dashboard' },
  comingLater: {
    zh: '服务器尚未提供此功能（{what}），届时此处将自动启用。',
    en: 'The server does not offer this yet ({what}); this page turns on once it does.',
  },
} as const satisfies Record<string, Bilingual>;

/** Navigation and the header. */
export const WEB_NAV = {
  dashboard: { zh: '工作台', en: 'Dashboard' },
  projects: { zh: '项目', en: 'Projects' },
  import: { zh: '导入', en: 'Import' },
  public: { zh: '公开目标', en: 'Published' },
  admin: { zh: '系统管理', en: 'Administration' },
  signOut: { zh: '退出登录', en: 'Sign out' },
  signedOut: { zh: '已退出登录。', en: 'You are signed out.' },
  mainMenu: { zh: '主菜单', en: 'Main menu' },
  skipToContent: { zh: '跳到正文', en: 'Skip to content' },
  account: { zh: '当前账号', en: 'Signed in as' },
} as const satisfies Record<string, Bilingual>;

/** Sign-in and the session. */
export const WEB_AUTH = {
  title: { zh: '登录绩效系统', en: 'Sign in to jixiao' },
  subtitle: {
    zh: '项目绩效目标的填报、审核、监控与自评',
    en: 'Declare, review, monitor and self-evaluate project performance targets',
  },
  username: { zh: '用户名', en: 'User name' },
  password: { zh: '密码', en: 'Password' },
  usernameRequired: { zh: '请输入用户名', en: 'Enter your user name' },
  passwordRequired: { zh: '请输入密码', en: 'Enter your password' },
  signIn: { zh: '登录', en: 'Sign in' },
  signedIn: { zh: '欢迎，{name}。', en: 'Welcome, {name}.' },
  badCredentials: {
    zh: '用户名或密码不正确，请重新输入。',
    en: 'The user name or password is wrong; please try again.',
  },
  expired: {
    zh: '登录已过期，请重新登录。未保存的修改已保存在本机，登录后会自动恢复。',
    en: 'Your session has expired. Please sign in again; unsaved edits are kept on this computer and come back after you sign in.',
  },
  publicLink: {
    zh: '不登录，查看已公开的绩效目标',
    en: 'See published targets without signing in',
  },
} as const satisfies Record<string, Bilingual>;

/** Roles (DESIGN.md) as people call them. */
export const WEB_ROLES = {
  admin: { zh: '管理员', en: 'Administrator' },
  'finance-reviewer': { zh: '财政部门审核人', en: 'Finance reviewer' },
  'department-reviewer': { zh: '主管部门审核人', en: 'Department reviewer' },
  'unit-filer': { zh: '预算单位填报人', en: 'Unit filer' },
  evaluator: { zh: '第三方评价机构', en: 'Evaluator' },
} as const satisfies Record<string, Bilingual>;

/** Kinds of organisation. */
export const WEB_ORG_KINDS = {
  finance: { zh: '财政部门', en: 'Finance bureau' },
  department: { zh: '主管部门', en: 'Department' },
  unit: { zh: '预算单位', en: 'Budget unit' },
} as const satisfies Record<string, Bilingual>;

/** Errors the app says in its own words when the server gave none it can show. */
export const WEB_ERRORS = {
  network: {
    zh: '无法连接服务器，请检查网络后重试。您填写的内容没有丢失。',
    en: 'The server cannot be reached. Check the network and try again; nothing you typed is lost.',
  },
  server: {
    zh: '服务器出错了，请稍后重试。如果问题持续，请联系管理员。',
    en: 'The server ran into a problem. Try again later, and tell an administrator if it persists.',
  },
  forbidden: { zh: '您的角色不能执行此操作。', en: 'Your role may not do this.' },
  notFound: {
    zh: '找不到这条记录，它可能已被删除，或不在您的查看范围内。',
    en: 'This record cannot be found; it may be gone or outside what you may see.',
  },
  conflict: {
    zh: '操作与当前状态冲突，请刷新后重试。',
    en: 'This conflicts with the current state; refresh and try again.',
  },
  tooLarge: {
    zh: '文件太大，超过了服务器允许的大小。',
    en: 'The file is larger than the server allows.',
  },
  unsupported: {
    zh: '不支持这种文件格式。请上传 XLSX、DOCX、PDF、HTML、CSV 或文本文件。',
    en: 'This file format is not supported. Upload XLSX, DOCX, PDF, HTML, CSV or text.',
  },
  badRequest: {
    zh: '提交的内容有误，请检查后重试。',
    en: 'Something in the request is wrong; check and try again.',
  },
  tooMany: { zh: '操作太频繁，请稍后再试。', en: 'Too many attempts; please wait a moment.' },
  unexpected: { zh: '出现了意外错误：{detail}', en: 'Something unexpected happened: {detail}' },
  pageCrashed: {
    zh: '此页面出错了。您的修改保存在本机，刷新页面即可恢复。',
    en: 'This page failed. Your edits are kept on this computer; reload to get them back.',
  },
  reload: { zh: '刷新页面', en: 'Reload' },
} as const satisfies Record<string, Bilingual>;

import type { Bilingual } from './message.js';

/** The public pages: published target tables for everyone, no sign-in. */
export const WEB_PUBLIC = {
  title: { zh: '已公开的项目绩效目标', en: 'Published performance targets' },
  subtitle: {
    zh: '以下绩效目标表已经财政部门审核并公开，任何人均可查阅。',
    en: 'These target tables were approved by the finance bureau and published; anyone may read them.',
  },
  signIn: { zh: '登录', en: 'Sign in' },
  year: { zh: '年度', en: 'Year' },
  search: { zh: '搜索项目或单位', en: 'Search projects or units' },
  empty: { zh: '暂无已公开的目标表。', en: 'Nothing has been published yet.' },
  published: { zh: '公开于 {when}', en: 'Published {when}' },
  view: { zh: '查看目标表', en: 'View the table' },
  backToList: { zh: '返回公开目录', en: 'Back to the list' },
  notPublished: {
    zh: '找不到这张公开的目标表，它可能尚未公开或已撤回。',
    en: 'This published table cannot be found; it may not be published.',
  },
} as const satisfies Record<string, Bilingual>;

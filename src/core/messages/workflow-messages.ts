import type { Bilingual } from './message.js';

/** Names of the workflow's states, actions and locks, as the forms and the app show them. */
export const WORKFLOW_MESSAGES = {
  states: {
    draft: { zh: '填报', en: 'draft' },
    submitted: { zh: '主管部门审核', en: 'submitted (department review)' },
    'department-approved': { zh: '财政审核', en: 'department-approved (finance review)' },
    approved: { zh: '批复', en: 'approved' },
    published: { zh: '公开', en: 'published' },
    returned: { zh: '退回', en: 'returned' },
  },
  actions: {
    submit: { zh: '提交', en: 'submit' },
    return: { zh: '退回', en: 'return' },
    approve: { zh: '审核通过', en: 'approve' },
    publish: { zh: '公开', en: 'publish' },
    reopen: { zh: '重新打开（调整）', en: 'reopen (adjustment)' },
  },
  locks: {
    'under-review': {
      zh: '目标表正在审核中，审核人退回后方可修改。',
      en: 'The table is under review; it can be changed once a reviewer returns it.',
    },
    approved: {
      zh: '目标表已批复并锁定；如需调整，请管理员重新打开。',
      en: 'The table is approved and locked; an administrator can reopen it for an adjustment.',
    },
    published: {
      zh: '目标表已公开，不能再修改。',
      en: 'The table is published and can no longer be changed.',
    },
  },
} as const satisfies {
  states: Record<string, Bilingual>;
  actions: Record<string, Bilingual>;
  locks: Record<string, Bilingual>;
};

import { describe, expect, it } from 'vitest';
import { ROLES } from '../policy/actor.js';
import { PROJECT_STATES } from './states.js';
import {
  availableActions,
  decideTransition,
  TRANSITIONS,
  WORKFLOW_ACTIONS,
} from './transitions.js';

describe('the review workflow', () => {
  it('walks the happy path 填报 → 主管部门审核 → 财政审核 → 批复 → 公开', () => {
    const steps = [
      ['unit-filer', 'draft', 'submit', 'submitted'],
      ['department-reviewer', 'submitted', 'approve', 'department-approved'],
      ['finance-reviewer', 'department-approved', 'approve', 'approved'],
      ['finance-reviewer', 'approved', 'publish', 'published'],
    ] as const;
    for (const [role, state, action, to] of steps) {
      const decision = decideTransition(role, state, action, null);
      expect(decision.kind === 'allowed' && decision.rule.to).toBe(to);
    }
  });

  it('returns from each review step only with a comment', () => {
    expect(decideTransition('department-reviewer', 'submitted', 'return', '  ').kind).toBe(
      'comment-required',
    );
    expect(decideTransition('finance-reviewer', 'department-approved', 'return', '').kind).toBe(
      'comment-required',
    );
    const back = decideTransition(
      'finance-reviewer',
      'department-approved',
      'return',
      '成本指标缺失',
    );
    expect(back.kind === 'allowed' && back.rule.to).toBe('returned');
  });

  it('tells "not your role" (403) from "not now" (409)', () => {
    expect(decideTransition('unit-filer', 'submitted', 'approve', null).kind).toBe('not-your-role');
    expect(decideTransition('finance-reviewer', 'submitted', 'approve', null)).toEqual({
      kind: 'not-now',
      from: ['department-approved'],
    });
    expect(decideTransition('unit-filer', 'published', 'submit', null).kind).toBe('not-now');
  });

  it('agrees with availableActions for every role, state and action', () => {
    for (const role of ROLES)
      for (const state of PROJECT_STATES)
        for (const action of WORKFLOW_ACTIONS) {
          const allowed = decideTransition(role, state, action, 'a reason').kind === 'allowed';
          expect([role, state, action, allowed]).toEqual([
            role,
            state,
            action,
            availableActions(role, state).includes(action),
          ]);
        }
  });

  it('never moves a published table, and never lets the unit approve its own table', () => {
    expect(TRANSITIONS.filter((t) => t.from === 'published')).toEqual([]);
    // Whoever submits never approves: the unit cannot review itself.
    for (const t of TRANSITIONS.filter((r) => r.action === 'approve'))
      expect(t.roles).not.toContain('unit-filer');
  });
});

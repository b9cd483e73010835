import { describe, expect, it } from 'vitest';
import type { Actor, Role } from './actor.js';
import { canAssign, canAssignEvaluators, canEvaluate, memberOrgIds } from './assignment.policy.js';
import type { ProjectScope } from './project.policy.js';

const actor = (role: Role, orgPath: string | null, assigned: string[] = []): Actor => ({
  userId: role,
  username: role,
  role,
  orgId: orgPath === null ? null : 'x',
  orgPath,
  ...(role === 'evaluator' ? { assignedProjects: new Set(assigned) } : {}),
});
const project = (state: ProjectScope['state']): ProjectScope => ({
  id: 'p',
  orgId: 'u',
  orgPath: '/f/d/u/',
  state,
});

describe('assigning evaluators', () => {
  it('is for the finance bureau and administrators that see the project', () => {
    expect(canAssignEvaluators(actor('finance-reviewer', '/f/'), project('submitted'))).toBe(true);
    expect(canAssignEvaluators(actor('admin', '/f/'), project('approved'))).toBe(true);
    expect(canAssignEvaluators(actor('admin', null), project('approved'))).toBe(true);
    expect(canAssignEvaluators(actor('finance-reviewer', '/g/'), project('approved'))).toBe(false);
    expect(canAssignEvaluators(actor('department-reviewer', '/f/d/'), project('approved'))).toBe(
      false,
    );
    expect(canAssignEvaluators(actor('evaluator', '/f/', ['p']), project('approved'))).toBe(false);
  });

  it('names an evaluator account or an organisation that holds evaluators, within sight', () => {
    const finance = actor('finance-reviewer', '/f/');
    expect(canAssign(finance, { kind: 'user', role: 'evaluator', orgPath: '/f/' })).toBe('allowed');
    expect(canAssign(finance, { kind: 'user', role: 'unit-filer', orgPath: '/f/d/u/' })).toBe(
      'not-evaluator',
    );
    expect(canAssign(finance, { kind: 'user', role: 'evaluator', orgPath: '/agency/' })).toBe(
      'out-of-scope',
    );
    expect(canAssign(finance, { kind: 'org', orgKind: 'finance', orgPath: '/f/' })).toBe('allowed');
    expect(canAssign(finance, { kind: 'org', orgKind: 'department', orgPath: '/f/d/' })).toBe(
      'not-evaluator',
    );
    // A system administrator sees every tree, an agency kept in its own included.
    expect(
      canAssign(actor('admin', null), { kind: 'org', orgKind: 'finance', orgPath: '/agency/' }),
    ).toBe('allowed');
    expect(canAssign(finance, { kind: 'user', role: 'admin', orgPath: null })).toBe('out-of-scope');
  });
});

describe('evaluating', () => {
  it('is for an assigned evaluator once the targets are approved', () => {
    expect(canEvaluate(actor('evaluator', '/f/', ['p']), project('approved'))).toBe(true);
    expect(canEvaluate(actor('evaluator', '/f/', ['p']), project('published'))).toBe(true);
    expect(canEvaluate(actor('evaluator', '/f/', ['p']), project('submitted'))).toBe(false);
    expect(canEvaluate(actor('evaluator', '/f/', []), project('approved'))).toBe(false);
    expect(canEvaluate(actor('finance-reviewer', '/f/'), project('approved'))).toBe(false);
  });

  it('counts an evaluator as a member of its organisation and every one above it', () => {
    expect(memberOrgIds('/f/agency/')).toEqual(['f', 'agency']);
    expect(memberOrgIds(null)).toEqual([]);
  });
});

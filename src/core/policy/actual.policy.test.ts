import { describe, expect, it } from 'vitest';
import type { Actor, Role } from './actor.js';
import { canCorrectActual, canReviewUpdate } from './actual.policy.js';
import type { ProjectScope } from './project.policy.js';

const actor = (role: Role, orgPath: string, userId: string): Actor => ({
  userId,
  username: userId,
  role,
  orgId: 'x',
  orgPath,
});
const project: ProjectScope = { orgId: 'u', orgPath: '/f/d/u/', state: 'approved' };
const department = actor('department-reviewer', '/f/d/', 'dept');
const finance = actor('finance-reviewer', '/f/', 'fin');

describe('reviewing and correcting actuals', () => {
  it('lets a reviewer review a unit’s update, and nobody their own', () => {
    expect(canReviewUpdate(department, project, { authorId: 'unit', onBehalfOfId: null })).toBe(
      'allowed',
    );
    expect(canReviewUpdate(department, project, { authorId: 'dept', onBehalfOfId: null })).toBe(
      'own-update',
    );
  });

  it('keeps a correction from its corrector and from the person it was entered for', () => {
    const correction = { authorId: 'dept', onBehalfOfId: 'fin' };
    expect(canReviewUpdate(department, project, correction)).toBe('own-update');
    expect(canReviewUpdate(finance, project, correction)).toBe('own-update');
    expect(canReviewUpdate(finance, project, { authorId: 'dept', onBehalfOfId: 'unit' })).toBe(
      'allowed',
    );
  });

  it('gives corrections to the project’s reviewers in scope only', () => {
    expect(canCorrectActual(department, project)).toBe(true);
    expect(canCorrectActual(finance, project)).toBe(true);
    expect(canCorrectActual(actor('department-reviewer', '/f/e/', 'other'), project)).toBe(false);
    expect(canCorrectActual(actor('unit-filer', '/f/d/u/', 'unit'), project)).toBe(false);
    expect(canCorrectActual(actor('admin', '/f/', 'admin'), project)).toBe(false);
    expect(canCorrectActual(actor('evaluator', '/f/', 'eval'), project)).toBe(false);
  });
});

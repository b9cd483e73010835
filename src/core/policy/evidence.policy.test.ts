import { describe, expect, it } from 'vitest';
import type { Actor, Role } from './actor.js';
import {
  canCloseMonitoring,
  canReopenMonitoring,
  canReviewActual,
  canStepRectification,
  canWriteActuals,
} from './evidence.policy.js';
import type { ProjectScope } from './project.policy.js';

const actor = (role: Role, orgPath = '/f/d/', userId = `${role}-1`): Actor => ({
  userId,
  username: userId,
  role,
  orgId: 'x',
  orgPath,
});
const project = (state: ProjectScope['state']): ProjectScope => ({
  orgId: 'u',
  orgPath: '/f/d/u/',
  state,
});

describe("the year's records", () => {
  it('open to the unit once the targets are approved or published', () => {
    const unit = actor('unit-filer', '/f/d/u/');
    expect(canWriteActuals(unit, project('approved'))).toBe(true);
    expect(canWriteActuals(unit, project('published'))).toBe(true);
    expect(canWriteActuals(unit, project('submitted'))).toBe(false);
    expect(canWriteActuals(actor('unit-filer', '/f/d/other/'), project('approved'))).toBe(false);
    expect(canWriteActuals(actor('department-reviewer'), project('approved'))).toBe(false);
  });

  it('let reviewers review an update, but never their own', () => {
    const reviewer = actor('department-reviewer');
    expect(canReviewActual(reviewer, project('approved'), 'unit-filer-1')).toBe('allowed');
    expect(canReviewActual(reviewer, project('approved'), reviewer.userId)).toBe('own-update');
    expect(canReviewActual(actor('unit-filer', '/f/d/u/'), project('approved'), 'x')).toBe(
      'not-your-role',
    );
    expect(canReviewActual(actor('department-reviewer', '/f/e/'), project('approved'), 'x')).toBe(
      'not-your-role',
    );
  });

  it('let reviewers close a monitoring period, and only finance or an administrator reopen it', () => {
    expect(canCloseMonitoring(actor('department-reviewer'), project('approved'))).toBe(true);
    expect(canCloseMonitoring(actor('unit-filer', '/f/d/u/'), project('approved'))).toBe(false);
    expect(canReopenMonitoring(actor('finance-reviewer', '/f/'), project('approved'))).toBe(true);
    expect(canReopenMonitoring(actor('admin', '/f/'), project('approved'))).toBe(true);
    expect(canReopenMonitoring(actor('department-reviewer'), project('approved'))).toBe(false);
  });

  it('give rectification steps to the unit (measures, result) and reviewers (return, close)', () => {
    const unit = actor('unit-filer', '/f/d/u/');
    const reviewer = actor('finance-reviewer', '/f/');
    expect(canStepRectification(unit, project('approved'), 'submit-measures')).toBe(true);
    expect(canStepRectification(unit, project('approved'), 'close')).toBe(false);
    expect(canStepRectification(reviewer, project('approved'), 'return')).toBe(true);
    expect(canStepRectification(reviewer, project('approved'), 'submit-result')).toBe(false);
  });
});

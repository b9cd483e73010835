import { describe, expect, it } from 'vitest';
import type { Actor, Role } from './actor.js';
import { canViewImportJob } from './import-job.policy.js';

const actor = (role: Role, orgPath: string): Actor => ({
  userId: role,
  username: role,
  role,
  orgId: 'x',
  orgPath,
});
const job = { orgId: 'u', orgPath: '/f/d/u/' };

describe('who follows an import job', () => {
  it('is whoever sees a draft of its unit', () => {
    expect(canViewImportJob(actor('unit-filer', '/f/d/u/'), job)).toBe(true);
    expect(canViewImportJob(actor('finance-reviewer', '/f/'), job)).toBe(true);
    expect(canViewImportJob(actor('admin', '/f/'), job)).toBe(true);
    expect(canViewImportJob(actor('unit-filer', '/f/d/v/'), job)).toBe(false);
    expect(canViewImportJob(actor('department-reviewer', '/f/d/'), job)).toBe(false);
    expect(canViewImportJob(actor('evaluator', '/f/'), job)).toBe(false);
    expect(canViewImportJob(actor('finance-reviewer', '/g/'), job)).toBe(false);
  });
});

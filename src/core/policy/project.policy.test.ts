import { describe, expect, it } from 'vitest';
import type { ProjectState } from '../workflow/states.js';
import type { Actor, Role } from './actor.js';
import { canCreateProjectIn, canEditTable, canViewProject, isPublic } from './project.policy.js';

const actor = (role: Role, orgPath: string | null): Actor => ({
  userId: 'u',
  username: 'u',
  role,
  orgId: orgPath === null ? null : 'o',
  orgPath,
});
const project = (state: ProjectState) => ({ orgId: 'a', orgPath: '/f/d/a/', state });

describe('who sees and edits a project', () => {
  it('shows a unit its own projects in every state, and no other unit’s', () => {
    expect(canViewProject(actor('unit-filer', '/f/d/a/'), project('draft'))).toBe(true);
    expect(canViewProject(actor('unit-filer', '/f/d/b/'), project('published'))).toBe(false);
  });

  it('shows a department its units’ tables once submitted, and nothing of another department', () => {
    expect(canViewProject(actor('department-reviewer', '/f/d/'), project('draft'))).toBe(false);
    expect(canViewProject(actor('department-reviewer', '/f/d/'), project('returned'))).toBe(true);
    expect(canViewProject(actor('department-reviewer', '/f/e/'), project('submitted'))).toBe(false);
  });

  it('does not mistake a sibling whose id starts the same for the subtree', () => {
    expect(
      canViewProject(actor('finance-reviewer', '/f/d/'), {
        ...project('draft'),
        orgPath: '/f/dd/a/',
      }),
    ).toBe(false);
  });

  it('shows an evaluator only approved and published tables assigned to it, and everyone published ones', () => {
    const evaluator = { ...actor('evaluator', '/f/'), assignedProjects: new Set(['p']) };
    const assigned = (state: ProjectState) => ({ ...project(state), id: 'p' });
    expect(canViewProject(evaluator, assigned('department-approved'))).toBe(false);
    expect(canViewProject(evaluator, assigned('approved'))).toBe(true);
    expect(canViewProject(evaluator, assigned('published'))).toBe(true);
    // Unassigned, inside its own subtree or not: nothing.
    expect(canViewProject(evaluator, { ...project('approved'), id: 'q' })).toBe(false);
    expect(canViewProject(actor('evaluator', '/f/'), assigned('approved'))).toBe(false);
    // Assigned, outside its own subtree (an agency outside the bureau's tree): visible.
    const agency = { ...actor('evaluator', '/agency/'), assignedProjects: new Set(['p']) };
    expect(canViewProject(agency, assigned('approved'))).toBe(true);
    expect(isPublic(project('published'))).toBe(true);
    expect(isPublic(project('approved'))).toBe(false);
  });

  it('lets only the unit edit, and only before review', () => {
    expect(canEditTable(actor('unit-filer', '/f/d/a/'), project('returned'))).toBe(true);
    expect(canEditTable(actor('unit-filer', '/f/d/a/'), project('submitted'))).toBe(false);
    expect(canEditTable(actor('finance-reviewer', '/f/'), project('draft'))).toBe(false);
  });

  it('creates projects only in units, by their filers or an administrator above them', () => {
    const unit = { id: 'a', path: '/f/d/a/', kind: 'unit' as const };
    expect(canCreateProjectIn(actor('unit-filer', '/f/d/a/'), unit)).toBe(true);
    expect(canCreateProjectIn(actor('admin', '/f/'), unit)).toBe(true);
    expect(canCreateProjectIn(actor('department-reviewer', '/f/d/'), unit)).toBe(false);
    expect(canCreateProjectIn(actor('admin', '/f/'), { ...unit, kind: 'department' })).toBe(false);
  });
});

/** The public fields of users and organisations. */

import type { Org } from '../../store/repositories/org.repository.js';
import type { User } from '../../store/repositories/user.repository.js';

/** A user (never the password hash or sign-in counters). */
export function presentUser(user: User, orgName: string | null) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    orgId: user.orgId,
    orgName,
    lockedUntil: user.lockedUntil,
    createdAt: user.createdAt,
  };
}

/** An organisation. */
export function presentOrg(org: Org) {
  return {
    id: org.id,
    parentId: org.parentId,
    kind: org.kind,
    name: org.name,
    path: org.path,
    createdAt: org.createdAt,
  };
}

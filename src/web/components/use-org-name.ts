import { useOrgs } from '../api/orgs.js';
import type { Me } from '../api/types.js';

/** The name of the caller's organisation, from the account or else the organisation list. */
export function useOrgName(me: Me): string | null {
  const orgs = useOrgs(!me.orgName);
  if (me.orgName) return me.orgName;
  return orgs.data?.find((org) => org.id === me.orgId)?.name ?? null;
}

/**
 * Lockout after repeated failed sign-ins: slows password guessing against one account even
 * when the guesses come from many addresses (the per-address rate limit cannot see that).
 */

/** How many failures in a row lock an account, and for how long. */
export interface LockoutPolicy {
  readonly maxFailures: number;
  readonly lockMinutes: number;
}

/** Five failures lock the account for fifteen minutes. */
export const DEFAULT_LOCKOUT: LockoutPolicy = { maxFailures: 5, lockMinutes: 15 };

/** True while `lockedUntil` (ISO) lies after `now`. */
export function isLocked(lockedUntil: string | null, now: Date): boolean {
  return lockedUntil !== null && Date.parse(lockedUntil) > now.getTime();
}

/**
 * The account's counters after one more failure: the count grows, and reaching the limit
 * locks the account and starts counting again.
 */
export function afterFailedLogin(
  failedLogins: number,
  now: Date,
  policy: LockoutPolicy = DEFAULT_LOCKOUT,
): { readonly failedLogins: number; readonly lockedUntil: string | null } {
  const failed = failedLogins + 1;
  if (failed < policy.maxFailures) return { failedLogins: failed, lockedUntil: null };
  return {
    failedLogins: 0,
    lockedUntil: new Date(now.getTime() + policy.lockMinutes * 60_000).toISOString(),
  };
}

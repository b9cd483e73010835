/** Row of `users`. */
export interface UserTable {
  id: string;
  /** Null only for a system administrator above every tree. */
  org_id: string | null;
  username: string;
  display_name: string;
  role: string;
  /** argon2id PHC string; the password itself is never stored. */
  password_hash: string;
  /** Consecutive failed sign-ins, reset by a successful one. */
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
}

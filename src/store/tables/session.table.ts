/** Row of `sessions`: a cookie sign-in. The cookie holds a secret; only its hash is stored. */
export interface SessionTable {
  /** SHA-256 (hex) of the cookie's secret. */
  id: string;
  user_id: string;
  org_id: string | null;
  /** Synchronizer token every cookie-authenticated write must echo in `x-csrf-token`. */
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

/** Row of `api_tokens`: a bearer token for scripts. Only its hash is stored. */
export interface ApiTokenTable {
  id: string;
  /** SHA-256 (hex) of the token. */
  token_hash: string;
  user_id: string;
  org_id: string | null;
  name: string;
  created_at: string;
  expires_at: string | null;
}

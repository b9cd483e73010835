/** Who is signed in: the `me` query, sign-in and sign-out. */
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, getJson, send, setCsrfToken } from './http.js';
import type { Me } from './types.js';

export const ME_KEY = ['me'] as const;

/** Reads the current account; null when nobody is signed in. */
export async function fetchMe(): Promise<Me | null> {
  try {
    const { data } = await send<Me | { user: Me; csrfToken?: string | null }>('GET', '/api/me', {
      quietUnauthorized: true,
    });
    return adoptSession(data);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** Accepts `{user, csrfToken}` or a bare user, and keeps the CSRF token for writes. */
function adoptSession(data: Me | { user: Me; csrfToken?: string | null }): Me {
  const me =
    'user' in data ? { ...data.user, csrfToken: data.csrfToken ?? data.user.csrfToken } : data;
  if (me.csrfToken) setCsrfToken(me.csrfToken);
  return me;
}

/** The current account (null when signed out). */
export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000, retry: false });
}

/** Signs in with a user name and password. */
export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { username: string; password: string }) => {
      const { data } = await send<Me | { user: Me; csrfToken?: string | null }>(
        'POST',
        '/api/session',
        {
          body: input,
          quietUnauthorized: true,
        },
      );
      const me = adoptSession(data);
      // Some servers answer the sign-in with less than /api/me: ask again for the full account.
      return me.role ? me : ((await fetchMe()) ?? me);
    },
    onSuccess: (me) => {
      client.clear();
      client.setQueryData(ME_KEY, me);
    },
  });
}

/** Signs out and forgets every cached answer of the previous account. */
export async function signOut(client: QueryClient): Promise<void> {
  try {
    await send('DELETE', '/api/session', { quietUnauthorized: true });
  } finally {
    setCsrfToken(null);
    client.clear();
    client.setQueryData(ME_KEY, null);
  }
}

/** Fetches `path` as the signed-in user (a thin alias kept for readability in hooks). */
export const fetchJson = getJson;

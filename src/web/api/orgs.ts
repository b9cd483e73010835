/** Organisations and users (the admin screens and the pickers of other screens). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, send } from './http.js';
import type { Org, OrgKind, Role, User } from './types.js';

export const ORGS_KEY = ['orgs'] as const;
export const USERS_KEY = ['users'] as const;

function items<T>(
  data: readonly T[] | { items: readonly T[] } | { orgs: readonly T[] } | { users: readonly T[] },
): readonly T[] {
  if (Array.isArray(data)) return data;
  if ('items' in data) return data.items;
  if ('orgs' in data) return data.orgs;
  if ('users' in data) return data.users;
  return [];
}

/** Every organisation the caller may see. */
export function useOrgs(enabled = true) {
  return useQuery({
    queryKey: ORGS_KEY,
    queryFn: async () =>
      items(await getJson<readonly Org[] | { items: readonly Org[] }>('/api/orgs')),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** Every account the caller may manage. */
export function useUsers(enabled = true) {
  return useQuery({
    queryKey: USERS_KEY,
    queryFn: async () =>
      items(await getJson<readonly User[] | { items: readonly User[] }>('/api/users')),
    enabled,
  });
}

export function useCreateOrg() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { name: string; kind: OrgKind; parentId: string | null }) =>
      (await send<Org>('POST', '/api/orgs', { body: input })).data,
    onSuccess: () => client.invalidateQueries({ queryKey: ORGS_KEY }),
  });
}

/** Changes a user's role or resets their password. */
export function useChangeUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { id: string; role?: Role; password?: string }) => {
      const { id, ...body } = input;
      return (await send<User>('PATCH', `/api/users/${id}`, { body })).data;
    },
    onSuccess: () => client.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: {
      username: string;
      password: string;
      orgId: string;
      role: Role;
      displayName?: string;
    }) => (await send<User>('POST', '/api/users', { body: input })).data,
    onSuccess: () => client.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

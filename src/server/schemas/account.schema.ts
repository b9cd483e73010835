/** Schemas of sign-in, tokens, organisations and users. */

import { z } from 'zod';
import { ORG_KINDS, ROLES } from '../../core/policy/actor.js';

const username = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\p{L}\p{N}._@-]+$/u, 'letters, digits and . _ @ - only');

/** Sign-in and token requests. */
export const credentialsSchema = z.object({
  username: z.string().max(200),
  password: z.string().max(1000),
});

/** `POST /api/tokens` body. */
export const tokenRequestSchema = credentialsSchema.extend({
  name: z.string().trim().min(1).max(100).optional(),
});

/** A user as the API shows it. */
export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  orgId: z.string().nullable(),
  orgName: z.string().nullable(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});

/** `GET /api/me` and the answer of a sign-in. */
export const meSchema = z.object({
  user: userSchema.omit({ lockedUntil: true, createdAt: true }),
  /** For cookie sessions: the token to send in `x-csrf-token` with every write. */
  csrfToken: z.string().nullable(),
});

/** An organisation. */
export const orgSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  kind: z.enum(ORG_KINDS),
  name: z.string(),
  path: z.string(),
  createdAt: z.string(),
});

/** `POST /api/orgs` body. */
export const newOrgSchema = z.object({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(ORG_KINDS),
  parentId: z.string().max(100).nullable().optional(),
});

/** `POST /api/users` body. */
export const newUserSchema = z.object({
  username,
  password: z.string().max(1000),
  orgId: z.string().max(100).nullable(),
  role: z.enum(ROLES),
  displayName: z.string().trim().min(1).max(100).optional(),
});

/** `PATCH /api/users/:id` body. */
export const userChangeSchema = z.object({
  role: z.enum(ROLES).optional(),
  password: z.string().max(1000).optional(),
});

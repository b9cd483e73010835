/** The current table of a project, as bytes ready to send (from the version cache or the store). */

import { findVersionContent } from '../../store/repositories/version.repository.js';
import type { ServerContext } from '../context.js';

/** The UTF-8 JSON of a version; undefined only if the version row is missing. */
export async function versionContent(
  ctx: ServerContext,
  versionId: string,
): Promise<Buffer | undefined> {
  const cached = ctx.versions.get(versionId);
  if (cached) return cached;
  const text = await findVersionContent(ctx.store.db, versionId);
  if (text === undefined) return undefined;
  const bytes = Buffer.from(text, 'utf8');
  ctx.versions.set(versionId, bytes);
  return bytes;
}

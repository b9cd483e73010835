/**
 * Evidence content on disk, addressed by its SHA-256: `<dir>/ab/abcdef…`. The same bytes are
 * stored once however often they are attached. A file is written to a temporary name and
 * renamed into place, so a reader never sees half a file and a crash leaves no torn blob.
 * Blobs are never removed here: deleting evidence marks its row, and the content stays for
 * the audit trail (a later clean-up can remove blobs no row points at).
 */

import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A stored blob. */
export interface StoredBlob {
  readonly sha256: string;
  readonly size: number;
  /** False when identical bytes were already stored. */
  readonly created: boolean;
}

const SHA256 = /^[0-9a-f]{64}$/;

/** The SHA-256 of some bytes, as lowercase hex. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Where a blob lives. Only a well-formed hash makes a path, so no name can walk out of `dir`.
 * @example blobPath('/data/evidence', 'ab12…') // '/data/evidence/ab/ab12…'
 */
export function blobPath(dir: string, sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error(`not a SHA-256: ${sha256.slice(0, 80)}`);
  return join(dir, sha256.slice(0, 2), sha256);
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Stores `bytes` under their hash unless they are there already. */
export async function putBlob(dir: string, bytes: Uint8Array): Promise<StoredBlob> {
  const sha256 = sha256Of(bytes);
  const path = blobPath(dir, sha256);
  if (await exists(path)) return { sha256, size: bytes.length, created: false };
  await mkdir(join(dir, sha256.slice(0, 2)), { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.part`;
  try {
    await writeFile(temporary, bytes, { flag: 'wx', mode: 0o640 });
    // Two uploads of the same bytes may race here; both write identical content, and rename
    // replaces atomically, so either winner leaves the same file.
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return { sha256, size: bytes.length, created: true };
}

/** True when the blob is on disk. */
export function hasBlob(dir: string, sha256: string): Promise<boolean> {
  return exists(blobPath(dir, sha256));
}

/** A stream of the blob's bytes, or null when it is missing. */
export async function openBlob(dir: string, sha256: string): Promise<ReadStream | null> {
  const path = blobPath(dir, sha256);
  if (!(await exists(path))) return null;
  return createReadStream(path);
}

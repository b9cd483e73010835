import { writeFile } from 'node:fs/promises';
import { both, render, WRITE_MESSAGES } from '../core/messages/index.js';
import type { CliIO } from './cli-io.js';

/**
 * Writes a command's output file; a path that cannot be written (no such folder, no
 * permission) is reported in both languages instead of ending in a stack trace.
 */
export async function writeOutput(path: string, bytes: Uint8Array, io: CliIO): Promise<boolean> {
  try {
    await writeFile(path, bytes);
    return true;
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? String(error).slice(0, 200);
    io.stderr(`${both(render(WRITE_MESSAGES.writeFailed, { file: path, detail }))}\n`);
    return false;
  }
}

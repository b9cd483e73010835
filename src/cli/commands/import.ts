/**
 * `jixiao import FILE... --org UNIT`: reads, reviews and stores tables as draft projects of a
 * unit, exactly as an upload would (interchange JSON included). Each file is one transaction.
 */

import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { ADMIN_MESSAGES as M } from '../../core/messages/index.js';
import { review } from '../../core/review/index.js';
import { DEFAULT_LIMITS } from '../../io/input-error.js';
import { readAndReview, storeImport } from '../../server/commands/import.command.js';
import { ApiError } from '../../server/errors.js';
import type { CliIO } from '../cli-io.js';
import { resolveOrg } from './org.js';
import { EXIT_BAD_INPUT } from './parse.js';
import {
  cliActor,
  complain,
  EXIT_REFUSED,
  type StoreOptions,
  say,
  withStore,
  withStoreOptions,
} from './store-options.js';

/** Options of `jixiao import`. */
export interface ImportOptions extends StoreOptions {
  /** The unit, by id or unique name. */
  readonly org: string;
  readonly year?: number;
  readonly dryRun?: boolean;
  readonly maxBytes?: number;
}

/** Imports each file; 2 when any could not be read, 1 when the unit is wrong. */
export function importCommand(
  files: readonly string[],
  options: ImportOptions,
  io: CliIO,
): Promise<number> {
  return withStore(options, async (store) => {
    const found = await resolveOrg(store.db, options.org);
    if (!found.ok) {
      complain(io, found.message, found.params);
      return EXIT_REFUSED;
    }
    if (found.org.kind !== 'unit') {
      complain(io, M.roleNotAllowed, { role: 'unit-filer', kind: found.org.kind });
      return EXIT_REFUSED;
    }
    const maxBytes = options.maxBytes ?? DEFAULT_LIMITS.maxBytes;
    let failed = false;
    for (const path of files) {
      try {
        if ((await stat(path)).size > maxBytes) throw new Error(`larger than ${maxBytes} bytes`);
        const reviewed = await readAndReview(new Uint8Array(await readFile(path)), {
          fileName: basename(path),
          maxBytes,
          year: options.year,
          review: (table) => review(table),
        });
        if (options.dryRun) {
          for (const r of reviewed)
            say(io, M.dryRun, {
              name: r.table.project.name ?? basename(path),
              indicators: r.table.indicators.length,
              ...r.summary,
            });
          continue;
        }
        const stored = await storeImport(store.db, cliActor(), {}, found.org, reviewed, {
          source: 'import',
          note: basename(path),
          review: (table, options) => review(table, undefined, options),
        });
        for (const s of stored)
          say(io, M.imported, {
            name: s.project.name,
            indicators: s.project.indicatorCount,
            id: s.project.id,
            ...s.reviewed.summary,
          });
      } catch (error) {
        failed = true;
        if (error instanceof ApiError)
          complain(io, M.failed, { detail: `${error.text.zh} / ${error.text.en}` });
        else
          complain(io, M.failed, {
            detail: error instanceof Error ? error.message : String(error),
          });
      }
    }
    return failed ? EXIT_BAD_INPUT : 0;
  });
}

/** Registers `jixiao import`. */
export function registerImport(program: Command, io: CliIO, setExit: (code: number) => void): void {
  withStoreOptions(
    program
      .command('import')
      .description('导入目标表为预算单位的草稿项目 (import tables as draft projects of a unit)')
      .argument('<files...>', '文件 (files)')
      .requiredOption('--org <unit>', '预算单位的编号或名称 (unit id or name)')
      .option('--year <year>', '表中未写年度时使用 (year for tables that state none)', (v) =>
        Number(v),
      )
      .option('--dry-run', '只显示将导入的内容，不保存 (show what would be stored)')
      .option('--max-bytes <n>', '文件大小上限 (size limit in bytes)', (v) => Number(v)),
  ).action(async (files: string[], options: ImportOptions) => {
    setExit(await importCommand(files, options, io));
  });
}

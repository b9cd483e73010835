/**
 * The `jixiao` command line. Each command is a function in `commands/` that tests call
 * directly; this file only wires arguments to them.
 */

import { Command, CommanderError } from 'commander';
import { type CliIO, processIO } from './cli-io.js';
import { registerAssign } from './commands/assign.js';
import { registerAudit } from './commands/audit.js';
import { registerBackup } from './commands/backup.js';
import { registerConvert } from './commands/convert.js';
import { registerExport } from './commands/export.js';
import { registerImport } from './commands/import.js';
import { registerLint } from './commands/lint.js';
import { registerOrg } from './commands/org.js';
import { registerParse } from './commands/parse.js';
import { registerRestore } from './commands/restore.js';
import { registerScore } from './commands/score.js';
import { registerServe } from './commands/serve.js';
import { registerToken } from './commands/token.js';
import { registerUser } from './commands/user.js';

/** Builds the program; every command registers itself on it. */
export function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command('jixiao')
    .description(
      '绩效 — 项目绩效目标表：读取、审核、监控、自评、导出 (budget performance target tables)',
    )
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerParse(program, io, setExit);
  registerScore(program, io, setExit);
  registerConvert(program, io, setExit);
  registerExport(program, io, setExit);
  registerLint(program, io, setExit);
  registerServe(program, io, setExit);
  registerImport(program, io, setExit);
  registerAssign(program, io, setExit);
  registerOrg(program, io, setExit);
  registerUser(program, io, setExit);
  registerToken(program, io, setExit);
  registerAudit(program, io, setExit);
  registerBackup(program, io, setExit);
  registerRestore(program, io, setExit);
  return program;
}

/** Runs the CLI and returns the exit code. */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    throw error;
  }
  return exitCode;
}

/** `jixiao audit verify`: recomputes every hash of the audit log and names each broken entry. */

import type { Command } from 'commander';
import { ADMIN_MESSAGES as M } from '../../core/messages/index.js';
import { assertNever } from '../../core/util/assert-never.js';
import { type AuditProblem, verifyAudit } from '../../store/repositories/audit.repository.js';
import type { CliIO } from '../cli-io.js';
import { complain, type StoreOptions, say, withStore, withStoreOptions } from './store-options.js';

/** Exit code when the log has been tampered with. */
export const EXIT_TAMPERED = 3;

/** Verifies the audit log; 0 when intact, 3 when any entry was edited or deleted. */
export async function auditVerifyCommand(options: StoreOptions, io: CliIO): Promise<number> {
  const report = await withStore(options, (store) => verifyAudit(store.db));
  if (report.ok) {
    say(io, M.auditOk, { entries: report.entries, chains: report.chains });
    return 0;
  }
  complain(io, M.auditBroken, { count: report.problems.length });
  for (const problem of report.problems) complain(io, messageOf(problem), paramsOf(problem));
  return EXIT_TAMPERED;
}

function messageOf(problem: AuditProblem) {
  switch (problem.kind) {
    case 'edited':
      return M.auditEdited;
    case 'broken-link':
      return M.auditBrokenLink;
    case 'missing':
      return M.auditMissing;
    case 'truncated':
      return M.auditTruncated;
    case 'head':
      return M.auditHead;
    default:
      return assertNever(problem.kind);
  }
}

function paramsOf(problem: AuditProblem) {
  return { org: problem.orgId, seq: problem.seq, to: problem.toSeq ?? problem.seq };
}

/** Registers `jixiao audit verify`. */
export function registerAudit(program: Command, io: CliIO, setExit: (code: number) => void): void {
  const audit = program.command('audit').description('审计日志 (the audit log)');
  withStoreOptions(
    audit
      .command('verify')
      .description('逐条校验审计日志的哈希链 (verify the hash chain of every entry)'),
  ).action(async (options: StoreOptions) => {
    setExit(await auditVerifyCommand(options, io));
  });
}

/**
 * `jixiao lint FILE...`: reviews target tables like a linter — findings grouped by indicator
 * with their lines or cells, colour on a terminal, exit code 1 when there are errors (or more
 * warnings than allowed), 2 when a file or the profile cannot be read. `--json` prints the
 * findings contract of DESIGN.md; `--out review.xlsx` writes the 审核意见表.
 */

import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { styleText } from 'node:util';
import type { Command } from 'commander';
import { type Bilingual, both, REVIEW_MESSAGES as R, render } from '../../core/messages/index.js';
import {
  type Finding,
  NATIONAL_PROFILE,
  parseReviewProfile,
  type ReviewProfile,
  type ReviewResult,
  review,
  type Severity,
} from '../../core/review/index.js';
import { describeLocation } from '../../core/table/location.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { readTargetFile } from '../../io/read.js';
import { writeReviewXlsx } from '../../io/xlsx/write-review.js';
import type { CliIO } from '../cli-io.js';
import { progressBar } from '../progress.js';
import { writeOutput } from '../write-output.js';
import { EXIT_BAD_INPUT } from './parse.js';

/** Exit code of a review that found errors, or more warnings than allowed. */
export const EXIT_FINDINGS = 1;

export interface LintOptions {
  readonly json?: boolean;
  readonly profile?: string;
  /** As typed: validated here, so that a bad value gets a bilingual message. */
  readonly maxWarnings?: string | number;
  readonly out?: string;
  /** Last year's self-evaluation of the same project (any readable format, with 实际完成值). */
  readonly previous?: string;
}

/** One reviewed table, as `--json` prints it: the findings contract plus where it came from. */
interface LintReport {
  readonly file: string;
  readonly part?: string;
  readonly findings: readonly Finding[];
  readonly summary: ReviewResult['summary'];
}

type Color = 'red' | 'yellow' | 'cyan' | 'bold' | 'dim';
const COLOR: Readonly<Record<Severity, Color>> = { error: 'red', warning: 'yellow', info: 'cyan' };

/** Loads and validates a profile file; a bilingual error when it cannot be used. */
export async function loadProfile(path: string): Promise<ReviewProfile | Bilingual> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? String(error).slice(0, 200);
    return render(R.profile.unreadable, { file: path, detail });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : '';
    return render(R.profile.notJson, { file: path, detail });
  }
  const parsed = parseReviewProfile(json, path);
  return parsed.ok ? parsed.profile : parsed.error;
}

function maxWarningsOf(value: string | number | undefined): number | null | Bilingual {
  if (value === undefined) return null;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : render(R.report.badMaxWarnings, { value });
}

const isBilingual = (x: unknown): x is Bilingual =>
  typeof x === 'object' && x !== null && 'zh' in x && 'en' in x && !('format' in x);

/** Reviews every table of every file and reports; returns the exit code. */
export async function lintCommand(
  files: readonly string[],
  options: LintOptions,
  io: CliIO,
): Promise<number> {
  const fail = (message: Bilingual): number => {
    io.stderr(`${paint(io, 'red', message.zh)}\n  ${message.en}\n`);
    return EXIT_BAD_INPUT;
  };
  const maxWarnings = maxWarningsOf(options.maxWarnings);
  if (isBilingual(maxWarnings)) return fail(maxWarnings);
  if (options.out && extname(options.out).toLowerCase() !== '.xlsx')
    return fail(render(R.report.badOut, { file: options.out }));
  const loaded = options.profile ? await loadProfile(options.profile) : NATIONAL_PROFILE;
  if (isBilingual(loaded)) return fail(loaded);
  let previous: TargetTable | null = null;
  if (options.previous) {
    const read = await readTargetFile(options.previous);
    if (!read.ok) return fail(read.error.text);
    previous = read.tables[0] ?? null;
  }

  const reports: LintReport[] = [];
  const reviewed: { table: TargetTable; result: ReviewResult }[] = [];
  let unreadable = false;
  const bar = progressBar(io, files.length);
  for (const path of files) {
    const read = await readTargetFile(path);
    bar.tick(path);
    if (!read.ok) {
      unreadable = true;
      fail(read.error.text);
      continue;
    }
    for (const table of read.tables) {
      const result = review(table, loaded, { previous });
      reviewed.push({ table, result });
      reports.push({
        file: table.origin?.file ?? path,
        ...(table.origin?.part ? { part: table.origin.part } : {}),
        findings: result.findings,
        summary: result.summary,
      });
      if (!options.json) io.stdout(humanReport(table, result, path, io));
    }
  }
  bar.done();

  const total = { error: 0, warning: 0, info: 0 };
  for (const r of reports)
    for (const s of ['error', 'warning', 'info'] as const) total[s] += r.summary[s];
  if (options.json)
    io.stdout(`${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`);
  else if (reports.length > 1)
    io.stdout(`${paint(io, 'bold', both(render(R.report.summary, total)))}\n`);

  if (options.out && reviewed.length > 0) {
    if (!(await writeOutput(options.out, await writeReviewXlsx(reviewed), io)))
      return EXIT_BAD_INPUT;
    io.stderr(`${both(render(R.report.wroteReview, { file: options.out }))}\n`);
  }
  if (unreadable) return EXIT_BAD_INPUT;
  if (total.error > 0) return EXIT_FINDINGS;
  if (typeof maxWarnings === 'number' && total.warning > maxWarnings) {
    io.stderr(
      `${both(render(R.report.tooManyWarnings, { warning: total.warning, max: maxWarnings }))}\n`,
    );
    return EXIT_FINDINGS;
  }
  return 0;
}

function paint(io: CliIO, color: Color, text: string): string {
  // The decision is ours (io.isTTY), not Node's guess from process.stdout.
  return io.isTTY ? styleText(color, text, { validateStream: false }) : text;
}

/** Where a finding is: "第63行、第67行" / "line 63, line 67"; the whole table when it has no rows. */
function places(f: Finding): Bilingual {
  const at = (f.at ?? []).map(describeLocation).filter((p) => p.zh !== '');
  if (at.length === 0 && f.indicators) {
    const n = f.indicators.map((k) => k + 1);
    return { zh: n.map((k) => `第${k}项`).join('、'), en: n.map((k) => `#${k}`).join(', ') };
  }
  if (at.length === 0) return R.report.tableLevel;
  return { zh: at.map((p) => p.zh).join('、'), en: at.map((p) => p.en).join('; ') };
}

/** The findings of one table, grouped under the first indicator each one is about. */
function humanReport(table: TargetTable, result: ReviewResult, path: string, io: CliIO): string {
  const origin = table.origin;
  const p = table.project;
  const lines = [
    paint(
      io,
      'bold',
      `${origin?.file ?? path}${origin?.part ? ` · ${origin.part}` : ''}  ${p.name ?? ''}${p.year ? ` (${p.year})` : ''}`,
    ),
  ];
  const groups = new Map<number, Finding[]>();
  for (const f of result.findings) {
    const key = f.indicators?.[0] ?? -1;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const [k, findings] of groups) {
    const indicator = table.indicators[k];
    const where = k < 0 ? R.report.tableLevel : places(findings[0]!);
    const heading =
      indicator === undefined
        ? where.zh
        : `${describeLocation(indicator.at).zh || `第${k + 1}项`}  ${indicator.name.slice(0, 40)} · ${indicator.target.raw.slice(0, 30)}`;
    lines.push(`  ${paint(io, 'bold', heading)}`);
    for (const f of findings) {
      const label = R.severity[f.severity].zh;
      const also = (f.indicators?.length ?? 0) > 1 ? `  （${places(f).zh}）` : '';
      lines.push(
        `    ${paint(io, COLOR[f.severity], label)}  ${f.message}  ${paint(io, 'dim', `[${f.rule}]`)}${also}`,
      );
      lines.push(`          ${paint(io, 'dim', f.messageEn)}`);
      if (f.suggestion) lines.push(`          ${R.report.suggestion.zh}：${f.suggestion}`);
    }
  }
  if (result.findings.length === 0) lines.push(`  ${both(R.report.noFindings)}`);
  const s = result.summary;
  const color: Color = s.error > 0 ? 'red' : s.warning > 0 ? 'yellow' : 'bold';
  lines.push(`  ${paint(io, color, both(render(R.report.summary, { ...s })))}`);
  return `${lines.join('\n')}\n\n`;
}

/** Registers `jixiao lint`. */
export function registerLint(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('lint')
    .description('审核绩效目标表：按指标列出问题、原因和修改建议 (review target tables)')
    .argument('<files...>', '文件 (files)')
    .option('--json', '输出审核结果 JSON (print the findings as JSON)')
    .option('--profile <file>', '审核规则配置 JSON (review profile)')
    .option('--max-warnings <n>', '警告数上限，超过则退出码为 1 (fail above this many warnings)')
    .option('--out <file>', '写出审核意见表 .xlsx (write the review sheet)')
    .option(
      '--previous <file>',
      '上年自评表，用于发现低于上年实际的目标 (last year’s self-evaluation, to find targets below its actuals)',
    )
    .action(async (files: string[], options: LintOptions) => {
      setExit(await lintCommand(files, options, io));
    });
}

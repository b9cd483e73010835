import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { styleText } from 'node:util';
import type { Command } from 'commander';
import { both, CLI_MESSAGES, render } from '../../core/messages/index.js';
import { SCORE_CLI as M, SCORING_PROFILE_MESSAGES } from '../../core/messages/scoring-messages.js';
import {
  builtInScoringProfile,
  parseScoringProfile,
  type ScoreReport,
  type ScoringProfile,
  type ScoringProfileResult,
  scoreTable,
} from '../../core/scoring/index.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { readTargetFile } from '../../io/read.js';
import type { CliIO } from '../cli-io.js';
import { EXIT_BAD_INPUT } from './parse.js';

export interface ScoreOptions {
  readonly profile?: string;
  readonly json?: boolean;
}

/** A built-in profile id, or else a JSON file holding a profile. */
export async function loadScoringProfile(spec: string): Promise<ScoringProfileResult> {
  if (/^[a-z0-9][a-z0-9._-]*$/.test(spec) && !spec.endsWith('.json'))
    return builtInScoringProfile(spec);
  const file = basename(spec);
  let text: string;
  try {
    text = await readFile(spec, 'utf8');
  } catch (error) {
    const detail = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    return { ok: false, error: render(M.readProfileFailed, { file, detail }) };
  }
  try {
    return parseScoringProfile(JSON.parse(text.replace(/^\uFEFF/, '')) as unknown, file);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: render(SCORING_PROFILE_MESSAGES.notJson, { file, detail }) };
  }
}

/** What `--json` prints for one table: the report, and where it came from. */
function jsonOf(table: TargetTable, report: ScoreReport): unknown {
  return {
    file: table.origin?.file ?? null,
    ...(table.origin?.part ? { part: table.origin.part } : {}),
    project: table.project.name,
    ...report,
  };
}

/**
 * `jixiao score FILE [--profile P] [--json]`: scores every table of a file with actuals and,
 * when the file states its own scores (a published 自评表), lists where they disagree with the
 * rules. Exit 0 when scored, 2 when the file or the profile cannot be read.
 */
export async function scoreCommand(
  file: string,
  options: ScoreOptions,
  io: CliIO,
): Promise<number> {
  const loaded = await loadScoringProfile(options.profile ?? 'national');
  if (!loaded.ok) {
    io.stderr(`${both(loaded.error)}\n`);
    return EXIT_BAD_INPUT;
  }
  const result = await readTargetFile(file);
  if (!result.ok) {
    io.stderr(
      `${both(CLI_MESSAGES.readFailed)}: ${result.error.text.zh}\n  ${result.error.text.en}\n`,
    );
    return EXIT_BAD_INPUT;
  }
  const scored = result.tables.map((table) => ({
    table,
    report: scoreTable(table, loaded.profile),
  }));
  if (options.json) {
    const out = scored.map(({ table, report }) => jsonOf(table, report));
    io.stdout(`${JSON.stringify(out.length === 1 ? out[0] : out, null, 2)}\n`);
  } else
    io.stdout(
      scored.map(({ table, report }) => summary(table, report, loaded.profile, io)).join('\n'),
    );
  return 0;
}

const n = (x: number): string => x.toFixed(2);

function paint(
  io: CliIO,
  color: 'red' | 'yellow' | 'green' | 'bold' | 'dim',
  text: string,
): string {
  return io.isTTY ? styleText(color, text) : text;
}

/** The human summary: total and grade, budget line, groups, every indicator, the audit, findings. */
export function summary(
  table: TargetTable,
  report: ScoreReport,
  profile: ScoringProfile,
  io: CliIO,
): string {
  const origin = table.origin;
  const lines = [
    paint(io, 'bold', `${origin?.file ?? ''}${origin?.part ? ` · ${origin.part}` : ''}`),
    `  ${CLI_MESSAGES.project.zh} ${table.project.name ?? CLI_MESSAGES.unknown.zh} · ${table.project.year ?? ''} · ${M.profile.zh} ${profile.id}（${profile.name.zh}）`,
    paint(
      io,
      'bold',
      `  ${M.total.zh} ${n(report.total)} / ${n(report.maxTotal)}  ${M.grade.zh} ${report.gradeLabel.zh} (${report.gradeLabel.en})${report.complete ? '' : ` ${M.incomplete.zh}`}`,
    ),
    `  ${M.budget.zh} ${n(report.budget.score)} / ${n(report.budget.weight)}  ${report.budget.explain.zh}`,
    `  ${report.groups.map((g) => `${g.label.zh} ${n(g.score)} / ${n(g.weight)}`).join('   ')}`,
  ];
  for (const s of report.indicators) {
    const color = s.rule === 'unscorable' ? 'red' : s.score < s.weight ? 'yellow' : 'green';
    lines.push(
      `  ${paint(io, color, `#${s.index + 1}`)} ${s.name}  ${n(s.score)} / ${n(s.weight)}  ${paint(io, 'dim', s.explain.zh)}`,
    );
  }
  const stated = report.stated;
  if (stated) {
    lines.push(
      paint(
        io,
        'bold',
        `  ${
          render(M.stated, {
            total: stated.total === null ? '—' : n(stated.total),
            sum: n(stated.sum),
            count: stated.disagreements.length,
          }).zh
        }`,
      ),
    );
    for (const d of stated.disagreements) {
      const label = typeof d.index === 'number' ? `#${d.index + 1} ${d.name}` : d.name;
      lines.push(
        paint(
          io,
          'red',
          `    ${render(M.disagreement, { name: label, stated: n(d.stated), computed: n(d.computed), difference: n(d.difference) }).zh}`,
        ),
      );
    }
  }
  const s = report.summary;
  lines.push(`  ${M.findings.zh} error ${s.error} · warning ${s.warning} · info ${s.info}`);
  for (const f of report.findings.filter((x) => x.severity !== 'info').slice(0, 30))
    lines.push(paint(io, f.severity === 'error' ? 'red' : 'yellow', `    ${f.message}`));
  return `${lines.join('\n')}\n`;
}

/** Registers `jixiao score`. */
export function registerScore(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('score')
    .description(`${M.description.zh} (${M.description.en})`)
    .argument('<file>', `${M.file.zh} (${M.file.en})`)
    .option('--profile <profile>', `${M.profileOption.zh} (${M.profileOption.en})`, 'national')
    .option('--json', `${M.jsonOption.zh} (${M.jsonOption.en})`)
    .action(async (file: string, options: ScoreOptions) => {
      setExit(await scoreCommand(file, options, io));
    });
}

import { extname } from 'node:path';
import { styleText } from 'node:util';
import type { Command } from 'commander';
import { FRAMEWORKS } from '../../core/framework/frameworks.js';
import { both, CLI_MESSAGES as M, render } from '../../core/messages/index.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { writeJson } from '../../io/json/write-json.js';
import { readTargetFile } from '../../io/read.js';
import { formatOfPath, writeTargetTables } from '../../io/write.js';
import type { CliIO } from '../cli-io.js';
import { progressBar } from '../progress.js';
import { writeOutput } from '../write-output.js';

export interface ParseOptions {
  readonly json?: boolean;
  readonly out?: string;
  readonly maxBytes?: number;
}

/** Exit codes shared by the commands: 2 means some input could not be read. */
export const EXIT_BAD_INPUT = 2;

/**
 * `jixiao parse FILE...`: reads each file and prints a summary, the interchange JSON
 * (`--json`), or writes the tables to a file (`--out`).
 */
export async function parseCommand(
  files: readonly string[],
  options: ParseOptions,
  io: CliIO,
): Promise<number> {
  const tables: TargetTable[] = [];
  let failed = false;
  const bar = progressBar(io, files.length);
  for (const path of files) {
    const result = await readTargetFile(
      path,
      options.maxBytes ? { limits: { maxBytes: options.maxBytes } } : {},
    );
    bar.tick(path);
    if (!result.ok) {
      failed = true;
      io.stderr(
        `${paint(io, 'red', both(M.readFailed))}: ${result.error.text.zh}\n  ${result.error.text.en}\n`,
      );
      continue;
    }
    tables.push(...result.tables);
    if (!options.json && !options.out) io.stdout(summary(result.tables, io));
  }
  bar.done();
  if (options.json) io.stdout(writeJson(tables));
  if (options.out && tables.length > 0) {
    const format = formatOfPath(options.out);
    if (format === null) {
      io.stderr(`${both(render(M.unsupportedOut, { ext: extname(options.out) }))}\n`);
      return EXIT_BAD_INPUT;
    }
    if (!(await writeOutput(options.out, await writeTargetTables(tables, format), io)))
      return EXIT_BAD_INPUT;
    io.stdout(`${render(M.wrote, { file: options.out }).zh}\n`);
  }
  return failed ? EXIT_BAD_INPUT : 0;
}

function paint(io: CliIO, color: 'red' | 'yellow' | 'bold' | 'dim', text: string): string {
  return io.isTTY ? styleText(color, text) : text;
}

/** A readable summary: project facts, then indicator counts by category as the form groups them. */
export function summary(tables: readonly TargetTable[], io: CliIO): string {
  return tables
    .map((t) => {
      const p = t.project;
      const unknown = M.unknown.zh;
      const origin = t.origin;
      const lines = [
        paint(
          io,
          'bold',
          `${origin?.file ?? ''}${origin?.part ? ` · ${origin.part}` : ''}  (${origin?.format ?? ''}${origin?.encoding ? `, ${origin.encoding}` : ''})`,
        ),
        `  ${M.project.zh} ${p.name ?? unknown} · ${p.year ?? unknown} · ${p.unit ?? unknown} · ${M.department.zh} ${p.department ?? unknown}`,
        `  ${M.framework.zh} ${t.framework} (${FRAMEWORKS[t.framework].name.zh}) · ${M.indicators.zh} ${t.indicators.length}`,
      ];
      for (const group of FRAMEWORKS[t.framework].groups) {
        const counts = group.categories
          .map((c) => [c.label, t.indicators.filter((i) => i.level2 === c.level2).length] as const)
          .filter(([, n]) => n > 0)
          .map(([label, n]) => `${label} ${n}`);
        if (counts.length > 0) lines.push(`  ${group.label}  ${counts.join('  ')}`);
      }
      const unplaced = t.indicators.filter((i) => i.level2 === null).length;
      if (unplaced > 0) lines.push(`  ? ${unplaced}`);
      lines.push(`  ${M.warnings.zh} ${t.warnings.length}`);
      for (const w of t.warnings.slice(0, 20)) lines.push(paint(io, 'yellow', `    ${w.message}`));
      return `${lines.join('\n')}\n`;
    })
    .join('\n');
}

export function registerParse(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('parse')
    .description(
      '读取绩效目标表并汇总 (read target tables: text, CSV, XLSX, DOCX, PDF, HTML, JSON)',
    )
    .argument('<files...>', '文件 (files)')
    .option('--json', '输出交换格式 JSON (print the interchange JSON)')
    .option('--out <file>', '写入文件：.json、.csv 或 .xlsx (write tables to a file)')
    .option('--max-bytes <n>', '文件大小上限，默认 50 MB (size limit in bytes)', (v) => Number(v))
    .action(async (files: string[], options: ParseOptions) => {
      setExit(await parseCommand(files, options, io));
    });
}

import { extname } from 'node:path';
import type { Command } from 'commander';
import { convertTable } from '../../core/framework/convert.js';
import { FRAMEWORK_IDS, FRAMEWORKS, isFrameworkId } from '../../core/framework/frameworks.js';
import { both, CLI_MESSAGES, CONVERT_MESSAGES as M, render } from '../../core/messages/index.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { readTargetFile } from '../../io/read.js';
import { formatOfPath, writeTargetTables } from '../../io/write.js';
import type { CliIO } from '../cli-io.js';
import { writeOutput } from '../write-output.js';
import { EXIT_BAD_INPUT } from './parse.js';

export interface ConvertOptions {
  readonly to: string;
  readonly out?: string;
}

/**
 * `jixiao convert FILE --to cn-2021 [--out table.xlsx]`: maps every table of a file onto another
 * framework's tree and writes it (.xlsx, .csv or .json by the extension; JSON on stdout without
 * `--out`). What the new tree requires and the table lacks goes to stderr as warnings.
 */
export async function convertCommand(
  file: string,
  options: ConvertOptions,
  io: CliIO,
): Promise<number> {
  if (!isFrameworkId(options.to)) {
    const text = render(M.unknownFramework, {
      value: options.to,
      choices: FRAMEWORK_IDS.join(', '),
    });
    io.stderr(`${both(text)}\n`);
    return EXIT_BAD_INPUT;
  }
  const format = options.out === undefined ? 'json' : formatOfPath(options.out);
  if (format === null) {
    const ext = extname(options.out ?? '');
    io.stderr(`${both(render(CLI_MESSAGES.unsupportedOut, { ext }))}\n`);
    return EXIT_BAD_INPUT;
  }
  const result = await readTargetFile(file);
  if (!result.ok) {
    io.stderr(
      `${both(CLI_MESSAGES.readFailed)}: ${result.error.text.zh}\n  ${result.error.text.en}\n`,
    );
    return EXIT_BAD_INPUT;
  }
  const framework = FRAMEWORKS[options.to];
  const converted: TargetTable[] = [];
  for (const table of result.tables) {
    const { table: out, warnings } = convertTable(table, options.to);
    converted.push(out);
    const done = render(M.converted, {
      framework: framework.name.zh,
      frameworkEn: framework.name.en,
      count: out.indicators.length,
    });
    io.stderr(`${both(done)}\n`);
    for (const w of warnings) io.stderr(`  ${w.message}\n  ${w.messageEn}\n`);
  }
  const bytes = await writeTargetTables(converted, format);
  if (options.out === undefined) {
    io.stdout(new TextDecoder().decode(bytes));
    return 0;
  }
  if (!(await writeOutput(options.out, bytes, io))) return EXIT_BAD_INPUT;
  io.stdout(`${render(CLI_MESSAGES.wrote, { file: options.out }).zh}\n`);
  return 0;
}

/** Registers `jixiao convert`. */
export function registerConvert(
  program: Command,
  io: CliIO,
  setExit: (code: number) => void,
): void {
  program
    .command('convert')
    .description('把目标表转换到另一指标体系 (map a table onto another framework)')
    .argument('<file>', '文件 (file)')
    .requiredOption(
      '--to <framework>',
      `目标指标体系 (target framework): ${FRAMEWORK_IDS.join(', ')}`,
    )
    .option('--out <file>', '写入文件：.xlsx、.csv 或 .json (write to a file)')
    .action(async (file: string, options: ConvertOptions) => {
      setExit(await convertCommand(file, options, io));
    });
}

import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import {
  type Bilingual,
  both,
  CLI_MESSAGES,
  WRITE_MESSAGES as M,
  render,
} from '../../core/messages/index.js';
import {
  type MonitoringInput,
  monitorTable,
  NATIONAL_MONITORING,
  parseMonitoringInput,
} from '../../core/monitoring/index.js';
import { SCORING_PROFILES, scoreTable } from '../../core/scoring/index.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { assertNever } from '../../core/util/assert-never.js';
import {
  exportForm,
  FORM_KINDS,
  type FormKind,
  type FormRequest,
} from '../../io/forms/export-form.js';
import { readTargetFile } from '../../io/read.js';
import type { CliIO } from '../cli-io.js';
import { writeOutput } from '../write-output.js';
import { EXIT_BAD_INPUT } from './parse.js';

export interface ExportOptions {
  readonly form: string;
  readonly out: string;
  readonly html?: boolean;
  /** Scoring profile of the self-evaluation (national, sichuan, hubei). */
  readonly profile?: string;
  /** Months elapsed at the monitoring checkpoint (7 for 1–7月). */
  readonly month?: number;
  /** A monitoring input JSON (current and expected values, reasons, likelihoods). */
  readonly input?: string;
}

class ExportError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }
}

const isFormKind = (x: string): x is FormKind => (FORM_KINDS as readonly string[]).includes(x);

/** xlsx or html, from `--html` and the output's extension. */
function outputKind(options: ExportOptions): 'xlsx' | 'html' {
  const ext = extname(options.out).toLowerCase();
  const html = ext === '.html' || ext === '.htm';
  if (options.html && !html) throw new ExportError(M.htmlNeedsHtml);
  if (html) return 'html';
  if (ext !== '.xlsx') throw new ExportError(render(M.formOutNeedsFormat, { file: options.out }));
  return 'xlsx';
}

/** Monitoring input from the table itself: its actuals are the values at the checkpoint. */
function inputFromTable(table: TargetTable, month: number): MonitoringInput {
  const e = table.execution;
  return {
    month,
    execution: e ? { budget: e.budget ?? e.initialBudget, spent: e.spent } : null,
    entries: table.indicators.flatMap((i, index) =>
      i.actual === null
        ? []
        : [
            {
              index,
              current: i.actual,
              expected: null,
              deviation: i.deviationReason ? { category: null, text: i.deviationReason } : null,
              likelihood: null,
            },
          ],
    ),
  };
}

async function monitoringInput(
  tables: readonly TargetTable[],
  options: ExportOptions,
): Promise<MonitoringInput[]> {
  const month = options.month ?? NATIONAL_MONITORING.checkpoints[0] ?? 7;
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw new ExportError(render(M.badMonth, { value: String(options.month) }));
  if (options.input === undefined) return tables.map((t) => inputFromTable(t, month));
  if (tables.length !== 1)
    throw new ExportError(render(M.monitoringInputOneTable, { count: tables.length }));
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(options.input, 'utf8'));
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message.slice(0, 200);
    throw new ExportError(
      render(M.monitoringInputUnreadable, { file: basename(options.input), detail }),
    );
  }
  const parsed = parseMonitoringInput(raw, tables[0]!.project.year);
  if (!parsed.ok) throw new ExportError(parsed.error);
  return [parsed.input];
}

async function buildRequest(
  kind: FormKind,
  tables: readonly TargetTable[],
  options: ExportOptions,
  io: CliIO,
): Promise<FormRequest> {
  switch (kind) {
    case 'target':
      return { kind, tables };
    case 'self-evaluation': {
      const id = options.profile ?? 'national';
      const profile = SCORING_PROFILES[id];
      if (!profile)
        throw new ExportError(
          render(M.unknownProfile, {
            value: id,
            choices: Object.keys(SCORING_PROFILES).join(', '),
          }),
        );
      const items = tables.map((table) => ({ table, report: scoreTable(table, profile) }));
      for (const { table, report } of items) {
        const line = render(M.scored, {
          name: table.project.name ?? '',
          total: report.total,
          grade: report.gradeLabel.zh,
          gradeEn: report.gradeLabel.en,
        });
        io.stderr(`${both(line)}\n`);
      }
      return { kind, items };
    }
    case 'monitoring': {
      const inputs = await monitoringInput(tables, options);
      return {
        kind,
        items: tables.map((table, k) => ({ table, report: monitorTable(table, inputs[k]!) })),
      };
    }
    default:
      return assertNever(kind);
  }
}

/**
 * `jixiao export FILE --form target|monitoring|self-evaluation [--html] --out F`: writes the
 * standard form of each table in FILE as a workbook, or as one print-ready HTML page.
 */
export async function exportCommand(
  file: string,
  options: ExportOptions,
  io: CliIO,
): Promise<number> {
  try {
    if (!isFormKind(options.form))
      throw new ExportError(render(M.unsupportedForm, { value: options.form }));
    const as = outputKind(options);
    const result = await readTargetFile(file);
    if (!result.ok) throw new ExportError(result.error.text);
    const request = await buildRequest(options.form, result.tables, options, io);
    if (!(await writeOutput(options.out, await exportForm(request, as), io))) return EXIT_BAD_INPUT;
    io.stdout(`${render(CLI_MESSAGES.wrote, { file: options.out }).zh}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ExportError)) throw error;
    io.stderr(`${both(error.text)}\n`);
    return EXIT_BAD_INPUT;
  }
}

/** Registers `jixiao export`. */
export function registerExport(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('export')
    .description(
      '导出标准表单：申报表、监控表、自评表 (export the standard forms as XLSX or print-ready HTML)',
    )
    .argument('<file>', '目标表文件 (a target table file)')
    .requiredOption(
      '--form <form>',
      'target（申报表）| monitoring（监控表）| self-evaluation（自评表）',
    )
    .requiredOption('--out <file>', '输出文件 .xlsx 或 .html (output file)')
    .option('--html', '输出可打印的 HTML 页面 (print-ready HTML)')
    .option('--profile <id>', '自评评分方案，默认 national (scoring profile)')
    .option('--month <n>', '监控截至月份，默认 7 即 1–7月 (checkpoint month)', (v) => Number(v))
    .option('--input <file>', '监控数据 JSON (monitoring input: current/expected values)')
    .action(async (file: string, options: ExportOptions) => {
      setExit(await exportCommand(file, options, io));
    });
}

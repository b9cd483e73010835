/**
 * Shared setup of the year's-records server tests: an app with its own evidence folder, a project of
 * unit A carried through the real workflow to approval, counts of what is stored (rows, blobs,
 * audit entries) to prove a refused request changed nothing, and real files to upload.
 */

import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import type { TargetTable } from '../../../src/core/table/target-table.js';
import type { ProjectState } from '../../../src/core/workflow/states.js';
import { buildApp } from '../../../src/server/app.js';
import type { SelfEvaluationOptions } from '../../../src/server/commands/self-evaluation-settings.js';
import type { ZodApp } from '../../../src/server/routes/types.js';
import { write } from '../../../src/store/mutate.js';
import type { Org } from '../../../src/store/repositories/org.repository.js';
import {
  createProject,
  type ProjectRecord,
} from '../../../src/store/repositories/project.repository.js';
import type { Store } from '../../../src/store/store.js';
import { SETUP } from '../../support/factories.js';
import { moveTo } from '../../support/workflow.js';

/** A fresh folder for evidence content. */
export function evidenceFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'jixiao-evidence-'));
}

/** The app of a test, with its evidence folder. */
export async function selfEvaluationApp(
  store: Store,
  options: SelfEvaluationOptions & { readonly clock?: () => Date } = {},
): Promise<{ app: ZodApp; evidenceDir: string }> {
  const evidenceDir = options.evidenceDir ?? (await evidenceFolder());
  const { clock, ...selfEvaluation } = options;
  const app = await buildApp({
    store,
    webRoot: null,
    login: { maxPerWindow: 100_000 },
    ...(clock ? { clock } : {}),
    selfEvaluation: { ...selfEvaluation, evidenceDir },
  });
  return { app, evidenceDir };
}

/** A project of `unit` with `table`, moved through the workflow's own rules to `state`. */
export async function projectIn(
  store: Store,
  unit: Org,
  table: TargetTable,
  state: ProjectState = 'approved',
): Promise<ProjectRecord> {
  const { project } = await write(store.db, SETUP, {}, (tx) =>
    createProject(tx, unit, { table, findings: [], source: 'import', note: null }, 'x'),
  );
  return moveTo(store, project, state);
}

const COUNTED = [
  'actual_updates',
  'execution_updates',
  'evidence_files',
  'monitoring_reports',
  'monitoring_periods',
  'rectifications',
  'surveys',
  'survey_invitations',
  'survey_responses',
  'audit_entries',
] as const;

/** How many rows each table of the year's records holds, and the audit log. */
export async function storedCounts(
  store: Store,
): Promise<Record<(typeof COUNTED)[number], number>> {
  const counts = {} as Record<(typeof COUNTED)[number], number>;
  for (const table of COUNTED) {
    const row = await store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

/** Every file under a folder with its size, to show uploads that were refused left nothing. */
export async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) await walk(path);
      else out.push(`${path.slice(dir.length)} ${(await stat(path)).size}`);
    }
  };
  await walk(dir);
  return out.sort();
}

/** A real PNG image (1×1, one red pixel), chunks and CRCs as the format requires. */
export function pngImage(): Uint8Array {
  const chunk = (type: string, data: Uint8Array): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), Buffer.from(data)]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}

/** A workbook written by ExcelJS: a 佐证 list of activities. */
export async function xlsxWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('活动清单');
  sheet.addRow(['活动', '日期', '人数']);
  sheet.addRow(['科普讲座', '2019-05-18', 320]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The real Word document among the reader fixtures. */
export function docxDocument(): Promise<Buffer> {
  return readFile('test/fixtures/docx/chengdu-2023-shenbao.docx');
}

/** A real two-page PDF among the reader fixtures. */
export function pdfDocument(): Promise<Buffer> {
  return readFile('test/fixtures/pdf/guangzhou-2021-two-pages.pdf');
}

/**
 * The headers of a Windows program (DOS header with its stub pointing at a PE header with a
 * COFF header and optional-header magic): what any .exe begins with.
 */
export function windowsProgram(): Uint8Array {
  const bytes = Buffer.alloc(512);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('This program cannot be run in DOS mode.\r\r\n$', 0x4e, 'latin1');
  bytes.write('PE\0\0', 0x80, 'latin1');
  bytes.writeUInt16LE(0x14c, 0x84); // i386
  bytes.writeUInt16LE(1, 0x86); // one section
  bytes.writeUInt16LE(0xe0, 0x94); // size of the optional header
  bytes.writeUInt16LE(0x0102, 0x96); // executable, 32-bit
  bytes.writeUInt16LE(0x10b, 0x98); // PE32 magic
  return new Uint8Array(bytes);
}

/** An HTML page with a script, as someone might rename to .png. */
export const HTML_PAGE =
  '<!DOCTYPE html>\n<html><head><title>x</title></head><body><script>alert(document.cookie)</script></body></html>\n';

/** An SVG image carrying a script. */
export const SVG_WITH_SCRIPT =
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><circle r="4"/></svg>\n';

/** A zip that is not an Office file. */
export function plainZip(): Uint8Array {
  return zipSync({ 'readme.txt': strToU8('not office') });
}

/** An Office workbook with a macro project inside (.xlsm). */
export function macroWorkbook(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/workbook.xml': strToU8('<workbook/>'),
    'xl/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]),
  });
}

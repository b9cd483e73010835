/**
 * Evidence files (佐证材料) over HTTP on each database: real documents accepted by what their
 * bytes are; programs, pages and archives refused whatever they are called; a file over the
 * limit refused; none of the refusals leaving a row, a file or an audit entry behind. Content
 * is stored once per hash, names are made safe, downloads are attachments outside scope 404,
 * and every upload and delete is in the audit log, which still verifies.
 */

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { memoryIO } from '../../../src/cli/cli-io.js';
import { auditVerifyCommand } from '../../../src/cli/commands/audit.js';
import { buildApp } from '../../../src/server/app.js';
import type { ZodApp } from '../../../src/server/routes/types.js';
import { listProjectAudit } from '../../../src/store/repositories/audit.repository.js';
import type { ProjectRecord } from '../../../src/store/repositories/project.repository.js';
import type { Store } from '../../../src/store/store.js';
import { describeEachDatabase } from '../../support/db.js';
import { buildTargetTable, buildTree, type Tree } from '../../support/factories.js';
import { type Client, signIn } from '../../support/http.js';
import { assignEvaluator } from '../evaluator/support.js';
import {
  docxDocument,
  filesUnder,
  HTML_PAGE,
  macroWorkbook,
  pdfDocument,
  plainZip,
  pngImage,
  projectIn,
  SVG_WITH_SCRIPT,
  selfEvaluationApp,
  storedCounts,
  windowsProgram,
  xlsxWorkbook,
} from './support.js';

interface Evidence {
  id: string;
  index: number;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  url: string;
}

interface ErrorBody {
  error: { code: string; message: string; messageEn: string };
}

/** Small enough to test the limit without megabytes of test data. */
const LIMIT = 256 * 1024;

describeEachDatabase('evidence files', (ctx) => {
  let store: Store;
  let app: ZodApp;
  let evidenceDir: string;
  let tree: Tree;
  let project: ProjectRecord;
  let filer: Client;
  const clients: Record<string, Client> = {};
  const base = (index = 0) => `/api/projects/${project.id}/indicators/${index}/evidence`;

  beforeAll(async () => {
    store = await ctx.open();
    ({ app, evidenceDir } = await selfEvaluationApp(store, { evidenceBytes: LIMIT }));
    tree = await buildTree(store);
    project = await projectIn(store, tree.unitA, buildTargetTable(11));
    await assignEvaluator(store, project, tree.evaluator);
    for (const [name, who] of Object.entries({
      filerA: tree.filerA,
      filerB: tree.filerB,
      department: tree.departmentReviewer,
      otherDepartment: tree.otherDepartmentReviewer,
      evaluator: tree.evaluator,
    }))
      clients[name] = await signIn(app, who.user.username, who.password);
    filer = clients.filerA!;
  });
  afterAll(() => app.close());

  const upload = (name: string, bytes: Uint8Array | string, index = 0, as = filer) =>
    as.upload(base(index), { name, bytes });

  it('accepts real documents by what their bytes are, and names them safely', async () => {
    const cases: [string, Uint8Array | string, string][] = [
      ['活动总结.pdf', await pdfDocument(), 'application/pdf'],
      ['现场照片.png', pngImage(), 'image/png'],
      ['活动清单.xlsx', await xlsxWorkbook(), 'spreadsheetml.sheet'],
      ['申报书.docx', await docxDocument(), 'wordprocessingml.document'],
      ['签到表.csv', '姓名,单位\n张三,科协\n', 'text/csv; charset=utf-8'],
      ['说明.txt', '本次活动共有 320 人参加。\n', 'text/plain; charset=utf-8'],
    ];
    for (const [name, bytes, type] of cases) {
      const r = await upload(name, bytes);
      expect(r.statusCode, `${name}: ${r.body}`).toBe(201);
      const { evidence } = r.json() as { evidence: Evidence };
      expect(evidence.fileName).toBe(name);
      expect(evidence.mediaType).toContain(type);
    }
    // A PNG called .pdf is stored as the image it is.
    const renamed = (await upload('照片.pdf', pngImage())).json() as { evidence: Evidence };
    expect(renamed.evidence.mediaType).toBe('image/png');
    // Folders, "..", control and direction characters go; Chinese stays; a missing extension comes from the bytes.
    const odd = await upload('..\\..\\报告/../2019年\u0000 总结\u202e.txt', '内容\n');
    expect((odd.json() as { evidence: Evidence }).evidence.fileName).toBe('2019年 总结.txt');
    const bare = await upload('现场照片', pngImage());
    expect((bare.json() as { evidence: Evidence }).evidence.fileName).toBe('现场照片.png');
  });

  it('refuses programs, pages, scripts and archives whatever they are called, and changes nothing', async () => {
    const refused: [string, Uint8Array | string, RegExp][] = [
      ['年度报告.pdf', windowsProgram(), /可执行程序/],
      ['tool.docx', new Uint8Array(await readFile('/bin/true')), /可执行程序/],
      ['现场照片.png', HTML_PAGE, /HTML 网页/],
      ['图表.png', SVG_WITH_SCRIPT, /SVG/],
      ['资料.zip', plainZip(), /不是 Office 文件/],
      ['统计.xlsx', macroWorkbook(), /含宏/],
      ['run.txt', '#!/bin/sh\nrm -rf /\n', /脚本/],
    ];
    const before = await storedCounts(store);
    const files = await filesUnder(evidenceDir);
    for (const [name, bytes, why] of refused) {
      const r = await upload(name, bytes);
      expect(r.statusCode, `${name}: ${r.body}`).toBe(415);
      const body = r.json() as ErrorBody;
      expect(body.error.code).toBe('evidenceForbidden');
      expect(body.error.message).toMatch(why);
      expect(body.error.message).toContain(name);
      expect(body.error.messageEn).toMatch(/cannot be uploaded as evidence/);
    }
    expect(await storedCounts(store)).toEqual(before);
    expect(await filesUnder(evidenceDir)).toEqual(files);
  });

  it('refuses a file over the size limit with 413, and changes nothing', async () => {
    const before = await storedCounts(store);
    const files = await filesUnder(evidenceDir);
    const big = new Uint8Array(LIMIT + 1).fill(0x41);
    const r = await upload('扫描件.txt', big);
    expect(r.statusCode, r.body).toBe(413);
    const body = r.json() as ErrorBody;
    expect(body.error.code).toBe('evidenceTooLarge');
    expect(body.error.message).toContain('0.3 MB');
    const empty = await upload('空.pdf', new Uint8Array());
    expect(empty.statusCode).toBe(400);
    expect((empty.json() as ErrorBody).error.code).toBe('evidenceEmpty');
    expect(await storedCounts(store)).toEqual(before);
    expect(await filesUnder(evidenceDir)).toEqual(files);
  });

  it('stores identical content once however often it is attached', async () => {
    const bytes = await pdfDocument();
    const a = ((await upload('a.pdf', bytes, 1)).json() as { evidence: Evidence }).evidence;
    const b = ((await upload('b.pdf', bytes, 2)).json() as { evidence: Evidence }).evidence;
    expect(a.sha256).toBe(b.sha256);
    expect(a.id).not.toBe(b.id);
    const blob = join(evidenceDir, a.sha256.slice(0, 2), a.sha256);
    expect(Buffer.compare(await readFile(blob), bytes)).toBe(0);
    const copies = (await filesUnder(evidenceDir)).filter((f) => f.includes(a.sha256));
    expect(copies).toHaveLength(1);
  });

  it('serves a download as an attachment with its Chinese name, never sniffed', async () => {
    const bytes = await xlsxWorkbook();
    const { evidence } = (await upload('活动清单（终版）.xlsx', bytes, 3)).json() as {
      evidence: Evidence;
    };
    const r = await clients.department!.get(evidence.url);
    expect(r.statusCode).toBe(200);
    expect(Buffer.compare(r.rawPayload, Buffer.from(bytes))).toBe(0);
    expect(r.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['content-disposition']).toBe(
      `attachment; filename="${'_'.repeat(8)}.xlsx"; filename*=UTF-8''${encodeURIComponent('活动清单（终版）.xlsx')}`,
    );
    // The evaluator assigned to the project reads it.
    expect((await clients.evaluator!.get(evidence.url)).statusCode).toBe(200);
    // The list of an indicator and of the project both show it.
    const list = (await filer.get(base(3))).json() as { items: Evidence[] };
    expect(list.items.map((e) => e.id)).toContain(evidence.id);
    const all = (await filer.get(`/api/projects/${project.id}/evidence`)).json() as {
      items: Evidence[];
    };
    expect(all.items.map((e) => e.id)).toContain(evidence.id);
    // At the wrong indicator the same file is not found.
    expect((await filer.get(`${base(4)}/${evidence.id}`)).statusCode).toBe(404);
  });

  it('answers 404 outside scope, exactly as for a project that does not exist', async () => {
    const { evidence } = (await upload('内部资料.pdf', await pdfDocument(), 5)).json() as {
      evidence: Evidence;
    };
    const ghostUrl = evidence.url.replace(project.id, 'no-such-project');
    for (const who of ['filerB', 'otherDepartment'] as const) {
      const r = await clients[who]!.get(evidence.url);
      expect(r.statusCode, who).toBe(404);
      expect(r.body).toBe((await clients[who]!.get(ghostUrl)).body);
      expect(r.body).not.toContain('%PDF');
    }
    const other = await clients.filerB!.request('DELETE', evidence.url);
    expect(other.statusCode).toBe(404);
    const reviewerDelete = await clients.department!.request('DELETE', evidence.url);
    expect(reviewerDelete.statusCode).toBe(403);
    const reviewerUpload = await upload('x.pdf', await pdfDocument(), 5, clients.department);
    expect(reviewerUpload.statusCode).toBe(403);
  });

  it('audits every upload and delete, and the audit log still verifies', async () => {
    const { evidence } = (await upload('待删除.png', pngImage(), 6)).json() as {
      evidence: Evidence;
    };
    const deleted = await filer.request('DELETE', evidence.url);
    expect(deleted.statusCode, deleted.body).toBe(204);
    expect((await filer.get(evidence.url)).statusCode).toBe(404);
    expect((await filer.request('DELETE', evidence.url)).statusCode).toBe(404);
    const audit = await listProjectAudit(store.db, project.id);
    const mine = audit.filter((a) => a.entityId === evidence.id);
    expect(mine.map((a) => a.action)).toEqual(['evidence.upload', 'evidence.delete']);
    expect(mine[0]!.after).toMatchObject({
      index: 6,
      fileName: '待删除.png',
      sha256: evidence.sha256,
    });
    expect(mine[1]!.before).toMatchObject({ fileName: '待删除.png' });
    expect(mine.every((a) => a.actorName === tree.filerA.user.username)).toBe(true);
    const uploads = audit.filter((a) => a.action === 'evidence.upload').length;
    const rows = await store.db
      .selectFrom('evidence_files')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('project_id', '=', project.id)
      .executeTakeFirstOrThrow();
    expect(uploads).toBe(Number(rows.n));
    const where =
      ctx.kind === 'sqlite'
        ? { data: ctx.database().dataDir! }
        : { databaseUrl: (ctx.database().location as { url: string }).url };
    const io = memoryIO();
    expect(await auditVerifyCommand(where, io)).toBe(0);
    expect(io.out()).toMatch(/审计日志完整/);
  });

  it('keeps evidence beside the embedded database by default; PostgreSQL must name a folder', async () => {
    const plain = await buildApp({ store, webRoot: null });
    try {
      const as = await signIn(plain, tree.filerA.user.username, tree.filerA.password);
      const r = await as.upload(base(7), { name: '说明.txt', bytes: '默认目录\n' });
      if (ctx.kind === 'sqlite') {
        expect(r.statusCode, r.body).toBe(201);
        const { evidence } = r.json() as { evidence: Evidence };
        const beside = join(ctx.database().dataDir!, 'evidence', evidence.sha256.slice(0, 2));
        expect(await filesUnder(beside)).toHaveLength(1);
      } else {
        expect(r.statusCode).toBe(503);
        expect((r.json() as ErrorBody).error.code).toBe('evidenceStoreUnconfigured');
      }
    } finally {
      await plain.close();
    }
  });
});

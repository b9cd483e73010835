/**
 * Evidence previewed in the page (`?inline=1`) on each database: a PDF or an image comes back
 * `inline`, sandboxed, never sniffed and framable by the app alone; any other type stays an
 * attachment; a malformed flag is refused in both languages; and the preview is authorised
 * exactly like the download (404 outside scope, the same 404 as for a project that does not
 * exist). The app's own pages may frame it (their policy allows same-origin frames) and still
 * allow no plugins.
 */

import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ZodApp } from '../../../src/server/routes/types.js';
import type { ProjectRecord } from '../../../src/store/repositories/project.repository.js';
import type { Store } from '../../../src/store/store.js';
import { describeEachDatabase } from '../../support/db.js';
import { buildTargetTable, buildTree, type Tree } from '../../support/factories.js';
import { anonymous, type Client, signIn } from '../../support/http.js';
import { pdfDocument, pngImage, projectIn, selfEvaluationApp, xlsxWorkbook } from './support.js';

interface Evidence {
  id: string;
  url: string;
}

describeEachDatabase('evidence previews', (ctx) => {
  let store: Store;
  let app: ZodApp;
  let tree: Tree;
  let project: ProjectRecord;
  const clients: Record<string, Client> = {};

  beforeAll(async () => {
    store = await ctx.open();
    ({ app } = await selfEvaluationApp(store));
    tree = await buildTree(store);
    project = await projectIn(store, tree.unitA, buildTargetTable(12));
    for (const [name, who] of Object.entries({
      filerA: tree.filerA,
      filerB: tree.filerB,
      department: tree.departmentReviewer,
      otherDepartment: tree.otherDepartmentReviewer,
    }))
      clients[name] = await signIn(app, who.user.username, who.password);
  });
  afterAll(() => app.close());

  const upload = async (name: string, bytes: Uint8Array): Promise<Evidence> => {
    const r = await clients.filerA!.upload(`/api/projects/${project.id}/indicators/0/evidence`, {
      name,
      bytes,
    });
    expect(r.statusCode, r.body).toBe(201);
    return (r.json() as { evidence: Evidence }).evidence;
  };

  it('shows a PDF and an image inline, sandboxed and framable by the app only', async () => {
    for (const [name, bytes, type] of [
      ['验收报告.pdf', new Uint8Array(await pdfDocument()), 'application/pdf'],
      ['活动照片.png', pngImage(), 'image/png'],
    ] as const) {
      const evidence = await upload(name, bytes);
      const r = await clients.department!.get(`${evidence.url}?inline=1`);
      expect(r.statusCode).toBe(200);
      expect(Buffer.compare(r.rawPayload, Buffer.from(bytes))).toBe(0);
      expect(r.headers['content-type']).toBe(type);
      expect(r.headers['content-disposition']).toBe(
        `inline; filename="${'_'.repeat(4)}.${name.split('.')[1]}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      );
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['content-security-policy']).toBe(
        "default-src 'none'; frame-ancestors 'self'; sandbox",
      );
      expect(r.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(r.headers['cache-control']).toBe('private, no-store');
      // Without the flag it is the download it always was.
      const download = await clients.department!.get(evidence.url);
      expect(download.headers['content-disposition']).toMatch(/^attachment; /);
      expect(download.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    }
  });

  it('keeps every other type an attachment, and refuses a malformed flag', async () => {
    const evidence = await upload('活动清单.xlsx', await xlsxWorkbook());
    const r = await clients.filerA!.get(`${evidence.url}?inline=1`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-disposition']).toMatch(/^attachment; /);
    expect(r.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    const bad = await clients.filerA!.get(`${evidence.url}?inline=yes`);
    expect(bad.statusCode).toBe(400);
    const body = bad.json() as { error: { message: string; messageEn: string } };
    expect(body.error.message).toContain('请求格式不正确');
    expect(body.error.messageEn).toContain('inline');
  });

  it('is authorised exactly like the download: 404 outside scope, 401 signed out', async () => {
    const evidence = await upload('内部资料.pdf', new Uint8Array(await pdfDocument()));
    const preview = `${evidence.url}?inline=1`;
    const ghost = preview.replace(project.id, 'no-such-project');
    for (const who of ['filerB', 'otherDepartment'] as const) {
      const r = await clients[who]!.get(preview);
      expect(r.statusCode, who).toBe(404);
      expect(r.body).toBe((await clients[who]!.get(ghost)).body);
    }
    expect((await anonymous(app).get(preview)).statusCode).toBe(401);
  });

  it('is framed by the app’s own pages: their policy allows same-origin frames, no plugins', async () => {
    const policy = String(
      (await clients.filerA!.get('/api/me')).headers['content-security-policy'],
    );
    const directives = new Map(
      policy.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name!, values] as const;
      }),
    );
    // No frame-src or child-src of its own: frames fall back to default-src 'self'.
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.has('frame-src')).toBe(false);
    expect(directives.has('child-src')).toBe(false);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'self'"]);
  });
});

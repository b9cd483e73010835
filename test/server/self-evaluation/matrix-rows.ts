/**
 * The authorisation matrix's rows for the year's-records routes (actuals, scores, evidence,
 * monitoring, rectification, surveys, forms), spread into the matrix of
 * test/server/authorization-matrix.test.ts. Expected statuses are written out by hand from the
 * rules: the unit files, reviewers review and raise rectification, finance reopens periods,
 * everyone in scope reads (the evaluator within its subtree), outside scope is always 404.
 * Rows that act on an existing record (a download, a delete, a review…) create it first in
 * the store, as someone else than the caller.
 */

import { requestRectification } from '../../../src/core/monitoring/rectification.js';
import { isSatisfactionIndicator } from '../../../src/core/policy/survey.policy.js';
import type { TargetTable } from '../../../src/core/table/target-table.js';
import { putBlob } from '../../../src/store/evidence-files.js';
import { type WriteTx, write } from '../../../src/store/mutate.js';
import { insertActualUpdates } from '../../../src/store/repositories/actual.repository.js';
import { insertEvidence } from '../../../src/store/repositories/evidence.repository.js';
import { setPeriodState } from '../../../src/store/repositories/monitoring.repository.js';
import { findProjectTable } from '../../../src/store/repositories/project.repository.js';
import { insertRectification } from '../../../src/store/repositories/rectification.repository.js';
import { insertSurvey } from '../../../src/store/repositories/survey.repository.js';
import type { Store } from '../../../src/store/store.js';
import { SETUP } from '../../support/factories.js';
import { multipart } from '../../support/http.js';
import { type MatrixFixture, type MatrixRow, scoped } from '../matrix.js';

/** A row of the matrix. */
export type SelfEvaluationRow = MatrixRow;

const READ = scoped({
  admin: 200,
  'finance-reviewer': 200,
  'department-reviewer': 200,
  'unit-filer': 200,
  evaluator: 200,
});
/** Only the unit writes: every other role in scope may see the project, so 403. */
const UNIT = (ok: number) =>
  scoped({
    admin: 403,
    'finance-reviewer': 403,
    'department-reviewer': 403,
    'unit-filer': ok,
    evaluator: 403,
  });
const REVIEWERS = (ok: number) =>
  scoped({
    admin: 403,
    'finance-reviewer': ok,
    'department-reviewer': ok,
    'unit-filer': 403,
    evaluator: 403,
  });

/** Where the matrix's store and evidence folder are (set by the matrix before it runs). */
export interface MatrixDeps {
  readonly store: () => Store;
  readonly evidenceDir: () => string;
}

/** The rows of the year's-records routes. */
export function selfEvaluationRows(deps: MatrixDeps): Record<string, SelfEvaluationRow> {
  const p = (f: MatrixFixture, rest: string) => `/api/projects/${f.project.id}${rest}`;
  const get = (rest: string | ((f: MatrixFixture) => Promise<string>)): SelfEvaluationRow => ({
    state: 'approved',
    request: async (f) => ({
      method: 'GET',
      url: p(f, typeof rest === 'string' ? rest : await rest(f)),
    }),
    expect: READ,
  });
  const setup = <T>(work: (tx: WriteTx) => Promise<T>) => write(deps.store().db, SETUP, {}, work);
  /** A satisfaction indicator of the fixture's table, as stored. */
  const satisfaction = async (f: MatrixFixture): Promise<number> => {
    const found = await findProjectTable(deps.store().db, f.project.id);
    const table = JSON.parse(found!.tableJson) as TargetTable;
    const index = table.indicators.findIndex(isSatisfactionIndicator);
    if (index < 0) throw new Error('the fixture table has no satisfaction indicator');
    return index;
  };
  const evidence = async (f: MatrixFixture) => {
    const blob = await putBlob(deps.evidenceDir(), new TextEncoder().encode('签到表\n'));
    const e = await setup((tx) =>
      insertEvidence(tx, f.project, f.victim.actor, {
        index: 0,
        indicatorName: f.project.name,
        fileName: '签到表.txt',
        mediaType: 'text/plain; charset=utf-8',
        size: blob.size,
        sha256: blob.sha256,
      }),
    );
    return `/indicators/0/evidence/${e.id}`;
  };

  return {
    'GET /api/projects/:id/actuals': get('/actuals'),
    'GET /api/projects/:id/actuals/table': get('/actuals/table'),
    'GET /api/projects/:id/actuals/history': get('/actuals/history'),
    'GET /api/projects/:id/score': get('/score?profile=sichuan'),
    'GET /api/projects/:id/evidence': get('/evidence'),
    'GET /api/projects/:id/indicators/:index/evidence': get('/indicators/0/evidence'),
    'GET /api/projects/:id/indicators/:index/evidence/:evidenceId': get(evidence),
    'GET /api/projects/:id/monitoring': get('/monitoring'),
    'GET /api/projects/:id/monitoring/:checkpoint': get('/monitoring/1-7'),
    'GET /api/projects/:id/rectifications': get('/rectifications'),
    'GET /api/projects/:id/surveys': get('/surveys'),
    'GET /api/projects/:id/forms/:form': get('/forms/target.xlsx'),
    'PUT /api/projects/:id/actuals': {
      state: 'approved',
      request: (f) => ({
        method: 'PUT',
        url: p(f, '/actuals'),
        body: { entries: [{ index: 0, deviationReason: '按计划完成' }] },
      }),
      expect: UNIT(200),
    },
    'POST /api/projects/:id/actuals/updates/:updateId/review': {
      state: 'approved',
      request: async (f) => {
        const [update] = await setup((tx) =>
          insertActualUpdates(tx, f.project, f.victim.actor, [
            {
              index: 0,
              name: f.project.name,
              actual: null,
              weight: null,
              score: null,
              deviationReason: '按计划完成',
              numerator: null,
              denominator: null,
              source: 'entry',
              previous: null,
            },
          ]),
        );
        return {
          method: 'POST',
          url: p(f, `/actuals/updates/${update!.id}/review`),
          body: { decision: 'approved' },
        };
      },
      expect: REVIEWERS(200),
    },
    'POST /api/projects/:id/actuals/updates/:updateId/correction': {
      state: 'approved',
      request: async (f) => {
        const [update] = await setup((tx) =>
          insertActualUpdates(tx, f.project, f.victim.actor, [
            {
              index: 0,
              name: f.project.name,
              actual: null,
              weight: null,
              score: null,
              deviationReason: '按计划完成',
              numerator: null,
              denominator: null,
              source: 'entry',
              previous: null,
            },
          ]),
        );
        return {
          method: 'POST',
          url: p(f, `/actuals/updates/${update!.id}/correction`),
          body: { deviationReason: '按计划完成，已核对签到表', reason: '补充核对情况' },
        };
      },
      expect: REVIEWERS(201),
    },
    'POST /api/projects/:id/indicators/:index/evidence': {
      state: 'approved',
      request: async (f) => {
        const { body, contentType } = await multipart({
          name: '说明.txt',
          bytes: '活动已完成。\n',
        });
        return {
          method: 'POST',
          url: p(f, '/indicators/0/evidence'),
          body,
          headers: { 'content-type': contentType },
        };
      },
      expect: UNIT(201),
    },
    'DELETE /api/projects/:id/indicators/:index/evidence/:evidenceId': {
      state: 'approved',
      request: async (f) => ({ method: 'DELETE', url: p(f, await evidence(f)) }),
      expect: UNIT(204),
    },
    'PUT /api/projects/:id/monitoring/:checkpoint': {
      state: 'approved',
      request: (f) => ({
        method: 'PUT',
        url: p(f, '/monitoring/1-7'),
        body: { execution: { spent: '1000.00' }, entries: [] },
      }),
      expect: UNIT(200),
    },
    'POST /api/projects/:id/monitoring/:checkpoint/close': {
      state: 'approved',
      request: (f) => ({ method: 'POST', url: p(f, '/monitoring/1-7/close'), body: {} }),
      expect: REVIEWERS(200),
    },
    'POST /api/projects/:id/monitoring/:checkpoint/reopen': {
      state: 'approved',
      request: async (f) => {
        await setup((tx) => setPeriodState(tx, f.project, 7, 'closed', '到期'));
        return { method: 'POST', url: p(f, '/monitoring/1-7/reopen'), body: { reason: '补报' } };
      },
      expect: scoped({
        admin: 200,
        'finance-reviewer': 200,
        'department-reviewer': 403,
        'unit-filer': 403,
        evaluator: 403,
      }),
    },
    'POST /api/projects/:id/rectifications': {
      state: 'approved',
      request: (f) => ({
        method: 'POST',
        url: p(f, '/rectifications'),
        body: { text: '请分析偏差原因并整改。' },
      }),
      expect: REVIEWERS(201),
    },
    'POST /api/projects/:id/rectifications/:rectificationId/steps': {
      state: 'approved',
      request: async (f) => {
        const stored = await setup(async (tx) => {
          const result = requestRectification({
            id: tx.newId(),
            by: 'reviewer',
            at: tx.now,
            text: '请整改。',
          });
          if (!result.ok) throw new Error(result.error.en);
          return insertRectification(tx, f.project, result.rectification);
        });
        return {
          method: 'POST',
          url: p(f, `/rectifications/${stored.rectification.id}/steps`),
          body: { action: 'submit-measures', text: '调整计划，加快进度。' },
        };
      },
      expect: UNIT(200),
    },
    'POST /api/projects/:id/surveys': {
      state: 'approved',
      request: async (f) => ({
        method: 'POST',
        url: p(f, '/surveys'),
        body: { index: await satisfaction(f) },
      }),
      expect: scoped({
        admin: 403,
        'finance-reviewer': 201,
        'department-reviewer': 201,
        'unit-filer': 201,
        evaluator: 403,
      }),
    },
    'POST /api/projects/:id/surveys/:surveyId/close': {
      state: 'approved',
      request: async (f) => {
        const survey = await setup((tx) =>
          insertSurvey(tx, f.project, {
            index: 0,
            indicatorName: f.project.name,
            question: '满意吗？',
            mode: 'invitation',
            openToken: null,
            salt: 'salt',
            invitationHashes: [],
          }),
        );
        return { method: 'POST', url: p(f, `/surveys/${survey.id}/close`), body: {} };
      },
      expect: scoped({
        admin: 403,
        'finance-reviewer': 200,
        'department-reviewer': 200,
        'unit-filer': 200,
        evaluator: 403,
      }),
    },
  };
}

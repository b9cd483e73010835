/**
 * The one door to the standard forms: the 申报表 (a table in its framework's form), the 监控表
 * and the 自评表, as an XLSX workbook (a sheet per table) or one print-ready HTML page. The CLI
 * (`jixiao export`) and the server's download routes both come through here.
 */

import { FORM_LABELS as L } from '../../core/messages/index.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { assertNever } from '../../core/util/assert-never.js';
import type { FormModel } from '../xlsx/layout-model.js';
import { targetLayout } from '../xlsx/layout-target.js';
import { writeFormsXlsx } from '../xlsx/write-xlsx.js';
import { type MonitoringFormInput, monitoringLayout } from './monitoring-form.js';
import { renderHtml } from './render-html.js';
import { type SelfEvaluationFormInput, selfEvaluationLayout } from './self-evaluation-form.js';
import { vocabularyOf } from './vocabulary.js';

export type FormKind = 'target' | 'monitoring' | 'self-evaluation';

export const FORM_KINDS: readonly FormKind[] = ['target', 'monitoring', 'self-evaluation'];

/** Which form, for which tables, with what each form needs besides the table. */
export type FormRequest =
  | { readonly kind: 'target'; readonly tables: readonly TargetTable[] }
  | { readonly kind: 'monitoring'; readonly items: readonly MonitoringFormInput[] }
  | { readonly kind: 'self-evaluation'; readonly items: readonly SelfEvaluationFormInput[] };

/** The layouts of a request, one per table. */
export function formModels(request: FormRequest): FormModel[] {
  switch (request.kind) {
    case 'target':
      return request.tables.map(targetLayout);
    case 'monitoring':
      return request.items.map(monitoringLayout);
    case 'self-evaluation':
      return request.items.map(selfEvaluationLayout);
    default:
      return assertNever(request);
  }
}

/** The printed title of a request's form: the page title of the HTML view. */
export function formTitle(request: FormRequest): string {
  switch (request.kind) {
    case 'target': {
      const first = request.tables[0];
      return first ? vocabularyOf(first.framework).title : L.targetTitle.zh;
    }
    case 'monitoring':
      return L.monitoringTitle.zh;
    case 'self-evaluation':
      return L.selfEvaluationTitle.zh;
    default:
      return assertNever(request);
  }
}

const encoder = new TextEncoder();

/**
 * Renders a form as a workbook or as one HTML page.
 * @example await exportForm({ kind: 'target', tables: [seed] }, 'html') // UTF-8 bytes of a page
 */
export async function exportForm(request: FormRequest, as: 'xlsx' | 'html'): Promise<Uint8Array> {
  const models = formModels(request);
  if (as === 'xlsx') return writeFormsXlsx(models);
  const name = models.length === 1 ? ` - ${models[0]!.name}` : '';
  return encoder.encode(renderHtml(models, `${formTitle(request)}${name}`));
}

/**
 * Target tables as a workbook: one sheet per table, each in the printable layout of the
 * table's own framework (`layout-target.ts`), ready to print on A4 landscape.
 */

import ExcelJS from 'exceljs';
import type { TargetTable } from '../../core/table/target-table.js';
import type { FormModel } from './layout-model.js';
import { renderSheet } from './layout-render.js';
import { targetLayout } from './layout-target.js';

/** Renders form models into one workbook's bytes, a sheet each. */
export async function writeFormsXlsx(models: readonly FormModel[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'jixiao';
  const taken = new Set<string>();
  for (const model of models) renderSheet(workbook, model, taken);
  // Excel refuses a workbook without sheets; nothing to write is an empty sheet.
  if (models.length === 0) workbook.addWorksheet('Sheet1');
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/**
 * Writes tables as an XLSX workbook in their frameworks' standard forms.
 * @example await writeXlsx([seed]) // bytes of a workbook with one sheet "科学技术普及"
 */
export function writeXlsx(tables: readonly TargetTable[]): Promise<Uint8Array> {
  return writeFormsXlsx(tables.map(targetLayout));
}

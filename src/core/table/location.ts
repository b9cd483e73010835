import type { Bilingual } from '../messages/message.js';
import type { Location } from './target-table.js';

/**
 * Where a thing is, as a person would say it.
 * @example describeLocation({ sheet: '目标表', cell: 'C20' }) // { zh: '工作表“目标表”C20', en: 'sheet "目标表" C20' }
 */
export function describeLocation(at: Location | undefined): Bilingual {
  if (!at) return { zh: '', en: '' };
  const zh: string[] = [];
  const en: string[] = [];
  if (at.page !== undefined) {
    zh.push(`第${at.page}页`);
    en.push(`page ${at.page}`);
  }
  if (at.sheet !== undefined) {
    zh.push(`工作表“${at.sheet}”`);
    en.push(`sheet "${at.sheet}"`);
  }
  if (at.table !== undefined) {
    zh.push(`表格${at.table}`);
    en.push(`table ${at.table}`);
  }
  if (at.cell !== undefined) {
    zh.push(at.cell);
    en.push(at.cell);
  } else if (at.row !== undefined) {
    zh.push(`第${at.row}行`);
    en.push(`row ${at.row}`);
  }
  if (at.line !== undefined) {
    zh.push(`第${at.line}行`);
    en.push(`line ${at.line}`);
  }
  if (at.paragraph !== undefined) {
    zh.push(`第${at.paragraph}段`);
    en.push(`paragraph ${at.paragraph}`);
  }
  return { zh: zh.join(''), en: en.join(', ') };
}

/**
 * The interchange format read back (`jixiao import`, API bodies). Values are parsed again from
 * their `raw` text, so a file that carries only `raw` is complete and a hand-edited parse
 * cannot disagree with its text.
 */

import type { Origin, TargetTable } from '../../core/table/target-table.js';
import { targetTableInput } from '../../core/table/target-table.schema.js';
import { InputError } from '../input-error.js';

export function readJson(text: string, origin: Origin): TargetTable[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError('badJson', { file: origin.file ?? '', detail: (error as Error).message });
  }
  const list = Array.isArray(data) ? data : [data];
  return list.map((item) => {
    const parsed = targetTableInput.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const detail = issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid';
      throw new InputError('badJson', { file: origin.file ?? '', detail });
    }
    return {
      ...parsed.data,
      origin: { ...origin, ...(parsed.data.origin?.part ? { part: parsed.data.origin.part } : {}) },
    };
  });
}

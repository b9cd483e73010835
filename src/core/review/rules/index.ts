/** The rule catalogue: every rule family, in the order docs/rules.md lists them. */

import type { RuleDefinition } from '../rule.js';
import { UNIT_RULES } from './units.js';

/** Every review rule, by family. Ids are unique (a test checks it). */
export const RULES: readonly RuleDefinition[] = [...UNIT_RULES];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** The rule with this id, if there is one. */
export function ruleById(id: string): RuleDefinition | undefined {
  return BY_ID.get(id);
}

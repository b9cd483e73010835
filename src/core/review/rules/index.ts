/** The rule catalogue: every rule family, in the order docs/rules.md lists them. */

import type { RuleDefinition } from '../rule.js';
import { CATEGORY_RULES } from './categories.js';
import { CITATION_RULES } from './citations.js';
import { DEADLINE_RULES } from './deadline.js';
import { DIRECTION_RULES } from './direction.js';
import { DUPLICATE_RULES } from './duplicates.js';
import { FORMAT_RULES } from './format.js';
import { HISTORY_RULES } from './history.js';
import { NAME_RULES } from './indicator-names.js';
import { MISPLACED_RULES } from './misplaced.js';
import { MISSING_UNIT_RULES } from './missing-unit.js';
import { MISSING_VALUE_RULES } from './missing-value.js';
import { PROJECT_RULES } from './project.js';
import { PROPORTION_RULES } from './proportion.js';
import { UNIT_RULES } from './units.js';
import { UNMEASURABLE_RULES } from './unmeasurable.js';

/** Every review rule, by family. Ids are unique (a test checks it). */
export const RULES: readonly RuleDefinition[] = [
  ...MISSING_VALUE_RULES,
  ...MISSING_UNIT_RULES,
  ...UNIT_RULES,
  ...DIRECTION_RULES,
  ...UNMEASURABLE_RULES,
  ...NAME_RULES,
  ...MISPLACED_RULES,
  ...DEADLINE_RULES,
  ...FORMAT_RULES,
  ...DUPLICATE_RULES,
  ...CITATION_RULES,
  ...CATEGORY_RULES,
  ...PROJECT_RULES,
  ...PROPORTION_RULES,
  ...HISTORY_RULES,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** The rule with this id, if there is one. */
export function ruleById(id: string): RuleDefinition | undefined {
  return BY_ID.get(id);
}

/** docs/rules.md is generated from the rule catalogue; this fails when it is out of date. */

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { RULES_DOC, rulesMarkdown } from '../../scripts/docs/rules.js';
import { RULES } from '../../src/core/review/index.js';

describe('docs/rules.md', () => {
  it('is up to date with the rules (run `npm run docs` after changing a rule)', async () => {
    const written = await readFile(RULES_DOC, 'utf8');
    expect(written === rulesMarkdown(), 'docs/rules.md is stale: run npm run docs').toBe(true);
  });

  it('documents every rule with an example hit quoted from the engine', () => {
    const doc = rulesMarkdown();
    for (const rule of RULES) {
      const section = doc.split(`### \`${rule.id}\``)[1]?.split('\n### ')[0] ?? '';
      expect(section, rule.id).toContain(rule.explanation.zh);
      expect(section, rule.id).toMatch(/\n> (?:错误|警告|提示) \((?:error|warning|info)\)/);
      expect(section, rule.id).toContain('**Leaves alone** this near-miss');
    }
  });
});

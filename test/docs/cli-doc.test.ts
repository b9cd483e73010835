/** docs/cli.md is generated from the command definitions; this fails when it is out of date. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI_DOC, cliMarkdown } from '../../scripts/docs/cli.js';

describe('docs/cli.md', () => {
  it('matches the commands as they are defined', () => {
    const written = readFileSync(CLI_DOC, 'utf8');
    expect(written === cliMarkdown(), 'docs/cli.md is stale: run npm run docs -- cli').toBe(true);
  });

  it('documents every command', () => {
    for (const name of [
      'parse',
      'lint',
      'score',
      'convert',
      'export',
      'serve',
      'import',
      'audit',
    ]) {
      expect(cliMarkdown()).toContain(`## jixiao ${name}`);
    }
  });
});

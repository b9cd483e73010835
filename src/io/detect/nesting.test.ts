import { describe, expect, it } from 'vitest';
import { nestsDeeperThan } from './nesting.js';

describe('nestsDeeperThan', () => {
  it('counts open elements, not void, self-closed or implied-close ones', () => {
    expect(nestsDeeperThan('<div><div><span>a</span></div></div>', 2, true)).toBe(true);
    expect(nestsDeeperThan('<div><div><span>a</span></div></div>', 3, true)).toBe(false);
    expect(nestsDeeperThan(`<table>${'<tr><td>x<br>'.repeat(1000)}</table>`, 5, true)).toBe(false);
    expect(nestsDeeperThan(`${'<p>段落'.repeat(1000)}`, 5, true)).toBe(false);
    expect(nestsDeeperThan(`<w:body>${'<w:p/>'.repeat(1000)}</w:body>`, 2, false)).toBe(false);
    expect(nestsDeeperThan(`${'<w:p>'.repeat(10)}`, 9, false)).toBe(true);
  });

  it('stays linear on text full of unclosed angle brackets', () => {
    const hostile = '<a'.repeat(500_000);
    expect(nestsDeeperThan(hostile, 5, true)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { expectExamplesHold, findingsOf } from '../../../../test/support/review.js';
import { comparatorTypo, nonstandardComparator, satisfactionWithoutComparator } from './format.js';

describe('format of values', () => {
  it('asks for ≥ instead of ≧ and shows the corrected value', () => {
    const [hit] = expectExamplesHold(nonstandardComparator);
    expect(hit!.severity).toBe('info');
    expect(hit!.suggestion).toBe('写作“≥90%”');
    expect(
      findingsOf('nonstandard-comparator', { rows: [['质量', '合格率', '＞95%']] })[0]!.suggestion,
    ).toBe('写作“>95%”');
  });

  it('flags 》 typed for ≥', () => {
    const [hit] = expectExamplesHold(comparatorTypo);
    expect(hit!.suggestion).toBe('写作“≥95%”');
  });

  it('asks for ≥ on a satisfaction target, but not on a rate elsewhere', () => {
    const [hit] = expectExamplesHold(satisfactionWithoutComparator);
    expect(hit!.suggestion).toBe('写作“≥90%”');
    expect(
      findingsOf('satisfaction-without-comparator', { rows: [['质量', '验收合格率', '100%']] }),
    ).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { applyRectification, type Rectification, requestRectification } from './rectification.js';

const opened = (): Rectification => {
  const r = requestRectification({
    id: 'r1',
    by: 'reviewer',
    at: '2019-08-01T09:00:00Z',
    text: '培训人次进度滞后，请说明并整改',
    indicators: [0],
    category: 'staffing',
    dueDate: '2019-09-30',
  });
  if (!r.ok) throw new Error(r.error.en);
  return r.rectification;
};

const step = (
  r: Rectification,
  action: Parameters<typeof applyRectification>[1]['action'],
  by: string,
  at: string,
  text = '说明',
) => applyRectification(r, { action, by, at, text });

describe('rectification (整改): request → measures → result → closed', () => {
  it('goes the whole way with who and when kept', () => {
    let r = opened();
    for (const [action, by, at] of [
      ['submit-measures', 'unit', '2019-08-05T10:00:00Z'],
      ['submit-result', 'unit', '2019-09-20T10:00:00Z'],
      ['close', 'reviewer', '2019-09-25T10:00:00Z'],
    ] as const) {
      const next = step(r, action, by, at);
      expect(next.ok).toBe(true);
      if (next.ok) r = next.rectification;
    }
    expect(r.state).toBe('closed');
    expect(r.steps.map((s) => [s.action, s.by])).toEqual([
      ['request', 'reviewer'],
      ['submit-measures', 'unit'],
      ['submit-result', 'unit'],
      ['close', 'reviewer'],
    ]);
  });

  it('can be returned a step and taken forward again', () => {
    const measures = step(opened(), 'submit-measures', 'unit', '2019-08-05T10:00:00Z');
    if (!measures.ok) throw new Error('measures');
    const back = step(
      measures.rectification,
      'return',
      'reviewer',
      '2019-08-06T10:00:00Z',
      '措施不具体',
    );
    expect(back.ok && back.rectification.state).toBe('requested');
  });

  it('refuses steps the state does not allow, and leaves the rectification as it was', () => {
    const r = opened();
    const before = JSON.stringify(r);
    const refused = step(r, 'close', 'reviewer', '2019-08-02T10:00:00Z');
    expect(refused).toMatchObject({ ok: false, code: 'not-allowed' });
    if (!refused.ok) expect(refused.error.zh).toContain('已提出整改要求');
    expect(JSON.stringify(r)).toBe(before);
  });

  it('refuses a close by the one who submitted the result', () => {
    let r = opened();
    for (const [action, at] of [
      ['submit-measures', '2019-08-05T10:00:00Z'],
      ['submit-result', '2019-09-20T10:00:00Z'],
    ] as const) {
      const next = step(r, action, 'unit', at);
      if (next.ok) r = next.rectification;
    }
    expect(step(r, 'close', 'unit', '2019-09-21T10:00:00Z')).toMatchObject({
      ok: false,
      code: 'own-result',
    });
  });

  it.each([
    [{ text: '  ' }, 'text-required'],
    [{ text: '字'.repeat(4001) }, 'text-too-long'],
    [{ by: '' }, 'by-required'],
    [{ at: 'yesterday' }, 'bad-time'],
    [{ at: '2019-07-01T00:00:00Z' }, 'time-order'],
  ])('refuses %j with %s and a bilingual message', (patch, code) => {
    const result = applyRectification(opened(), {
      action: 'submit-measures',
      by: 'unit',
      at: '2019-08-05T10:00:00Z',
      text: '措施',
      ...patch,
    });
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.error.en.length).toBeGreaterThan(0);
  });

  it('is plain data that survives JSON', () => {
    const r = opened();
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});

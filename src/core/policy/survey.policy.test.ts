import { describe, expect, it } from 'vitest';
import {
  countSatisfaction,
  isSatisfactionIndicator,
  isSurveyAnswer,
  surveyActual,
} from './survey.policy.js';

describe('satisfaction surveys', () => {
  it('counts 非常满意 and 满意 as satisfied, the other three only in the total', () => {
    expect(
      countSatisfaction({
        'very-satisfied': 100,
        satisfied: 83,
        neutral: 10,
        dissatisfied: 5,
        'very-dissatisfied': 2,
      }),
    ).toEqual({ satisfied: 183, total: 200 });
    expect(countSatisfaction({})).toEqual({ satisfied: 0, total: 0 });
  });

  it('writes the actual as counts, and none when nobody answered', () => {
    expect(surveyActual({ satisfied: 183, total: 200 })).toBe('183/200');
    expect(surveyActual({ satisfied: 0, total: 3 })).toBe('0/3');
    expect(surveyActual({ satisfied: 0, total: 0 })).toBeNull();
  });

  it('knows its five answers and nothing else', () => {
    expect(isSurveyAnswer('neutral')).toBe(true);
    expect(isSurveyAnswer('一般')).toBe(false);
    expect(isSurveyAnswer(undefined)).toBe(false);
  });

  it('runs only on satisfaction indicators, legacy 满意度 under 效果目标 included', () => {
    expect(isSatisfactionIndicator({ level1: 'satisfaction', level2: null })).toBe(true);
    expect(isSatisfactionIndicator({ level1: 'outcome', level2: 'satisfaction' })).toBe(true);
    expect(isSatisfactionIndicator({ level1: 'output', level2: 'quantity' })).toBe(false);
  });
});

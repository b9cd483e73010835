import { describe, expect, it } from 'vitest';
import { parseTargetValue } from '../value/parse.js';
import { tierOfActual, tierOfText } from './tiers.js';

describe('tiers of qualitative actuals', () => {
  it.each([
    ['达成年度指标', 'met'],
    ['已完成', 'met'],
    ['按时完成', 'met'],
    ['效果显著', 'met'],
    ['部分达成年度指标并具有一定效果', 'partial'],
    ['基本完成', 'partial'],
    ['有所提高', 'partial'],
    ['未达成年度指标且效果较差', 'unmet'],
    ['未达到预期', 'unmet'],
    ['尚未完成', 'unmet'],
    ['项目延期', 'unmet'],
    ['否', 'unmet'],
    ['详见附件', null],
    ['', null],
  ])('%s → %s', (text, tier) => {
    expect(tierOfText(text)).toBe(tier);
  });

  it('reads the same words as the target as met', () => {
    const target = parseTargetValue('应保尽保');
    expect(tierOfActual(parseTargetValue('应保尽保'), target)).toBe('met');
    expect(tierOfActual(parseTargetValue('是'), parseTargetValue('及时'))).toBe('met');
  });
});

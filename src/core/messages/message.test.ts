import { describe, expect, it } from 'vitest';
import { render } from './message.js';

describe('render', () => {
  it('fills placeholders in both languages and keeps unknown ones visible', () => {
    const m = {
      zh: '文件“{file}”有 {size} 字节{missing}',
      en: 'File "{file}" has {size} bytes{missing}',
    };
    expect(render(m, { file: 'a.txt', size: 12 })).toEqual({
      zh: '文件“a.txt”有 12 字节{missing}',
      en: 'File "a.txt" has 12 bytes{missing}',
    });
    expect(render(m, { file: '{size}', size: 0 }).zh).toBe('文件“{size}”有 0 字节{missing}');
  });

  it('gives the same text on every call (templates are cached)', () => {
    const m = { zh: '{a}{b}', en: '{b}{a}' };
    expect(render(m, { a: 1, b: 2 })).toEqual({ zh: '12', en: '21' });
    expect(render(m, { a: 'x', b: null })).toEqual({ zh: 'x{b}', en: '{b}x' });
  });
});

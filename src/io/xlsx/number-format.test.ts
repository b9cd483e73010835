import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatNumber,
  isDateFormat,
  plainDecimal,
  serialToDate,
} from './number-format.js';

describe('plainDecimal', () => {
  it('drops the float noise of binary arithmetic', () => {
    expect(plainDecimal(0.1 + 0.2)).toBe('0.3');
    expect(plainDecimal(0.6000000000000001)).toBe('0.6');
    expect(plainDecimal(95.00000000000001)).toBe('95');
  });

  it('writes large and small numbers without exponents', () => {
    expect(plainDecimal(27890645)).toBe('27890645');
    expect(plainDecimal(1e20)).toBe('100000000000000000000');
    expect(plainDecimal(1.5e-7)).toBe('0.00000015');
    expect(plainDecimal(-2789.0645)).toBe('-2789.0645');
    expect(plainDecimal(0)).toBe('0');
  });
});

describe('formatNumber', () => {
  it('shows amounts with separators and the decimals of the format', () => {
    expect(formatNumber(27890645, '#,##0.00')).toBe('27,890,645.00');
    expect(formatNumber(27890645, '0.00')).toBe('27890645.00');
    expect(formatNumber(0.5, '#,##0.00')).toBe('0.50');
  });

  it('never rounds away digits the cell holds (a 万元 amount formatted 0.00)', () => {
    expect(formatNumber(2789.0645, '0.00')).toBe('2789.0645');
    expect(formatNumber(2789.0645, '#,##0.00')).toBe('2,789.0645');
  });

  it('shows percentages as the cell does', () => {
    expect(formatNumber(0.95, '0%')).toBe('95%');
    expect(formatNumber(0.955, '0.0%')).toBe('95.5%');
    expect(formatNumber(1, '0.00%')).toBe('100.00%');
    expect(formatNumber(0.07, '0%')).toBe('7%');
  });

  it('keeps literal text and currency symbols of the format', () => {
    expect(formatNumber(12.5, '0.00"万元"')).toBe('12.50万元');
    expect(formatNumber(200, '0"人"')).toBe('200人');
    expect(formatNumber(1200, '[$¥-804]#,##0.00')).toBe('¥1,200.00');
    expect(formatNumber(3, '[Red]0')).toBe('3');
  });

  it('uses the negative and zero sections when the format has them', () => {
    expect(formatNumber(-5, '0.00;(0.00)')).toBe('(5.00)');
    expect(formatNumber(-5, '0.00')).toBe('-5.00');
    expect(formatNumber(0, '0;-0;"-"')).toBe('-');
  });

  it('falls back to the plain number for General, text and scientific formats', () => {
    expect(formatNumber(0.1 + 0.2, undefined)).toBe('0.3');
    expect(formatNumber(42, 'General')).toBe('42');
    expect(formatNumber(42, '@')).toBe('42');
    expect(formatNumber(12345, '0.00E+00')).toBe('12345');
  });
});

describe('dates', () => {
  it('tells date formats from number formats', () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateFormat('yyyy"年"m"月"')).toBe(true);
    expect(isDateFormat('[$-F800]dddd, mmmm dd, yyyy')).toBe(true);
    expect(isDateFormat('0.00"万元"')).toBe(false);
    expect(isDateFormat('#,##0.00')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
    expect(isDateFormat(undefined)).toBe(false);
  });

  it('writes a day as ISO and a month as 年月 (a month means its last day)', () => {
    const day = new Date(Date.UTC(2019, 11, 31));
    expect(formatDate(day, 'mm-dd-yy')).toBe('2019-12-31');
    expect(formatDate(day, 'yyyy"年"m"月"')).toBe('2019年12月');
    expect(formatDate(new Date(Date.UTC(2019, 0, 1, 9, 30)), 'yyyy-mm-dd hh:mm')).toBe(
      '2019-01-01 09:30',
    );
    expect(formatDate(new Date(Number.NaN), 'yyyy-mm-dd')).toBe('');
  });

  it('turns serial numbers into dates in both date systems', () => {
    expect(serialToDate(43830).toISOString().slice(0, 10)).toBe('2019-12-31');
    expect(serialToDate(1).toISOString().slice(0, 10)).toBe('1900-01-01');
    expect(serialToDate(0, true).toISOString().slice(0, 10)).toBe('1904-01-01');
  });
});

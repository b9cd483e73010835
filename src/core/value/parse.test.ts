import { describe, expect, it } from 'vitest';
import { parseTargetValue } from './parse.js';

const parse = (raw: string) => parseTargetValue(raw, { year: 2019 });

describe('parseTargetValue: comparator, number and unit', () => {
  it.each([
    ['≥50个', '>=', 50, '个'],
    ['≤90万元', '<=', 90, '万元'],
    ['=100%', '=', 100, '%'],
    ['>92%', '>', 92, '%'],
    ['<5%', '<', 5, '%'],
    ['≧90%', '>=', 90, '%'],
    ['≦3天', '<=', 3, '天'],
    ['＞92％', '>', 92, '%'],
    ['≥80M', '>=', 80, 'M'],
    ['≥1.2万亩', '>=', 1.2, '万亩'],
    ['≥ 60 人', '>=', 60, '人'],
    ['>=95%', '>=', 95, '%'],
  ])('%s', (raw, op, value, unit) => {
    expect(parse(raw)).toMatchObject({ kind: 'number', op, value, unit, raw });
    expect(parse(raw)).not.toHaveProperty('implicit');
  });

  it('reads a bare number as implicit, kept apart from an explicit =', () => {
    expect(parse('2280次')).toMatchObject({ op: '=', value: 2280, unit: '次', implicit: true });
    expect(parse('100')).toMatchObject({ op: '=', value: 100, unit: null, implicit: true });
    expect(parse('15万元')).toMatchObject({ value: 15, unit: '万元', implicit: true });
    expect(parse('=100%')).not.toHaveProperty('implicit');
  });

  it('reads thousands separators and decimals', () => {
    expect(parse('1,200人')).toMatchObject({ value: 1200, unit: '人' });
    expect(parse('0.5万元')).toMatchObject({ value: 0.5, unit: '万元' });
    expect(parse('-5%')).toMatchObject({ value: -5, unit: '%' });
  });
});

describe('parseTargetValue: Chinese comparatives', () => {
  it.each([
    ['不少于800篇', '>=', 800, '篇'],
    ['达95%以上', '>=', 95, '%'],
    ['10家以上', '>=', 10, '家'],
    ['不低于90%', '>=', 90, '%'],
    ['不高于5%', '<=', 5, '%'],
    ['不超过3万元', '<=', 3, '万元'],
    ['5%以内', '<=', 5, '%'],
    ['3个工作日内', '<=', 3, '个工作日'],
    ['20个左右', '≈', 20, '个'],
    ['约20个', '≈', 20, '个'],
    ['大于等于90%', '>=', 90, '%'],
    ['控制在5%以内', '<=', 5, '%'],
    ['10余场', '>=', 10, '场'],
    ['100多人', '>=', 100, '人'],
    ['5个以下', '<=', 5, '个'],
  ])('%s', (raw, op, value, unit) => {
    expect(parse(raw)).toMatchObject({ kind: 'number', op, value, unit });
  });

  it('reads a relative change', () => {
    expect(parse('提升10%')).toMatchObject({
      kind: 'number',
      op: '>=',
      value: 10,
      unit: '%',
      change: 'increase',
    });
    expect(parse('下降5%')).toMatchObject({ change: 'decrease', value: 5 });
  });

  it('keeps the words around the measure', () => {
    expect(parse('服务对象满意度达到95%以上')).toMatchObject({
      op: '>=',
      value: 95,
      unit: '%',
      subject: '服务对象满意度',
    });
    expect(parse('认可率90%以上')).toMatchObject({ subject: '认可率', value: 90 });
    expect(parse('20个项目')).toMatchObject({ value: 20, unit: '个', trailing: '项目' });
  });

  it('does not read 以上 or 达 away from a number', () => {
    expect(parse('县级以上医院全覆盖')).toMatchObject({ kind: 'text', level: 'full-coverage' });
    expect(parse('达标')).toMatchObject({ kind: 'text', level: 'good' });
  });

  it('reads Chinese numerals before a unit, not inside words', () => {
    expect(parse('两场')).toMatchObject({ kind: 'number', value: 2, unit: '场' });
    expect(parse('十二个')).toMatchObject({ value: 12, unit: '个' });
    expect(parse('一次性补助')).toMatchObject({ kind: 'text' });
    expect(parse('千家万户')).toMatchObject({ kind: 'text' });
  });
});

describe('parseTargetValue: ranges', () => {
  it.each([
    ['1-2个', 1, 2, '个'],
    ['500-1000平方米', 500, 1000, '平方米'],
    ['1-3万人次', 1, 3, '万人次'],
    ['1～2个', 1, 2, '个'],
    ['3至5次', 3, 5, '次'],
    ['5-3个', 3, 5, '个'],
  ])('%s', (raw, min, max, unit) => {
    expect(parse(raw)).toMatchObject({ kind: 'number', op: 'between', min, max, unit });
  });
});

describe('parseTargetValue: dates and periods', () => {
  it('reads a month as its last day', () => {
    expect(parse('2019年12月')).toMatchObject({ kind: 'date', op: '<=', value: '2019-12-31' });
    expect(parse('2020年2月')).toMatchObject({ value: '2020-02-29' });
    expect(parse('2021年12月完成')).toMatchObject({ value: '2021-12-31' });
  });

  it('takes the project year when the text gives none, and says so', () => {
    expect(parse('12月31日前')).toMatchObject({
      kind: 'date',
      value: '2019-12-31',
      notes: [{ code: 'year-assumed' }],
    });
    expect(parse('本年内完成')).toMatchObject({ kind: 'date', value: '2019-12-31' });
    expect(parse('年底前')).toMatchObject({ kind: 'date', value: '2019-12-31' });
    expect(parse('上半年')).toMatchObject({ kind: 'date', value: '2019-06-30' });
  });

  it('keeps a date that is no real date as text, and says which part', () => {
    for (const raw of ['12月32日前', '2019年2月30日', '2019年13月', '2019-02-30']) {
      expect(parse(raw)).toMatchObject({ kind: 'text', notes: [{ code: 'unreadable' }] });
    }
    expect(parse('2019.13')).toMatchObject({ kind: 'number', value: 2019.13 });
  });

  it('keeps a date without a known year as text with a note', () => {
    expect(parseTargetValue('本年内完成')).toMatchObject({
      kind: 'text',
      notes: [{ code: 'year-unknown' }],
    });
  });

  it('reads periods', () => {
    expect(parse('2023.07-2024.01')).toMatchObject({
      kind: 'date',
      op: 'between',
      min: '2023-07-01',
      max: '2024-01-31',
    });
    expect(parse('2020年全年')).toMatchObject({
      op: 'between',
      min: '2020-01-01',
      max: '2020-12-31',
    });
    expect(parse('2019年1月-12月')).toMatchObject({
      op: 'between',
      min: '2019-01-01',
      max: '2019-12-31',
    });
    expect(parse('2019-12-31')).toMatchObject({ op: '<=', value: '2019-12-31' });
  });

  it('reads a frequency as a number per period, not a date', () => {
    expect(parse('1次/月')).toMatchObject({ kind: 'number', value: 1, unit: '次', per: '月' });
    expect(parse('12个月')).toMatchObject({ kind: 'number', value: 12, unit: '个月' });
    expect(parse('按月安排')).toMatchObject({ kind: 'text', level: 'schedule' });
  });
});

describe('parseTargetValue: qualitative, boolean, empty', () => {
  it.each([
    ['及时', 'timely'],
    ['效果明显', 'improve'],
    ['符合相关规定', 'compliant'],
    ['应保尽保', 'full-coverage'],
    ['优良', 'good'],
    ['研究成果获得好评', 'positive'],
    ['不超预算', 'within-budget'],
    ['全年', 'whole-year'],
  ])('%s is text of level %s', (raw, level) => {
    expect(parse(raw)).toMatchObject({ kind: 'text', level });
  });

  it('reads 是 and 否', () => {
    expect(parse('是')).toEqual({ kind: 'boolean', raw: '是', value: true });
    expect(parse('否')).toEqual({ kind: 'boolean', raw: '否', value: false });
  });

  it.each(['N/A', 'n/a', '无', '-', '/', '—', '不适用'])('%s is no value, never 0', (raw) => {
    expect(parse(raw)).toMatchObject({ kind: 'none', reason: 'not-applicable' });
  });

  it('an empty cell is an empty value', () => {
    expect(parse('  ')).toMatchObject({ kind: 'none', reason: 'empty' });
    expect(parseTargetValue(null)).toMatchObject({ kind: 'none', reason: 'empty', raw: '' });
  });

  it.each(['XX', 'xx%', '**', 'XX个', '××'])('%s is a placeholder', (raw) => {
    expect(parse(raw)).toMatchObject({
      kind: 'text',
      placeholder: true,
      notes: [{ code: 'placeholder' }],
    });
  });

  it('notes the 》 typo for ≥', () => {
    expect(parse('》90%')).toMatchObject({
      op: '>=',
      value: 90,
      notes: [{ code: 'comparator-typo' }],
    });
  });

  it('reads quarters as deadlines', () => {
    expect(parse('第3季度开展')).toMatchObject({
      kind: 'date',
      value: '2019-09-30',
      trailing: '开展',
    });
  });
});

describe('parseTargetValue: compound values', () => {
  it('splits measures at separators', () => {
    expect(parse('1本，20个项目')).toMatchObject({
      kind: 'compound',
      parts: [
        { kind: 'number', value: 1, unit: '本' },
        { kind: 'number', value: 20, unit: '个', trailing: '项目' },
      ],
    });
  });

  it('keeps text parts beside measures', () => {
    expect(parse('年内完成；部分课题需跨年完成')).toMatchObject({
      kind: 'compound',
      parts: [
        { kind: 'date', value: '2019-12-31' },
        { kind: 'text', raw: '部分课题需跨年完成' },
      ],
    });
  });

  it('keeps prose with commas as one text', () => {
    const v = parse('市科协服务能力明显提升，成为名副其实的科技工作者之家。');
    expect(v).toMatchObject({ kind: 'text', level: 'improve' });
  });
});

import { describe, expect, it } from 'vitest';
import { type PdfItem, pdfGrid } from './pdf-grid.js';

/** Words at x positions on a baseline y, 10 points high, 10 points per character. */
const line = (y: number, ...words: (readonly [number, string])[]): PdfItem[] =>
  words.map(([x, text]) => ({ text, x, y, width: text.length * 10, size: 10 }));

const HEADER = line(
  700,
  [0, '一级指标'],
  [60, '二级指标'],
  [120, '三级指标'],
  [300, '指标值'],
  [400, '目标值来源'],
);

const texts = (items: PdfItem[][]): string[][] =>
  pdfGrid(items.map((page, k) => ({ number: k + 1, items: page }))).rows.map((row) =>
    row.cells.map((c) => c.text),
  );

describe('pdfGrid', () => {
  it('puts words under the header column they stand under, leaving merged cells empty', () => {
    const rows = texts([
      [
        ...HEADER,
        ...line(
          680,
          [0, '产出指标'],
          [60, '数量'],
          [120, '培训人次'],
          [300, '600人次'],
          [400, '计划'],
        ),
      ],
    ]);
    expect(rows[1]).toEqual(['产出指标', '数量', '培训人次', '600人次', '计划']);
  });

  it('joins a wrapped name and a value centred beside it into one row', () => {
    const rows = texts([
      [
        ...HEADER,
        ...line(
          680,
          [0, '产出指标'],
          [60, '数量'],
          [120, '第一片区服务对象人数（含'],
          [400, '《办法》'],
        ),
        ...line(674, [300, '≥300人']),
        ...line(668, [120, '失能老人）']),
        ...line(650, [120, '服务次数'], [300, '100次'], [400, '计划']),
      ],
    ]);
    expect(rows.slice(1)).toEqual([
      ['产出指标', '数量', '第一片区服务对象人数（含失能老人）', '≥300人', '《办法》'],
      ['', '', '服务次数', '100次', '计划'],
    ]);
  });

  it('gives a label centred on its rows to the first of them, not to the row it happens to touch', () => {
    // 数量 is centred on rows 680–620, 质量 on 600: the label lines fall between rows.
    const rows = texts([
      [
        ...HEADER,
        ...line(680, [120, '甲'], [300, '1个'], [400, '计划']),
        ...line(660, [120, '乙'], [300, '2个'], [400, '计划']),
        ...line(650, [60, '数量']),
        ...line(640, [120, '丙'], [300, '3个'], [400, '计划']),
        ...line(620, [120, '丁'], [300, '4个'], [400, '计划']),
        ...line(600, [60, '质量'], [120, '戊'], [300, '95%'], [400, '标准']),
      ],
    ]);
    expect(rows.slice(1).map((r) => [r[1], r[2]])).toEqual([
      ['数量', '甲'],
      ['', '乙'],
      ['', '丙'],
      ['', '丁'],
      ['质量', '戊'],
    ]);
  });

  it('joins a label printed one character per line back together', () => {
    const rows = texts([
      [
        ...HEADER,
        ...line(690, [0, '产']),
        ...line(680, [0, '出'], [60, '数量'], [120, '甲'], [300, '1个'], [400, '计划']),
        ...line(670, [0, '目']),
        ...line(660, [0, '标'], [120, '乙'], [300, '2个'], [400, '计划']),
      ],
    ]);
    expect(rows.slice(1).map((r) => r[0])).toContain('产出目标');
  });

  it('drops page numbers and a running header, keeps a bare number that is a value', () => {
    const rows = texts([
      [
        ...line(790, [0, '某市财政局 2021年绩效目标']),
        ...HEADER,
        ...line(680, [0, '产出指标'], [60, '数量'], [120, '场次'], [400, '计划']),
        ...line(674, [300, '100']),
        ...line(20, [200, '第 1 页 共 2 页']),
      ],
      [
        ...line(790, [0, '某市财政局 2021年绩效目标']),
        ...HEADER,
        ...line(680, [60, '质量'], [120, '合格率'], [300, '95%'], [400, '标准']),
        ...line(20, [200, '2']),
      ],
    ]);
    expect(rows.map((r) => r.filter((t) => t !== '').join('|'))).toEqual([
      '某市财政局 2021年绩效目标',
      '一级指标|二级指标|三级指标|指标值|目标值来源',
      '产出指标|数量|场次|100|计划',
      '一级指标|二级指标|三级指标|指标值|目标值来源',
      '质量|合格率|95%|标准',
    ]);
  });

  it('reads a header whose narrow cells wrap, with one-line headers centred between', () => {
    const rows = texts([
      [
        ...line(712, [0, '一级'], [60, '二级'], [400, '目标值']),
        ...line(706, [120, '三级指标'], [300, '指标值']),
        ...line(700, [0, '指标'], [60, '指标'], [400, '来源']),
        ...line(
          680,
          [0, '产出指标'],
          [60, '数量'],
          [120, '培训人次'],
          [300, '600人次'],
          [400, '计划'],
        ),
      ],
    ]);
    expect(rows).toEqual([
      ['一级指标', '二级指标', '三级指标', '指标值', '目标值来源'],
      ['产出指标', '数量', '培训人次', '600人次', '计划'],
    ]);
  });

  it('does not take the header block lines above a header into it', () => {
    const rows = texts([
      [
        ...line(730, [0, '项目名称'], [120, '甲项目']),
        ...line(724, [0, '年度'], [120, '2021']),
        ...HEADER,
        ...line(
          680,
          [0, '产出指标'],
          [60, '数量'],
          [120, '培训人次'],
          [300, '600人次'],
          [400, '计划'],
        ),
      ],
    ]);
    expect(rows.slice(0, 3)).toEqual([
      ['项目名称', '甲项目'],
      ['年度', '2021'],
      ['一级指标', '二级指标', '三级指标', '指标值', '目标值来源'],
    ]);
  });

  it('locates rows by page and line', () => {
    const grid = pdfGrid([
      {
        number: 3,
        items: [...HEADER, ...line(680, [60, '数量'], [120, '甲'], [300, '1'], [400, '计划'])],
      },
    ]);
    expect(grid.rows[1]!.at).toEqual({ page: 3, line: 2 });
  });
});

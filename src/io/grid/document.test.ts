import { describe, expect, it } from 'vitest';
import {
  documentGrid,
  MAX_TABLE_CELLS,
  paragraphCells,
  type SpanCell,
  spanRows,
} from './document.js';

const c = (text: string, rowSpan = 1, colSpan = 1): SpanCell => ({ text, rowSpan, colSpan });
const layout = (rows: SpanCell[][]) =>
  spanRows(rows, (r) => ({ table: 1, row: r + 1 })).map((row) =>
    row.cells.map((cell) => (cell.merged ? `${cell.text}^${cell.merged}` : cell.text)),
  );

describe('spanRows', () => {
  it('lays out rowspan and colspan as copies from above and from the left', () => {
    expect(
      layout([
        [c('产出指标', 3), c('数量指标', 2), c('培训人次'), c('600人次')],
        [c('培训班次'), c('12期')],
        [c('质量指标'), c('合格率', 1, 2)],
      ]),
    ).toEqual([
      ['产出指标', '数量指标', '培训人次', '600人次'],
      ['产出指标^above', '数量指标^above', '培训班次', '12期'],
      ['产出指标^above', '质量指标', '合格率', '合格率^left'],
    ]);
  });

  it('copies a block span from the left below its first row, from above in its first column', () => {
    expect(layout([[c('甲', 2, 2), c('乙')], [c('丙')]])).toEqual([
      ['甲', '甲^left', '乙'],
      ['甲^above', '甲^left', '丙'],
    ]);
  });

  it('reads rowspan="0" as to the end of the table and cuts spans at its edge', () => {
    expect(layout([[c('甲', 0), c('乙')], [c('丙')], [c('丁', 9)]])).toEqual([
      ['甲', '乙'],
      ['甲^above', '丙'],
      ['甲^above', '丁'],
    ]);
  });

  it('keeps the first claim when spans overlap, as browsers do', () => {
    expect(layout([[c('甲'), c('乙', 2)], [c('丙', 1, 3)]])).toEqual([
      ['甲', '乙'],
      ['丙', '乙^above', '丙^left'],
    ]);
  });

  it('does not spread hostile spans past the cell budget or the column limit', () => {
    const rows = Array.from({ length: 3000 }, () => [c('x', 65534, 1000)]);
    const grid = spanRows(rows, (r) => ({ row: r + 1 }));
    const cells = grid.reduce((sum, row) => sum + row.cells.length, 0);
    expect(cells).toBeLessThanOrEqual(MAX_TABLE_CELLS + rows.length);
    expect(Math.max(...grid.map((row) => row.cells.length))).toBeLessThanOrEqual(256);
  });
});

describe('paragraphCells', () => {
  it('splits a paragraph stating several facts, by tabs, wide gaps and known labels', () => {
    expect(paragraphCells('实施单位：甲单位\t主管部门：乙部门')).toEqual([
      '实施单位：甲单位',
      '主管部门：乙部门',
    ]);
    expect(paragraphCells('项目名称：职业技能　　项目编码：123')).toEqual([
      '项目名称：职业技能',
      '项目编码：123',
    ]);
    expect(paragraphCells('项目名称：职业技能 提升培训 主管部门：人社局')).toEqual([
      '项目名称：职业技能 提升培训',
      '主管部门：人社局',
    ]);
  });

  it('keeps prose with colons whole when the words before them are no labels', () => {
    expect(paragraphCells('说明：本表 注意：金额单位为万元')).toEqual([
      '说明：本表 注意：金额单位为万元',
    ]);
  });
});

describe('documentGrid', () => {
  it('puts paragraphs and table rows into one grid in reading order', () => {
    const grid = documentGrid([
      { kind: 'paragraph', text: '项目名称：甲', at: { paragraph: 1 } },
      {
        kind: 'table',
        rows: spanRows([[c('一级指标'), c('二级指标')]], (r) => ({ table: 1, row: r + 1 })),
      },
      { kind: 'paragraph', text: '   ', at: { paragraph: 2 } },
    ]);
    expect(grid.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
      ['项目名称：甲'],
      ['一级指标', '二级指标'],
    ]);
    expect(grid.rows[0]!.at).toEqual({ paragraph: 1 });
  });
});

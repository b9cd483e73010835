import {
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { readTargetTables } from '../read.js';
import { docxBlocks } from './docx-blocks.js';

type CellOptions = { columnSpan?: number; verticalMerge?: 'restart' | 'continue' };
const cell = (text: string, options: CellOptions = {}): TableCell =>
  new TableCell({ children: [new Paragraph(text)], ...options });
const restart = { verticalMerge: VerticalMergeType.RESTART };
const below = { verticalMerge: VerticalMergeType.CONTINUE };

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const body = (inner: string): string => `<w:document ${W}><w:body>${inner}</w:body></w:document>`;
const p = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (text: string, props = ''): string => `<w:tc><w:tcPr>${props}</w:tcPr>${p(text)}</w:tc>`;

describe('readDocx', () => {
  it('reads facts from paragraphs and indicators from a table with vertically merged cells', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              children: [new TextRun({ text: '2020年度项目绩效目标申报表', bold: true })],
            }),
            new Paragraph('项目名称：职业技能提升培训\t主管部门：成都市人力资源和社会保障局'),
            new Paragraph('实施单位：成都市职业技能鉴定中心'),
            new Paragraph('项目总金额（万元）：350.25'),
            new Table({
              rows: [
                new TableRow({
                  children: ['一级指标', '二级指标', '三级指标', '指标值', '目标值来源'].map((t) =>
                    cell(t),
                  ),
                }),
                new TableRow({
                  children: [
                    cell('产出目标', restart),
                    cell('数量', restart),
                    cell('举办培训班'),
                    cell('≥12期'),
                    cell('年度计划'),
                  ],
                }),
                new TableRow({
                  children: [
                    cell('', below),
                    cell('', below),
                    cell('培训人次'),
                    cell('600人次'),
                    cell('年度计划'),
                  ],
                }),
                new TableRow({
                  children: [
                    cell('效果目标'),
                    cell('满意度'),
                    cell('学员满意度'),
                    cell('≥95%', { columnSpan: 2 }),
                  ],
                }),
              ],
            }),
            new Paragraph('填报人：张三'),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const result = await readTargetTables(bytes, { file: '申报表.docx' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.format).toBe('docx');
    const [table] = result.tables;
    expect(table!.project).toMatchObject({
      name: '职业技能提升培训',
      year: 2020,
      department: '成都市人力资源和社会保障局',
      unit: '成都市职业技能鉴定中心',
      amount: { total: '3502500.00' },
    });
    expect(
      table!.indicators.map((i) => [i.level1Label, i.level2Label, i.name, i.target.raw]),
    ).toEqual([
      ['产出目标', '数量', '举办培训班', '≥12期'],
      ['产出目标', '数量', '培训人次', '600人次'],
      ['效果目标', '满意度', '学员满意度', '≥95%'],
    ]);
    // The value spans the source column too: the copy it leaves there is no source.
    expect(table!.indicators[2]!.source).toBeNull();
    expect(table!.indicators[1]!.at).toEqual({ table: 1, row: 3 });
    expect(table!.warnings).toEqual([]);
  });
});

describe('docxBlocks', () => {
  it('honours gridBefore, gridSpan and old-style hMerge when placing cells', () => {
    const xml = body(
      `<w:tbl><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('甲', '<w:gridSpan w:val="2"/>')}${tc('乙')}</w:tr>` +
        `<w:tr>${tc('丙', '<w:hMerge w:val="restart"/>')}${tc('', '<w:hMerge/>')}${tc('丁')}${tc('戊')}</w:tr></w:tbl>`,
    );
    const [table] = docxBlocks(xml);
    const rows = table!.kind === 'table' ? table!.rows : [];
    expect(
      rows.map((r) => r.cells.map((c) => (c.merged ? `${c.text}^${c.merged}` : c.text))),
    ).toEqual([
      ['', '甲', '甲^left', '乙'],
      ['丙', '丙^left', '丁', '戊'],
    ]);
  });

  it('leaves out deleted revisions, field codes and the fallback copy of a text box', () => {
    const xml = body(
      `<w:p><w:r><w:t>项目名称：</w:t></w:r><w:del><w:r><w:delText>旧名</w:delText></w:r></w:del>` +
        `<w:ins><w:r><w:t>新名</w:t></w:r></w:ins><w:r><w:instrText>PAGE</w:instrText></w:r>` +
        `<mc:AlternateContent xmlns:mc="x"><mc:Choice><w:t>框</w:t></mc:Choice><mc:Fallback><w:t>框</w:t></mc:Fallback></mc:AlternateContent></w:p>`,
    );
    expect(docxBlocks(xml)).toEqual([
      { kind: 'paragraph', text: '项目名称：新名框', at: { paragraph: 1 } },
    ]);
  });

  it('reads rows inside content controls and a layout table as flowing paragraphs', () => {
    const inner = `<w:tbl><w:sdt><w:sdtContent><w:tr>${tc('一级指标')}${tc('二级指标')}</w:tr></w:sdtContent></w:sdt></w:tbl>`;
    const xml = body(`<w:tbl><w:tr><w:tc>${p('项目名称：甲')}${inner}</w:tc></w:tr></w:tbl>`);
    const blocks = docxBlocks(xml);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table']);
    expect(blocks[1]!.kind === 'table' && blocks[1]!.rows[0]!.cells.map((c) => c.text)).toEqual([
      '一级指标',
      '二级指标',
    ]);
  });

  it('joins the paragraphs of one cell and keeps its line breaks readable', () => {
    const xml = body(
      `<w:tbl><w:tr><w:tc>${p('深圳市科学技术')}${p('协会')}</w:tc><w:tc><w:p><w:r><w:t>6</w:t><w:br/><w:t>场</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
    );
    const [table] = docxBlocks(xml);
    expect(table!.kind === 'table' && table!.rows[0]!.cells.map((c) => c.text)).toEqual([
      '深圳市科学技术协会',
      '6 场',
    ]);
  });
});

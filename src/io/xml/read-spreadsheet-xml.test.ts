import { describe, expect, it } from 'vitest';
import { readSpreadsheetXml } from './read-spreadsheet-xml.js';

const workbook = (sheets: string, styles = ''): string =>
  `<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Styles>${styles}</Styles>${sheets}</Workbook>`;
const cell = (text: string, attrs = '', type = 'String'): string =>
  `<Cell${attrs}><Data ss:Type="${type}">${text}</Data></Cell>`;
const header = `<Row>${['一级指标', '二级指标', '三级指标', '指标值'].map((t) => cell(t)).join('')}</Row>`;

describe('readSpreadsheetXml', () => {
  it('shows numbers and dates through their styles, as Excel does', () => {
    const styles =
      '<Style ss:ID="p"><NumberFormat ss:Format="Percent"/></Style><Style ss:ID="m"><NumberFormat ss:Format="yyyy&quot;年&quot;m&quot;月&quot;"/></Style>';
    const rows = `${header}<Row>${cell('产出目标')}${cell('质量')}${cell('合格率')}${cell('0.955', ' ss:StyleID="p"', 'Number')}</Row><Row>${cell('时效', ' ss:Index="2"')}${cell('完成时间')}${cell('2019-12-31T00:00:00.000', ' ss:StyleID="m"', 'DateTime')}</Row>`;
    const [table] = readSpreadsheetXml(
      workbook(`<Worksheet ss:Name="S"><Table>${rows}</Table></Worksheet>`, styles),
      { format: 'spreadsheet-xml' },
    );
    expect(table!.indicators.map((i) => i.target.raw)).toEqual(['95.50%', '2019年12月']);
    expect(table!.indicators[1]).toMatchObject({ level1Label: '产出目标', level2Label: '时效' });
  });

  it('warns about a table read from a hidden sheet and bounds hostile merges', () => {
    const rows = `${header}<Row>${cell('产出目标', ' ss:MergeDown="99999" ss:MergeAcross="255"')}${cell('数量', ' ss:Index="2"')}</Row><Row>${cell('数量', ' ss:Index="2"')}${cell('人次')}${cell('100人次')}</Row>`;
    const sheet = `<Worksheet ss:Name="旧"><Table>${rows}</Table><WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions></Worksheet>`;
    const tables = readSpreadsheetXml(workbook(sheet), { format: 'spreadsheet-xml' });
    expect(tables[0]!.warnings.map((w) => w.code)).toContain('hiddenSheet');
    expect(tables[0]!.indicators.map((i) => i.name)).toEqual(['人次']);
  });
});

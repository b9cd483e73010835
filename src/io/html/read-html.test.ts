import { describe, expect, it } from 'vitest';
import { encodeGb18030 } from '../../../test/support/gb18030.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { readTargetTables } from '../read.js';
import { htmlBlocks } from './html-blocks.js';

async function read(bytes: Uint8Array, file = 'page.html'): Promise<TargetTable[]> {
  const result = await readTargetTables(bytes, { file });
  if (!result.ok) throw new Error(result.error.message);
  expect(result.format).toBe('html');
  return result.tables;
}

const INDICATORS = `
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th><th>目标值来源</th></tr>
<tr><td rowspan="3">产出指标</td><td rowspan="2">数量指标</td><td>改造农村户厕</td><td>≥3000户</td><td>年度计划</td></tr>
<tr><td>新建污水处理设施</td><td>12座</td><td>年度计划</td></tr>
<tr><td>质量指标</td><td>验收合格率</td><td>100%</td><td>行业标准</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>村民满意度</td><td>≥90%</td><td>满意度调查</td></tr>`;

describe('readHtml', () => {
  it('reads a published page: facts in paragraphs and cells, rowspan/colspan, no script text', async () => {
    const html = `<!DOCTYPE html><html><head><title>公开</title>
<script>document.write("<table><tr><td>一级指标</td></tr></table>")</script></head><body>
<div class="nav">首页 &gt; 预算公开</div>
<h2>2020年度项目支出绩效目标表</h2>
<p>项目名称：农村人居环境整治&nbsp;&nbsp;项目编码：440300-2020-0012</p>
<table border="1">
<tr><td>主管部门</td><td colspan="2">合肥市农业农村局</td><td>实施单位</td><td>合肥市农村环境服务中心</td></tr>
<tr><td rowspan="3">项目资金<br>（万元）</td><td>年度资金总额</td><td colspan="3">1,200.50</td></tr>
<tr><td>其中：财政拨款</td><td colspan="3">1,000.50</td></tr>
<tr><td>其他资金</td><td colspan="3">200</td></tr>
${INDICATORS}
</table>
<div class="footer">主办单位：某市财政局</div></body></html>`;
    const [table, ...rest] = await read(new TextEncoder().encode(html));
    expect(rest).toEqual([]);
    expect(table!.project).toMatchObject({
      name: '农村人居环境整治',
      code: '440300-2020-0012',
      year: 2020,
      department: '合肥市农业农村局',
      unit: '合肥市农村环境服务中心',
      amount: { currentYear: '12005000.00', fiscal: '10005000.00', other: '2000000.00' },
    });
    expect(table!.framework).toBe('cn-2021');
    expect(
      table!.indicators.map((i) => [i.level1Label, i.level2Label, i.name, i.target.raw]),
    ).toEqual([
      ['产出指标', '数量指标', '改造农村户厕', '≥3000户'],
      ['产出指标', '数量指标', '新建污水处理设施', '12座'],
      ['产出指标', '质量指标', '验收合格率', '100%'],
      ['满意度指标', '服务对象满意度指标', '村民满意度', '≥90%'],
    ]);
    expect(table!.indicators[1]!.at).toEqual({ table: 1, row: 7 });
    expect(table!.warnings).toEqual([]);
  });

  it('reads an Excel "web page" saved as .xls in GB2312, conditional comments and all', async () => {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Excel.Sheet>
<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet>
<x:Name>绩效目标</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]-->
<style>.xl65{mso-number-format:"\\@";}</style></head>
<body link=blue vlink=purple>
<table x:str border=0 cellpadding=0 cellspacing=0 width=700 style='border-collapse:collapse'>
<col width=100 span=5>
<tr height=30><td colspan=5 class=xl65>项目绩效目标表</td></tr>
<tr><td colspan=5>（2019年）</td></tr>
<tr><td>项目名称</td><td colspan=4>基层医疗卫生服务能力提升</td></tr>
<tr><td>项目总金额</td><td x:num="27890645">27,890,645.00</td><td></td><td>其他资金</td><td x:num>0.00</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td><td>目标值来源</td></tr>
<tr><td rowspan=2>产出目标</td><td>数量</td><td>开展健康义诊</td><td>≥24场</td><td>年度计划</td></tr>
<tr><td>时效</td><td>完成时间</td><td>2019年12月</td><td>年度计划</td></tr>
<tr><td>效果目标</td><td>满意度</td><td>群众满意度</td><td>≧90％</td><td>满意度调查</td></tr>
<![if supportMisalignedColumns]><tr height=0 style='display:none'><td width=100></td></tr><![endif]>
</table></body></html>`;
    const [table] = await read(encodeGb18030(html), '绩效目标.xls');
    expect(table!.project).toMatchObject({
      name: '基层医疗卫生服务能力提升',
      year: 2019,
      amount: { total: '27890645.00', other: '0.00' },
    });
    expect(table!.framework).toBe('cn-2019');
    expect(table!.indicators.map((i) => [i.level2, i.name])).toEqual([
      ['quantity', '开展健康义诊'],
      ['timeliness', '完成时间'],
      ['satisfaction', '群众满意度'],
    ]);
    expect(table!.indicators[2]!.target).toMatchObject({ op: '>=', value: 90, unit: '%' });
  });

  it('reads a layout table that wraps the real tables as flowing text', () => {
    const blocks = htmlBlocks(`<table><tr><td>
      <p>项目名称：甲</p><table><tr><td>一级指标</td><td>二级指标</td></tr></table>
    </td></tr></table>`);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table']);
    expect(blocks[0]).toMatchObject({ text: '项目名称：甲', at: { paragraph: 1 } });
  });

  it('shows what form controls show: a text input value and the chosen option', () => {
    const blocks =
      htmlBlocks(`<table><tr><td>项目名称</td><td><input type="text" value="甲项目"></td>
      <td><select><option>一般性项目支出</option><option selected>专项性项目支出</option></select></td></tr></table>`);
    expect(blocks[0]).toMatchObject({ kind: 'table' });
    const cells = blocks[0]!.kind === 'table' ? blocks[0]!.rows[0]!.cells.map((c) => c.text) : [];
    expect(cells).toEqual(['项目名称', '甲项目', '专项性项目支出']);
  });

  it('reads deep nesting without recursion, and refuses nesting no page has', async () => {
    const deep = `${'<div>'.repeat(4000)}项目名称：深${'</div>'.repeat(4000)}`;
    expect(htmlBlocks(deep)).toEqual([
      { kind: 'paragraph', text: '项目名称：深', at: { paragraph: 1 } },
    ]);
    const hostile = `<table>${'<div>'.repeat(200_000)}一级指标</table>`;
    const result = await readTargetTables(new TextEncoder().encode(hostile), { file: 'deep.html' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('tooDeep');
      expect(result.error.text.zh).toContain('“deep.html”的标签嵌套超过 5000 层');
    }
  });
});

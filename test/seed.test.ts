import { describe, expect, it } from 'vitest';
import { sameTargetValue } from '../src/core/value/compare.js';
import { canonicalNotation } from '../src/core/value/format.js';
import { parseTargetValue } from '../src/core/value/parse.js';
import { readSeed } from './support/seed.js';

describe('the 2019 Shenzhen seed table', () => {
  it('reads 164 indicators with the counts per category of the source', async () => {
    const table = await readSeed();
    const counts: Record<string, number> = {};
    for (const i of table.indicators)
      counts[i.level2Label ?? '?'] = (counts[i.level2Label ?? '?'] ?? 0) + 1;
    expect(table.indicators).toHaveLength(164);
    expect(counts).toEqual({ 数量: 47, 质量: 39, 时效: 38, 经济效益: 2, 社会效益: 13, 满意度: 25 });
    expect(table.framework).toBe('cn-2019');
  });

  it('reads every fact of the header block, amounts as exact decimals', async () => {
    const { project } = await readSeed();
    expect(project).toMatchObject({
      name: '科学技术普及',
      year: 2019,
      unit: '深圳市科学技术协会(本级)',
      department: '深圳市科学技术协会',
      type: '一般性项目支出',
      fundUse: '业务类',
      startDate: '2019-01-01',
      endDate: '2019-12-31',
      amount: {
        total: '27890645.00',
        currentYear: '27890645.00',
        fiscal: '27890645.00',
        other: '0.00',
      },
    });
    expect(project.overview).toMatch(/^按照习近平总书记/);
    expect(project.purpose).toMatch(/^围绕科协组织/);
    expect(project.longTermGoal).toMatch(/深化改革取得阶段性成果。$/);
    expect(project.annualGoal).toMatch(/科技工作者之家”。$/);
  });

  it('makes no indicator of the floating 产出目标/效果目标 labels or page-break lines', async () => {
    const table = await readSeed();
    const lines = table.indicators.map((i) => i.at.line);
    for (const line of [30, 52, 74, 75, 76, 95, 116, 140, 164, 165, 166, 191])
      expect(lines).not.toContain(line);
    expect(table.indicators.map((i) => i.name)).not.toContain('产出目标');
    expect(table.warnings).toEqual([]);
  });

  it('infers level 1 from level 2 and keeps the floating labels as written', async () => {
    const table = await readSeed();
    const at = (line: number) => table.indicators.find((i) => i.at.line === line)!;
    expect(at(20)).toMatchObject({
      level1: 'output',
      level2: 'quantity',
      level1Label: '产出目标',
      level2Label: '数量',
    });
    expect(at(153)).toMatchObject({
      level1: 'outcome',
      level2: 'economic',
      level1Label: '效果目标',
    });
    expect(at(171)).toMatchObject({
      level1: 'satisfaction',
      level2: 'satisfaction',
      level1Label: '效果目标',
    });
  });

  it('reads rows that lost their first column after a page break', async () => {
    const table = await readSeed();
    const row31 = table.indicators.find((i) => i.at.line === 31)!;
    expect(row31).toMatchObject({
      level2Label: '数量',
      name: '市青年科技奖获奖者数量',
      source: '深府（2016）87号文',
    });
    expect(row31.target).toMatchObject({ kind: 'number', value: 8, unit: '个' });
  });

  it('parses the target values people wrote', async () => {
    const table = await readSeed();
    const target = (line: number) => table.indicators.find((i) => i.at.line === line)!.target;
    expect(target(20)).toMatchObject({
      kind: 'number',
      op: '=',
      value: 6,
      unit: '场',
      implicit: true,
    });
    expect(target(53)).toMatchObject({ kind: 'number', op: '>=', value: 60, unit: '人' });
    expect(target(37)).toMatchObject({
      kind: 'number',
      op: '>=',
      value: 10,
      unit: '场',
      subject: '开展活动数量',
    });
    expect(target(62)).toMatchObject({ kind: 'number', op: '≈', value: 20, unit: '个' });
    expect(target(63)).toMatchObject({
      kind: 'compound',
      parts: [
        { value: 1, unit: '本' },
        { value: 20, unit: '个' },
      ],
    });
    expect(target(80)).toMatchObject({ kind: 'boolean', value: true });
    expect(target(112)).toMatchObject({ kind: 'date', op: '<=', value: '2019-12-31' });
    expect(target(115)).toMatchObject({ kind: 'text', level: 'timely' });
    expect(target(124)).toMatchObject({ kind: 'date', value: '2019-12-31' });
    expect(target(146)).toMatchObject({
      kind: 'compound',
      parts: [{ kind: 'date' }, { kind: 'text', raw: '部分课题需跨年完成' }],
    });
    expect(target(152)).toMatchObject({ kind: 'number', op: '>=', value: 95, unit: '%' });
    expect(target(154)).toMatchObject({ kind: 'number', value: 1, unit: '起' });
    expect(target(172)).toMatchObject({
      kind: 'number',
      op: '>=',
      value: 90,
      unit: '%',
      raw: '≧90%',
    });
    expect(target(33)).toMatchObject({ kind: 'number', value: 3, unit: null });
  });

  it('writes every target in canonical notation that reads back the same', async () => {
    const table = await readSeed();
    for (const i of table.indicators) {
      const text = canonicalNotation(i.target);
      expect(
        sameTargetValue(parseTargetValue(text, { year: 2019 }), i.target),
        `${i.target.raw} → ${text}`,
      ).toBe(true);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { readTargetFile } from '../../src/io/read.js';
import { countsByLabel, named, readFixture } from './support.js';

describe('PDF fixtures', () => {
  it('guangzhou-2021-two-pages: one table over two pages, wrapped names, centred categories', async () => {
    const [table, ...rest] = await readFixture('pdf/guangzhou-2021-two-pages.pdf');
    expect(rest).toEqual([]);
    expect(table!.framework).toBe('cn-2019');
    expect(table!.project).toMatchObject({
      name: '社区居家养老服务',
      year: 2021,
      unit: '广州市老人院',
      department: '广州市民政局',
      startDate: '2021-01-01',
      endDate: '2021-12-31',
      amount: {
        total: '18605000.00',
        currentYear: '18605000.00',
        fiscal: '18000000.00',
        other: '605000.00',
      },
      annualGoal: '为全市困难老年人提供居家养老服务，服务质量和满意度稳步提升。',
    });
    expect(countsByLabel(table!)).toEqual({
      数量: 15,
      质量: 3,
      时效: 2,
      成本: 1,
      社会效益: 2,
      可持续影响: 1,
      满意度: 2,
    });
    const wrapped = named(table!, '第13片区居家养老服务对象人数（含失能、半失能及高龄独居老人）');
    expect(wrapped).toMatchObject({
      level1Label: '产出目标',
      level2Label: '数量',
      source: '《广州市居家养老服务资助办法》',
      target: { op: '>=', value: 600, unit: '人' },
      at: { page: 1 },
    });
    // The first row on page 2 continues the 质量 group from page 1.
    expect(named(table!, '护理员持证上岗率')).toMatchObject({
      level2Label: '质量',
      source: '《养老护理员国家职业技能标准》',
      at: { page: 2 },
    });
    expect(named(table!, '困难老年人生活质量')).toMatchObject({
      level1: 'outcome',
      level1Label: '效果目标',
      level2Label: '社会效益',
    });
    expect(named(table!, '家属满意度').target).toMatchObject({ value: 90, unit: '%' });
    expect(table!.warnings).toEqual([]);
  });

  it('scan-image-only: a PDF without a text layer is refused with a message saying so', async () => {
    const result = await readTargetFile('test/fixtures/pdf/scan-image-only.pdf');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('pdfNoText');
    expect(result.error.text.zh).toContain('“scan-image-only.pdf”没有文字层');
    expect(result.error.text.en).toContain('has no text layer');
  });
});

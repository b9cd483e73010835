/**
 * A generated corpus of realistic target tables of every framework, for benchmarks and
 * property tests. Deterministic: `generateTables(n, seed)` is the same everywhere.
 */

import {
  FRAMEWORKS,
  type Framework,
  type FrameworkId,
} from '../../src/core/framework/frameworks.js';
import { formatYuan, parseAmount } from '../../src/core/money/money.js';
import {
  type Indicator,
  TARGET_TABLE_FORMAT,
  type TargetTable,
} from '../../src/core/table/target-table.js';
import { parseTargetValue } from '../../src/core/value/parse.js';
import { Random } from './random.js';

const UNITS = [
  '深圳市科学技术协会',
  '成都市教育局',
  '武汉市卫生健康委员会',
  '合肥市农业农村局',
  '杭州市民政局',
];
const PROJECTS = [
  '科学技术普及',
  '基层医疗卫生服务能力提升',
  '农村人居环境整治',
  '义务教育学校改薄',
  '社区养老服务补贴',
];
const ACTIVITIES = [
  '科普活动',
  '培训班',
  '专家论证会',
  '巡回展览',
  '健康义诊',
  '技术指导',
  '宣传活动',
  '督导检查',
];
const SOURCES = [
  '《深圳市全民科学素质行动计划纲要实施方案（2017—2020年）》（深府函〔2017〕56号）',
  '项目年度工作计划',
  '历史标准',
  '行业标准',
  '财预〔2021〕101号',
  '满意度调查结果',
];

type Maker = (r: Random, year: number) => { name: string; raw: string };

const MAKERS: Readonly<Record<string, readonly Maker[]>> = {
  quantity: [
    (r) => ({ name: `举办${r.pick(ACTIVITIES)}场次`, raw: `${r.int(1, 40)}场` }),
    (r) => ({
      name: `${r.pick(ACTIVITIES)}参加人数`,
      raw: `${r.pick(['≥', '不少于', ''])}${r.int(50, 5000)}人${r.pick(['', '次'])}`,
    }),
    (r) => ({ name: `覆盖社区数量`, raw: `${r.int(5, 60)}个以上` }),
    (r) => ({ name: `印发宣传资料`, raw: `${r.int(1, 3)}-${r.int(4, 9)}万份` }),
    (r) => ({ name: `培训课时`, raw: `约${r.int(20, 200)}课时` }),
  ],
  quality: [
    (r) => ({
      name: `${r.pick(ACTIVITIES)}验收合格率`,
      raw: `${r.pick(['≥', '≧', ''])}${r.int(85, 100)}%`,
    }),
    (r) => ({ name: `资料归档完整率`, raw: `达${r.int(90, 100)}%以上` }),
    (r) => ({ name: `是否按规定使用资金`, raw: r.pick(['是', '符合相关规定']) }),
  ],
  timeliness: [
    (r, y) => ({ name: `${r.pick(ACTIVITIES)}完成时间`, raw: `${y}年${r.int(6, 12)}月` }),
    (r, y) => ({ name: `资金拨付及时率`, raw: r.pick(['100%', '及时', `${y}年12月31日前`]) }),
    (r) => ({ name: `项目完成时限`, raw: r.pick(['本年内完成', '12月底前', '按月安排']) }),
  ],
  cost: [
    (r) => ({ name: `${r.pick(ACTIVITIES)}成本`, raw: `≤${r.int(5, 300)}万元` }),
    (r) => ({ name: `人均培训成本`, raw: `不超过${r.int(200, 2000)}元` }),
  ],
  economic: [(r) => ({ name: `带动相关产业产值`, raw: `提升${r.int(1, 20)}%` })],
  social: [
    (r) => ({ name: `服务群众人次`, raw: `${r.int(1, 5)}-${r.int(6, 20)}万人次` }),
    (r) => ({
      name: `公众科学素质水平`,
      raw: r.pick(['明显提升', '逐步提高', `提高${r.int(1, 5)}个百分点`]),
    }),
  ],
  ecological: [(r) => ({ name: `垃圾分类覆盖率`, raw: `≥${r.int(60, 100)}%` })],
  sustainability: [(r) => ({ name: `长效管理机制`, raw: r.pick(['建立健全', '持续发挥作用']) })],
  satisfaction: [
    (r) => ({
      name: `服务对象满意度`,
      raw: `${r.pick(['≥', '≧', '不低于', ''])}${r.int(80, 98)}%`,
    }),
    (r) => ({ name: `参训人员满意度`, raw: `满意率${r.int(85, 95)}%以上` }),
  ],
};

function makeIndicators(framework: Framework, r: Random, year: number): Indicator[] {
  const indicators: Indicator[] = [];
  for (const group of framework.groups) {
    for (const category of group.categories) {
      const makers = MAKERS[category.level2] ?? [];
      const count = category.required ? r.int(1, 6) : r.chance(0.4) ? r.int(1, 3) : 0;
      for (let k = 0; k < count && makers.length > 0; k += 1) {
        const { name, raw } = r.pick(makers)(r, year);
        indicators.push({
          level1: category.level1,
          level2: category.level2,
          level1Label: group.label,
          level2Label: category.label,
          name,
          target: parseTargetValue(raw, { year }),
          source: r.pick(SOURCES),
          actual: null,
          weight: null,
          score: null,
          at: {},
        });
      }
    }
  }
  return indicators;
}

/** One generated table. */
export function generateTable(
  r: Random,
  framework: FrameworkId = r.pick(['cn-2019', 'cn-2021'] as const),
): TargetTable {
  const year = r.int(2019, 2026);
  const fiscal = parseAmount(`${r.int(10, 5000)}.${r.int(0, 99)}万元`, '元')!;
  const other = parseAmount(`${r.int(0, 200)}万元`, '元')!;
  const total = formatYuan((fiscal + other) as typeof fiscal);
  return {
    format: TARGET_TABLE_FORMAT,
    framework,
    project: {
      name: `${r.pick(PROJECTS)}${r.int(1, 99)}号项目`,
      year,
      unit: r.pick(UNITS),
      department: r.pick(UNITS),
      type: '一般性项目支出',
      fundUse: '业务类',
      startDate: `${year}-01-01`,
      endDate: `${year}-12-31`,
      amount: { total, currentYear: total, fiscal: formatYuan(fiscal), other: formatYuan(other) },
      overview: '围绕年度重点工作组织实施。',
      purpose: '保障项目顺利实施。',
      longTermGoal: '服务能力进一步提升。',
      annualGoal: '完成年度各项任务。',
    },
    indicators: makeIndicators(FRAMEWORKS[framework], r, year),
    execution: null,
    warnings: [],
  };
}

/** `count` tables from `seed`. */
export function generateTables(count: number, seed = 20190101): TargetTable[] {
  const r = new Random(seed);
  return Array.from({ length: count }, () => generateTable(r));
}

/** A table as tab-separated text in the seed's layout, for reader benchmarks. */
export function toTabText(table: TargetTable): string {
  const p = table.project;
  const head = [
    '项目绩效目标表',
    `(${p.year}年)`,
    `实施单位：${p.unit}\t\t主管单位：${p.department}`,
    `项目名称\t${p.name}`,
    `计划开始日期\t${p.startDate}\t\t计划完成日期\t${p.endDate}`,
    `项目总金额\t${p.amount.total}\t\t本年度项目金额\t${p.amount.currentYear}`,
    `财政拨款资金\t${p.amount.fiscal}\t\t其他资金\t${p.amount.other}`,
    '一级指标\t二级指标\t三级指标\t指标值\t目标值来源',
  ];
  const rows = table.indicators.map(
    (i) => `${i.level1Label}\t${i.level2Label}\t${i.name}\t${i.target.raw}\t${i.source ?? ''}`,
  );
  return [...head, ...rows].join('\n');
}

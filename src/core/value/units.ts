/**
 * Units of measure seen in target tables, and what kind of quantity each one measures.
 * Review rules ask "is this a count, money, a share, a duration?"; scoring needs none of it.
 */

export type UnitClass = 'count' | 'money' | 'percent' | 'duration' | 'size' | 'other';

const COUNT = [
  '个',
  '次',
  '场',
  '场次',
  '人',
  '人次',
  '名',
  '家',
  '项',
  '本',
  '篇',
  '起',
  '件',
  '份',
  '期',
  '批',
  '套',
  '台',
  '所',
  '户',
  '部',
  '册',
  '辆',
  '座',
  '条',
  '张',
  '幅',
  '门',
  '课时',
  '学时',
  '节',
  '处',
  '栋',
  '间',
  '床',
  '例',
  '株',
  '头',
  '只',
  '盏',
  '块',
  '根',
  '组',
  '队',
  '届',
  '轮',
  '类',
  '种',
  '款',
  '支',
  '首',
  '集',
  '段',
  '点',
  '位',
  '户次',
  '批次',
  '架次',
  '趟',
  '册次',
  '篇次',
  '项次',
  '人天',
  '人日',
  '单',
  '宗',
  '笔',
  '封',
  '卷',
  '页',
  '版',
  '课',
  '讲',
  '堂',
  '班',
  '届次',
  '座次',
];

const MONEY = ['元', '万元', '亿元', '千元', '百万元'];
const DURATION = ['天', '日', '工作日', '个工作日', '小时', '分钟', '秒', '周', '个月', '月', '年'];
const SIZE = [
  '平方米',
  '平方公里',
  '平米',
  '㎡',
  '公里',
  '千米',
  '米',
  '亩',
  '公顷',
  '吨',
  '千克',
  '公斤',
  '立方米',
  '万立方米',
  '万吨',
  '千瓦',
  '兆瓦',
  '度',
  '千瓦时',
  '万千瓦时',
];

const CLASS_OF = new Map<string, UnitClass>();
for (const u of COUNT) CLASS_OF.set(u, 'count');
for (const u of MONEY) CLASS_OF.set(u, 'money');
for (const u of DURATION) CLASS_OF.set(u, 'duration');
for (const u of SIZE) CLASS_OF.set(u, 'size');
CLASS_OF.set('%', 'percent');
CLASS_OF.set('‰', 'percent');
CLASS_OF.set('个百分点', 'percent');

/** Every known unit, longest first, so that a scan takes `万人次` before `人次`; counts and sizes also with 万 (万亩). */
export const KNOWN_UNITS: readonly string[] = [...CLASS_OF.keys()]
  .flatMap((u) => (CLASS_OF.get(u) === 'count' || CLASS_OF.get(u) === 'size' ? [u, `万${u}`] : [u]))
  .sort((a, b) => b.length - a.length);

/** The class of a unit, reading through a 万/亿 multiplier (`万人次` is a count). */
export function unitClass(unit: string | null | undefined): UnitClass | null {
  if (unit === null || unit === undefined || unit === '') return null;
  const direct = CLASS_OF.get(unit);
  if (direct !== undefined) return direct;
  const stripped = unit.replace(/^[万亿千百]/, '');
  return CLASS_OF.get(stripped) ?? 'other';
}

/** Single characters that follow a number but are not units (`1等奖`, `3年以上`, `5个以上` are). */
export const NOT_A_UNIT = new Set([
  '的',
  '以',
  '及',
  '左',
  '约',
  '不',
  '或',
  '和',
  '与',
  '至',
  '到',
  '等',
  '之',
  '上',
  '下',
  '内',
  '前',
  '后',
  '中',
  '多',
  '余',
  '来',
]);

/**
 * The reviewer's vocabulary: what an indicator name says it measures. Names are free text, so
 * these are word patterns, chosen on real tables (the seed) and kept narrow: a rule that fires
 * on a sound row is a defect too.
 */

/** Punctuation and spaces that do not change which indicator a name means. */
const NOISE = /[\s，,。.；;：:、“”"'‘’（）()【】[\]《》<>〈〉!！?？·~～\-—_/\\|]+/g;

/**
 * The name as a key for finding duplicates: width folded, punctuation and spaces dropped.
 * @example nameKey('资助的科普活动（工作）达标率 ') // '资助的科普活动工作达标率'
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(NOISE, '').toLowerCase();
}

/**
 * A looser key: also drops the particle 的 that people add or leave out when they copy a row,
 * so 资助科普活动工作达标率 meets 资助的科普活动工作达标率. Content words stay: 工作会议 and 会议
 * are different meetings.
 */
export function nearKey(key: string): string {
  return key.replace(/的/g, '');
}

/** A ratio (of a name key): 合格率, 覆盖率, 占比. 满意度 is a ratio too, but has its own words below. */
export function isRateName(key: string): boolean {
  return /(?:率|比例|比重|占比|百分比)(?:指标)?$/.test(key);
}

/** A count of things (of a name key): 人数, 场次, 数量. */
export function isCountName(key: string): boolean {
  return /(?:数量|次数|人数|人次|场次|个数|户数|家数|件数|篇数|项数|册数|期数|台数|套数|总数|数目|批次|届数)$/.test(
    key,
  );
}

/** A question answered 是/否: 是否按标准支出. */
export function isQuestionName(name: string): boolean {
  return name.includes('是否');
}

/** An amount of money (of a name key): 差旅费, 项目资金, 人均培训成本. */
export function isMoneyName(key: string): boolean {
  if (isQuestionName(key) || isRateName(key)) return false;
  return /(?:费|经费|资金|金额|成本|费用|支出|投资额?|补助|补贴|奖金|奖补|预算|款项?|单价|造价)(?:标准|总额|额度|数额|总计)?$/.test(
    key,
  );
}

/** A satisfaction measure: 满意度, 满意率. */
export function isSatisfactionName(name: string): boolean {
  return name.includes('满意');
}

/** A measure of approval that belongs with satisfaction: 满意度, 好评率, 认可率. */
export function isApprovalMeasure(text: string): boolean {
  return /满意|好评率|认可率|认可度/.test(text);
}

/** A name that states its own measure word, so a % value can say "of what": rates, shares, changes. */
export function namesARatio(name: string): boolean {
  return /率|比例|比重|占比|百分比|满意|程度|水平|指数|增长|增幅|增速|提高|提升|下降|降低|减少|增加|覆盖|达标|完成度|达成度|到位|认可|知晓|普及/.test(
    name,
  );
}

/**
 * Indicators whose bigger value is worse: with `≥` they read as a wish for more failures.
 * DOMAIN.md, 适当性: "a suspicious direction".
 */
export function isLowerBetterName(name: string): boolean {
  return /投诉|事故|差错|故障|失误|违规|违纪|违法|超支|损失|发生率|死亡|伤亡|不合格|返工|延误|逾期|偏差率|误差|流失|缺陷|隐患/.test(
    name,
  );
}

/** Indicators (name keys) whose bigger value is better: with `≤` they cap success (稳定运行率 ≤99%). */
export function isHigherBetterName(key: string): boolean {
  if (isLowerBetterName(key)) return false;
  return /(?:满意度|满意率|合格率|达标率|完成率|覆盖率|运行率|出席率|通过率|知晓率|及时率|到位率|执行率|利用率|使用率|参与率|优良率|正确率|准确率|完好率|验收率|入驻率|就业率|普及率|达成率|成活率|存活率|保存率|完工率|建成率|入学率|巩固率|治愈率|接种率|处置率|处理率|回收率|清运率|修复率|出勤率|参保率|兑现率|发放率|拨付率)$/.test(
    key,
  );
}

/** Shortens a quoted text so a message stays readable: the first `max` characters and …. */
export function quote(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max).join('')}…`;
}

/**
 * An ISO date as a form writes it.
 * @example chineseDate('2019-12-31') // '2019年12月31日'
 */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

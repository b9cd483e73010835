/**
 * Sources of target values (目标值来源, 相关性 and 完整性): the same document cited with
 * different numbers, one document number written with different brackets, citations cut off
 * mid-title, and sources that are no basis for a target (根据实际情况报销, a certificate).
 */

import { describeLocation } from '../../table/location.js';
import type { IndicatorFacts } from '../context.js';
import { quote } from '../names.js';
import type { RuleDefinition } from '../rule.js';

/** A document number: issuer code, year in brackets, serial — 深财教函【2011】1441号. */
const CITATION =
  /([\u4e00-\u9fff]{1,12})\s*([〔【[（(［〖])\s*((?:19|20)\d{2})\s*([〕】\]）)］〗])\s*第?\s*(\d{1,6})\s*号/gu;

/** Words that lead into a citation but are not part of the issuer code. */
const LEAD = /^(?:根据|依据|按照|参照|参考|详见|见|据|按|依|和|及|与|或)/;

/** The bracket style of a citation: GB/T 9704—2012 prints the year in 〔〕. */
type Style = '〔〕' | '【】' | '[]' | '（）';
const STYLE_OF: Readonly<Record<string, Style>> = {
  '〔': '〔〕',
  '【': '【】',
  '〖': '【】',
  '[': '[]',
  '［': '[]',
  '（': '（）',
  '(': '（）',
};

interface Citation {
  readonly code: string;
  readonly year: string;
  readonly serial: string;
  readonly style: Style;
  readonly text: string;
}

interface Cited {
  readonly f: IndicatorFacts;
  readonly citations: readonly Citation[];
  /** The source with every serial blanked: rows that cite "the same thing" share it. */
  readonly template: string;
}

const sources = new WeakMap<readonly IndicatorFacts[], readonly Cited[]>();

/** The citations of every source in the table, read once per review for both citation rules. */
function citedSources(facts: readonly IndicatorFacts[]): readonly Cited[] {
  const cached = sources.get(facts);
  if (cached) return cached;
  const out: Cited[] = [];
  for (const f of facts) {
    const source = f.indicator.source;
    if (!source || !/号/.test(source)) continue;
    const citations: Citation[] = [];
    const template = source
      .replace(CITATION, (text, lead: string, open: string, year: string, _c, serial: string) => {
        const code = lead.replace(LEAD, '');
        citations.push({ code, year, serial, style: STYLE_OF[open] ?? '〔〕', text });
        return `${lead}〔${year}〕#号`;
      })
      .replace(/\s+/g, '')
      .replace(/[。；;，,、]+$/, '');
    if (citations.length > 0) out.push({ f, citations, template });
  }
  sources.set(facts, out);
  return out;
}

const lines = (fs: readonly IndicatorFacts[]): { zh: string; en: string } => {
  const places = fs.map((f) => describeLocation(f.indicator.at));
  return {
    zh: places.map((p) => p.zh || `第${fs[places.indexOf(p)]!.index + 1}项`).join('、'),
    en: places.map((p) => p.en || `indicator ${fs[places.indexOf(p)]!.index + 1}`).join(', '),
  };
};

export const citationNumberConflict: RuleDefinition = {
  id: 'citation-number-conflict',
  category: 'source',
  criterion: 'relevance',
  severity: 'warning',
  title: { zh: '同一文件的文号前后不一', en: 'One document cited with different numbers' },
  explanation: {
    zh: '写法相同的来源引用同一发文机关、同一年份的文件，文号却各不相同（如深财教函【2011】1441号、1461号），至多只有一个是对的，目标值的依据无法核实。',
    en: 'Sources worded alike cite the same issuer and year with different serial numbers (深财教函【2011】1441号 vs 1461号): at most one is right, so the basis cannot be checked.',
  },
  examples: {
    hit: {
      rows: [
        [
          '数量',
          '专家联谊会各类活动',
          '10项',
          '根据深组函【2011】49号文、深财教函【2011】1441号文',
        ],
        [
          '时效',
          '专家联谊会活动完成时间',
          '2019年12月',
          '根据深组函【2011】49号文、深财教函【2011】1461号文',
        ],
      ],
    },
    nearMiss: {
      rows: [
        [
          '数量',
          '专家联谊会各类活动',
          '10项',
          '根据深组函【2011】49号文、深财教函【2011】1441号文',
        ],
        [
          '时效',
          '专家联谊会活动完成时间',
          '2019年12月',
          '根据深组函【2011】49号文、深财教函【2011】1441号文',
        ],
      ],
    },
  },
  check(ctx, report) {
    const groups = new Map<
      string,
      { serials: Map<string, IndicatorFacts[]>; code: string; year: string }
    >();
    for (const { f, citations, template } of citedSources(ctx.facts)) {
      for (const c of citations) {
        const key = `${template}\u0000${c.code}\u0000${c.year}`;
        let group = groups.get(key);
        if (!group) {
          group = { serials: new Map(), code: c.code, year: c.year };
          groups.set(key, group);
        }
        const rows = group.serials.get(c.serial) ?? [];
        if (!rows.includes(f)) rows.push(f);
        group.serials.set(c.serial, rows);
      }
    }
    for (const { serials, code, year } of groups.values()) {
      if (serials.size < 2) continue;
      const parts = [...serials.entries()];
      const zh = parts.map(([n, fs]) => `${n}号（${lines(fs).zh}）`).join('、');
      const en = parts.map(([n, fs]) => `${n} (${lines(fs).en})`).join(', ');
      report({
        indicators: parts.flatMap(([, fs]) => fs.map((f) => f.index)).sort((a, b) => a - b),
        message: {
          zh: `同一依据“${code}〔${year}〕”的文号前后不一：${zh}`,
          en: `The same basis "${code}〔${year}〕" is cited with ${serials.size} different numbers: ${en}`,
        },
        suggestion: {
          zh: `核对原文件，统一为正确文号（如“${code}〔${year}〕${parts[0]![0]}号”）`,
          en: `Check the document and use its one correct number (e.g. "${code}〔${year}〕${parts[0]![0]}号")`,
        },
      });
    }
  },
};

export const citationBracketStyle: RuleDefinition = {
  id: 'citation-bracket-style',
  category: 'format',
  criterion: 'completeness',
  severity: 'info',
  title: { zh: '同一文号括号写法不一', en: 'One document number, several bracket styles' },
  explanation: {
    zh: '同一文号在表中写成〔2016〕、（2016）、[2016] 等不同样式。公文格式（GB/T 9704—2012）规定年份用六角括号〔〕，统一写法便于检索核对。',
    en: 'One document number is written with 〔2016〕, （2016） or [2016] in different rows. Official style (GB/T 9704—2012) puts the year in 〔〕; one style makes it searchable.',
  },
  examples: {
    hit: {
      rows: [
        ['数量', '市青年科技奖候选者数量', '8个', '深府〔2016〕87号文'],
        ['数量', '市青年科技奖获奖者数量', '8个', '深府（2016）87号文'],
      ],
    },
    nearMiss: {
      rows: [
        ['数量', '市青年科技奖候选者数量', '8个', '深府〔2016〕87号文'],
        ['数量', '市青年科技奖获奖者数量', '8个', '深府〔2016〕87号文'],
      ],
    },
  },
  check(ctx, report) {
    const docs = new Map<string, Map<Style, IndicatorFacts[]>>();
    for (const { f, citations } of citedSources(ctx.facts)) {
      for (const c of citations) {
        const key = `${c.code}〔${c.year}〕${c.serial}号`;
        const styles = docs.get(key) ?? new Map<Style, IndicatorFacts[]>();
        const rows = styles.get(c.style) ?? [];
        if (!rows.includes(f)) rows.push(f);
        styles.set(c.style, rows);
        docs.set(key, styles);
      }
    }
    for (const [doc, styles] of docs) {
      if (styles.size < 2) continue;
      const odd = [...styles.entries()].filter(([s]) => s !== '〔〕');
      const zh = [...styles.entries()].map(([s, fs]) => `${s}（${lines(fs).zh}）`).join('、');
      const en = [...styles.entries()].map(([s, fs]) => `${s} (${lines(fs).en})`).join(', ');
      report({
        indicators: odd.flatMap(([, fs]) => fs.map((f) => f.index)).sort((a, b) => a - b),
        message: {
          zh: `文号“${doc}”的括号写法不一：${zh}`,
          en: `The document number "${doc}" is written with different brackets: ${en}`,
        },
        suggestion: { zh: `统一写作“${doc}”`, en: `Write "${doc}" throughout` },
      });
    }
  },
};

/** Paired marks that a cut-off text leaves open: opening mark → closing mark. */
const CLOSE_OF: Readonly<Record<string, string>> = {
  '《': '》',
  '“': '”',
  '（': '）',
  '〔': '〕',
  '【': '】',
};
const OPEN_OF: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CLOSE_OF).map(([open, close]) => [close, open]),
);
const ORDER = Object.keys(CLOSE_OF);
const MARKS = /[《》“”（）〔〕【】]/g;

/**
 * The first mark (in the order 《 “ （ 〔 【) opened and never closed, with the text from where it
 * was opened; null when every mark is closed. Visits only the marks, not every character.
 */
export function unclosedMark(text: string): { mark: string; tail: string } | null {
  const depth: Record<string, number> = {};
  const openedAt: Record<string, number> = {};
  for (const m of text.matchAll(MARKS)) {
    const ch = m[0];
    const open = OPEN_OF[ch];
    if (open === undefined) {
      if (!depth[ch]) openedAt[ch] = m.index;
      depth[ch] = (depth[ch] ?? 0) + 1;
    } else if (depth[open]) depth[open] -= 1;
  }
  const mark = ORDER.find((k) => (depth[k] ?? 0) > 0);
  return mark === undefined ? null : { mark, tail: text.slice(openedAt[mark]) };
}

export const truncatedCitation: RuleDefinition = {
  id: 'truncated-citation',
  category: 'source',
  criterion: 'completeness',
  severity: 'warning',
  title: { zh: '引用不完整（书名号未闭合）', en: 'A truncated citation' },
  explanation: {
    zh: '来源中的“《”“（”等没有闭合，文件名称或文号被截断（常见于跨页、超出字数限制），依据无法查找。',
    en: 'A "《" or "（" in the source is never closed: the title or number was cut off (a page break, a length limit), so the basis cannot be looked up.',
  },
  examples: {
    hit: {
      rows: [
        [
          '数量',
          '开展全市主题性科普展',
          '1次',
          '深圳市人民政府关于印发《深圳市全民科学素质行动计划纲要实施方案',
        ],
      ],
    },
    nearMiss: {
      rows: [
        [
          '数量',
          '开展全市主题性科普展',
          '1次',
          '深圳市人民政府关于印发《深圳市全民科学素质行动计划纲要实施方案（2017—2020年）》的通知（深府函〔2017〕56号）',
        ],
      ],
    },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      const source = f.indicator.source;
      if (!source) continue;
      const open = unclosedMark(source);
      if (!open) continue;
      report({
        indicators: [f.index],
        message: {
          zh: `目标值来源“…${quote(open.tail, 30)}”中的“${open.mark}”没有闭合，引用不完整`,
          en: `The "${open.mark}" in the source "…${quote(open.tail, 30)}" is never closed: the citation is cut off`,
        },
        suggestion: {
          zh: '补全文件名称和文号，如“《文件名称》（发文字号）”',
          en: 'Complete the title and number: "《title》（document number）"',
        },
      });
    }
  },
};

/** Sources that are no basis for a target: a wish, a reimbursement, a piece of evidence. */
const NO_BASIS: ReadonlyArray<readonly [RegExp, 'vague' | 'evidence']> = [
  [
    /根据实际情况|按实际情况|实际情况报销|据实报销|视情况|根据需要|待定|另行确定|以实际为准/,
    'vague',
  ],
  [/证书|发票|签到表|照片|截图|凭证/, 'evidence'],
];

export const sourceNoBasis: RuleDefinition = {
  id: 'source-no-basis',
  category: 'source',
  criterion: 'relevance',
  severity: 'warning',
  title: { zh: '来源不能作为目标值依据', en: 'A source that is no basis for the target' },
  explanation: {
    zh: '目标值来源应说明目标值从何而来：计划标准（文件、规划）、行业标准或历史标准。“根据实际情况报销”说的是开支方式，“获奖证书”是佐证材料，都不是确定目标值的依据。',
    en: 'The source says where the target comes from: a plan, an industry standard or history. "根据实际情况报销" describes how costs are paid and a certificate is evidence; neither sets a target.',
  },
  examples: {
    hit: { rows: [['社会效益', '获得国家级省赛奖项数量', '≥5个', '国赛及省赛证书']] },
    nearMiss: {
      rows: [['社会效益', '获得国家级省赛奖项数量', '≥5个', '历史标准（近三年平均获奖5个）']],
    },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      const source = f.indicator.source;
      if (!source) continue;
      const kind = NO_BASIS.find(([re]) => re.test(source))?.[1];
      if (!kind) continue;
      report({
        indicators: [f.index],
        message:
          kind === 'evidence'
            ? {
                zh: `目标值来源“${quote(source)}”是佐证材料，不是目标值的依据`,
                en: `The source "${quote(source)}" is evidence, not a basis for the target`,
              }
            : {
                zh: `目标值来源“${quote(source)}”不能作为目标值的依据`,
                en: `The source "${quote(source)}" is no basis for the target`,
              },
        suggestion: {
          zh: '写明计划标准（文件名称及文号）、行业标准或历史标准（如近三年实际值）',
          en: 'Give a plan (document and number), an industry standard, or history (e.g. the last three years)',
        },
      });
    }
  },
};

/** The source rule family. */
export const CITATION_RULES: readonly RuleDefinition[] = [
  citationNumberConflict,
  citationBracketStyle,
  truncatedCitation,
  sourceNoBasis,
];

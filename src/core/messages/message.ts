/** A user-facing text, Chinese first. Every message of jixiao is one of these. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export type MessageParams = Readonly<Record<string, string | number | null | undefined>>;

export type Language = 'zh' | 'en';

/** Templates split at their placeholders once: scoring and review render thousands per table. */
const SPLIT = new Map<string, readonly string[]>();
const SPLIT_LIMIT = 5000;

function fill(template: string, params: MessageParams): string {
  let parts = SPLIT.get(template);
  if (parts === undefined) {
    // Odd indexes are placeholder names: "得分 {score}" → ['得分 ', 'score', ''].
    parts = template.split(/\{(\w+)\}/);
    if (SPLIT.size < SPLIT_LIMIT) SPLIT.set(template, parts);
  }
  let out = parts[0]!;
  for (let k = 1; k < parts.length; k += 2) {
    const value = params[parts[k]!];
    out +=
      (value === undefined || value === null ? `{${parts[k]}}` : String(value)) + parts[k + 1]!;
  }
  return out;
}

/**
 * Fills `{name}` placeholders in both languages.
 * @example render({ zh: '文件“{file}”是空的', en: 'File "{file}" is empty' }, { file: 'a.txt' })
 */
export function render(message: Bilingual, params: MessageParams = {}): Bilingual {
  return { zh: fill(message.zh, params), en: fill(message.en, params) };
}

/** "中文 (English)" on one line, for terminals and logs. */
export function both(message: Bilingual): string {
  return `${message.zh} (${message.en})`;
}

/** A user-facing text, Chinese first. Every message of jixiao is one of these. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export type MessageParams = Readonly<Record<string, string | number | null | undefined>>;

export type Language = 'zh' | 'en';

const fill = (template: string, params: MessageParams): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    return value === undefined || value === null ? whole : String(value);
  });

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

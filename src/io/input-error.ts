import {
  type Bilingual,
  type MessageParams,
  READ_MESSAGES,
  type ReadMessageCode,
  render,
} from '../core/messages/index.js';

/**
 * What is wrong with an input file, said so that a person can act on it. Readers throw it;
 * `readTargetTables` turns every other exception into one too, so callers never see a stack.
 */
export class InputError extends Error {
  readonly code: ReadMessageCode;
  readonly params: MessageParams;
  readonly text: Bilingual;

  constructor(code: ReadMessageCode, params: MessageParams = {}) {
    // A detail given in one language only serves both.
    const filled =
      'detail' in params && !('detailEn' in params)
        ? { ...params, detailEn: params.detail }
        : params;
    const text = render(READ_MESSAGES[code], filled);
    super(text.en);
    this.name = 'InputError';
    this.code = code;
    this.params = filled;
    this.text = text;
  }
}

/**
 * A damaged file, said in both languages. The library's own words, when there are any, follow
 * in brackets: they mean little to a filer but let support find the cause.
 */
export function corruptFile(file: string, zh: string, en: string, cause?: unknown): InputError {
  const said =
    cause instanceof Error
      ? cause.message.split('\n')[0]!.slice(0, 160)
      : cause
        ? String(cause)
        : '';
  const note = said === '' ? '' : `（${said}）`;
  return new InputError('corrupt', {
    file,
    detail: `${zh}${note}`,
    detailEn: `${en}${said === '' ? '' : ` (${said})`}`,
  });
}

/** Limits that protect the process from hostile files. */
export interface ReadLimits {
  /** Largest accepted file, in bytes (default 50 MB). */
  readonly maxBytes: number;
  /** Largest total a zip container (XLSX, DOCX) may expand to (default 200 MB). */
  readonly maxExpandedBytes: number;
}

/** 50 MB per file, 200 MB expanded per zip. */
export const DEFAULT_LIMITS: ReadLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxExpandedBytes: 200 * 1024 * 1024,
};

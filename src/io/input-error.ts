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
    const text = render(READ_MESSAGES[code], params);
    super(text.en);
    this.name = 'InputError';
    this.code = code;
    this.params = params;
    this.text = text;
  }
}

/** Limits that protect the process from hostile files. */
export interface ReadLimits {
  /** Largest accepted file, in bytes (default 50 MB). */
  readonly maxBytes: number;
  /** Largest total a zip container (XLSX, DOCX) may expand to (default 200 MB). */
  readonly maxExpandedBytes: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxExpandedBytes: 200 * 1024 * 1024,
};

import { App } from 'antd';
import { useMemo } from 'react';
import type { Bilingual, MessageParams } from '../../core/messages/index.js';
import { errorText } from '../api/http.js';
import { useLanguage, useT } from '../i18n/language.js';

/** Tells the user what happened, in their language: `notify.success(WEB_X.saved)`. */
export interface Notify {
  readonly success: (message: Bilingual, params?: MessageParams) => void;
  readonly info: (message: Bilingual, params?: MessageParams) => void;
  readonly warning: (message: Bilingual, params?: MessageParams) => void;
  /** Any failure, shown as the human sentence of the error. */
  readonly failure: (error: unknown) => void;
}

/** The app's voice for short confirmations and errors (antd message, bound to the language). */
export function useNotify(): Notify {
  const { message } = App.useApp();
  const t = useT();
  const { language } = useLanguage();
  return useMemo(
    () => ({
      success: (m, p) => {
        void message.success(t(m, p));
      },
      info: (m, p) => {
        void message.info(t(m, p));
      },
      warning: (m, p) => {
        void message.warning(t(m, p), 6);
      },
      failure: (error) => {
        void message.error(errorText(error)[language], 8);
      },
    }),
    [message, t, language],
  );
}

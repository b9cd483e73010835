/**
 * The language of the UI: Chinese by default, English on request, remembered on this computer.
 * Every visible text goes through `useT()` with a message from the catalogue (src/core/messages).
 */
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import {
  type Bilingual,
  type Language,
  type MessageParams,
  render,
} from '../../core/messages/index.js';

const STORAGE_KEY = 'jixiao.language';

interface LanguageState {
  readonly language: Language;
  readonly setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState>({
  language: 'zh',
  setLanguage: () => {},
});

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    // Storage can be disabled by policy on office PCs; Chinese is the default then.
    return 'zh';
  }
}

/** Holds the current language and keeps `<html lang>` in step for screen readers. */
export function LanguageProvider({ children }: { readonly children: ReactNode }) {
  const [language, setState] = useState<Language>(storedLanguage);
  const setLanguage = useCallback((next: Language) => {
    setState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered, but still switched for this visit.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/** The current language and its setter. */
export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

/** A translator: `t(WEB_NAV.projects)` → "项目" or "Projects". */
export type Translate = (message: Bilingual, params?: MessageParams) => string;

/** Returns the translator of the current language. */
export function useT(): Translate {
  const { language } = useLanguage();
  return useCallback(
    (message: Bilingual, params?: MessageParams) =>
      params ? render(message, params)[language] : message[language],
    [language],
  );
}

/** Picks the current language's side of a {zh, en} pair (names from core tables). */
export function usePick(): (pair: Bilingual) => string {
  const { language } = useLanguage();
  return useCallback((pair: Bilingual) => pair[language], [language]);
}

/**
 * Like `t`, for names that other parts of the catalogue write in lower case for running text
 * (workflow states, rule categories): as a label on its own they start with a capital in English.
 */
export function useLabel(): (message: Bilingual) => string {
  const { language } = useLanguage();
  return useCallback(
    (message: Bilingual) =>
      language === 'zh' ? message.zh : message.en.charAt(0).toUpperCase() + message.en.slice(1),
    [language],
  );
}

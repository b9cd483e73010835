import { Segmented } from 'antd';
import { WEB_COMMON } from '../../core/messages/index.js';
import { useLanguage, useT } from '../i18n/language.js';

/** 中文 / EN, remembered on this computer. */
export function LanguageSwitch({ dark = false }: { readonly dark?: boolean }) {
  const { language, setLanguage } = useLanguage();
  const t = useT();
  return (
    <Segmented
      size="small"
      className={dark ? 'language-switch language-switch-dark' : 'language-switch'}
      aria-label={t(WEB_COMMON.languageSwitch)}
      value={language}
      onChange={(value) => setLanguage(value === 'en' ? 'en' : 'zh')}
      options={[
        { label: '中文', value: 'zh' },
        { label: 'EN', value: 'en' },
      ]}
    />
  );
}

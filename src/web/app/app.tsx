/**
 * The providers every screen stands on: language, Ant Design (zh_CN by default), the data cache
 * and the router.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router-dom';
import { LanguageProvider, useLanguage } from '../i18n/language.js';
import { queryClient } from './query-client.js';
import { router } from './routes.js';
import { THEME } from './theme.js';

function Localised() {
  const { language } = useLanguage();
  useEffect(() => {
    dayjs.locale(language === 'zh' ? 'zh-cn' : 'en');
  }, [language]);
  return (
    <ConfigProvider
      locale={language === 'zh' ? zhCN : enUS}
      theme={THEME}
      // "提交", not "提 交": buttons read as written (and as tests and screen readers find them).
      button={{ autoInsertSpace: false }}
    >
      <AntApp message={{ top: 60, maxCount: 3 }}>
        <RouterProvider router={router} />
      </AntApp>
    </ConfigProvider>
  );
}

/** The whole app. */
export function App() {
  return (
    <LanguageProvider>
      <QueryClientProvider client={queryClient}>
        <Localised />
      </QueryClientProvider>
    </LanguageProvider>
  );
}

/**
 * The providers every screen stands on: language, Ant Design (zh_CN by default), the data cache
 * and the router.
 */
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router-dom';
import { ApiError } from '../api/http.js';
import { LanguageProvider, useLanguage } from '../i18n/language.js';
import { router } from './routes.js';
import { THEME } from './theme.js';

function makeQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache(),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        // A missing or forbidden thing does not appear by asking again.
        retry: (count, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      },
    },
  });
}

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
  const [client] = useState(makeQueryClient);
  return (
    <LanguageProvider>
      <QueryClientProvider client={client}>
        <Localised />
      </QueryClientProvider>
    </LanguageProvider>
  );
}

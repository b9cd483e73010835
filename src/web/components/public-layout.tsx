/** The frame of pages anyone may open (published tables, surveys): brand, language, sign-in link. */
import { Button, Layout } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { WEB_COMMON, WEB_PUBLIC } from '../../core/messages/index.js';
import { useT } from '../i18n/language.js';
import { LanguageSwitch } from './language-switch.js';

/** The public frame. */
export function PublicLayout({
  children,
  signIn = true,
}: {
  readonly children: ReactNode;
  readonly signIn?: boolean;
}) {
  const t = useT();
  return (
    <Layout className="app-layout">
      <Layout.Header className="app-header">
        <Link to="/public" className="brand">
          <span className="brand-mark">{t(WEB_COMMON.appName)}</span>
          <span className="brand-title">{t(WEB_PUBLIC.title)}</span>
        </Link>
        <span style={{ flex: 1 }} />
        <LanguageSwitch dark />
        {signIn && (
          <Link to="/login">
            <Button type="primary" ghost size="small">
              {t(WEB_PUBLIC.signIn)}
            </Button>
          </Link>
        )}
      </Layout.Header>
      <Layout.Content id="main" className="app-content">
        {children}
      </Layout.Content>
    </Layout>
  );
}

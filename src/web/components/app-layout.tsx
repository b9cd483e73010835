/**
 * The frame of every signed-in screen: a header with the organisation, the role, the language
 * switch and sign-out, the main menu, and the page below. Signed-out visitors go to sign-in,
 * and an expired session sends them there with the way back remembered.
 */
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Layout, Menu, Spin, Tag, Tooltip, Typography } from 'antd';
import { Suspense, useCallback, useEffect, useState } from 'react';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { WEB_COMMON, WEB_NAV, WEB_ROLES } from '../../core/messages/index.js';
import { onSessionExpired } from '../api/http.js';
import { ME_KEY, signOut, useMe } from '../api/session.js';
import type { Me } from '../api/types.js';
import { useT } from '../i18n/language.js';
import { LanguageSwitch } from './language-switch.js';
import { useNotify } from './notify.js';
import { PageLoading } from './page-loading.js';
import { useOrgName } from './use-org-name.js';

const { Header, Content } = Layout;

function menuKey(pathname: string): string {
  if (pathname.startsWith('/projects')) return 'projects';
  if (pathname.startsWith('/import')) return 'import';
  if (pathname.startsWith('/admin')) return 'admin';
  return 'dashboard';
}

function canImport(me: Me): boolean {
  return me.role === 'unit-filer' || me.role === 'admin';
}

/** Notices when any request finds the session gone (401), so the frame can send the user to sign in. */
function useSessionWatch(onExpired: () => void): void {
  const client = useQueryClient();
  useEffect(
    () =>
      onSessionExpired(() => {
        onExpired();
        client.setQueryData(ME_KEY, null);
      }),
    [client, onExpired],
  );
}

function Account({ me, onSignOut }: { readonly me: Me; readonly onSignOut: () => void }) {
  const t = useT();
  const client = useQueryClient();
  const navigate = useNavigate();
  const notify = useNotify();
  const orgName = useOrgName(me);
  const role = WEB_ROLES[me.role as keyof typeof WEB_ROLES];
  return (
    <div className="header-account">
      <Tooltip title={t(WEB_NAV.account)}>
        <span className="header-user">
          <UserOutlined aria-hidden /> {me.displayName || me.username}
        </span>
      </Tooltip>
      {orgName && <span className="header-org">{orgName}</span>}
      <Tag color="blue" className="header-role">
        {role ? t(role) : me.role}
      </Tag>
      <LanguageSwitch dark />
      <Button
        type="text"
        className="header-signout"
        icon={<LogoutOutlined />}
        onClick={async () => {
          onSignOut();
          await signOut(client).catch(() => {});
          notify.success(WEB_NAV.signedOut);
          void navigate('/login');
        }}
      >
        {t(WEB_NAV.signOut)}
      </Button>
    </div>
  );
}

/** The signed-in frame. */
export function AppLayout() {
  const t = useT();
  const location = useLocation();
  const me = useMe();
  // Why the session ended decides where sign-in leads: after signing out the next person starts
  // at the dashboard; after an expiry the same person comes back here, edits restored.
  const [ended, setEnded] = useState<'signed-out' | 'expired' | null>(null);
  // Requests still on their way when the user signs out come back 401: that is no expiry.
  const onExpired = useCallback(() => setEnded((ended) => ended ?? 'expired'), []);
  useSessionWatch(onExpired);
  if (me.isPending) return <PageLoading />;
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    const target =
      ended === 'signed-out'
        ? '/login'
        : `/login?${ended === 'expired' ? 'expired=1&' : ''}next=${encodeURIComponent(next)}`;
    return <Navigate to={target} replace />;
  }
  const user = me.data;
  const items = [
    { key: 'dashboard', label: <Link to="/">{t(WEB_NAV.dashboard)}</Link> },
    { key: 'projects', label: <Link to="/projects">{t(WEB_NAV.projects)}</Link> },
    ...(canImport(user)
      ? [{ key: 'import', label: <Link to="/import">{t(WEB_NAV.import)}</Link> }]
      : []),
    ...(user.role === 'admin'
      ? [{ key: 'admin', label: <Link to="/admin">{t(WEB_NAV.admin)}</Link> }]
      : []),
  ];
  return (
    <Layout className="app-layout">
      <a className="skip-link" href="#main">
        {t(WEB_NAV.skipToContent)}
      </a>
      <Header className="app-header">
        <Link to="/" className="brand" aria-label={t(WEB_COMMON.appTitle)}>
          <span className="brand-mark">{t(WEB_COMMON.appName)}</span>
          <Typography.Text className="brand-title">{t(WEB_COMMON.appTitle)}</Typography.Text>
        </Link>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={[menuKey(location.pathname)]}
          items={items}
          className="app-menu"
          aria-label={t(WEB_NAV.mainMenu)}
        />
        <Account me={user} onSignOut={() => setEnded('signed-out')} />
      </Header>
      <Content id="main" className="app-content" tabIndex={-1}>
        <Suspense fallback={<Spin description={t(WEB_COMMON.loading)} />}>
          <Outlet />
        </Suspense>
      </Content>
    </Layout>
  );
}

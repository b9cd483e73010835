/** 系统管理: organisations, users and roles, rules and scoring profiles (administrators only). */
import { Result, Tabs, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { WEB_ADMIN, WEB_ERRORS } from '../../../core/messages/index.js';
import { useMe } from '../../api/session.js';
import { useT } from '../../i18n/language.js';
import { OrgsPanel } from './orgs-panel.js';
import { ProfilesPanel } from './profiles-panel.js';
import { UsersPanel } from './users-panel.js';
import './admin.css';

/** The admin page. */
export function AdminPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { tab = 'orgs' } = useParams();
  if (me.data?.role !== 'admin') return <Result status="403" title={t(WEB_ERRORS.forbidden)} />;
  return (
    <div>
      <div className="page-header">
        <Typography.Title level={1}>{t(WEB_ADMIN.title)}</Typography.Title>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => void navigate(`/admin/${key}`)}
        items={[
          { key: 'orgs', label: t(WEB_ADMIN.orgs), children: <OrgsPanel /> },
          { key: 'users', label: t(WEB_ADMIN.users), children: <UsersPanel /> },
          { key: 'profiles', label: t(WEB_ADMIN.profiles), children: <ProfilesPanel /> },
        ]}
      />
    </div>
  );
}

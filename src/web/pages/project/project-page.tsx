/**
 * A project: its name, state and facts, the workflow buttons of the caller's role, exports, and
 * the tabs 目标表 · 监控 · 自评 · 历史.
 */
import { Alert, Breadcrumb, Space, Tabs, Typography } from 'antd';
import { lazy, Suspense, useCallback, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { WEB_GRID, WEB_NAV, WEB_PROJECT } from '../../../core/messages/index.js';
import { errorText } from '../../api/http.js';
import { useProject, useProjectFindings, useProjectTable } from '../../api/projects.js';
import { useMe } from '../../api/session.js';
import { PageLoading } from '../../components/page-loading.js';
import { useLanguage, useT } from '../../i18n/language.js';
import { EvaluationButton } from './evaluation/evaluation-drawer.js';
import { ExportMenu } from './export-menu.js';
import './project.css';
import { ProjectFacts } from './project-facts.js';
import { StateTag } from './state-tag.js';
import { TableTab } from './table-tab.js';
import { WorkflowActions } from './workflow-actions.js';

const HistoryTab = lazy(async () => ({
  default: (await import('./history/history-tab.js')).HistoryTab,
}));
const MonitoringTab = lazy(async () => ({
  default: (await import('./monitoring/monitoring-tab.js')).MonitoringTab,
}));
const SelfEvaluationTab = lazy(async () => ({
  default: (await import('./self-evaluation/self-evaluation-tab.js')).SelfEvaluationTab,
}));

const TABS = ['table', 'monitoring', 'self-evaluation', 'history'] as const;
type TabId = (typeof TABS)[number];

/** The project page. */
export function ProjectPage() {
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const { id = '', tab } = useParams();
  const me = useMe();
  const project = useProject(id);
  const table = useProjectTable(id);
  const findings = useProjectFindings(id);
  const [dirty, setDirty] = useState(false);
  const onDirtyChange = useCallback((d: boolean) => setDirty(d), []);
  const active: TabId = (TABS as readonly string[]).includes(tab ?? '') ? (tab as TabId) : 'table';

  if (project.isPending || !me.data) return <PageLoading />;
  if (project.isError)
    return <Alert type="error" showIcon title={errorText(project.error)[language]} />;
  const p = project.data;
  const summary = findings.data?.summary ?? p.findingSummary;

  return (
    <div className="project-page">
      <Breadcrumb
        className="no-print"
        items={[{ title: <Link to="/projects">{t(WEB_NAV.projects)}</Link> }, { title: p.name }]}
      />
      <div className="page-header project-header">
        <Space size={10} wrap align="center">
          <Typography.Title level={1} className="project-title">
            {p.name}
          </Typography.Title>
          <StateTag state={p.state} />
          <span className="project-meta">
            {p.orgName} · {p.year ?? ''} · {t(WEB_PROJECT.version, { n: p.version })} ·{' '}
            {t(WEB_PROJECT.indicators, { n: p.indicatorCount })}
          </span>
          {summary && (
            <span className="project-meta" data-testid="server-summary">
              {t(WEB_GRID.summary, { ...summary })}
            </span>
          )}
        </Space>
        <Space wrap size={6} className="no-print">
          <WorkflowActions
            project={p}
            role={me.data.role}
            dirty={dirty}
            errors={summary?.error ?? 0}
          />
          <ExportMenu projectId={p.id} projectName={p.name} />
          <EvaluationButton projectId={p.id} projectName={p.name} />
        </Space>
      </div>
      {table.data && <ProjectFacts table={table.data.table} />}
      <Tabs
        activeKey={active}
        onChange={(key) => void navigate(`/projects/${id}${key === 'table' ? '' : `/${key}`}`)}
        className="project-tabs"
        destroyOnHidden={false}
        items={[
          {
            key: 'table',
            label: t(WEB_PROJECT.tabTable),
            children: <TableTab project={p} me={me.data} onDirtyChange={onDirtyChange} />,
          },
          {
            key: 'monitoring',
            label: t(WEB_PROJECT.tabMonitoring),
            children: active === 'monitoring' && (
              <Suspense fallback={<PageLoading />}>
                <MonitoringTab project={p} me={me.data} />
              </Suspense>
            ),
          },
          {
            key: 'self-evaluation',
            label: t(WEB_PROJECT.tabSelfEvaluation),
            children: active === 'self-evaluation' && (
              <Suspense fallback={<PageLoading />}>
                <SelfEvaluationTab project={p} me={me.data} />
              </Suspense>
            ),
          },
          {
            key: 'history',
            label: t(WEB_PROJECT.tabHistory),
            children: active === 'history' && (
              <Suspense fallback={<PageLoading />}>
                <HistoryTab project={p} />
              </Suspense>
            ),
          },
        ]}
      />
    </div>
  );
}

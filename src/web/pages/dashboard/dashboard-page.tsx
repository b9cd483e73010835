/**
 * 工作台: the totals and my tasks first (to fill, to fix, to review, to publish), then for
 * reviewers and administrators the portfolio as charts. Totals and charts come from one
 * `GET /api/portfolio` (no project is fetched one by one); every bar leads to the list filtered
 * by the server.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, List, Row, Statistic, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { WEB_DASHBOARD, WEB_PROJECTS } from '../../../core/messages/index.js';
import { errorText } from '../../api/http.js';
import { usePortfolio } from '../../api/portfolio.js';
import { useProjects } from '../../api/projects.js';
import { useMe } from '../../api/session.js';
import { PageLoading } from '../../components/page-loading.js';
import { formatWan } from '../../i18n/format.js';
import { useLanguage, useT } from '../../i18n/language.js';
import { StateTag } from '../project/state-tag.js';
import { TASK_NAMES, tasksOf } from './tasks.js';
import './dashboard.css';

// The charts (and ECharts with them) load only for those who see the portfolio.
const Portfolio = lazy(async () => ({ default: (await import('./portfolio.js')).Portfolio }));

/** The dashboard. */
export function DashboardPage() {
  const t = useT();
  const { language } = useLanguage();
  const me = useMe();
  const projects = useProjects({ pageSize: 500 });
  const portfolio = usePortfolio();
  if (!me.data || projects.isPending || portfolio.isPending) return <PageLoading />;
  if (projects.isError || portfolio.isError)
    return (
      <Alert type="error" showIcon title={errorText(projects.error ?? portfolio.error)[language]} />
    );
  const items = projects.data.items;
  const totals = portfolio.data.projects;
  const role = me.data.role;
  const tasks = tasksOf(items, role);
  const reviewer = role !== 'unit-filer';
  const withErrors = totals.withErrors;
  return (
    <div className="dashboard">
      <div className="page-header">
        <Typography.Title level={1}>
          {t(WEB_DASHBOARD.greeting, { name: me.data.displayName || me.data.username })}
        </Typography.Title>
      </div>
      <Row gutter={[12, 12]}>
        <Col span={6}>
          <Card size="small">
            <Statistic title={t(WEB_DASHBOARD.totalProjects)} value={totals.total} />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small">
            <Statistic
              title={t(WEB_DASHBOARD.totalAmount)}
              value={totals.amountTotal === null ? '—' : formatWan(totals.amountTotal)}
            />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small">
            <Statistic title={t(WEB_DASHBOARD.totalIndicators)} value={totals.indicators} />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small">
            <Link to="/projects?findingSeverity=error">
              <Statistic
                title={t(WEB_DASHBOARD.withErrors)}
                value={withErrors}
                styles={{ content: { color: withErrors ? '#cf1322' : undefined } }}
              />
            </Link>
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title={t(WEB_DASHBOARD.myTasks)}
        className="dashboard-tasks"
        extra={
          role === 'unit-filer' && (
            <Link to="/import">
              <Button type="primary" icon={<PlusOutlined />}>
                {t(WEB_PROJECTS.importTable)}
              </Button>
            </Link>
          )
        }
      >
        {tasks.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              role === 'unit-filer' && items.length === 0
                ? t(WEB_PROJECTS.emptyFiler)
                : t(WEB_DASHBOARD.noTasks)
            }
          />
        ) : (
          <Row gutter={[12, 12]}>
            {tasks.map(([kind, list]) => (
              <Col key={kind} xs={24} md={12} xl={8}>
                <Card
                  size="small"
                  type="inner"
                  title={
                    <span>
                      {t(TASK_NAMES[kind])}{' '}
                      <Tag
                        color={kind === 'toFix' ? 'red' : kind === 'waiting' ? 'default' : 'blue'}
                      >
                        {list.length}
                      </Tag>
                    </span>
                  }
                  data-task={kind}
                >
                  <List
                    size="small"
                    dataSource={list.slice(0, 6)}
                    renderItem={(p) => (
                      <List.Item>
                        <div className="task-item">
                          <Link to={`/projects/${p.id}`} className="task-link" title={p.name}>
                            {p.name}
                          </Link>
                          <span className="task-org">
                            {p.orgName} · {p.year ?? ''} <StateTag state={p.state} />
                          </span>
                        </div>
                      </List.Item>
                    )}
                  />
                </Card>
              </Col>
            ))}
          </Row>
        )}
      </Card>
      {reviewer && totals.total > 0 && (
        <Suspense fallback={<PageLoading />}>
          <Portfolio portfolio={portfolio.data} />
        </Suspense>
      )}
    </div>
  );
}

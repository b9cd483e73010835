/**
 * 工作台: my tasks first (to fill, to fix, to review, to publish), then for reviewers and
 * administrators the portfolio as charts; every bar leads to the filtered project list.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, List, Row, Statistic, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { WEB_DASHBOARD, WEB_PROJECTS } from '../../../core/messages/index.js';
import { addFen, formatYuan, yuanToFen } from '../../../core/money/money.js';
import { errorText } from '../../api/http.js';
import { useProjects } from '../../api/projects.js';
import { useMe } from '../../api/session.js';
import type { Project } from '../../api/types.js';
import { PageLoading } from '../../components/page-loading.js';
import { formatWan } from '../../i18n/format.js';
import { useLanguage, useT } from '../../i18n/language.js';
import { StateTag } from '../project/state-tag.js';
import { TASK_NAMES, tasksOf } from './tasks.js';
import './dashboard.css';

// The charts (and ECharts with them) load only for those who see the portfolio.
const Portfolio = lazy(async () => ({ default: (await import('./portfolio.js')).Portfolio }));

function totalYuan(projects: readonly Project[]): string {
  const amounts = projects.flatMap((p) => {
    const fen = p.amountTotal ? yuanToFen(p.amountTotal) : null;
    return fen === null ? [] : [fen];
  });
  return formatWan(formatYuan(addFen(...amounts)));
}

/** The dashboard. */
export function DashboardPage() {
  const t = useT();
  const { language } = useLanguage();
  const me = useMe();
  const projects = useProjects({ pageSize: 500 });
  if (!me.data || projects.isPending) return <PageLoading />;
  if (projects.isError)
    return <Alert type="error" showIcon title={errorText(projects.error)[language]} />;
  const items = projects.data.items;
  const role = me.data.role;
  const tasks = tasksOf(items, role);
  const reviewer = role !== 'unit-filer';
  const withErrors = items.filter((p) => p.findingSummary.error > 0).length;
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
            <Statistic title={t(WEB_DASHBOARD.totalProjects)} value={projects.data.total} />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small">
            <Statistic title={t(WEB_DASHBOARD.totalAmount)} value={totalYuan(items)} />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small">
            <Statistic
              title={t(WEB_DASHBOARD.totalIndicators)}
              value={items.reduce((n, p) => n + p.indicatorCount, 0)}
            />
          </Card>
        </Col>
        <Col span={6}>
          <Card size="small">
            <Link to="/projects?findings=errors">
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
      {reviewer && items.length > 0 && (
        <Suspense fallback={<PageLoading />}>
          <Portfolio projects={items} />
        </Suspense>
      )}
    </div>
  );
}

/**
 * The portfolio of a reviewer, drawn from one answer of `GET /api/portfolio` however many
 * projects there are: projects by state, findings by severity and by category, grades, the
 * monitoring lights of the latest checkpoints, and a rollup per organisation. A click on a bar,
 * a segment, a slice or an organisation opens the project list filtered to it by the server.
 */
import { Card, Col, Empty, Row, Table } from 'antd';
import { type ReactNode, useCallback, useMemo } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import {
  type Bilingual,
  GRADE_NAMES,
  LIGHT_NAMES,
  REVIEW_MESSAGES,
  WEB_DASHBOARD,
  WEB_GRID,
  WORKFLOW_MESSAGES,
} from '../../../core/messages/index.js';
import type { Light } from '../../../core/monitoring/monitoring-profile.js';
import type { FindingCategory } from '../../../core/review/finding.js';
import type { GradeId } from '../../../core/scoring/scoring-profile.js';
import { PROJECT_STATES } from '../../../core/workflow/states.js';
import type { Portfolio as PortfolioAnswer } from '../../api/portfolio.js';
import { type ChartOption, EChart } from '../../components/echart.js';
import { formatWan } from '../../i18n/format.js';
import { useLanguage, useT } from '../../i18n/language.js';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const STATE_COLOUR: Readonly<Record<string, string>> = {
  draft: '#8c8c8c',
  submitted: '#1d4ed8',
  'department-approved': '#13a8a8',
  approved: '#52c41a',
  published: '#237804',
  returned: '#cf1322',
};
const SEVERITIES = ['error', 'warning', 'info'] as const;
const SEVERITY_COLOUR = { error: '#cf1322', warning: '#fa8c16', info: '#2f54eb' } as const;
const GRADES: readonly GradeId[] = ['excellent', 'good', 'fair', 'poor'];
const LIGHTS: readonly Light[] = ['green', 'yellow', 'red', 'none'];
const LIGHT_COLOUR: Readonly<Record<Light, string>> = {
  green: '#52c41a',
  yellow: '#faad14',
  red: '#cf1322',
  none: '#bfbfbf',
};

function barOption(labels: string[], values: number[], colours: string[]): ChartOption {
  return {
    grid: { left: 8, right: 16, top: 12, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: labels, inverse: true },
    series: [
      {
        type: 'bar',
        data: values.map((value, i) => ({
          value,
          itemStyle: { color: colours[i % colours.length] },
        })),
        barMaxWidth: 22,
        label: { show: true, position: 'right' },
      },
    ],
  };
}

/** One figure of a chart: what it is, its words, its number. */
interface Figure {
  readonly key: string;
  readonly label: string;
  readonly value: number;
}

/**
 * The figures of a chart as a table for screen readers (a canvas says nothing by itself), the
 * same numbers the chart draws.
 */
function ChartData({ caption, figures }: { readonly caption: string; readonly figures: Figure[] }) {
  return (
    <table className="visually-hidden" data-testid="chart-data">
      <caption>{caption}</caption>
      <tbody>
        {figures.map((f) => (
          <tr key={f.key} data-key={f.key}>
            <th scope="row">{f.label}</th>
            <td>{f.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A card of the portfolio holding one chart. */
function ChartCard(props: {
  readonly title: string;
  readonly hint?: string | undefined;
  readonly extra?: string | undefined;
  readonly children: ReactNode;
  readonly testId: string;
}) {
  return (
    <Card
      size="small"
      type="inner"
      data-testid={props.testId}
      title={
        <>
          {props.title}
          {props.hint && <span className="chart-hint">{props.hint}</span>}
        </>
      }
      extra={props.extra && <span className="chart-hint">{props.extra}</span>}
    >
      {props.children}
    </Card>
  );
}

/** The portfolio charts. */
export function Portfolio({ portfolio }: { readonly portfolio: PortfolioAnswer }) {
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const name = useCallback(
    (m: Bilingual) => (language === 'zh' ? m.zh : capitalise(m.en)),
    [language],
  );
  const open = (query: Record<string, string>) =>
    void navigate(`/projects?${new URLSearchParams(query).toString()}`);

  const byState = useMemo(
    () =>
      barOption(
        PROJECT_STATES.map((s) => name(WORKFLOW_MESSAGES.states[s])),
        PROJECT_STATES.map((s) => portfolio.projects.byState[s]),
        PROJECT_STATES.map((s) => STATE_COLOUR[s] ?? '#1d4ed8'),
      ),
    [portfolio, name],
  );

  const severityName = useCallback(
    (s: (typeof SEVERITIES)[number]) =>
      t(
        s === 'error'
          ? WEB_GRID.severityError
          : s === 'warning'
            ? WEB_GRID.severityWarning
            : WEB_GRID.severityInfo,
      ),
    [t],
  );
  const categoryName = useCallback(
    (c: string) =>
      c in REVIEW_MESSAGES.category ? name(REVIEW_MESSAGES.category[c as FindingCategory]) : c,
    [name],
  );
  const bySeverity = useMemo(
    () =>
      barOption(
        SEVERITIES.map(severityName),
        SEVERITIES.map((s) => portfolio.findings.bySeverity[s]),
        SEVERITIES.map((s) => SEVERITY_COLOUR[s]),
      ),
    [portfolio, severityName],
  );
  const categories = portfolio.findings.byCategory;
  const byCategory = useMemo((): ChartOption => {
    return {
      // Drawn at once: a stack redrawn while it animates shows its segments apart for a moment.
      animation: false,
      grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, itemWidth: 12, itemHeight: 10 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        data: categories.map((c) => categoryName(c.category)),
        inverse: true,
      },
      series: SEVERITIES.map((s) => ({
        type: 'bar',
        stack: 'findings',
        name: severityName(s),
        data: categories.map((c) => ({ value: c[s], severity: s, category: c.category })),
        itemStyle: { color: SEVERITY_COLOUR[s] },
        barMaxWidth: 18,
      })),
    };
  }, [categories, categoryName, severityName]);

  const grades = portfolio.grades;
  const graded = GRADES.reduce((n, g) => n + grades[g], 0);
  const gradeOption = useMemo(
    (): ChartOption => ({
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['40%', '68%'],
          center: ['50%', '45%'],
          data: GRADES.map((g) => ({ name: name(GRADE_NAMES[g]), value: grades[g], id: g })),
          label: { formatter: '{b} {c}' },
        },
      ],
      color: ['#237804', '#52c41a', '#fa8c16', '#cf1322'],
    }),
    [grades, name],
  );

  const monitoring = portfolio.monitoring;
  const lightsOption = useMemo((): ChartOption => {
    const rows = [t(WEB_DASHBOARD.budgetLights), t(WEB_DASHBOARD.indicatorLights)];
    return {
      // Drawn at once: a stack redrawn while it animates shows its segments apart for a moment.
      animation: false,
      grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, itemWidth: 12, itemHeight: 10 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows, inverse: true },
      series: LIGHTS.map((l) => ({
        type: 'bar',
        name: name(LIGHT_NAMES[l]),
        data: [monitoring.budget[l], monitoring.indicators[l]],
        itemStyle: { color: LIGHT_COLOUR[l] },
        barMaxWidth: 16,
        label: { show: true, position: 'right' },
      })),
    };
  }, [monitoring, name, t]);

  const hint = t(WEB_DASHBOARD.chartHint);
  return (
    <Card size="small" title={t(WEB_DASHBOARD.portfolio)} data-testid="portfolio">
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <ChartCard title={t(WEB_DASHBOARD.byState)} hint={hint} testId="chart-state">
            <EChart
              option={byState}
              height={220}
              label={t(WEB_DASHBOARD.byState)}
              onClick={({ dataIndex }) => open({ state: PROJECT_STATES[dataIndex]! })}
            />
            <ChartData
              caption={t(WEB_DASHBOARD.byState)}
              figures={PROJECT_STATES.map((s) => ({
                key: s,
                label: name(WORKFLOW_MESSAGES.states[s]),
                value: portfolio.projects.byState[s],
              }))}
            />
          </ChartCard>
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard title={t(WEB_DASHBOARD.bySeverity)} hint={hint} testId="chart-severity">
            <EChart
              option={bySeverity}
              height={220}
              label={t(WEB_DASHBOARD.bySeverity)}
              onClick={({ dataIndex }) => open({ findingSeverity: SEVERITIES[dataIndex]! })}
            />
            <ChartData
              caption={t(WEB_DASHBOARD.bySeverity)}
              figures={SEVERITIES.map((s) => ({
                key: s,
                label: severityName(s),
                value: portfolio.findings.bySeverity[s],
              }))}
            />
          </ChartCard>
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard
            title={t(WEB_DASHBOARD.byCategory)}
            hint={t(WEB_DASHBOARD.categoryHint)}
            testId="chart-category"
          >
            <EChart
              option={byCategory}
              height={280}
              label={t(WEB_DASHBOARD.byCategory)}
              onClick={({ data }) => {
                const d = data as { category?: string; severity?: string } | null;
                if (d?.category && d.severity)
                  open({ findingCategory: d.category, findingSeverity: d.severity });
              }}
            />
            <ChartData
              caption={t(WEB_DASHBOARD.byCategory)}
              figures={categories.flatMap((c) =>
                SEVERITIES.map((s) => ({
                  key: `${c.category}:${s}`,
                  label: `${categoryName(c.category)} · ${severityName(s)}`,
                  value: c[s],
                })),
              )}
            />
          </ChartCard>
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard
            title={t(WEB_DASHBOARD.grades)}
            hint={graded > 0 ? t(WEB_DASHBOARD.sliceHint) : undefined}
            extra={t(WEB_DASHBOARD.gradesBasis, {
              incomplete: grades.incomplete,
              unscored: grades.unscored,
            })}
            testId="chart-grades"
          >
            {graded === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(WEB_DASHBOARD.noGrades)} />
            ) : (
              <EChart
                option={gradeOption}
                height={280}
                label={t(WEB_DASHBOARD.grades)}
                onClick={({ data }) => {
                  const id = (data as { id?: string } | null)?.id;
                  if (id) open({ grade: id });
                }}
              />
            )}
            <ChartData
              caption={t(WEB_DASHBOARD.grades)}
              figures={GRADES.map((g) => ({
                key: g,
                label: name(GRADE_NAMES[g]),
                value: grades[g],
              }))}
            />
          </ChartCard>
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard
            title={t(WEB_DASHBOARD.lights)}
            extra={t(WEB_DASHBOARD.lightsBasis, {
              reported: monitoring.reported,
              missing: monitoring.notReported,
            })}
            testId="chart-lights"
          >
            {monitoring.reported === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(WEB_DASHBOARD.noLights)} />
            ) : (
              <EChart option={lightsOption} height={220} label={t(WEB_DASHBOARD.lights)} />
            )}
            <ChartData
              caption={t(WEB_DASHBOARD.lights)}
              figures={LIGHTS.flatMap((l) => [
                {
                  key: `budget:${l}`,
                  label: `${t(WEB_DASHBOARD.budgetLights)} · ${name(LIGHT_NAMES[l])}`,
                  value: monitoring.budget[l],
                },
                {
                  key: `indicators:${l}`,
                  label: `${t(WEB_DASHBOARD.indicatorLights)} · ${name(LIGHT_NAMES[l])}`,
                  value: monitoring.indicators[l],
                },
              ])}
            />
          </ChartCard>
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard title={t(WEB_DASHBOARD.byOrg)} testId="org-rollup">
            <Table
              size="small"
              rowKey="orgId"
              pagination={{ pageSize: 5, hideOnSinglePage: true, size: 'small' }}
              dataSource={[...portfolio.orgs]}
              columns={[
                {
                  title: t(WEB_DASHBOARD.orgName),
                  dataIndex: 'orgName',
                  ellipsis: true,
                  render: (text: string, org) => (
                    <Link to={`/projects?orgId=${encodeURIComponent(org.orgId)}`}>{text}</Link>
                  ),
                },
                {
                  title: t(WEB_DASHBOARD.orgProjects),
                  dataIndex: 'projects',
                  width: 70,
                  align: 'right',
                },
                {
                  title: t(WEB_DASHBOARD.orgAmount),
                  dataIndex: 'amountTotal',
                  width: 120,
                  align: 'right',
                  render: (v: string | null) => formatWan(v),
                },
                {
                  title: t(WEB_DASHBOARD.meanScore),
                  width: 110,
                  align: 'right',
                  render: (_, org) =>
                    org.meanScore === null
                      ? '—'
                      : t(WEB_DASHBOARD.meanScoreOf, { score: org.meanScore, n: org.scored }),
                },
              ]}
            />
          </ChartCard>
        </Col>
      </Row>
    </Card>
  );
}

/**
 * The portfolio of a reviewer: projects by state, findings by severity and by category, grades
 * (and monitoring lights once reported). A click on a bar opens the list filtered to it.
 */
import { Card, Col, Empty, Row } from 'antd';
import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  GRADE_NAMES,
  REVIEW_MESSAGES,
  WEB_DASHBOARD,
  WEB_GRID,
  WORKFLOW_MESSAGES,
} from '../../../core/messages/index.js';
import { FINDING_CATEGORIES, type FindingCategory } from '../../../core/review/index.js';
import type { GradeId } from '../../../core/scoring/scoring-profile.js';
import { PROJECT_STATES } from '../../../core/workflow/states.js';
import { useFindingsOfProjects } from '../../api/projects.js';
import type { Project } from '../../api/types.js';
import { useGradesOfProjects } from '../../api/year.js';
import { type ChartOption, EChart } from '../../components/echart.js';
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

/** The portfolio charts. */
export function Portfolio({ projects }: { readonly projects: readonly Project[] }) {
  const t = useT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const name = useCallback(
    (m: { zh: string; en: string }) => (language === 'zh' ? m.zh : capitalise(m.en)),
    [language],
  );

  const byState = useMemo(() => {
    const counts = PROJECT_STATES.map((s) => projects.filter((p) => p.state === s).length);
    return barOption(
      PROJECT_STATES.map((s) => name(WORKFLOW_MESSAGES.states[s])),
      counts,
      PROJECT_STATES.map((s) => STATE_COLOUR[s] ?? '#1d4ed8'),
    );
  }, [projects, name]);

  const bySeverity = useMemo(() => {
    const sum = { error: 0, warning: 0, info: 0 };
    for (const p of projects) {
      sum.error += p.findingSummary.error;
      sum.warning += p.findingSummary.warning;
      sum.info += p.findingSummary.info;
    }
    return barOption(
      [t(WEB_GRID.severityError), t(WEB_GRID.severityWarning), t(WEB_GRID.severityInfo)],
      [sum.error, sum.warning, sum.info],
      ['#cf1322', '#fa8c16', '#2f54eb'],
    );
  }, [projects, t]);

  const findings = useFindingsOfProjects(projects.map((p) => p.id));
  const byCategory = useMemo(() => {
    const counts = new Map<FindingCategory, number>();
    for (const list of findings.byProject.values())
      for (const f of list) counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
    return barOption(
      FINDING_CATEGORIES.map((c) => name(REVIEW_MESSAGES.category[c])),
      FINDING_CATEGORIES.map((c) => counts.get(c) ?? 0),
      ['#1d4ed8'],
    );
  }, [findings.byProject, name]);

  // Only approved tables have a self-evaluation to grade.
  const graded = useGradesOfProjects(
    projects.filter((p) => p.state === 'approved' || p.state === 'published').map((p) => p.id),
  );
  const grades = useMemo(() => {
    const ids = Object.keys(GRADE_NAMES) as GradeId[];
    const counts = ids.map((g) => projects.filter((p) => graded.grades.get(p.id) === g).length);
    return {
      total: counts.reduce((a, b) => a + b, 0),
      option: {
        tooltip: { trigger: 'item' },
        legend: { bottom: 0 },
        series: [
          {
            type: 'pie',
            radius: ['40%', '68%'],
            center: ['50%', '45%'],
            data: ids.map((g, i) => ({ name: name(GRADE_NAMES[g]), value: counts[i], id: g })),
            label: { formatter: '{b} {c}' },
          },
        ],
        color: ['#237804', '#52c41a', '#fa8c16', '#cf1322'],
      } satisfies ChartOption,
    };
  }, [projects, name, graded.grades]);

  const hint = <span className="chart-hint">{t(WEB_DASHBOARD.chartHint)}</span>;
  return (
    <Card size="small" title={t(WEB_DASHBOARD.portfolio)}>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            type="inner"
            title={
              <>
                {t(WEB_DASHBOARD.byState)}
                {hint}
              </>
            }
          >
            <EChart
              option={byState}
              height={220}
              label={t(WEB_DASHBOARD.byState)}
              onClick={({ dataIndex }) =>
                void navigate(`/projects?state=${PROJECT_STATES[dataIndex]}`)
              }
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            type="inner"
            title={
              <>
                {t(WEB_DASHBOARD.bySeverity)}
                {hint}
              </>
            }
          >
            <EChart
              option={bySeverity}
              height={220}
              label={t(WEB_DASHBOARD.bySeverity)}
              onClick={({ dataIndex }) =>
                dataIndex === 0 && void navigate('/projects?findings=errors')
              }
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            type="inner"
            title={
              <>
                {t(WEB_DASHBOARD.byCategory)}
                {hint}
              </>
            }
            extra={
              <span className="chart-hint">
                {t(WEB_DASHBOARD.categoryBasis, { n: findings.counted })}
              </span>
            }
          >
            <EChart
              option={byCategory}
              height={260}
              label={t(WEB_DASHBOARD.byCategory)}
              onClick={({ dataIndex }) =>
                void navigate(`/projects?category=${FINDING_CATEGORIES[dataIndex]}`)
              }
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" type="inner" title={t(WEB_DASHBOARD.grades)}>
            {grades.total === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(WEB_DASHBOARD.noGrades)} />
            ) : (
              <EChart
                option={grades.option}
                height={260}
                label={t(WEB_DASHBOARD.grades)}
                onClick={({ data }) => {
                  const id = (data as { id?: string } | null)?.id;
                  if (id) void navigate(`/projects?grade=${id}`);
                }}
              />
            )}
          </Card>
        </Col>
      </Row>
    </Card>
  );
}

/** The score at a glance: total, grade, budget execution, and a chart of each first-level indicator's score against its weight. */
import { Card, Col, Row, Select, Statistic, Tag } from 'antd';
import { useMemo } from 'react';
import { GRADE_NAMES, WEB_SELF } from '../../../../core/messages/index.js';
import { SCORING_PROFILES } from '../../../../core/scoring/index.js';
import type { ScoreReport } from '../../../../core/scoring/score-report.js';
import type { GradeId } from '../../../../core/scoring/scoring-profile.js';
import { type ChartOption, EChart } from '../../../components/echart.js';
import { useLanguage, useT } from '../../../i18n/language.js';

interface ScoreSummaryProps {
  readonly report: ScoreReport;
  readonly profile: string;
  readonly onProfile: (profile: string) => void;
}

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(2)}%`);

/** The score summary. */
export function ScoreSummary({ report, profile, onProfile }: ScoreSummaryProps) {
  const t = useT();
  const { language } = useLanguage();
  const grade = GRADE_NAMES[report.grade as GradeId];
  const chart = useMemo((): ChartOption => {
    const labels = [t(WEB_SELF.budgetLine), ...report.groups.map((g) => g.label[language])];
    return {
      grid: { left: 8, right: 8, top: 28, bottom: 4, containLabel: true },
      legend: { top: 0, data: [t(WEB_SELF.weightSeries), t(WEB_SELF.scoreSeries)] },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 0 } },
      yAxis: { type: 'value' },
      series: [
        {
          name: t(WEB_SELF.weightSeries),
          type: 'bar',
          data: [report.budget.weight, ...report.groups.map((g) => g.weight)],
          itemStyle: { color: '#c9d2e3' },
          barGap: '-100%',
          barMaxWidth: 36,
        },
        {
          name: t(WEB_SELF.scoreSeries),
          type: 'bar',
          data: [report.budget.score, ...report.groups.map((g) => g.score)],
          itemStyle: { color: '#1d4ed8' },
          barMaxWidth: 36,
          label: { show: true, position: 'top' },
        },
      ],
    };
  }, [report, t, language]);
  return (
    <Row gutter={12} className="score-summary">
      <Col flex="none">
        <Card size="small" className="score-card">
          <Statistic
            title={t(WEB_SELF.total)}
            value={report.total}
            suffix={`/ ${report.maxTotal}`}
          />
          <div className="score-grade" data-testid="score-grade">
            {t(WEB_SELF.grade)}：
            <Tag color={report.complete ? 'blue' : 'default'}>
              {grade ? t(grade) : report.grade}
            </Tag>
          </div>
          <div className="side-hint">
            {report.complete ? t(WEB_SELF.complete) : t(WEB_SELF.incomplete)}
          </div>
        </Card>
      </Col>
      <Col flex="none">
        <Card size="small" className="score-card">
          <Statistic
            title={t(WEB_SELF.budgetLine)}
            value={report.budget.score}
            suffix={`/ ${report.budget.weight}`}
          />
          <div className="side-hint">{t(WEB_SELF.rate, { rate: percent(report.budget.rate) })}</div>
          <div className="side-hint score-budget-explain">{report.budget.explain[language]}</div>
        </Card>
      </Col>
      <Col flex="auto">
        <Card
          size="small"
          title={t(WEB_SELF.byGroup)}
          extra={
            <Select
              size="small"
              value={profile}
              onChange={onProfile}
              aria-label={t(WEB_SELF.profile)}
              style={{ width: 260 }}
              options={Object.values(SCORING_PROFILES).map((p) => ({
                value: p.id,
                label: p.name[language],
              }))}
            />
          }
        >
          <EChart option={chart} height={150} label={t(WEB_SELF.byGroup)} />
        </Card>
      </Col>
    </Row>
  );
}

/**
 * Beside the actuals: for the selected indicator, how it scored (rule, formula, explanation), its
 * latest update and its review, a satisfaction survey where one fits, and its evidence.
 */
import { Button, Card, Descriptions, Input, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { SURVEY_ANSWER_NAMES, WEB_GRID, WEB_SELF } from '../../../../core/messages/index.js';
import type { IndicatorScore } from '../../../../core/scoring/score-report.js';
import {
  type ActualsIndicator,
  type Survey,
  useReviewUpdate,
  useSurveyAction,
} from '../../../api/year.js';
import { useNotify } from '../../../components/notify.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLanguage, useT } from '../../../i18n/language.js';
import { EvidencePanel } from './evidence-panel.js';

interface IndicatorSideProps {
  readonly projectId: string;
  readonly indicator: ActualsIndicator;
  readonly score: IndicatorScore | undefined;
  readonly surveys: readonly Survey[];
  readonly canEdit: boolean;
  readonly canReview: boolean;
}

function SurveyBox({
  projectId,
  indicator,
  surveys,
  canEdit,
}: Omit<IndicatorSideProps, 'score' | 'canReview'>) {
  const t = useT();
  const notify = useNotify();
  const action = useSurveyAction(projectId);
  const open = surveys.find((s) => s.index === indicator.index && s.state === 'open');
  const [links, setLinks] = useState<readonly string[]>([]);
  const absolute = (link: string) => new URL(link, window.location.origin).href;
  return (
    <Card size="small" type="inner" title={t(WEB_SELF.survey)}>
      {open ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {open.link && (
            <Typography.Paragraph copyable={{ text: absolute(open.link) }} className="survey-link">
              {t(WEB_SELF.surveyLink)}: <a href={absolute(open.link)}>{absolute(open.link)}</a>
            </Typography.Paragraph>
          )}
          {links.length > 1 && (
            <Typography.Paragraph copyable={{ text: links.map(absolute).join('\n') }}>
              {links.length}
            </Typography.Paragraph>
          )}
          <span>
            {t(WEB_SELF.surveyTally, {
              total: open.total,
              satisfied: open.satisfied,
              rate: open.rate === null ? '—' : `${open.rate}%`,
            })}
          </span>
          <Space wrap size={4}>
            {Object.entries(open.answers).map(([answer, n]) => (
              <Tag key={answer}>
                {answer in SURVEY_ANSWER_NAMES
                  ? t(SURVEY_ANSWER_NAMES[answer as keyof typeof SURVEY_ANSWER_NAMES])
                  : answer}{' '}
                {n}
              </Tag>
            ))}
          </Space>
          {canEdit && (
            <Button
              onClick={() =>
                action.mutate(
                  { kind: 'close', surveyId: open.id },
                  {
                    onSuccess: () => notify.success(WEB_SELF.surveyClosed),
                    onError: notify.failure,
                  },
                )
              }
              loading={action.isPending}
            >
              {t(WEB_SELF.closeSurvey)}
            </Button>
          )}
        </Space>
      ) : (
        canEdit && (
          <Button
            onClick={() =>
              action.mutate(
                { kind: 'start', index: indicator.index },
                {
                  onSuccess: (data) => {
                    if ('links' in data && Array.isArray(data.links))
                      setLinks(data.links as string[]);
                    notify.success(WEB_SELF.surveyStarted);
                  },
                  onError: notify.failure,
                },
              )
            }
            loading={action.isPending}
          >
            {t(WEB_SELF.startSurvey)}
          </Button>
        )
      )}
    </Card>
  );
}

/** The side panel of the selected indicator. */
export function IndicatorSide({
  projectId,
  indicator,
  score,
  surveys,
  canEdit,
  canReview,
}: IndicatorSideProps) {
  const t = useT();
  const { language } = useLanguage();
  const notify = useNotify();
  const review = useReviewUpdate(projectId);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const update = indicator.update;
  const decide = (decision: 'approved' | 'rejected', comment?: string) =>
    update &&
    review.mutate(
      { updateId: update.id, decision, ...(comment ? { comment } : {}) },
      {
        onSuccess: () => {
          notify.success(WEB_SELF.reviewed, { name: indicator.name });
          setRejecting(false);
          setReason('');
        },
        onError: notify.failure,
      },
    );
  const satisfaction = indicator.level1 === 'satisfaction' || indicator.level2 === 'satisfaction';
  return (
    <div className="indicator-side" data-testid="indicator-side">
      <h3 className="side-title">
        {t(WEB_GRID.rowRef, { n: indicator.index + 1 })} · {indicator.name}
      </h3>
      {score && (
        <Card size="small" type="inner" title={t(WEB_SELF.explanation)}>
          <Descriptions
            size="small"
            column={2}
            items={[
              {
                key: 'score',
                label: t(WEB_SELF.score),
                children: <strong data-testid="side-score">{score.score}</strong>,
              },
              { key: 'weight', label: t(WEB_SELF.weight), children: score.weight },
            ]}
          />
          <p className="score-explain" data-testid="score-explain">
            {score.explain[language]}
          </p>
          {score.formula && (
            <p className="side-hint">{t(WEB_SELF.formula, { formula: score.formula })}</p>
          )}
        </Card>
      )}
      {update && (
        <Card size="small" type="inner" title={t(WEB_SELF.review)}>
          <p className="side-hint">
            {t(WEB_SELF.lastUpdate, {
              who: update.authorName,
              when: formatDateTime(update.createdAt),
            })}
          </p>
          <Tag
            color={
              update.review.state === 'approved'
                ? 'green'
                : update.review.state === 'rejected'
                  ? 'red'
                  : 'gold'
            }
          >
            {t(WEB_SELF[update.review.state])}
          </Tag>
          {update.review.comment && <p>{update.review.comment}</p>}
          {canReview && update.review.state === 'pending' && (
            <Space>
              <Button
                type="primary"
                size="small"
                onClick={() => decide('approved')}
                loading={review.isPending}
              >
                {t(WEB_SELF.approve)}
              </Button>
              <Button danger size="small" onClick={() => setRejecting(true)}>
                {t(WEB_SELF.reject)}
              </Button>
            </Space>
          )}
        </Card>
      )}
      {satisfaction && (
        <SurveyBox
          projectId={projectId}
          indicator={indicator}
          surveys={surveys}
          canEdit={canEdit}
        />
      )}
      <Card
        size="small"
        type="inner"
        title={t(WEB_SELF.evidenceOf, { n: indicator.evidence.length })}
      >
        <EvidencePanel
          projectId={projectId}
          index={indicator.index}
          evidence={indicator.evidence}
          canEdit={canEdit}
        />
      </Card>
      <Modal
        open={rejecting}
        title={t(WEB_SELF.rejectReason)}
        okButtonProps={{ danger: true, disabled: reason.trim() === '', loading: review.isPending }}
        okText={t(WEB_SELF.reject)}
        onOk={() => decide('rejected', reason.trim())}
        onCancel={() => setRejecting(false)}
      >
        <Input.TextArea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          autoSize={{ minRows: 3 }}
          aria-label={t(WEB_SELF.rejectReason)}
        />
      </Modal>
    </div>
  );
}

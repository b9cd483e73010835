/**
 * Beside the actuals: for the selected indicator, how it scored (rule, formula, explanation), its
 * current update (the latest not rejected) with its review and a reviewer's correction, a newer
 * rejected update, the history of updates with their authors, a satisfaction survey where one
 * fits, and its evidence.
 */
import { Alert, Button, Card, Descriptions, Input, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { SURVEY_ANSWER_NAMES, WEB_GRID, WEB_SELF } from '../../../../core/messages/index.js';
import type { IndicatorScore } from '../../../../core/scoring/score-report.js';
import {
  type ActualsIndicator,
  type ActualUpdate,
  type Survey,
  useActualHistory,
  useCorrectUpdate,
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
  readonly canCorrect: boolean;
}

const REVIEW_COLOUR = { pending: 'gold', approved: 'green', rejected: 'red' } as const;

/** Who entered an update: its author, or the reviewer who corrected it for the author. */
function UpdateLine({ update }: { readonly update: ActualUpdate }) {
  const t = useT();
  const when = formatDateTime(update.createdAt);
  return (
    <span className="side-hint">
      {update.onBehalfOf
        ? t(WEB_SELF.correctedBy, {
            who: update.authorName,
            author: update.onBehalfOf,
            when,
            reason: update.correctionReason ?? '',
          })
        : t(WEB_SELF.lastUpdate, { who: update.authorName, when })}{' '}
      <Tag color={REVIEW_COLOUR[update.review.state]}>{t(WEB_SELF[update.review.state])}</Tag>
    </span>
  );
}

/** Every update of the indicator, newest first, with its author and review. */
function UpdateHistory({
  projectId,
  index,
}: {
  readonly projectId: string;
  readonly index: number;
}) {
  const t = useT();
  const history = useActualHistory(projectId, index);
  const items = history.data ?? [];
  return (
    <Card size="small" type="inner" title={t(WEB_SELF.history)}>
      {items.length === 0 && !history.isPending && (
        <p className="side-hint">{t(WEB_SELF.noHistory)}</p>
      )}
      <ol className="update-history" data-testid="update-history">
        {items.map((u) => (
          <li key={u.id}>
            <strong>{u.actual ?? '—'}</strong> <UpdateLine update={u} />
            {u.review.comment && <div className="side-hint">{u.review.comment}</div>}
          </li>
        ))}
      </ol>
    </Card>
  );
}

function SurveyBox({
  projectId,
  indicator,
  surveys,
  canEdit,
}: Omit<IndicatorSideProps, 'score' | 'canReview' | 'canCorrect'>) {
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
  canCorrect,
}: IndicatorSideProps) {
  const t = useT();
  const { language } = useLanguage();
  const notify = useNotify();
  const review = useReviewUpdate(projectId);
  const correct = useCorrectUpdate(projectId);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [correcting, setCorrecting] = useState<{ actual: string; reason: string } | null>(null);
  const update = indicator.update;
  const rejected = indicator.rejected;
  const submitCorrection = () =>
    update &&
    correcting &&
    correct.mutate(
      {
        updateId: update.id,
        actual: correcting.actual.trim() === '' ? null : correcting.actual.trim(),
        reason: correcting.reason.trim(),
      },
      {
        onSuccess: () => {
          notify.success(WEB_SELF.corrected, { name: indicator.name });
          setCorrecting(null);
        },
        onError: notify.failure,
      },
    );
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
      {(update || rejected) && (
        <Card size="small" type="inner" title={t(WEB_SELF.review)} data-testid="update-review">
          {rejected && (
            <Alert
              type="warning"
              showIcon
              title={t(WEB_SELF.newerRejected, {
                actual: rejected.actual ?? '—',
                by: rejected.review.byName ?? '',
                comment: rejected.review.comment ?? '',
              })}
            />
          )}
          {update && <UpdateLine update={update} />}
          {update?.review.comment && <p>{update.review.comment}</p>}
          {update && canCorrect && (
            <Button
              size="small"
              onClick={() => setCorrecting({ actual: update.actual ?? '', reason: '' })}
            >
              {t(WEB_SELF.correct)}
            </Button>
          )}
          {update && canReview && update.review.state === 'pending' && (
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
      <UpdateHistory projectId={projectId} index={indicator.index} />
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
      <Modal
        open={correcting !== null}
        title={t(WEB_SELF.correctTitle)}
        okText={t(WEB_SELF.correct)}
        okButtonProps={{
          disabled: (correcting?.reason.trim() ?? '') === '',
          loading: correct.isPending,
        }}
        onOk={submitCorrection}
        onCancel={() => setCorrecting(null)}
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Input
            value={correcting?.actual ?? ''}
            onChange={(e) => setCorrecting((c) => c && { ...c, actual: e.target.value })}
            aria-label={t(WEB_SELF.actual)}
            placeholder={t(WEB_SELF.actual)}
          />
          <Input.TextArea
            value={correcting?.reason ?? ''}
            onChange={(e) => setCorrecting((c) => c && { ...c, reason: e.target.value })}
            autoSize={{ minRows: 2 }}
            aria-label={t(WEB_SELF.correctReason)}
            placeholder={t(WEB_SELF.correctReason)}
          />
        </Space>
      </Modal>
    </div>
  );
}

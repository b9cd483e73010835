/**
 * 自评: the score with its explanations and a chart per first-level indicator, the actuals of
 * every indicator with their evidence, budget execution, and the grade. Edits are kept on this
 * computer until saved; the score is the server's, computed by core/scoring.
 */
import { SaveOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Popconfirm, Space, Spin } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { WEB_COMMON, WEB_PROJECT, WEB_SELF } from '../../../../core/messages/index.js';
import type { IndicatorScore } from '../../../../core/scoring/score-report.js';
import { errorText } from '../../../api/http.js';
import type { Me, Project } from '../../../api/types.js';
import { useActuals, useSaveActuals, useScore, useSurveys } from '../../../api/year.js';
import { useNotify } from '../../../components/notify.js';
import { useFitHeight } from '../../../components/use-fit-height.js';
import { useLanguage, useT } from '../../../i18n/language.js';
import { type ExecutionField, toSave, useActualsEdits } from './actuals-draft.js';
import { ActualsTable } from './actuals-table.js';
import { IndicatorSide } from './indicator-side.js';
import { ScoreSummary } from './score-summary.js';
import '../records-table.css';
import './self-evaluation.css';

const EXECUTION_FIELDS: readonly { field: ExecutionField; label: keyof typeof WEB_SELF }[] = [
  { field: 'initialBudget', label: 'initialBudget' },
  { field: 'budget', label: 'budget' },
  { field: 'spent', label: 'spent' },
  { field: 'reason', label: 'executionReason' },
];

/** The self-evaluation tab. */
export function SelfEvaluationTab({ project }: { readonly project: Project; readonly me: Me }) {
  const t = useT();
  const { language } = useLanguage();
  const notify = useNotify();
  const actuals = useActuals(project.id);
  const [profile, setProfile] = useState('national');
  const score = useScore(project.id, profile);
  const surveys = useSurveys(project.id);
  const save = useSaveActuals(project.id);
  const { edits, setRow, setExecution, clear, count, restored } = useActualsEdits(project.id);
  const [selected, setSelected] = useState<number | null>(null);
  const fit = useFitHeight<HTMLDivElement>(360);
  const onSelect = useCallback((index: number) => setSelected(index), []);

  const scores = useMemo(() => {
    const map = new Map<number, IndicatorScore>();
    for (const s of score.data?.indicators ?? []) map.set(s.index, s);
    return map;
  }, [score.data]);

  if (actuals.isPending)
    return (
      <Spin description={t(WEB_COMMON.loading)}>
        <div className="tab-loading" />
      </Spin>
    );
  if (actuals.isError)
    return <Alert type="error" showIcon title={errorText(actuals.error)[language]} />;
  const data = actuals.data;
  const readOnly = !data.canEdit;
  const current = selected === null ? undefined : data.indicators.find((i) => i.index === selected);

  const doSave = () => {
    const result = toSave(data.indicators, data.execution, edits);
    if ('problem' in result) {
      notify.warning(
        result.problem.kind === 'weight' ? WEB_SELF.weightInvalid : WEB_SELF.amountInvalid,
        { text: result.problem.text },
      );
      return;
    }
    if (result.entries.length === 0 && !result.execution) {
      clear();
      notify.info(WEB_SELF.nothingChanged);
      return;
    }
    save.mutate(result, {
      onSuccess: (answer) => {
        clear();
        notify.success(WEB_SELF.saved, { n: answer.written });
      },
      onError: notify.failure,
    });
  };

  return (
    <div className="self-evaluation">
      {data.locked && readOnly && (
        <Alert
          type="info"
          showIcon
          title={language === 'zh' ? data.locked.message : data.locked.messageEn}
        />
      )}
      {restored > 0 && count > 0 && (
        <Alert type="success" showIcon title={t(WEB_SELF.restored, { n: count })} />
      )}
      {score.data && <ScoreSummary report={score.data} profile={profile} onProfile={setProfile} />}
      {!readOnly && (
        <div className="editor-toolbar">
          <span className={count > 0 ? 'save-state save-state-dirty' : 'save-state'} role="status">
            {count > 0 ? t(WEB_SELF.unsaved, { n: count }) : t(WEB_PROJECT.allSaved)}
          </span>
          <Space>
            {count > 0 && (
              <Popconfirm title={t(WEB_SELF.discard)} onConfirm={clear}>
                <Button>{t(WEB_SELF.discard)}</Button>
              </Popconfirm>
            )}
            <Button
              type="primary"
              icon={<SaveOutlined />}
              onClick={doSave}
              loading={save.isPending}
              disabled={count === 0}
            >
              {t(WEB_SELF.save)}
            </Button>
          </Space>
        </div>
      )}
      <div className="editor-body" ref={fit.ref} style={{ height: fit.height }}>
        <div className="grid-scroll actuals-scroll">
          <ActualsTable
            indicators={data.indicators}
            edits={edits}
            scores={scores}
            selected={selected}
            readOnly={readOnly}
            onChange={setRow}
            onSelect={onSelect}
          />
          <Card size="small" title={t(WEB_SELF.execution)} className="execution-card">
            <div className="execution-fields">
              {EXECUTION_FIELDS.map(({ field, label }) => (
                <div
                  key={field}
                  className={
                    field === 'reason' ? 'execution-field execution-reason' : 'execution-field'
                  }
                >
                  <label htmlFor={`execution-${field}`}>{t(WEB_SELF[label])}</label>
                  <Input
                    id={`execution-${field}`}
                    value={edits.execution[field] ?? data.execution[field] ?? ''}
                    readOnly={readOnly}
                    onChange={(e) => setExecution(field, e.target.value)}
                  />
                </div>
              ))}
            </div>
          </Card>
        </div>
        <aside className="editor-side">
          {current ? (
            <IndicatorSide
              projectId={project.id}
              indicator={current}
              score={scores.get(current.index)}
              surveys={surveys.data ?? []}
              canEdit={data.canEdit}
              canReview={data.canReview}
              canCorrect={data.canCorrect}
            />
          ) : (
            <p className="side-hint side-empty">{t(WEB_SELF.selectRow)}</p>
          )}
        </aside>
      </div>
    </div>
  );
}

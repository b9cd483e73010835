/**
 * 监控: at each checkpoint (1–7月 by default) the unit files what was done so far, the expected
 * year-end value, the cause of any deviation and the likelihood of reaching the target; the
 * lights follow (core/monitoring, on the server). Reviewers close the period and ask for 整改.
 */
import { Alert, Button, Card, Input, Modal, Segmented, Space, Spin, Tag } from 'antd';
import { useMemo, useState } from 'react';
import {
  DEVIATION_CATEGORY_NAMES,
  LIGHT_NAMES,
  LIKELIHOOD_NAMES,
  WEB_COMMON,
  WEB_MONITORING,
  WEB_SELF,
} from '../../../../core/messages/index.js';
import {
  DEVIATION_CATEGORIES,
  LIKELIHOODS,
  type Light,
} from '../../../../core/monitoring/monitoring-profile.js';
import { errorText } from '../../../api/http.js';
import type { Me, Project } from '../../../api/types.js';
import {
  type MonitoringEntryInput,
  useCheckpoint,
  useCheckpoints,
  useMonitoringAction,
} from '../../../api/year.js';
import { useNotify } from '../../../components/notify.js';
import { useKeptState } from '../../../components/use-kept-state.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLabel, useLanguage, useT } from '../../../i18n/language.js';
import { RectificationsCard } from './rectifications-card.js';
import '../records-table.css';
import './monitoring.css';

interface EntryText {
  readonly current: string;
  readonly expected: string;
  readonly category: string;
  readonly text: string;
  readonly likelihood: string;
}

interface Filing {
  readonly entries: Readonly<Record<number, EntryText>>;
  readonly budget: string;
  readonly spent: string;
}

const BLANK: EntryText = { current: '', expected: '', category: '', text: '', likelihood: '' };
const raw = (v: MonitoringEntryInput['current']) =>
  v === null || v === undefined ? '' : typeof v === 'string' ? v : v.raw;

function LightDot({ light, title }: { readonly light: Light; readonly title: string }) {
  const label = useLabel();
  return (
    <span
      className={`light light-${light}`}
      title={title}
      role="img"
      aria-label={`${label(LIGHT_NAMES[light])}: ${title}`}
    />
  );
}

/** The monitoring tab. */
export function MonitoringTab({ project, me }: { readonly project: Project; readonly me: Me }) {
  const t = useT();
  const label = useLabel();
  const { language } = useLanguage();
  const notify = useNotify();
  const list = useCheckpoints(project.id);
  const [chosen, setChosen] = useState<string | null>(null);
  const checkpointId = chosen ?? list.data?.checkpoints[0]?.checkpoint ?? null;
  const checkpoint = useCheckpoint(project.id, checkpointId);
  const action = useMonitoringAction(project.id, checkpointId ?? '');
  const [kept, setKept] = useKeptState<Filing>(
    `jixiao.monitoring.${project.id}.${checkpointId ?? ''}`,
  );
  const [period, setPeriod] = useState<'close' | 'reopen' | null>(null);
  const [reason, setReason] = useState('');

  const filed = useMemo((): Filing => {
    const input = checkpoint.data?.input;
    const entries: Record<number, EntryText> = {};
    for (const e of input?.entries ?? [])
      entries[e.index] = {
        current: raw(e.current),
        expected: raw(e.expected),
        category: e.deviation?.category ?? '',
        text: e.deviation?.text ?? '',
        likelihood: e.likelihood ?? '',
      };
    return {
      entries,
      budget: input?.execution?.budget ?? '',
      spent: input?.execution?.spent ?? '',
    };
  }, [checkpoint.data]);
  const filing = kept ?? filed;

  if (list.isPending || (checkpointId && checkpoint.isPending))
    return (
      <Spin description={t(WEB_COMMON.loading)}>
        <div className="tab-loading" />
      </Spin>
    );
  const failure = list.error ?? checkpoint.error;
  if (failure) return <Alert type="error" showIcon title={errorText(failure)[language]} />;
  if (!list.data || !checkpoint.data) return null;
  const data = checkpoint.data;
  const report = data.report;
  const readOnly = !data.canEdit;
  const lights = new Map(report.indicators.map((i) => [i.index, i] as const));

  const setEntry = (index: number, field: keyof EntryText, value: string) =>
    setKept({
      ...filing,
      entries: {
        ...filing.entries,
        [index]: { ...BLANK, ...filing.entries[index], [field]: value },
      },
    });

  const save = () => {
    const entries: MonitoringEntryInput[] = Object.entries(filing.entries)
      .map(([index, e]) => ({
        index: Number(index),
        current: e.current.trim() || null,
        expected: e.expected.trim() || null,
        deviation:
          e.category || e.text.trim()
            ? { category: e.category || null, text: e.text.trim() || null }
            : null,
        likelihood: e.likelihood || null,
      }))
      .filter((e) => e.current || e.expected || e.deviation || e.likelihood);
    action.mutate(
      {
        kind: 'file',
        body: {
          execution:
            filing.budget || filing.spent
              ? { budget: filing.budget.trim() || null, spent: filing.spent.trim() || null }
              : null,
          entries,
        },
      },
      {
        onSuccess: (answer) => {
          setKept(null);
          notify.success(WEB_MONITORING.saved, { period: answer.period[language] });
        },
        onError: notify.failure,
      },
    );
  };

  const changePeriod = () =>
    period &&
    action.mutate(
      { kind: period, ...(reason.trim() ? { reason: reason.trim() } : {}) },
      {
        onSuccess: () => {
          notify.success(
            period === 'close' ? WEB_MONITORING.closedDone : WEB_MONITORING.reopenedDone,
          );
          setPeriod(null);
          setReason('');
        },
        onError: notify.failure,
      },
    );

  return (
    <div className="monitoring-tab">
      <div className="monitoring-head">
        <Space wrap>
          <span>{t(WEB_MONITORING.checkpoint)}</span>
          <Segmented
            value={checkpointId ?? undefined}
            onChange={(v) => setChosen(String(v))}
            options={list.data.checkpoints.map((c) => ({
              value: c.checkpoint,
              label: `${c.period[language]}${c.state === 'closed' ? ` · ${t(WEB_MONITORING.closed)}` : ''}`,
            }))}
          />
          <Tag color={data.state === 'open' ? 'blue' : 'default'}>
            {t(data.state === 'open' ? WEB_MONITORING.open : WEB_MONITORING.closed)}
          </Tag>
          <span className="side-hint">
            {t(WEB_MONITORING.timeProgress, { p: `${Math.round(report.timeProgress * 100)}%` })}
          </span>
          <span className="side-hint">
            {data.filed
              ? t(WEB_MONITORING.filed, {
                  n: data.filed.number,
                  who: data.filed.authorName,
                  when: formatDateTime(data.filed.createdAt),
                })
              : t(WEB_MONITORING.notFiled)}
          </span>
        </Space>
        <Space>
          {data.canClose && (
            <Button onClick={() => setPeriod('close')}>{t(WEB_MONITORING.close)}</Button>
          )}
          {data.canReopen && (
            <Button onClick={() => setPeriod('reopen')}>{t(WEB_MONITORING.reopen)}</Button>
          )}
          {!readOnly && (
            <Button type="primary" onClick={save} loading={action.isPending}>
              {t(WEB_MONITORING.save)}
            </Button>
          )}
        </Space>
      </div>
      {data.locked && (
        <Alert
          type="info"
          showIcon
          title={language === 'zh' ? data.locked.message : data.locked.messageEn}
        />
      )}
      <Card size="small">
        <Space wrap size={16} className="monitoring-budget">
          <span>
            <LightDot light={report.budget.light} title={report.budget.explain[language]} />{' '}
            {t(WEB_MONITORING.budgetLight)}：{report.budget.explain[language]}
          </span>
          <Space>
            {(['green', 'yellow', 'red', 'none'] as const).map((l) => (
              <span key={l}>
                <LightDot light={l} title={label(LIGHT_NAMES[l])} /> {label(LIGHT_NAMES[l])}{' '}
                {(report.lights as Record<string, number>)[l] ?? 0}
              </span>
            ))}
          </Space>
          <label className="monitoring-amount" htmlFor="monitoring-budget">
            {t(WEB_MONITORING.budget)}
          </label>
          <Input
            id="monitoring-budget"
            className="monitoring-amount-input"
            size="small"
            value={filing.budget}
            readOnly={readOnly}
            onChange={(e) => setKept({ ...filing, budget: e.target.value })}
          />
          <label className="monitoring-amount" htmlFor="monitoring-spent">
            {t(WEB_MONITORING.spent, { period: data.period[language] })}
          </label>
          <Input
            id="monitoring-spent"
            className="monitoring-amount-input"
            size="small"
            value={filing.spent}
            readOnly={readOnly}
            onChange={(e) => setKept({ ...filing, spent: e.target.value })}
          />
        </Space>
      </Card>
      <div className="grid-scroll monitoring-scroll">
        <table className="actuals-table monitoring-table">
          <colgroup>
            <col style={{ width: 40 }} />
            <col />
            <col style={{ width: 100 }} />
            <col style={{ width: 110 }} />
            <col style={{ width: 110 }} />
            <col style={{ width: 120 }} />
            <col style={{ width: '18%' }} />
            <col style={{ width: 110 }} />
            <col style={{ width: 44 }} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t(WEB_SELF.index)}</th>
              <th scope="col">{t(WEB_SELF.name)}</th>
              <th scope="col">{t(WEB_SELF.target)}</th>
              <th scope="col">{t(WEB_MONITORING.current)}</th>
              <th scope="col">{t(WEB_MONITORING.expected)}</th>
              <th scope="col">{t(WEB_MONITORING.deviationCategory)}</th>
              <th scope="col">{t(WEB_MONITORING.deviationText)}</th>
              <th scope="col">{t(WEB_MONITORING.likelihood)}</th>
              <th scope="col">{t(WEB_MONITORING.light)}</th>
            </tr>
          </thead>
          <tbody>
            {report.indicators.map((i) => {
              const e = { ...BLANK, ...filing.entries[i.index] };
              const row = `${t(WEB_SELF.index)} ${i.index + 1}`;
              return (
                <tr key={i.index} className="actuals-row" data-index={i.index}>
                  <th scope="row" className="actuals-index">
                    {i.index + 1}
                  </th>
                  <td className="actuals-name" title={i.name}>
                    {i.name}
                  </td>
                  <td className="actuals-target" title={i.target}>
                    {i.target}
                  </td>
                  <td>
                    <input
                      className="actuals-input"
                      value={e.current}
                      readOnly={readOnly}
                      aria-label={`${t(WEB_MONITORING.current)} · ${row}`}
                      onChange={(ev) => setEntry(i.index, 'current', ev.target.value)}
                    />
                  </td>
                  <td>
                    <input
                      className="actuals-input"
                      value={e.expected}
                      readOnly={readOnly}
                      aria-label={`${t(WEB_MONITORING.expected)} · ${row}`}
                      onChange={(ev) => setEntry(i.index, 'expected', ev.target.value)}
                    />
                  </td>
                  <td>
                    <select
                      className="actuals-input"
                      value={e.category}
                      disabled={readOnly}
                      aria-label={`${t(WEB_MONITORING.deviationCategory)} · ${row}`}
                      onChange={(ev) => setEntry(i.index, 'category', ev.target.value)}
                    >
                      <option value="" />
                      {DEVIATION_CATEGORIES.map((c) => (
                        <option key={c} value={c}>
                          {t(DEVIATION_CATEGORY_NAMES[c])}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      className="actuals-input"
                      value={e.text}
                      readOnly={readOnly}
                      aria-label={`${t(WEB_MONITORING.deviationText)} · ${row}`}
                      onChange={(ev) => setEntry(i.index, 'text', ev.target.value)}
                    />
                  </td>
                  <td>
                    <select
                      className="actuals-input"
                      value={e.likelihood}
                      disabled={readOnly}
                      aria-label={`${t(WEB_MONITORING.likelihood)} · ${row}`}
                      onChange={(ev) => setEntry(i.index, 'likelihood', ev.target.value)}
                    >
                      <option value="" />
                      {LIKELIHOODS.map((l) => (
                        <option key={l} value={l}>
                          {t(LIKELIHOOD_NAMES[l])}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <LightDot
                      light={lights.get(i.index)?.light ?? 'none'}
                      title={lights.get(i.index)?.explain[language] ?? ''}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {report.findings.length > 0 && (
        <Card size="small" title={`${t(WEB_MONITORING.findings)} ${report.findings.length}`}>
          <ul className="monitoring-findings">
            {report.findings.slice(0, 50).map((f) => (
              <li
                key={`${f.rule}:${f.indicators?.join(',') ?? ''}`}
                className={`finding-${f.severity}`}
              >
                {language === 'zh' ? f.message : f.messageEn}
              </li>
            ))}
          </ul>
        </Card>
      )}
      <RectificationsCard project={project} me={me} names={report.indicators.map((i) => i.name)} />
      <Modal
        open={period !== null}
        title={period === 'reopen' ? t(WEB_MONITORING.reopen) : t(WEB_MONITORING.close)}
        okButtonProps={{
          disabled: period === 'reopen' && reason.trim() === '',
          loading: action.isPending,
        }}
        onOk={changePeriod}
        onCancel={() => setPeriod(null)}
      >
        <Input.TextArea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t(
            period === 'reopen' ? WEB_MONITORING.reopenReason : WEB_MONITORING.closeReason,
          )}
          aria-label={t(
            period === 'reopen' ? WEB_MONITORING.reopenReason : WEB_MONITORING.closeReason,
          )}
          autoSize={{ minRows: 3 }}
        />
      </Modal>
    </div>
  );
}

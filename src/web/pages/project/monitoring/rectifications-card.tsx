/** 整改: reviewers ask for something to be put right; the unit answers with measures and results; a reviewer closes it. */
import { Button, Card, DatePicker, Empty, Input, List, Select, Space, Steps, Tag } from 'antd';
import { useState } from 'react';
import {
  DEVIATION_CATEGORY_NAMES,
  RECTIFICATION_ACTION_NAMES,
  RECTIFICATION_STATE_NAMES,
  WEB_MONITORING,
} from '../../../../core/messages/index.js';
import { DEVIATION_CATEGORIES } from '../../../../core/monitoring/monitoring-profile.js';
import type { Me, Project } from '../../../api/types.js';
import {
  type Rectification,
  useRectificationAction,
  useRectifications,
} from '../../../api/year.js';
import { useNotify } from '../../../components/notify.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useT } from '../../../i18n/language.js';

function StepForm({
  projectId,
  item,
}: {
  readonly projectId: string;
  readonly item: Rectification;
}) {
  const t = useT();
  const notify = useNotify();
  const act = useRectificationAction(projectId);
  const [text, setText] = useState('');
  if (item.actions.length === 0) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 2 }}
        aria-label={t(WEB_MONITORING.stepText)}
        placeholder={t(WEB_MONITORING.stepText)}
      />
      <Space wrap>
        {item.actions.map((action) => (
          <Button
            key={action}
            size="small"
            danger={action === 'return'}
            type={action === 'close' ? 'primary' : 'default'}
            loading={act.isPending}
            onClick={() => {
              if (action !== 'close' && text.trim() === '') {
                notify.warning(WEB_MONITORING.textRequired);
                return;
              }
              act.mutate(
                { kind: 'step', rectificationId: item.id, action, text: text.trim() },
                {
                  onSuccess: () => {
                    setText('');
                    notify.success(WEB_MONITORING.stepDone, {
                      action: t(RECTIFICATION_ACTION_NAMES[action]),
                    });
                  },
                  onError: notify.failure,
                },
              );
            }}
          >
            {t(RECTIFICATION_ACTION_NAMES[action])}
          </Button>
        ))}
      </Space>
    </Space>
  );
}

/** The rectifications of a project. */
export function RectificationsCard({
  project,
  me,
  names,
}: {
  readonly project: Project;
  readonly me: Me;
  readonly names: readonly string[];
}) {
  const t = useT();
  const notify = useNotify();
  const list = useRectifications(project.id);
  const act = useRectificationAction(project.id);
  const reviewer = me.role === 'department-reviewer' || me.role === 'finance-reviewer';
  const [text, setText] = useState('');
  const [indicators, setIndicators] = useState<number[]>([]);
  const [category, setCategory] = useState<string | null>(null);
  const [due, setDue] = useState<string | null>(null);
  const request = () => {
    if (text.trim() === '') {
      notify.warning(WEB_MONITORING.textRequired);
      return;
    }
    act.mutate(
      { kind: 'request', text: text.trim(), indicators, category, dueDate: due },
      {
        onSuccess: () => {
          setText('');
          setIndicators([]);
          notify.success(WEB_MONITORING.stepDone, {
            action: t(RECTIFICATION_ACTION_NAMES.request),
          });
        },
        onError: notify.failure,
      },
    );
  };
  const items = list.data ?? [];
  return (
    <Card size="small" title={t(WEB_MONITORING.rectifications)}>
      {items.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t(WEB_MONITORING.noRectifications)}
        />
      ) : (
        <List
          dataSource={[...items]}
          renderItem={(item) => (
            <List.Item data-testid="rectification">
              <div className="rectification">
                <Space wrap>
                  <Tag color={item.state === 'closed' ? 'green' : 'orange'}>
                    {t(RECTIFICATION_STATE_NAMES[item.state])}
                  </Tag>
                  {item.indicatorNames.map((n) => (
                    <Tag key={n}>{n}</Tag>
                  ))}
                  {item.dueDate && (
                    <span className="side-hint">
                      {t(WEB_MONITORING.dueDate)} {item.dueDate}
                    </span>
                  )}
                </Space>
                <Steps
                  size="small"
                  orientation="vertical"
                  current={item.steps.length}
                  items={item.steps.map((s) => ({
                    title: `${s.action in RECTIFICATION_ACTION_NAMES ? t(RECTIFICATION_ACTION_NAMES[s.action as keyof typeof RECTIFICATION_ACTION_NAMES]) : s.action} · ${s.by} · ${formatDateTime(s.at)}`,
                    content: s.text,
                  }))}
                />
                <StepForm projectId={project.id} item={item} />
              </div>
            </List.Item>
          )}
        />
      )}
      {reviewer && (
        <div className="rectification-request">
          <Input.TextArea
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoSize={{ minRows: 2 }}
            placeholder={t(WEB_MONITORING.requestText)}
            aria-label={t(WEB_MONITORING.requestText)}
          />
          <Space wrap>
            <Select
              mode="multiple"
              style={{ minWidth: 320 }}
              placeholder={t(WEB_MONITORING.requestIndicators)}
              aria-label={t(WEB_MONITORING.requestIndicators)}
              value={indicators}
              onChange={setIndicators}
              optionFilterProp="label"
              options={names.map((n, i) => ({ value: i, label: `${i + 1} ${n}` }))}
            />
            <Select
              allowClear
              style={{ width: 160 }}
              value={category ?? undefined}
              onChange={(v: string | undefined) => setCategory(v ?? null)}
              options={DEVIATION_CATEGORIES.map((c) => ({
                value: c,
                label: t(DEVIATION_CATEGORY_NAMES[c]),
              }))}
            />
            <DatePicker
              aria-label={t(WEB_MONITORING.dueDate)}
              placeholder={t(WEB_MONITORING.dueDate)}
              onChange={(d) => setDue(d ? d.format('YYYY-MM-DD') : null)}
            />
            <Button type="primary" onClick={request} loading={act.isPending}>
              {t(RECTIFICATION_ACTION_NAMES.request)}
            </Button>
          </Space>
        </div>
      )}
    </Card>
  );
}

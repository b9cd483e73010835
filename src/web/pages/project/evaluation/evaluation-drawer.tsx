/**
 * 第三方评价 on the project page: who evaluates the project — the finance bureau and
 * administrators assign an evaluator account or organisation, or remove one — and the
 * evaluation itself, which an assigned evaluator records (score, grade, opinion).
 */
import { AuditOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Descriptions,
  Drawer,
  Empty,
  Input,
  InputNumber,
  List,
  Popconfirm,
  Select,
  Space,
} from 'antd';
import { useState } from 'react';
import { GRADE_NAMES, WEB_EVALUATION as W } from '../../../../core/messages/index.js';
import {
  type GradeId,
  useAssign,
  useAssignments,
  useEvaluation,
  useSaveEvaluation,
} from '../../../api/evaluation.js';
import { useNotify } from '../../../components/notify.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useT } from '../../../i18n/language.js';

const GRADES: readonly GradeId[] = ['excellent', 'good', 'fair', 'poor'];

/** The assignments: a list, and for assigners a picker and remove buttons. */
function AssignmentsCard({ projectId }: { readonly projectId: string }) {
  const t = useT();
  const notify = useNotify();
  const assignments = useAssignments(projectId);
  const assign = useAssign(projectId);
  const [picked, setPicked] = useState<string | null>(null);
  const data = assignments.data;
  const taken = new Set(data?.items.map((a) => `${a.kind}:${a.assigneeId}`));
  const options = (data?.candidates ?? [])
    .filter((c) => !taken.has(`${c.kind}:${c.id}`))
    .map((c) => ({
      value: `${c.kind}:${c.id}`,
      label: c.kind === 'org' ? `${c.name}${t(W.orgSuffix)}` : `${c.name} · ${c.orgName ?? ''}`,
    }));
  const add = () => {
    if (!picked) return;
    const [kind, id] = picked.split(/:(.*)/) as ['user' | 'org', string];
    const name = data?.candidates.find((c) => c.kind === kind && c.id === id)?.name ?? '';
    assign.mutate(
      { kind: 'add', target: kind === 'user' ? { userId: id } : { orgId: id } },
      {
        onSuccess: () => {
          notify.success(W.assignDone, { name });
          setPicked(null);
        },
        onError: notify.failure,
      },
    );
  };
  return (
    <Card size="small" title={t(W.assigned)} loading={assignments.isPending}>
      <List
        size="small"
        data-testid="assignments"
        locale={{ emptyText: t(W.noneAssigned) }}
        dataSource={[...(data?.items ?? [])]}
        renderItem={(a) => (
          <List.Item
            actions={
              data?.canAssign
                ? [
                    <Popconfirm
                      key="remove"
                      title={t(W.removeConfirm, { name: a.assigneeName })}
                      onConfirm={() =>
                        assign.mutate(
                          { kind: 'remove', assignmentId: a.id },
                          {
                            onSuccess: () => notify.success(W.removed, { name: a.assigneeName }),
                            onError: notify.failure,
                          },
                        )
                      }
                    >
                      <Button size="small" danger>
                        {t(W.remove)}
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                a.kind === 'org'
                  ? `${a.assigneeName}${t(W.orgSuffix)}`
                  : `${a.assigneeName} · ${a.assigneeOrgName ?? ''}`
              }
              description={t(W.assignedBy, {
                who: a.createdByName,
                when: formatDateTime(a.createdAt),
              })}
            />
          </List.Item>
        )}
      />
      {data?.canAssign && (
        <Space.Compact style={{ width: '100%', marginTop: 8 }}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            style={{ flex: 1 }}
            value={picked}
            onChange={setPicked}
            options={options}
            placeholder={t(W.pick)}
            aria-label={t(W.pick)}
          />
          <Button type="primary" onClick={add} disabled={!picked} loading={assign.isPending}>
            {t(W.assign)}
          </Button>
        </Space.Compact>
      )}
    </Card>
  );
}

/** The evaluation: shown to everyone who sees the project, recorded by an assigned evaluator. */
function EvaluationCard({ projectId }: { readonly projectId: string }) {
  const t = useT();
  const notify = useNotify();
  const view = useEvaluation(projectId);
  const save = useSaveEvaluation(projectId);
  const [draft, setDraft] = useState<{ score: number | null; grade?: GradeId; opinion: string }>();
  const evaluation = view.data?.evaluation ?? null;
  const form = draft ?? {
    score: evaluation?.score ?? null,
    ...(evaluation ? { grade: evaluation.grade } : {}),
    opinion: evaluation?.opinion ?? '',
  };
  const submit = () => {
    if (form.score === null || form.score < 0 || form.score > 100) {
      notify.warning(W.scoreInvalid);
      return;
    }
    save.mutate(
      {
        score: form.score,
        ...(form.grade ? { grade: form.grade } : {}),
        opinion: form.opinion,
      },
      {
        onSuccess: () => {
          notify.success(W.saved);
          setDraft(undefined);
        },
        onError: notify.failure,
      },
    );
  };
  return (
    <Card size="small" title={t(W.evaluation)} loading={view.isPending}>
      {evaluation ? (
        <Descriptions
          size="small"
          column={2}
          data-testid="evaluation"
          items={[
            { key: 'score', label: t(W.score), children: evaluation.score },
            { key: 'grade', label: t(W.grade), children: t(evaluation.gradeLabel) },
            { key: 'opinion', label: t(W.opinion), children: evaluation.opinion, span: 2 },
            {
              key: 'by',
              label: '',
              span: 2,
              children: t(W.by, {
                who: evaluation.evaluatorName,
                org: evaluation.evaluatorOrgName ?? '',
                when: formatDateTime(evaluation.updatedAt),
              }),
            },
          ]}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(W.noEvaluation)} />
      )}
      {view.data?.canEvaluate && (
        <Space orientation="vertical" style={{ width: '100%', marginTop: 8 }}>
          <Space wrap>
            <InputNumber
              min={0}
              max={100}
              step={0.5}
              value={form.score}
              onChange={(v) => setDraft({ ...form, score: v })}
              aria-label={t(W.score)}
              placeholder={t(W.score)}
            />
            <Select
              style={{ minWidth: 160 }}
              allowClear
              value={form.grade ?? null}
              onChange={(g: GradeId | null) => {
                const { grade: _old, ...rest } = form;
                setDraft(g ? { ...rest, grade: g } : rest);
              }}
              options={GRADES.map((g) => ({ value: g, label: t(GRADE_NAMES[g]) }))}
              placeholder={t(W.gradeAuto)}
              aria-label={t(W.grade)}
            />
          </Space>
          <Input.TextArea
            value={form.opinion}
            onChange={(e) => setDraft({ ...form, opinion: e.target.value })}
            autoSize={{ minRows: 3 }}
            aria-label={t(W.opinion)}
            placeholder={t(W.opinion)}
          />
          <Button
            type="primary"
            onClick={submit}
            loading={save.isPending}
            disabled={form.opinion.trim() === ''}
          >
            {t(W.save)}
          </Button>
        </Space>
      )}
    </Card>
  );
}

/** The button that opens the 第三方评价 drawer of a project. */
export function EvaluationButton({
  projectId,
  projectName,
}: {
  readonly projectId: string;
  readonly projectName: string;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<AuditOutlined />} onClick={() => setOpen(true)}>
        {t(W.open)}
      </Button>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t(W.title, { name: projectName })}
        size="large"
        destroyOnHidden
      >
        <Space orientation="vertical" style={{ width: '100%' }} size={12}>
          <AssignmentsCard projectId={projectId} />
          <EvaluationCard projectId={projectId} />
        </Space>
      </Drawer>
    </>
  );
}

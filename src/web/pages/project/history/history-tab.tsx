/**
 * 历史: every saved version with who and when, a readable diff between any two, and the audit
 * trail of the project (imports, saves, transitions, comments).
 */
import { Alert, Card, Select, Space, Spin, Table, Tag, Timeline } from 'antd';
import { useEffect, useState } from 'react';
import {
  type Bilingual,
  WEB_AUDIT_ACTIONS,
  WEB_COMMON,
  WEB_HISTORY,
  WORKFLOW_MESSAGES,
} from '../../../../core/messages/index.js';
import { errorText } from '../../../api/http.js';
import { useHistory, useVersionTable } from '../../../api/projects.js';
import type { AuditEntry, HistoryVersion, Project } from '../../../api/types.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLabel, useLanguage, useT } from '../../../i18n/language.js';
import { TableDiffView } from '../diff/table-diff-view.js';
import { PersonName, personLabel } from './person-name.js';

const SOURCE: Readonly<Record<string, Bilingual>> = {
  import: WEB_HISTORY.sourceImport,
  edit: WEB_HISTORY.sourceEdit,
  demo: WEB_HISTORY.sourceDemo,
};

/** What an audit entry did, in words: a workflow action (提交, 退回…), a save, an import… */
function auditAction(entry: AuditEntry): Bilingual | null {
  const after = entry.after as { action?: unknown } | null;
  const actions = WORKFLOW_MESSAGES.actions as Readonly<Record<string, Bilingual>>;
  if (entry.action === 'project.transition' && typeof after?.action === 'string')
    return actions[after.action] ?? null;
  return (WEB_AUDIT_ACTIONS as Readonly<Record<string, Bilingual>>)[entry.action] ?? null;
}

/** A short detail of an audit entry: the comment given, or the state reached. */
function auditDetail(entry: AuditEntry, t: (m: Bilingual) => string): string {
  const after = entry.after as Record<string, unknown> | null;
  if (!after || typeof after !== 'object') return '';
  const parts: string[] = [];
  if (typeof after.state === 'string' && after.state in WORKFLOW_MESSAGES.states)
    parts.push(t(WORKFLOW_MESSAGES.states[after.state as keyof typeof WORKFLOW_MESSAGES.states]));
  if (typeof after.version === 'number') parts.push(`v${after.version}`);
  if (typeof after.comment === 'string' && after.comment) parts.push(`“${after.comment}”`);
  if (typeof after.body === 'string' && after.body) parts.push(`“${after.body}”`);
  return parts.join(' · ');
}

function VersionDiff({
  projectId,
  from,
  to,
}: {
  readonly projectId: string;
  readonly from: number;
  readonly to: number;
}) {
  const t = useT();
  const { language } = useLanguage();
  const a = useVersionTable(projectId, from);
  const b = useVersionTable(projectId, to);
  if (a.isError || b.isError)
    return <Alert type="error" showIcon title={errorText(a.error ?? b.error)[language]} />;
  if (!a.data || !b.data)
    return (
      <Spin description={t(WEB_COMMON.loading)}>
        <div className="tab-loading" />
      </Spin>
    );
  return <TableDiffView before={a.data} after={b.data} />;
}

/** The history tab. */
export function HistoryTab({ project }: { readonly project: Project }) {
  const t = useT();
  const label = useLabel();
  const { language } = useLanguage();
  const history = useHistory(project.id);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const versions = history.data?.versions ?? [];

  // Compare the latest version with the one before it until the user picks others.
  useEffect(() => {
    if (versions.length === 0 || to !== null) return;
    const numbers = versions.map((v) => v.number).sort((x, y) => y - x);
    setTo(numbers[0] ?? null);
    setFrom(numbers[1] ?? numbers[0] ?? null);
  }, [versions, to]);

  if (history.isPending)
    return (
      <Spin description={t(WEB_COMMON.loading)}>
        <div className="tab-loading" />
      </Spin>
    );
  if (history.isError)
    return <Alert type="error" showIcon title={errorText(history.error)[language]} />;

  const versionLabel = (v: HistoryVersion) =>
    t(WEB_HISTORY.versionLabel, {
      n: v.number,
      who: personLabel(v.createdByDisplayName, v.createdByName),
      when: formatDateTime(v.createdAt),
    });
  const options = versions.map((v) => ({ value: v.number, label: versionLabel(v) }));

  return (
    <div className="history-tab">
      <div className="history-columns">
        <Card size="small" title={t(WEB_HISTORY.versions)} className="history-versions">
          <Timeline
            items={versions.map((v) => ({
              key: v.number,
              content: (
                <div>
                  <strong>
                    {t(WEB_HISTORY.versionNumber, { n: v.number })}{' '}
                    <PersonName displayName={v.createdByDisplayName} login={v.createdByName} />
                  </strong>
                  <div className="history-version-when">{formatDateTime(v.createdAt)}</div>
                  <div className="history-version-meta">
                    <Tag>{SOURCE[v.source] ? t(SOURCE[v.source] as Bilingual) : v.source}</Tag>
                    {v.note}
                  </div>
                </div>
              ),
            }))}
          />
        </Card>
        <Card
          size="small"
          className="history-diff"
          title={
            <Space wrap>
              {t(WEB_HISTORY.compare)}
              <span>{t(WEB_HISTORY.from)}</span>
              <Select
                aria-label={t(WEB_HISTORY.from)}
                value={from ?? undefined}
                onChange={setFrom}
                options={options}
                style={{ width: 260 }}
              />
              <span>{t(WEB_HISTORY.to)}</span>
              <Select
                aria-label={t(WEB_HISTORY.to)}
                value={to ?? undefined}
                onChange={setTo}
                options={options}
                style={{ width: 260 }}
              />
            </Space>
          }
        >
          {from !== null && to !== null && (
            <VersionDiff projectId={project.id} from={from} to={to} />
          )}
        </Card>
      </div>
      <Card size="small" title={t(WEB_HISTORY.audit)} className="history-audit">
        <Table<AuditEntry>
          size="small"
          rowKey="seq"
          dataSource={[...(history.data.audit ?? [])].reverse()}
          pagination={{ pageSize: 10, showSizeChanger: false }}
          locale={{ emptyText: t(WEB_HISTORY.noHistory) }}
          columns={[
            {
              title: t(WEB_HISTORY.auditWhen),
              dataIndex: 'at',
              width: 150,
              render: (v: string) => formatDateTime(v),
            },
            {
              title: t(WEB_HISTORY.auditWho),
              dataIndex: 'actorName',
              width: 180,
              render: (_: string, entry) => (
                <PersonName displayName={entry.actorDisplayName} login={entry.actorName} />
              ),
            },
            {
              title: t(WEB_HISTORY.auditWhat),
              dataIndex: 'action',
              width: 180,
              render: (_: string, entry) => {
                const action = auditAction(entry);
                return action ? label(action) : entry.action;
              },
            },
            {
              title: t(WEB_HISTORY.auditDetail),
              render: (_: unknown, entry) => auditDetail(entry, label),
            },
          ]}
        />
      </Card>
    </div>
  );
}

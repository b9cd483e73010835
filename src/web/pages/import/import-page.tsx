/**
 * Import: drop a file, see what it was read as and what the review found, choose the unit and
 * year, save as a draft. Nothing is stored until the user says so; a bad file gets a sentence
 * saying what is wrong with it. A big file is saved in the background, its progress shown.
 */
import { InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Form,
  InputNumber,
  Progress,
  Space,
  Steps,
  Tabs,
  TreeSelect,
  Typography,
  Upload,
} from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { WEB_IMPORT } from '../../../core/messages/index.js';
import { errorText } from '../../api/http.js';
import {
  BACKGROUND_IMPORT_BYTES,
  followImportJob,
  type ImportJob,
  type ImportPreview,
  previewImport,
  runImport,
  startImportJob,
} from '../../api/imports.js';
import { useOrgs } from '../../api/orgs.js';
import { useMe } from '../../api/session.js';
import type { Org } from '../../api/types.js';
import { useNotify } from '../../components/notify.js';
import { type OrgNode, orgTree } from '../../components/org-tree.js';
import { useLanguage, useT } from '../../i18n/language.js';
import { ImportPreviewView } from './import-preview.js';
import './import.css';

type Phase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'uploading'; readonly file: File; readonly fraction: number }
  | { readonly kind: 'failed'; readonly file: File; readonly error: unknown }
  | { readonly kind: 'preview'; readonly file: File; readonly preview: ImportPreview };

/** Only units hold projects: other organisations are shown but cannot be chosen. */
function unitsOnly(nodes: OrgNode[]): (OrgNode & { disabled: boolean })[] {
  return nodes.map((n) => ({
    ...n,
    disabled: n.org.kind !== 'unit',
    children: unitsOnly(n.children),
  }));
}

/** The import page. */
export function ImportPage() {
  const t = useT();
  const { language } = useLanguage();
  const notify = useNotify();
  const navigate = useNavigate();
  const me = useMe();
  const orgs = useOrgs();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [saving, setSaving] = useState<number | null>(null);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [form] = Form.useForm<{ orgId: string; year: number | null }>();
  const units = useMemo(() => (orgs.data ?? []).filter((o: Org) => o.kind === 'unit'), [orgs.data]);
  const defaultOrg =
    me.data?.orgId && units.some((u) => u.id === me.data?.orgId)
      ? me.data.orgId
      : units.length === 1
        ? units[0]?.id
        : undefined;

  const read = async (file: File) => {
    setPhase({ kind: 'uploading', file, fraction: 0 });
    try {
      const preview = await previewImport(file, { orgId: defaultOrg ?? null }, (fraction) =>
        setPhase({ kind: 'uploading', file, fraction }),
      );
      setPhase({ kind: 'preview', file, preview });
      const first = preview.tables[0];
      form.setFieldsValue({
        orgId: defaultOrg ?? preview.orgId,
        year: first?.table.project.year ?? null,
      });
      if (first)
        notify.success(WEB_IMPORT.readOk, {
          name: file.name,
          n: first.table.indicators.length,
          errors: first.summary.error,
          warnings: first.summary.warning,
        });
    } catch (error) {
      // The error is kept, not its words: the sentence follows a later language switch.
      setPhase({ kind: 'failed', file, error });
    }
  };

  /** A big file: stored in the background while the page follows the job. */
  const saveInBackground = async (file: File, values: { orgId: string; year: number | null }) => {
    const started = await startImportJob(file, values, setSaving);
    setJob(started);
    const [first] = await followImportJob(started.id, setJob);
    if (!first) return;
    notify.success(WEB_IMPORT.saved, { name: first.name, n: first.indicatorCount });
    void navigate(`/projects/${first.id}`);
  };

  const save = async (values: { orgId: string; year: number | null }) => {
    if (phase.kind !== 'preview') return;
    setSaving(0);
    try {
      if (phase.file.size >= BACKGROUND_IMPORT_BYTES) {
        await saveInBackground(phase.file, values);
        return;
      }
      const done = await runImport(
        phase.file,
        { orgId: values.orgId, year: values.year },
        setSaving,
      );
      notify.success(WEB_IMPORT.saved, { name: done.project.name, n: done.project.indicatorCount });
      void navigate(`/projects/${done.project.id}`);
    } catch (error) {
      notify.failure(error);
    } finally {
      setSaving(null);
      setJob(null);
    }
  };

  const step = phase.kind === 'preview' ? 1 : 0;
  const tables = phase.kind === 'preview' ? phase.preview.tables : [];
  const yearKnown = tables.every((x) => x.table.project.year !== null);

  return (
    <div className="import-page">
      <div className="page-header">
        <Typography.Title level={1}>{t(WEB_IMPORT.title)}</Typography.Title>
        <Steps
          size="small"
          current={step}
          className="import-steps"
          items={[
            { title: t(WEB_IMPORT.stepFile) },
            { title: t(WEB_IMPORT.stepPreview) },
            { title: t(WEB_IMPORT.stepSave) },
          ]}
        />
      </div>
      {phase.kind !== 'preview' && (
        <Upload.Dragger
          accept=".xlsx,.xls,.docx,.pdf,.html,.htm,.csv,.txt,.json,.tsv"
          multiple={false}
          showUploadList={false}
          disabled={phase.kind === 'uploading'}
          beforeUpload={(file) => {
            void read(file);
            return false;
          }}
          className="import-drop"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t(WEB_IMPORT.drop)}</p>
          <p className="ant-upload-hint">{t(WEB_IMPORT.formats)}</p>
        </Upload.Dragger>
      )}
      {phase.kind === 'uploading' && (
        <div className="import-progress" role="status">
          <Progress percent={Math.round(phase.fraction * 100)} status="active" />
          <span>
            {phase.fraction < 1
              ? t(WEB_IMPORT.uploading, {
                  name: phase.file.name,
                  percent: Math.round(phase.fraction * 100),
                })
              : t(WEB_IMPORT.parsing, { name: phase.file.name })}
          </span>
        </div>
      )}
      {phase.kind === 'failed' && (
        <Alert
          type="error"
          showIcon
          role="alert"
          className="import-error"
          title={t(WEB_IMPORT.readFailed, {
            name: phase.file.name,
            reason: errorText(phase.error)[language],
          })}
        />
      )}
      {phase.kind === 'preview' && (
        <>
          <Form
            form={form}
            layout="inline"
            className="import-save"
            onFinish={(values) => void save(values)}
            initialValues={{ orgId: defaultOrg }}
          >
            <Form.Item
              name="orgId"
              label={t(WEB_IMPORT.org)}
              rules={[{ required: true, message: t(WEB_IMPORT.orgRequired) }]}
            >
              <TreeSelect
                treeData={unitsOnly(orgTree(orgs.data ?? []))}
                treeDefaultExpandAll
                showSearch
                treeNodeFilterProp="title"
                style={{ width: 280 }}
                aria-label={t(WEB_IMPORT.org)}
              />
            </Form.Item>
            {!yearKnown && (
              <Form.Item
                name="year"
                label={t(WEB_IMPORT.year)}
                rules={[{ required: true, message: t(WEB_IMPORT.yearRequired) }]}
              >
                <InputNumber min={1990} max={2199} aria-label={t(WEB_IMPORT.year)} />
              </Form.Item>
            )}
            <Space>
              <Button onClick={() => setPhase({ kind: 'idle' })}>
                {t(WEB_IMPORT.chooseAnother)}
              </Button>
              <Button
                type="primary"
                htmlType="submit"
                loading={saving !== null}
                disabled={tables.every((x) => x.table.indicators.length === 0)}
              >
                {saving !== null && saving < 1
                  ? `${t(WEB_IMPORT.saving)} ${Math.round(saving * 100)}%`
                  : t(WEB_IMPORT.save)}
              </Button>
            </Space>
          </Form>
          {job && <JobProgress job={job} />}
          {tables.length === 1 && tables[0] ? (
            <ImportPreviewView {...tables[0]} />
          ) : (
            <Tabs
              items={tables.map((x, i) => ({
                key: String(i),
                label: x.table.project.name ?? `${i + 1}`,
                children: <ImportPreviewView {...x} />,
              }))}
            />
          )}
        </>
      )}
    </div>
  );
}

const JOB_TEXT = {
  queued: WEB_IMPORT.jobQueued,
  reading: WEB_IMPORT.jobReading,
  reviewing: WEB_IMPORT.jobReviewing,
  storing: WEB_IMPORT.jobStoring,
  done: WEB_IMPORT.jobDone,
  failed: WEB_IMPORT.jobDone,
} as const;

/** Where a background import is: a bar and the stage in words. */
function JobProgress({ job }: { readonly job: ImportJob }) {
  const t = useT();
  return (
    <div className="import-progress" role="status" data-testid="import-job">
      <Progress
        percent={Math.round(job.progress * 100)}
        status={job.state === 'failed' ? 'exception' : 'active'}
      />
      <span>{t(JOB_TEXT[job.state], { name: job.fileName })}</span>
      <span className="import-job-hint">{t(WEB_IMPORT.jobHint)}</span>
    </div>
  );
}

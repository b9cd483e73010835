/**
 * The projects list: filters (year, organisation, state, grade, findings by category and
 * severity) and search kept in the address, so charts on the dashboard link straight to a
 * filtered list. The server filters and pages all of them; CSV export of the page shown.
 */
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Select, Space, Table, Tag, TreeSelect, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import {
  GRADE_NAMES,
  REVIEW_MESSAGES,
  WEB_COMMON,
  WEB_PROJECTS,
  WORKFLOW_MESSAGES,
} from '../../../core/messages/index.js';
import { FINDING_CATEGORIES } from '../../../core/review/finding.js';
import type { GradeId } from '../../../core/scoring/scoring-profile.js';
import { PROJECT_STATES, type ProjectState } from '../../../core/workflow/states.js';
import { saveBlob } from '../../api/download.js';
import { errorText } from '../../api/http.js';
import { useOrgs } from '../../api/orgs.js';
import { useProjects } from '../../api/projects.js';
import { useMe } from '../../api/session.js';
import type { Project } from '../../api/types.js';
import { useNotify } from '../../components/notify.js';
import { orgTree } from '../../components/org-tree.js';
import { formatDateTime, formatWan } from '../../i18n/format.js';
import { useLabel, useLanguage, useT } from '../../i18n/language.js';
import { StateTag } from '../project/state-tag.js';
import { toCsv } from './csv.js';
import { GradeCell } from './grade-cell.js';

const GRADES = Object.keys(GRADE_NAMES) as GradeId[];
const SEVERITIES = ['error', 'warning', 'info'] as const;
const SEVERITY_NAMES = {
  error: WEB_PROJECTS.withErrors,
  warning: WEB_PROJECTS.withWarnings,
  info: WEB_PROJECTS.withInfos,
} as const;
const PAGE_SIZE = 20;

/** A value of the address if it is one of `allowed`, else null (a hand-edited link). */
const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | null =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;

/** The projects list. */
export function ProjectsPage() {
  const t = useT();
  const label = useLabel();
  const { language } = useLanguage();
  const notify = useNotify();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const year = params.get('year');
  const orgId = params.get('orgId');
  const state = params.get('state');
  const grade = oneOf(params.get('grade'), GRADES);
  const q = params.get('q') ?? '';
  const severity = oneOf(params.get('findingSeverity'), SEVERITIES);
  const category = oneOf(params.get('findingCategory'), FINDING_CATEGORIES);
  const page = Number(params.get('page') ?? '1') || 1;
  const orgs = useOrgs();
  const list = useProjects({
    year: year ? Number(year) : null,
    orgId,
    state,
    q: q || null,
    grade,
    findingCategory: category,
    findingSeverity: severity,
    page,
    pageSize: PAGE_SIZE,
  });

  const set = (key: string, value: string | null | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };

  const rows = list.data?.items ?? [];

  const years = useMemo(() => {
    const set = new Set<number>();
    for (const p of list.data?.items ?? []) if (p.year) set.add(p.year);
    if (year) set.add(Number(year));
    return [...set].sort((a, b) => b - a);
  }, [list.data, year]);

  const columns: ColumnsType<Project> = [
    {
      title: t(WEB_PROJECTS.name),
      dataIndex: 'name',
      ellipsis: true,
      render: (_, p) => <Link to={`/projects/${p.id}`}>{p.name}</Link>,
    },
    { title: t(WEB_PROJECTS.org), dataIndex: 'orgName', ellipsis: true, width: 190 },
    { title: t(WEB_PROJECTS.year), dataIndex: 'year', width: 70 },
    {
      title: t(WEB_PROJECTS.amount),
      dataIndex: 'amountTotal',
      width: 120,
      align: 'right',
      render: (v: string | null) => formatWan(v),
    },
    { title: t(WEB_PROJECTS.indicators), dataIndex: 'indicatorCount', width: 80, align: 'right' },
    {
      title: t(WEB_PROJECTS.findings),
      width: 140,
      render: (_, p) =>
        p.findingSummary.error + p.findingSummary.warning === 0 ? (
          <Tag color="green">{t(WEB_PROJECTS.clean)}</Tag>
        ) : (
          <Space size={2}>
            {p.findingSummary.error > 0 && (
              <Tag color="red">{t(WEB_PROJECTS.errorsShort, { n: p.findingSummary.error })}</Tag>
            )}
            {p.findingSummary.warning > 0 && (
              <Tag color="orange">
                {t(WEB_PROJECTS.warningsShort, { n: p.findingSummary.warning })}
              </Tag>
            )}
          </Space>
        ),
    },
    {
      title: t(WEB_PROJECTS.grade),
      width: 110,
      render: (_, p) => <GradeCell project={p} />,
    },
    {
      title: t(WEB_PROJECTS.state),
      dataIndex: 'state',
      width: 130,
      render: (s: ProjectState) => <StateTag state={s} />,
    },
    {
      title: t(WEB_PROJECTS.updated),
      dataIndex: 'updatedAt',
      width: 140,
      render: (v: string) => formatDateTime(v),
    },
  ];

  const exportCsv = () => {
    const header = [
      WEB_PROJECTS.name,
      WEB_PROJECTS.org,
      WEB_PROJECTS.year,
      WEB_PROJECTS.amount,
      WEB_PROJECTS.indicators,
      WEB_PROJECTS.scoreColumn,
      WEB_PROJECTS.grade,
      WEB_PROJECTS.state,
    ].map((m) => t(m));
    const body = rows.map((p) => [
      p.name,
      p.orgName,
      p.year ?? '',
      formatWan(p.amountTotal),
      p.indicatorCount,
      p.scoreTotal ?? '',
      p.grade ? t(GRADE_NAMES[p.grade]) : '',
      label(WORKFLOW_MESSAGES.states[p.state]),
    ]);
    saveBlob(
      new Blob([toCsv([header, ...body])], { type: 'text/csv;charset=utf-8' }),
      `${t(WEB_PROJECTS.title)}.csv`,
    );
    notify.success(WEB_PROJECTS.exportedList, { n: rows.length });
  };

  const filtered = Boolean(year || orgId || state || grade || q || severity || category);
  const canImport = me.data?.role === 'unit-filer' || me.data?.role === 'admin';

  return (
    <div>
      <div className="page-header">
        <Typography.Title level={1}>{t(WEB_PROJECTS.title)}</Typography.Title>
        <Space>
          <Button icon={<DownloadOutlined />} onClick={exportCsv} disabled={rows.length === 0}>
            {t(WEB_PROJECTS.exportList)}
          </Button>
          {canImport && (
            <Link to="/import">
              <Button type="primary" icon={<PlusOutlined />}>
                {t(WEB_PROJECTS.importTable)}
              </Button>
            </Link>
          )}
        </Space>
      </div>
      <search className="filters">
        <Input.Search
          allowClear
          placeholder={t(WEB_PROJECTS.search)}
          aria-label={t(WEB_PROJECTS.search)}
          defaultValue={q}
          onSearch={(value) => set('q', value.trim())}
          style={{ width: 260 }}
        />
        <Select
          allowClear
          aria-label={t(WEB_PROJECTS.year)}
          placeholder={t(WEB_PROJECTS.anyYear)}
          value={year ?? undefined}
          onChange={(v: string | undefined) => set('year', v)}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
          style={{ width: 120 }}
        />
        <TreeSelect
          allowClear
          showSearch
          treeDefaultExpandAll
          aria-label={t(WEB_PROJECTS.org)}
          placeholder={t(WEB_PROJECTS.anyOrg)}
          value={orgId ?? undefined}
          onChange={(v: string | undefined) => set('orgId', v)}
          treeData={orgTree(orgs.data ?? [])}
          treeNodeFilterProp="title"
          style={{ width: 240 }}
        />
        <Select
          allowClear
          aria-label={t(WEB_PROJECTS.state)}
          placeholder={t(WEB_PROJECTS.anyState)}
          value={state ?? undefined}
          onChange={(v: string | undefined) => set('state', v)}
          options={PROJECT_STATES.map((s) => ({
            value: s,
            label: label(WORKFLOW_MESSAGES.states[s]),
          }))}
          style={{ width: 150 }}
        />
        <Select
          allowClear
          aria-label={t(WEB_PROJECTS.grade)}
          placeholder={t(WEB_PROJECTS.anyGrade)}
          value={grade ?? undefined}
          onChange={(v: string | undefined) => set('grade', v)}
          options={GRADES.map((g) => ({ value: g, label: t(GRADE_NAMES[g]) }))}
          style={{ width: 120 }}
        />
        <Select
          allowClear
          aria-label={t(WEB_PROJECTS.findingsFilter)}
          placeholder={t(WEB_PROJECTS.findingsFilter)}
          value={severity ?? undefined}
          onChange={(v: string | undefined) => set('findingSeverity', v)}
          options={SEVERITIES.map((s) => ({ value: s, label: t(SEVERITY_NAMES[s]) }))}
          style={{ width: 120 }}
        />
        <Select
          allowClear
          aria-label={t(WEB_PROJECTS.categoryFilter)}
          placeholder={t(WEB_PROJECTS.anyCategory)}
          value={category ?? undefined}
          onChange={(v: string | undefined) => set('findingCategory', v)}
          options={FINDING_CATEGORIES.map((c) => ({
            value: c,
            label: label(REVIEW_MESSAGES.category[c]),
          }))}
          style={{ width: 150 }}
        />
        {filtered && (
          <Button type="link" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
            {t(WEB_PROJECTS.clearFilters)}
          </Button>
        )}
      </search>
      {list.isError && <Alert type="error" showIcon title={errorText(list.error)[language]} />}
      <Table<Project>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={list.isFetching && !list.data}
        locale={{
          emptyText: filtered || !canImport ? t(WEB_PROJECTS.empty) : t(WEB_PROJECTS.emptyFiler),
        }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (n) => t(WEB_PROJECTS.total, { n }),
          onChange: (p) => set('page', String(p)),
        }}
        aria-label={t(WEB_PROJECTS.title)}
      />
      <span className="visually-hidden">{t(WEB_COMMON.count, { n: rows.length })}</span>
    </div>
  );
}

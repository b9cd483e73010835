/** One published table, read-only, with its project facts: what the public may see. */
import { Alert, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { FRAMEWORKS } from '../../../core/framework/frameworks.js';
import { WEB_COMMON, WEB_PUBLIC } from '../../../core/messages/index.js';
import { usePublicTable } from '../../api/public.js';
import { PageLoading } from '../../components/page-loading.js';
import { PublicLayout } from '../../components/public-layout.js';
import { useT } from '../../i18n/language.js';
import { ProjectFacts } from '../project/project-facts.js';
import { draftOf } from '../project/target-table/draft.js';
import { layoutOf } from '../project/target-table/groups.js';
import { TargetGrid } from '../project/target-table/target-grid.js';
import '../project/target-table/target-table.css';

const noop = () => {};
const NONE = new Map();

/** The public table page. */
export function PublicTablePage() {
  const t = useT();
  const { id = '' } = useParams();
  const table = usePublicTable(id);
  const draft = useMemo(() => (table.data ? draftOf(table.data) : null), [table.data]);
  const layout = useMemo(() => (draft ? layoutOf(draft) : null), [draft]);
  return (
    <PublicLayout>
      <div className="public-page">
        <Link to="/public">← {t(WEB_PUBLIC.backToList)}</Link>
        {table.isPending && <PageLoading />}
        {table.isError && <Alert type="warning" showIcon title={t(WEB_PUBLIC.notPublished)} />}
        {table.data && draft && layout && (
          <>
            <Typography.Title level={1} className="project-title">
              {table.data.project.name ?? t(WEB_COMMON.unknown)}
            </Typography.Title>
            <ProjectFacts table={table.data} />
            <div className="grid-scroll public-grid">
              <TargetGrid
                draft={draft}
                layout={layout}
                findingsByIndex={NONE}
                commentCounts={NONE}
                framework={FRAMEWORKS[table.data.framework]}
                readOnly
                onCommit={noop}
                onActiveRow={noop}
                onOpenComments={noop}
                onMoveRow={noop}
              />
            </div>
          </>
        )}
      </div>
    </PublicLayout>
  );
}

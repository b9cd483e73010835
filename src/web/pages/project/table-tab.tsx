/** The 目标表 tab: loads the table and comments, decides whether the caller may edit. */
import { Alert, Spin } from 'antd';
import { WEB_COMMON, WORKFLOW_MESSAGES } from '../../../core/messages/index.js';
import { lockOf } from '../../../core/workflow/states.js';
import { errorText } from '../../api/http.js';
import { useComments, useProjectTable } from '../../api/projects.js';
import type { Me, Project } from '../../api/types.js';
import { useLanguage, useT } from '../../i18n/language.js';
import { TableEditor } from './target-table/table-editor.js';

interface TableTabProps {
  readonly project: Project;
  readonly me: Me;
  readonly onDirtyChange: (dirty: boolean) => void;
}

/** The target table tab. */
export function TableTab({ project, me, onDirtyChange }: TableTabProps) {
  const t = useT();
  const { language } = useLanguage();
  const table = useProjectTable(project.id);
  const comments = useComments(project.id);
  if (table.isPending)
    return (
      <Spin description={t(WEB_COMMON.loading)}>
        <div className="tab-loading" />
      </Spin>
    );
  if (table.isError)
    return <Alert type="error" showIcon title={errorText(table.error)[language]} />;
  const lock = lockOf(project.state);
  const isFiler = me.role === 'unit-filer';
  // The server says whether the caller may edit; core's policy decides the same when it does not.
  const readOnly = !(project.canEdit ?? (isFiler && lock === null));
  const canComment =
    me.role === 'unit-filer' || me.role === 'department-reviewer' || me.role === 'finance-reviewer';
  return (
    <TableEditor
      // A new project or a reload from the server starts a fresh editor.
      key={project.id}
      projectId={project.id}
      table={table.data.table}
      version={table.data.version}
      readOnly={readOnly}
      lockNotice={
        isFiler && project.locked
          ? language === 'zh'
            ? project.locked.message
            : project.locked.messageEn
          : isFiler && lock
            ? t(WORKFLOW_MESSAGES.locks[lock])
            : null
      }
      comments={comments.data ?? []}
      canComment={canComment}
      onDirtyChange={onDirtyChange}
    />
  );
}

/**
 * Someone else saved while you edited (409): both versions side by side as a list of
 * differences, and the choice of which to keep. Nothing is decided without the user.
 */
import { Alert, Button, Modal, Space } from 'antd';
import { WEB_PROJECT } from '../../../../core/messages/index.js';
import type { TargetTable } from '../../../../core/table/target-table.js';
import { useT } from '../../../i18n/language.js';
import { TableDiffView } from '../diff/table-diff-view.js';

export interface Conflict {
  readonly mineVersion: number;
  readonly theirs: TargetTable;
  readonly theirsVersion: number;
}

interface ConflictDialogProps {
  readonly conflict: Conflict | null;
  readonly mine: TargetTable;
  readonly busy: boolean;
  readonly onKeepMine: () => void;
  readonly onTakeTheirs: () => void;
  readonly onClose: () => void;
}

/** The conflict dialog. */
export function ConflictDialog({
  conflict,
  mine,
  busy,
  onKeepMine,
  onTakeTheirs,
  onClose,
}: ConflictDialogProps) {
  const t = useT();
  if (!conflict) return null;
  return (
    <Modal
      open
      width={960}
      title={t(WEB_PROJECT.conflictTitle)}
      onCancel={onClose}
      footer={
        <Space wrap>
          <Button onClick={onClose}>{t(WEB_PROJECT.keepEditing)}</Button>
          <Button danger onClick={onTakeTheirs} disabled={busy}>
            {t(WEB_PROJECT.takeTheirs)}
          </Button>
          <Button type="primary" onClick={onKeepMine} loading={busy}>
            {t(WEB_PROJECT.keepMine, { n: conflict.theirsVersion })}
          </Button>
        </Space>
      }
    >
      <Alert
        type="warning"
        showIcon
        title={t(WEB_PROJECT.conflictBody, {
          mine: conflict.mineVersion,
          theirs: conflict.theirsVersion,
          who: t(WEB_PROJECT.conflictSomeone),
        })}
      />
      <p className="conflict-legend">
        <del>{t(WEB_PROJECT.conflictTheirs, { n: conflict.theirsVersion })}</del>
        <span aria-hidden> → </span>
        <ins>{t(WEB_PROJECT.conflictMine)}</ins>
      </p>
      <div className="conflict-diff">
        <TableDiffView before={conflict.theirs} after={mine} />
      </div>
    </Modal>
  );
}

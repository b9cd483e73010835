/**
 * The 目标表 tab: toolbar (insert, move, delete, undo, save), the grid, and beside it the live
 * findings and the review comments. Edits are reviewed as they happen and kept on this computer
 * until saved.
 */
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
  RedoOutlined,
  SaveOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { Alert, Badge, Button, Popconfirm, Space, Tabs, Tooltip } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FRAMEWORKS } from '../../../../core/framework/frameworks.js';
import { WEB_GRID, WEB_PROJECT } from '../../../../core/messages/index.js';
import type { TargetTable } from '../../../../core/table/target-table.js';
import type { ReviewComment } from '../../../api/types.js';
import { useNotify } from '../../../components/notify.js';
import { useFitHeight } from '../../../components/use-fit-height.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useT } from '../../../i18n/language.js';
import { recordMark, recordSample } from '../../../perf.js';
import { CommentsPanel } from './comments-panel.js';
import { ConflictDialog } from './conflict-dialog.js';
import {
  type Draft,
  deleteRow,
  draftOf,
  draftWith,
  type EditableField,
  insertRow,
  isDirty,
  moveRow,
  pasteBlock,
  setCell,
} from './draft.js';
import { useDraftHistory } from './draft-history.js';
import { FindingsPanel } from './findings-panel.js';
import { layoutOf } from './groups.js';
import {
  clearLocalDraft,
  loadLocalDraft,
  type StoredDraft,
  useKeepLocalDraft,
} from './local-draft.js';
import { type GridHandle, TargetGrid } from './target-grid.js';
import { useLiveReview } from './use-live-review.js';
import { useTableSave } from './use-table-save.js';
import './target-table.css';

interface TableEditorProps {
  readonly projectId: string;
  readonly table: TargetTable;
  readonly version: number;
  readonly readOnly: boolean;
  readonly lockNotice: string | null;
  readonly comments: readonly ReviewComment[];
  readonly canComment: boolean;
  readonly onDirtyChange: (dirty: boolean) => void;
}

/** Starts from the saved table, or from edits kept on this computer when there are any. */
function initialDraft(
  projectId: string,
  table: TargetTable,
  readOnly: boolean,
): { draft: Draft; restored: StoredDraft | null } {
  const stored = readOnly ? null : loadLocalDraft(projectId);
  if (stored) {
    const draft = draftWith(table, stored.indicators);
    const restored = { ...draft, base: table, table: draft.table };
    if (isDirty(restored)) return { draft: restored, restored: stored };
    clearLocalDraft(projectId);
  }
  return { draft: draftOf(table), restored: null };
}

/** A draft whose saved state is its current content (after a save). */
const rebased = (draft: Draft): Draft => ({ ...draft, base: draft.table });

/** The table editor. */
export function TableEditor(props: TableEditorProps) {
  const { projectId, table, version, readOnly, lockNotice, comments, canComment, onDirtyChange } =
    props;
  const t = useT();
  const notify = useNotify();
  const [start] = useState(() => initialDraft(projectId, table, readOnly));
  const [restored, setRestored] = useState(start.restored);
  const history = useDraftHistory(() => start.draft);
  const { draft } = history;
  const [baseVersion, setBaseVersion] = useState(restored?.version ?? version);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [sideTab, setSideTab] = useState<'findings' | 'comments'>('findings');
  const grid = useRef<GridHandle>(null);
  // The draft as of the last edit, for handlers that run before React renders again (save).
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const editStarted = useRef<number | null>(null);

  const live = useLiveReview(draft.table);
  const layout = useMemo(() => layoutOf(draft), [draft]);
  const dirty = useMemo(() => isDirty(draft), [draft]);
  const framework = FRAMEWORKS[draft.base.framework];
  const saver = useTableSave(projectId);
  const fit = useFitHeight<HTMLDivElement>();

  useKeepLocalDraft(projectId, baseVersion, draft.table.indicators, dirty && !readOnly);
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  // First paint of all rows: the budget "project page interactive" ends here.
  useEffect(() => {
    recordMark('gridRendered');
  }, []);

  // Edit → review → paint, measured to the frame after the commit.
  // biome-ignore lint/correctness/useExhaustiveDependencies: it runs once per new draft, which is what it measures.
  useEffect(() => {
    const started = editStarted.current;
    if (started === null) return;
    editStarted.current = null;
    requestAnimationFrame(() => recordSample('editToPaint', performance.now() - started));
  }, [draft]);

  const apply = useCallback(
    (next: Draft) => {
      if (next === draftRef.current) return;
      editStarted.current = performance.now();
      draftRef.current = next;
      history.apply(next);
    },
    [history.apply],
  );

  const onCommit = useCallback(
    (key: string, field: EditableField, text: string) =>
      apply(setCell(draftRef.current, key, field, text)),
    [apply],
  );

  const commentCounts = useMemo(() => {
    const counts = new Map<number, number>();
    for (const c of comments)
      if (c.indicatorIndex !== null)
        counts.set(c.indicatorIndex, (counts.get(c.indicatorIndex) ?? 0) + 1);
    return counts;
  }, [comments]);

  const jumpTo = useCallback((index: number) => {
    const key = draftRef.current.rows[index]?.key;
    if (key) grid.current?.focusCell(key);
  }, []);
  const openComments = useCallback((key: string) => {
    setActiveKey(key);
    setSideTab('comments');
  }, []);

  const activeIndex = activeKey ? layout.indexOf.get(activeKey) : undefined;
  const activeRow = activeIndex !== undefined ? draft.rows[activeIndex] : undefined;

  const insert = () => {
    grid.current?.flush();
    const result = insertRow(draftRef.current, activeKey);
    apply(result.draft);
    const index = result.draft.rows.findIndex((r) => r.key === result.key);
    notify.info(WEB_GRID.rowInserted, { n: index + 1 });
    // The new row appears in the next render; open its name for typing then.
    requestAnimationFrame(() => grid.current?.editCell(result.key, 'name'));
  };
  const move = (delta: -1 | 1) => {
    if (!activeKey || !activeRow) return;
    grid.current?.flush();
    const next = moveRow(draftRef.current, activeKey, delta);
    if (!next) {
      notify.info(WEB_GRID.cannotMove, {
        edge: t(delta < 0 ? WEB_GRID.edgeTop : WEB_GRID.edgeBottom),
      });
      return;
    }
    apply(next);
    requestAnimationFrame(() => grid.current?.focusCell(activeKey));
  };
  const remove = () => {
    if (!activeKey || activeIndex === undefined || !activeRow) return;
    const name = activeRow.indicator.name;
    const order = layout.order;
    const neighbour = order[order.indexOf(activeKey) + 1] ?? order[order.indexOf(activeKey) - 1];
    apply(deleteRow(draftRef.current, activeKey));
    notify.info(WEB_GRID.rowDeleted, { n: activeIndex + 1, name });
    if (neighbour) requestAnimationFrame(() => grid.current?.focusCell(neighbour));
  };
  const paste = useCallback(
    (start: { key: string; col: number }, text: string) => {
      const result = pasteBlock(draftRef.current, layout.order, start, text);
      if (result.cells === 0) return;
      apply(result.draft);
      notify.info(WEB_GRID.pasted, { n: result.cells });
    },
    [apply, layout.order, notify],
  );
  const undo = useCallback(() => {
    if (!history.canUndo) {
      notify.info(WEB_GRID.nothingToUndo);
      return;
    }
    editStarted.current = performance.now();
    history.undo();
  }, [history, notify]);
  const redo = useCallback(() => {
    if (history.canRedo) {
      editStarted.current = performance.now();
      history.redo();
    }
  }, [history]);

  const save = useCallback(async () => {
    if (readOnly) return;
    grid.current?.flush();
    const current = draftRef.current;
    if (!isDirty(current)) return;
    const next = await saver.save(current.table, baseVersion);
    if (next !== null) {
      setBaseVersion(next);
      setRestored(null);
      // Edits made while the request was out stay as unsaved edits on top of the saved table.
      const latest = draftRef.current;
      history.reset(latest === current ? rebased(current) : { ...latest, base: current.table });
    }
  }, [readOnly, saver, baseVersion, history]);

  const keepMine = async () => {
    const conflict = saver.conflict;
    if (!conflict) return;
    const current = draftRef.current;
    const next = await saver.save(current.table, conflict.theirsVersion);
    if (next !== null) {
      setBaseVersion(next);
      history.reset(rebased(current));
    }
  };
  const takeTheirs = () => {
    const conflict = saver.conflict;
    if (!conflict) return;
    clearLocalDraft(projectId);
    setBaseVersion(conflict.theirsVersion);
    history.reset(draftOf(conflict.theirs));
    saver.closeConflict();
    notify.info(WEB_PROJECT.tookTheirs, { n: conflict.theirsVersion });
  };
  const discard = () => {
    clearLocalDraft(projectId);
    history.reset(draftOf(draft.base));
    setRestored(null);
    notify.info(WEB_PROJECT.discarded, { n: baseVersion });
  };

  // Ctrl+S, Ctrl+Z, Ctrl+Y anywhere on the tab (a text box keeps its own undo).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const inText =
        event.target instanceof HTMLElement && event.target.matches('input, textarea, select');
      if (key === 's') {
        event.preventDefault();
        void save();
      } else if (!inText && !readOnly && key === 'z' && !event.shiftKey) {
        event.preventDefault();
        undo();
      } else if (!inText && !readOnly && (key === 'y' || (key === 'z' && event.shiftKey))) {
        event.preventDefault();
        redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save, undo, redo, readOnly]);

  const rowComments =
    activeIndex !== undefined && activeRow
      ? { index: activeIndex, name: activeRow.indicator.name }
      : null;

  return (
    <div className="table-editor">
      {lockNotice && <Alert type="info" showIcon title={lockNotice} className="editor-notice" />}
      {restored && (
        <Alert
          type="success"
          showIcon
          className="editor-notice"
          title={t(WEB_PROJECT.restored, {
            time: formatDateTime(restored.savedAt),
            n: restored.version,
          })}
          action={
            <Button size="small" onClick={discard}>
              {t(WEB_PROJECT.restoredDiscard)}
            </Button>
          }
        />
      )}
      {!readOnly && (
        <div
          className="editor-toolbar"
          role="toolbar"
          aria-label={t(WEB_GRID.label, { n: draft.rows.length })}
        >
          <Space wrap size={4}>
            <Button icon={<PlusOutlined />} onClick={insert}>
              {t(WEB_GRID.insertRow)}
            </Button>
            <Tooltip title="Alt+↑">
              <Button icon={<ArrowUpOutlined />} onClick={() => move(-1)} disabled={!activeRow}>
                {t(WEB_GRID.moveUp)}
              </Button>
            </Tooltip>
            <Tooltip title="Alt+↓">
              <Button icon={<ArrowDownOutlined />} onClick={() => move(1)} disabled={!activeRow}>
                {t(WEB_GRID.moveDown)}
              </Button>
            </Tooltip>
            <Button icon={<DeleteOutlined />} danger onClick={remove} disabled={!activeRow}>
              {t(WEB_GRID.deleteRow)}
            </Button>
            <Tooltip title="Ctrl+Z">
              <Button
                icon={<UndoOutlined />}
                onClick={undo}
                disabled={!history.canUndo}
                aria-label={t(WEB_GRID.undo)}
              >
                {t(WEB_GRID.undo)}
              </Button>
            </Tooltip>
            <Tooltip title="Ctrl+Y">
              <Button
                icon={<RedoOutlined />}
                onClick={redo}
                disabled={!history.canRedo}
                aria-label={t(WEB_GRID.redo)}
              >
                {t(WEB_GRID.redo)}
              </Button>
            </Tooltip>
          </Space>
          <Space size={8} className="editor-save">
            <span
              className={dirty ? 'save-state save-state-dirty' : 'save-state'}
              role="status"
              aria-live="polite"
            >
              {dirty ? t(WEB_PROJECT.unsaved) : t(WEB_PROJECT.allSaved)} ·{' '}
              {t(WEB_PROJECT.version, { n: baseVersion })}
            </span>
            {dirty && (
              <Popconfirm
                title={t(WEB_PROJECT.discardConfirm, { n: baseVersion })}
                onConfirm={discard}
              >
                <Button>{t(WEB_PROJECT.discard)}</Button>
              </Popconfirm>
            )}
            <Tooltip title="Ctrl+S">
              <Button
                type="primary"
                icon={<SaveOutlined />}
                onClick={() => void save()}
                loading={saver.saving}
                disabled={!dirty}
              >
                {t(WEB_PROJECT.save)}
              </Button>
            </Tooltip>
          </Space>
        </div>
      )}
      <p className="grid-help">{t(WEB_GRID.help)}</p>
      <div className="editor-body" ref={fit.ref} style={{ height: fit.height }}>
        <div className="grid-scroll">
          <TargetGrid
            handle={grid}
            draft={draft}
            layout={layout}
            findingsByIndex={live.byIndex}
            commentCounts={commentCounts}
            framework={framework}
            readOnly={readOnly}
            onCommit={onCommit}
            onActiveRow={setActiveKey}
            onOpenComments={openComments}
            onMoveRow={move}
            onPaste={paste}
          />
        </div>
        <aside className="editor-side">
          <Tabs
            size="small"
            activeKey={sideTab}
            onChange={(key) => setSideTab(key === 'comments' ? 'comments' : 'findings')}
            items={[
              {
                key: 'findings',
                label: (
                  <span>
                    {t(WEB_GRID.findings)}{' '}
                    <Badge count={live.result.summary.error} size="small" overflowCount={999} />
                  </span>
                ),
                children: (
                  <FindingsPanel
                    result={live.result}
                    indicators={draft.table.indicators}
                    lintMs={live.ms}
                    onJump={jumpTo}
                  />
                ),
              },
              {
                key: 'comments',
                label: (
                  <span>
                    {t(WEB_GRID.comments)}{' '}
                    <Badge count={comments.length} size="small" color="blue" overflowCount={999} />
                  </span>
                ),
                children: (
                  <CommentsPanel
                    projectId={projectId}
                    comments={comments}
                    row={rowComments}
                    canComment={canComment}
                    onJump={jumpTo}
                  />
                ),
              },
            ]}
          />
        </aside>
      </div>
      <ConflictDialog
        conflict={saver.conflict}
        mine={draft.table}
        busy={saver.saving}
        onKeepMine={() => void keepMine()}
        onTakeTheirs={takeTheirs}
        onClose={saver.closeConflict}
      />
    </div>
  );
}

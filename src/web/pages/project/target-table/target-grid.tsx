/**
 * The indicator grid (目标表): rows grouped by level 1 and 2, one active cell moved with the
 * keyboard like a spreadsheet (arrows, Enter or typing to edit, Esc, Tab), markers for findings
 * and comments on each row.
 */
import {
  type KeyboardEvent,
  type Ref,
  useCallback,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { Framework } from '../../../../core/framework/frameworks.js';
import { LEVEL2_NAME } from '../../../../core/framework/taxonomy.js';
import { WEB_GRID } from '../../../../core/messages/index.js';
import type { Finding } from '../../../../core/review/index.js';
import { useLanguage, useT } from '../../../i18n/language.js';
import type { AfterEdit } from './cell-editor.js';
import { cellText, type Draft, EDITABLE_FIELDS, type EditableField } from './draft.js';
import { GridRow, type RowHandlers } from './grid-row.js';
import type { GridLayout } from './groups.js';

export interface GridHandle {
  /** Makes a row's cell active, scrolls it into view and focuses it. */
  readonly focusCell: (key: string, field?: EditableField) => void;
  /** Opens a cell for editing (a new row's name). */
  readonly editCell: (key: string, field: EditableField) => void;
  /** Confirms the cell being edited, if any, so that a save includes it. */
  readonly flush: () => void;
}

interface TargetGridProps {
  readonly draft: Draft;
  readonly layout: GridLayout;
  readonly findingsByIndex: ReadonlyMap<number, readonly Finding[]>;
  readonly commentCounts: ReadonlyMap<number, number>;
  readonly framework: Framework;
  readonly readOnly: boolean;
  readonly onCommit: (key: string, field: EditableField, text: string) => void;
  readonly onActiveRow: (key: string | null) => void;
  readonly onOpenComments: (key: string) => void;
  /** Alt+↑ / Alt+↓: move the active row within its category. */
  readonly onMoveRow: (delta: -1 | 1) => void;
  /** Ctrl+V on a cell: a block copied from Excel, pasted from that cell. */
  readonly onPaste?: (start: { key: string; col: number }, text: string) => void;
  readonly handle?: Ref<GridHandle>;
}

interface Active {
  readonly key: string;
  readonly col: number;
}

const LAST_COL = EDITABLE_FIELDS.length - 1;
const PAGE = 10;

/** The grid. */
export function TargetGrid(props: TargetGridProps) {
  const {
    draft,
    layout,
    findingsByIndex,
    commentCounts,
    framework,
    readOnly,
    onCommit,
    onActiveRow,
    onOpenComments,
    onMoveRow,
    onPaste,
    handle,
  } = props;
  const t = useT();
  const { language } = useLanguage();
  const tableRef = useRef<HTMLTableElement>(null);
  const [active, setActiveState] = useState<Active | null>(null);
  const [editing, setEditing] = useState<{ replaceWith: string | null } | null>(null);
  // Focus follows the active cell only when the user is working in the grid (not on first load).
  const wantFocus = useRef(false);
  const activeRef = useRef(active);
  activeRef.current = active;
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  const editorFlush = useRef<(() => void) | null>(null);
  const registerEditor = useCallback((flush: (() => void) | null) => {
    editorFlush.current = flush;
  }, []);

  const setActive = useCallback(
    (next: Active | null) => {
      wantFocus.current = true;
      setActiveState(next);
      onActiveRow(next?.key ?? null);
    },
    [onActiveRow],
  );

  // A deleted row takes the active cell with it: move to the row now in its place.
  const activeKey = active?.key;
  const activeExists = activeKey ? layout.indexOf.has(activeKey) : true;
  useLayoutEffect(() => {
    if (!activeExists) {
      setActiveState(null);
      onActiveRow(null);
    }
  }, [activeExists, onActiveRow]);

  useLayoutEffect(() => {
    if (!active || editing || !wantFocus.current) return;
    const cell = tableRef.current?.querySelector<HTMLElement>(
      `tr[data-key="${active.key}"] td[data-col="${active.col}"]`,
    );
    if (cell && document.activeElement !== cell) {
      cell.focus({ preventScroll: true });
      cell.scrollIntoView({ block: 'nearest' });
    }
  }, [active, editing]);

  const move = useCallback(
    (rows: number, cols: number) => {
      const current = activeRef.current;
      const { order } = layoutRef.current;
      if (!current) {
        const first = order[0];
        if (first) setActive({ key: first, col: 1 });
        return;
      }
      const at = order.indexOf(current.key);
      let row = at + rows;
      let col = current.col + cols;
      // Tab past the last column goes on to the next row, as in a spreadsheet.
      if (col > LAST_COL && rows === 0) {
        col = 0;
        row += 1;
      } else if (col < 0 && rows === 0) {
        col = LAST_COL;
        row -= 1;
      }
      row = Math.max(0, Math.min(order.length - 1, row));
      col = Math.max(0, Math.min(LAST_COL, col));
      const key = order[row];
      if (key) setActive({ key, col });
    },
    [setActive],
  );

  const handlers = useMemo<RowHandlers>(
    () => ({
      select: (key, col) => {
        editorFlush.current?.();
        setEditing(null);
        setActive({ key, col });
      },
      edit: (key, col) => {
        editorFlush.current?.();
        setActive({ key, col });
        setEditing({ replaceWith: null });
      },
      commit: (key, field, text, then: AfterEdit) => {
        onCommit(key, field, text);
        setEditing(null);
        // After a blur or a flush the focus is somewhere the user chose: leave it there.
        wantFocus.current = then !== 'blur' && then !== 'flush';
        if (then === 'down') move(1, 0);
        else if (then === 'right') move(0, 1);
        else if (then === 'left') move(0, -1);
        else if (then === 'stay') setActiveState((a) => (a ? { ...a } : a));
      },
      cancel: () => {
        setEditing(null);
        wantFocus.current = true;
        setActiveState((a) => (a ? { ...a } : a));
      },
      openComments: onOpenComments,
      registerEditor,
    }),
    [onCommit, move, setActive, onOpenComments, registerEditor],
  );

  useImperativeHandle(
    handle,
    () => ({
      focusCell: (key, field) => {
        setEditing(null);
        setActive({
          key,
          col: field ? EDITABLE_FIELDS.indexOf(field) : (activeRef.current?.col ?? 1),
        });
      },
      editCell: (key, field) => {
        setActive({ key, col: EDITABLE_FIELDS.indexOf(field) });
        if (!readOnly) setEditing({ replaceWith: null });
      },
      flush: () => editorFlush.current?.(),
    }),
    [setActive, readOnly],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (editing) return;
    if (event.altKey) {
      if (!readOnly && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
        event.preventDefault();
        onMoveRow(event.key === 'ArrowUp' ? -1 : 1);
      }
      return;
    }
    const key = event.key;
    const ctrl = event.ctrlKey || event.metaKey;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      PageUp: [-PAGE, 0],
      PageDown: [PAGE, 0],
    };
    const delta = moves[key];
    if (delta && !ctrl) {
      event.preventDefault();
      move(delta[0], delta[1]);
    } else if (key === 'Home' || key === 'End') {
      event.preventDefault();
      const current = activeRef.current;
      const order = layoutRef.current.order;
      const rowKey = ctrl ? order[key === 'Home' ? 0 : order.length - 1] : current?.key;
      if (rowKey)
        setActive({ key: rowKey, col: ctrl ? (current?.col ?? 0) : key === 'Home' ? 0 : LAST_COL });
    } else if (key === 'Tab' && activeRef.current) {
      const { order } = layoutRef.current;
      const { key: rowKey, col } = activeRef.current;
      const atEnd = event.shiftKey
        ? col === 0 && order[0] === rowKey
        : col === LAST_COL && order.at(-1) === rowKey;
      // At the very end Tab leaves the grid, so the keyboard is never trapped.
      if (!atEnd) {
        event.preventDefault();
        move(0, event.shiftKey ? -1 : 1);
      }
    } else if ((key === 'Enter' || key === 'F2') && activeRef.current && !readOnly) {
      event.preventDefault();
      setEditing({ replaceWith: null });
    } else if (activeRef.current && !readOnly && !ctrl && (key.length === 1 || key === 'Process')) {
      // Typing over a cell replaces it, as in Excel. An input method (拼音) starts with "Process":
      // open the editor on the current text and let the composition go on there.
      if (key !== 'Process') event.preventDefault();
      setEditing({ replaceWith: key === 'Process' ? null : key });
    }
  };

  // Kept stable so the memoised rows render again only when their own data changes.
  const columnLabels = useMemo(
    () => [t(WEB_GRID.level2), t(WEB_GRID.name), t(WEB_GRID.target), t(WEB_GRID.source)],
    [t],
  );
  const year = draft.base.project.year;

  return (
    <table
      ref={tableRef}
      className="target-grid"
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a table with the grid role is the ARIA pattern for an editable grid (its cells become gridcells).
      role="grid"
      aria-label={t(WEB_GRID.label, { n: draft.rows.length })}
      aria-rowcount={draft.rows.length + 1}
      aria-readonly={readOnly || undefined}
      onKeyDown={onKeyDown}
      onCopy={(event) => {
        // Ctrl+C on a cell copies its text, as a spreadsheet does.
        const current = activeRef.current;
        const row = current ? draft.rows[layout.indexOf.get(current.key) ?? -1] : undefined;
        const field = current ? EDITABLE_FIELDS[current.col] : undefined;
        if (editing || !row || !field) return;
        event.preventDefault();
        event.clipboardData.setData('text/plain', cellText(row.indicator, field));
      }}
      onPaste={(event) => {
        const current = activeRef.current;
        if (editing || readOnly || !current || !onPaste) return;
        event.preventDefault();
        onPaste(current, event.clipboardData.getData('text/plain'));
      }}
      onFocus={(event) => {
        // Tabbing into the grid lands on the first cell when none is active yet.
        if (event.target === tableRef.current && !activeRef.current) move(0, 0);
      }}
      tabIndex={active ? -1 : 0}
    >
      <colgroup>
        <col className="col-marker" />
        <col className="col-index" />
        <col className="col-level2" />
        <col className="col-name" />
        <col className="col-target" />
        <col className="col-parsed" />
        <col className="col-source" />
      </colgroup>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col" className="grid-marker">
            <span className="visually-hidden">{t(WEB_GRID.marker)}</span>
          </th>
          <th scope="col">{t(WEB_GRID.index)}</th>
          <th scope="col">{columnLabels[0]}</th>
          <th scope="col">{columnLabels[1]}</th>
          <th scope="col">{columnLabels[2]}</th>
          <th scope="col">{t(WEB_GRID.parsed)}</th>
          <th scope="col">{columnLabels[3]}</th>
        </tr>
      </thead>
      {layout.groups.map((group) => (
        <tbody key={group.key} className="grid-group">
          <tr className="grid-group-header">
            <th colSpan={7} scope="rowgroup">
              {group.level2
                ? language === 'zh'
                  ? `${group.level1Label ?? ''}${group.level1Label ? ' › ' : ''}${group.level2Label ?? LEVEL2_NAME[group.level2].zh}`
                  : LEVEL2_NAME[group.level2].en
                : t(WEB_GRID.unclassified)}
              <span className="grid-group-count">
                {t(WEB_GRID.groupCount, { n: group.rows.length })}
              </span>
            </th>
          </tr>
          {group.rows.map(({ row, index }) => {
            const isActive = active?.key === row.key;
            return (
              <GridRow
                key={row.key}
                row={row}
                index={index}
                findings={findingsByIndex.get(index)}
                commentCount={commentCounts.get(index) ?? 0}
                activeCol={isActive ? active.col : null}
                editing={isActive ? editing : null}
                readOnly={readOnly}
                framework={framework}
                year={year}
                language={language}
                t={t}
                handlers={handlers}
                columnLabels={columnLabels}
              />
            );
          })}
        </tbody>
      ))}
    </table>
  );
}

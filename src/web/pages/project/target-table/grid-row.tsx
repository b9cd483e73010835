/**
 * One indicator row of the grid. Rows are memoised: an edit re-renders the edited row and the
 * rows whose findings changed, not all 164.
 */
import {
  CommentOutlined,
  ExclamationCircleFilled,
  InfoCircleFilled,
  WarningFilled,
} from '@ant-design/icons';
import { memo } from 'react';
import type { Framework } from '../../../../core/framework/frameworks.js';
import { LEVEL2_NAME } from '../../../../core/framework/taxonomy.js';
import { type Language, WEB_GRID } from '../../../../core/messages/index.js';
import type { Finding, Severity } from '../../../../core/review/index.js';
import type { Indicator } from '../../../../core/table/target-table.js';
import type { Translate } from '../../../i18n/language.js';
import { type AfterEdit, CellEditor } from './cell-editor.js';
import { cellText, type DraftRow, EDITABLE_FIELDS, type EditableField } from './draft.js';
import { describeValue, isMeasured } from './value-description.js';

export interface RowHandlers {
  readonly select: (key: string, col: number) => void;
  readonly edit: (key: string, col: number) => void;
  readonly commit: (key: string, field: EditableField, text: string, then: AfterEdit) => void;
  readonly cancel: () => void;
  readonly openComments: (key: string) => void;
  readonly registerEditor: (flush: (() => void) | null) => void;
}

export interface GridRowProps {
  readonly row: DraftRow;
  readonly index: number;
  readonly findings: readonly Finding[] | undefined;
  readonly commentCount: number;
  /** The focused column when this row holds the active cell. */
  readonly activeCol: number | null;
  readonly editing: { readonly replaceWith: string | null } | null;
  readonly readOnly: boolean;
  readonly framework: Framework;
  readonly year: number | null;
  readonly language: Language;
  readonly t: Translate;
  readonly handlers: RowHandlers;
  readonly columnLabels: readonly string[];
}

const worst = (findings: readonly Finding[]): Severity =>
  findings.some((f) => f.severity === 'error')
    ? 'error'
    : findings.some((f) => f.severity === 'warning')
      ? 'warning'
      : 'info';

const SEVERITY_ICON = {
  error: <ExclamationCircleFilled aria-hidden />,
  warning: <WarningFilled aria-hidden />,
  info: <InfoCircleFilled aria-hidden />,
} as const;

function level2Text(indicator: Indicator, language: Language, t: Translate): string {
  if (!indicator.level2) return t(WEB_GRID.unclassified);
  return language === 'zh'
    ? (indicator.level2Label ?? LEVEL2_NAME[indicator.level2].zh)
    : LEVEL2_NAME[indicator.level2].en;
}

function Display({
  indicator,
  field,
  language,
  t,
}: {
  readonly indicator: Indicator;
  readonly field: EditableField;
  readonly language: Language;
  readonly t: Translate;
}) {
  if (field === 'level2') return <>{level2Text(indicator, language, t)}</>;
  const text = cellText(indicator, field);
  if (text.trim() === '')
    return (
      <span className="cell-empty">
        {t(field === 'name' ? WEB_GRID.emptyName : WEB_GRID.emptyValue)}
      </span>
    );
  return <span className="cell-text">{text}</span>;
}

function RowComponent(props: GridRowProps) {
  const {
    row,
    index,
    findings,
    commentCount,
    activeCol,
    editing,
    readOnly,
    framework,
    year,
    language,
    t,
    handlers,
    columnLabels,
  } = props;
  const { indicator } = row;
  const severity = findings && findings.length > 0 ? worst(findings) : null;
  const parsed = describeValue(indicator.target, t);
  const parsedTitle =
    indicator.target.kind === 'number' &&
    indicator.target.op !== 'between' &&
    indicator.target.implicit
      ? `${parsed.join(' · ')}\n${t(WEB_GRID.implicitAtLeastTitle)}`
      : parsed.join(' · ');
  const findingTitle = findings
    ?.map((f) => (language === 'zh' ? f.message : f.messageEn))
    .join('\n');
  return (
    <tr
      data-key={row.key}
      data-index={index}
      aria-rowindex={index + 2}
      className={`grid-row${severity ? ` grid-row-${severity}` : ''}${activeCol !== null ? ' grid-row-active' : ''}`}
    >
      <td className="grid-marker">
        {severity && findings && (
          <span
            className={`marker marker-${severity}`}
            title={findingTitle}
            role="img"
            aria-label={t(WEB_GRID.rowFindings, { n: findings.length })}
          >
            {SEVERITY_ICON[severity]}
            {findings.length > 1 && <span className="marker-count">{findings.length}</span>}
          </span>
        )}
        {commentCount > 0 && (
          <button
            type="button"
            tabIndex={-1}
            className="marker-comment"
            aria-label={t(WEB_GRID.commentCount, { n: commentCount })}
            title={t(WEB_GRID.commentCount, { n: commentCount })}
            onClick={() => handlers.openComments(row.key)}
          >
            <CommentOutlined aria-hidden />
            {commentCount}
          </button>
        )}
      </td>
      <th scope="row" className="grid-index">
        {index + 1}
      </th>
      {EDITABLE_FIELDS.map((field, col) => {
        const active = activeCol === col;
        const cell = (
          <td
            key={field}
            data-col={col}
            tabIndex={active ? 0 : -1}
            className={`grid-cell grid-cell-${field}${active ? ' grid-cell-active' : ''}${active && editing ? ' grid-cell-editing' : ''}`}
            onMouseDown={(event) => {
              if (active && editing) return;
              event.preventDefault();
              if (active && !readOnly) handlers.edit(row.key, col);
              else handlers.select(row.key, col);
            }}
            onDoubleClick={() => !readOnly && handlers.edit(row.key, col)}
          >
            {active && editing ? (
              <CellEditor
                field={field}
                initial={cellText(indicator, field)}
                replaceWith={editing.replaceWith}
                label={`${columnLabels[col]} · ${t(WEB_GRID.rowRef, { n: index + 1 })}`}
                framework={framework}
                year={year}
                onCommit={(text, then) => handlers.commit(row.key, field, text, then)}
                onCancel={handlers.cancel}
                register={handlers.registerEditor}
              />
            ) : (
              <Display indicator={indicator} field={field} language={language} t={t} />
            )}
          </td>
        );
        if (field !== 'target') return cell;
        return [
          cell,
          <td
            key="parsed"
            className={`grid-parsed${isMeasured(indicator.target) ? '' : ' grid-parsed-soft'}`}
            title={parsedTitle}
          >
            {parsed.join(' · ')}
          </td>,
        ];
      })}
    </tr>
  );
}

/** A memoised indicator row. */
export const GridRow = memo(RowComponent);

/**
 * Review comments (审核意见) beside the grid: those on the selected row, or on the whole table
 * when no row is selected; reviewers and the unit write here, and the unit sees what to fix.
 */
import { Button, Empty, Input, Tag } from 'antd';
import { useState } from 'react';
import { WEB_GRID, WEB_ROLES, WORKFLOW_MESSAGES } from '../../../../core/messages/index.js';
import { useAddComment } from '../../../api/projects.js';
import type { ReviewComment } from '../../../api/types.js';
import { useNotify } from '../../../components/notify.js';
import { formatDateTime } from '../../../i18n/format.js';
import { useLabel, useT } from '../../../i18n/language.js';

interface CommentsPanelProps {
  readonly projectId: string;
  readonly comments: readonly ReviewComment[];
  /** The selected row's index and name, or null for the whole table. */
  readonly row: { readonly index: number; readonly name: string } | null;
  readonly canComment: boolean;
  readonly onJump: (index: number) => void;
}

function CommentItem({
  comment,
  onJump,
}: {
  readonly comment: ReviewComment;
  readonly onJump: (index: number) => void;
}) {
  const t = useT();
  const label = useLabel();
  const role = comment.authorRole ? WEB_ROLES[comment.authorRole] : null;
  const action =
    comment.kind === 'transition' && comment.action && comment.action in WORKFLOW_MESSAGES.actions
      ? WORKFLOW_MESSAGES.actions[comment.action as keyof typeof WORKFLOW_MESSAGES.actions]
      : null;
  return (
    <li className="comment" data-testid="comment">
      <div className="comment-meta">
        <strong>{comment.authorName}</strong>
        {role && <span className="comment-role">{t(role)}</span>}
        {action && <Tag color={comment.action === 'return' ? 'red' : 'blue'}>{label(action)}</Tag>}
        <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
      </div>
      {comment.indicatorIndex !== null && (
        <button
          type="button"
          className="comment-row"
          onClick={() => onJump(comment.indicatorIndex as number)}
        >
          {t(WEB_GRID.rowRef, { n: comment.indicatorIndex + 1 })}
          {comment.indicatorName ? ` · ${comment.indicatorName}` : ''}
        </button>
      )}
      <p className="comment-body">{comment.body}</p>
    </li>
  );
}

/** The comments side panel. */
export function CommentsPanel({
  projectId,
  comments,
  row,
  canComment,
  onJump,
}: CommentsPanelProps) {
  const t = useT();
  const notify = useNotify();
  const add = useAddComment(projectId);
  const [body, setBody] = useState('');
  const shown = row ? comments.filter((c) => c.indicatorIndex === row.index) : comments;
  const title = row ? t(WEB_GRID.commentsOf, { n: row.index + 1 }) : t(WEB_GRID.comments);
  const submit = () => {
    const text = body.trim();
    if (!text) {
      notify.warning(WEB_GRID.commentEmpty);
      return;
    }
    add.mutate(
      { body: text, indicatorIndex: row?.index ?? null },
      {
        onSuccess: () => {
          setBody('');
          notify.success(WEB_GRID.commentAdded);
        },
        onError: notify.failure,
      },
    );
  };
  return (
    <section className="comments-panel" aria-label={title}>
      <h2 className="comments-title">
        {title}
        {row && <span className="comments-row-name">{row.name}</span>}
      </h2>
      {!row && <p className="comments-hint">{t(WEB_GRID.selectRowForComment)}</p>}
      {shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(WEB_GRID.noComments)} />
      ) : (
        <ul className="comments-list">
          {shown.map((c) => (
            <CommentItem key={c.id} comment={c} onJump={onJump} />
          ))}
        </ul>
      )}
      {canComment && (
        <div className="comment-form">
          <Input.TextArea
            aria-label={
              row ? t(WEB_GRID.commentsOf, { n: row.index + 1 }) : t(WEB_GRID.tableComment)
            }
            placeholder={t(WEB_GRID.commentPlaceholder)}
            autoSize={{ minRows: 2, maxRows: 6 }}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
            }}
          />
          <Button type="primary" onClick={submit} loading={add.isPending} block>
            {t(WEB_GRID.addComment)}
            {row
              ? ` · ${t(WEB_GRID.rowRef, { n: row.index + 1 })}`
              : ` · ${t(WEB_GRID.tableComment)}`}
          </Button>
        </div>
      )}
    </section>
  );
}

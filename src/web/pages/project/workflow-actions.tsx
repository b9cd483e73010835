/**
 * The workflow buttons the caller's role allows in the project's state (提交, 退回, 审核通过, 公开):
 * 退回 asks for the opinion the unit needs, the others confirm first. Every outcome is said.
 */
import { Button, Form, Input, Modal, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { WEB_PROJECT, WORKFLOW_MESSAGES } from '../../../core/messages/index.js';
import type { ProjectState } from '../../../core/workflow/states.js';
import {
  availableActions,
  TRANSITIONS,
  type WorkflowAction,
} from '../../../core/workflow/transitions.js';
import { useTransition } from '../../api/projects.js';
import type { Project, Role } from '../../api/types.js';
import { useNotify } from '../../components/notify.js';
import { useLabel, useT } from '../../i18n/language.js';

interface WorkflowActionsProps {
  readonly project: Project;
  readonly role: Role;
  readonly dirty: boolean;
  readonly errors: number;
}

const needsComment = (action: WorkflowAction, state: ProjectState): boolean =>
  TRANSITIONS.some((rule) => rule.action === action && rule.from === state && rule.commentRequired);

/** The workflow buttons. */
export function WorkflowActions({ project, role, dirty, errors }: WorkflowActionsProps) {
  const t = useT();
  const label = useLabel();
  const notify = useNotify();
  const transition = useTransition(project.id);
  const [asking, setAsking] = useState<WorkflowAction | null>(null);
  const [form] = Form.useForm<{ comment: string }>();
  const actions = project.actions ?? availableActions(role, project.state);
  if (actions.length === 0) return null;

  const take = (action: WorkflowAction, comment?: string) => {
    const name = label(WORKFLOW_MESSAGES.actions[action]);
    if (dirty) {
      notify.warning(WEB_PROJECT.saveBeforeAction, { action: name });
      return;
    }
    transition.mutate(
      { action, ...(comment ? { comment } : {}) },
      {
        onSuccess: () => {
          notify.success(WEB_PROJECT.actionDone, { action: name });
          setAsking(null);
          form.resetFields();
        },
        onError: notify.failure,
      },
    );
  };

  return (
    <Space wrap size={6}>
      {actions.map((action) => {
        const name = label(WORKFLOW_MESSAGES.actions[action]);
        const danger = action === 'return' || action === 'reopen';
        if (needsComment(action, project.state) || action === 'approve') {
          return (
            <Button
              key={action}
              danger={danger}
              type={danger ? 'default' : 'primary'}
              onClick={() => setAsking(action)}
              data-action={action}
            >
              {name}
            </Button>
          );
        }
        return (
          <Popconfirm
            key={action}
            title={t(WEB_PROJECT.actionConfirm, { action: name })}
            description={
              action === 'submit' && errors > 0 ? t(WEB_PROJECT.submitHint, { errors }) : undefined
            }
            onConfirm={() => take(action)}
          >
            <Button type="primary" loading={transition.isPending} data-action={action}>
              {name}
            </Button>
          </Popconfirm>
        );
      })}
      <Modal
        open={asking !== null}
        title={
          asking
            ? t(WEB_PROJECT.actionConfirm, { action: label(WORKFLOW_MESSAGES.actions[asking]) })
            : ''
        }
        okText={asking ? label(WORKFLOW_MESSAGES.actions[asking]) : ''}
        okButtonProps={{
          danger: asking === 'return' || asking === 'reopen',
          loading: transition.isPending,
        }}
        onOk={() => form.submit()}
        onCancel={() => setAsking(null)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={(values) => asking && take(asking, values.comment?.trim())}
        >
          <Form.Item
            name="comment"
            label={
              asking && needsComment(asking, project.state)
                ? t(WEB_PROJECT.commentLabel)
                : t(WEB_PROJECT.commentOptional)
            }
            rules={
              asking && needsComment(asking, project.state)
                ? [{ required: true, whitespace: true, message: t(WEB_PROJECT.commentRequired) }]
                : []
            }
          >
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 8 }}
              placeholder={t(WEB_PROJECT.returnPlaceholder)}
              autoFocus
            />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

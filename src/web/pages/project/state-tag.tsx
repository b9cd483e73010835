import { Tag } from 'antd';
import { WORKFLOW_MESSAGES } from '../../../core/messages/index.js';
import type { ProjectState } from '../../../core/workflow/states.js';
import { useLabel } from '../../i18n/language.js';

const COLOR: Readonly<Record<ProjectState, string>> = {
  draft: 'default',
  submitted: 'processing',
  'department-approved': 'cyan',
  approved: 'green',
  published: 'success',
  returned: 'error',
};

/** The workflow state as a coloured tag (填报, 主管部门审核, …). */
export function StateTag({ state }: { readonly state: ProjectState }) {
  const label = useLabel();
  const name = WORKFLOW_MESSAGES.states[state];
  return (
    <Tag color={COLOR[state] ?? 'default'} data-state={state}>
      {name ? label(name) : state}
    </Tag>
  );
}

/**
 * A project's self-evaluation in the list: its grade and total once every indicator is scored,
 * the total marked incomplete while some cannot be, or nothing yet — each saying why.
 */
import { Tag, Tooltip, Typography } from 'antd';
import { GRADE_NAMES, WEB_PROJECTS } from '../../../core/messages/index.js';
import type { GradeId } from '../../../core/scoring/scoring-profile.js';
import type { Project } from '../../api/types.js';
import { useT } from '../../i18n/language.js';

/** Tag colours of the grades, best to worst. */
export const GRADE_COLOURS: Readonly<Record<GradeId, string>> = {
  excellent: 'green',
  good: 'cyan',
  fair: 'orange',
  poor: 'red',
};

/** The grade cell of one project. */
export function GradeCell({ project }: { readonly project: Project }) {
  const t = useT();
  const total = project.scoreTotal;
  if (total === null || total === undefined)
    return (
      <Tooltip title={t(WEB_PROJECTS.notScoredHint)}>
        <Typography.Text type="secondary">{t(WEB_PROJECTS.notScored)}</Typography.Text>
      </Tooltip>
    );
  if (!project.grade)
    return (
      <Tooltip title={t(WEB_PROJECTS.scoreIncompleteHint)}>
        <Typography.Text type="secondary" data-testid="score-incomplete">
          {t(WEB_PROJECTS.scoreIncomplete, { total })}
        </Typography.Text>
      </Tooltip>
    );
  return (
    <Tag color={GRADE_COLOURS[project.grade]} data-grade={project.grade}>
      {t(WEB_PROJECTS.gradeScore, { grade: t(GRADE_NAMES[project.grade]), total })}
    </Tag>
  );
}

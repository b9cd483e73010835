/** The header block of the table (单位, 主管部门, 金额, 实施期, 目标), folded by default to leave room for the grid. */
import { Collapse, Descriptions } from 'antd';
import { FRAMEWORKS } from '../../../core/framework/frameworks.js';
import { WEB_COMMON, WEB_PROJECT } from '../../../core/messages/index.js';
import type { TargetTable } from '../../../core/table/target-table.js';
import { formatYuanText } from '../../i18n/format.js';
import { useLanguage, useT } from '../../i18n/language.js';

/** Project facts of a table. */
export function ProjectFacts({ table }: { readonly table: TargetTable }) {
  const t = useT();
  const { language } = useLanguage();
  const p = table.project;
  const unknown = t(WEB_COMMON.unknown);
  const money = (yuan: string | null) =>
    yuan ? `${formatYuanText(yuan)} ${t(WEB_COMMON.yuan)}` : unknown;
  const period = p.startDate || p.endDate ? `${p.startDate ?? '?'} ~ ${p.endDate ?? '?'}` : unknown;
  const summary = [p.unit, money(p.amount.total), period].filter(Boolean).join(' · ');
  return (
    <Collapse
      size="small"
      className="project-facts"
      items={[
        {
          key: 'facts',
          label: (
            <span>
              <strong>{t(WEB_PROJECT.facts)}</strong>
              <span className="facts-summary">{summary}</span>
            </span>
          ),
          children: (
            <Descriptions
              size="small"
              column={3}
              bordered
              items={[
                { key: 'unit', label: t(WEB_PROJECT.unit), children: p.unit ?? unknown },
                {
                  key: 'department',
                  label: t(WEB_PROJECT.department),
                  children: p.department ?? unknown,
                },
                { key: 'year', label: t(WEB_PROJECT.year), children: p.year ?? unknown },
                {
                  key: 'total',
                  label: t(WEB_PROJECT.amountTotal),
                  children: money(p.amount.total),
                },
                {
                  key: 'current',
                  label: t(WEB_PROJECT.amountCurrent),
                  children: money(p.amount.currentYear),
                },
                { key: 'period', label: t(WEB_PROJECT.period), children: period },
                {
                  key: 'fiscal',
                  label: t(WEB_PROJECT.amountFiscal),
                  children: money(p.amount.fiscal),
                },
                {
                  key: 'other',
                  label: t(WEB_PROJECT.amountOther),
                  children: money(p.amount.other),
                },
                {
                  key: 'framework',
                  label: t(WEB_PROJECT.framework),
                  children: FRAMEWORKS[table.framework].name[language],
                },
                { key: 'type', label: t(WEB_PROJECT.type), children: p.type ?? unknown },
                {
                  key: 'fundUse',
                  label: t(WEB_PROJECT.fundUse),
                  children: p.fundUse ?? unknown,
                  span: 2,
                },
                {
                  key: 'longTermGoal',
                  label: t(WEB_PROJECT.longTermGoal),
                  children: p.longTermGoal ?? unknown,
                  span: 3,
                },
                {
                  key: 'annualGoal',
                  label: t(WEB_PROJECT.annualGoal),
                  children: p.annualGoal ?? unknown,
                  span: 3,
                },
              ]}
            />
          ),
        },
      ]}
    />
  );
}

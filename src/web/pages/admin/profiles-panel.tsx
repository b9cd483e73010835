/** The review rules and scoring profiles in force, read from core (the same data the server runs). */
import { Card, Descriptions, Table, Tag } from 'antd';
import { LEVEL1_NAME } from '../../../core/framework/taxonomy.js';
import { GRADE_NAMES, REVIEW_MESSAGES, WEB_ADMIN } from '../../../core/messages/index.js';
import { RULES, type RuleDefinition } from '../../../core/review/index.js';
import { SCORING_PROFILES } from '../../../core/scoring/index.js';
import { useLabel, useLanguage, useT } from '../../i18n/language.js';

const SEVERITY_COLOUR = { error: 'red', warning: 'orange', info: 'blue' } as const;

/** The profiles tab. */
export function ProfilesPanel() {
  const t = useT();
  const label = useLabel();
  const { language } = useLanguage();
  return (
    <div className="admin-profiles">
      <Card size="small" title={t(WEB_ADMIN.scoringProfiles)}>
        <Descriptions
          size="small"
          column={1}
          bordered
          items={Object.values(SCORING_PROFILES).map((p) => ({
            key: p.id,
            label: p.name[language],
            children: (
              <span>
                {t(WEB_ADMIN.budgetWeight, { n: p.budget.weight })} ·{' '}
                {p.groups
                  .map((g) =>
                    t(WEB_ADMIN.groupWeight, {
                      name:
                        g.level1.length > 1
                          ? t(WEB_ADMIN.indicatorPool)
                          : g.level1.map((l) => LEVEL1_NAME[l][language]).join('/'),
                      n: g.weight,
                    }),
                  )
                  .join(' · ')}{' '}
                ·{' '}
                {t(WEB_ADMIN.gradeRules, {
                  rules: p.grades.map((g) => `${t(GRADE_NAMES[g.grade])} ≥ ${g.min}`).join('，'),
                })}
              </span>
            ),
          }))}
        />
      </Card>
      <Card
        size="small"
        title={t(WEB_ADMIN.reviewRules)}
        extra={<span className="admin-hint">{RULES.length}</span>}
      >
        <p className="admin-hint">{t(WEB_ADMIN.reviewRulesHint)}</p>
        <Table<RuleDefinition>
          size="small"
          rowKey="id"
          dataSource={[...RULES]}
          pagination={{ pageSize: 12, showSizeChanger: false }}
          columns={[
            {
              title: t(WEB_ADMIN.ruleId),
              dataIndex: 'id',
              width: 230,
              render: (id: string) => <code>{id}</code>,
            },
            { title: t(WEB_ADMIN.ruleTitle), render: (_: unknown, r) => t(r.title) },
            {
              title: t(WEB_ADMIN.category),
              width: 110,
              render: (_: unknown, r) => label(REVIEW_MESSAGES.category[r.category]),
            },
            {
              title: t(WEB_ADMIN.criterion),
              width: 110,
              render: (_: unknown, r) => label(REVIEW_MESSAGES.criterion[r.criterion]),
            },
            {
              title: t(WEB_ADMIN.severity),
              width: 90,
              render: (_: unknown, r) => (
                <Tag color={SEVERITY_COLOUR[r.severity]}>
                  {label(REVIEW_MESSAGES.severity[r.severity])}
                </Tag>
              ),
            },
          ]}
          expandable={{
            expandedRowRender: (r) => <p className="admin-rule-why">{t(r.explanation)}</p>,
          }}
        />
      </Card>
    </div>
  );
}

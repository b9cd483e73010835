/** A readable list of the differences between two tables (history, and the save conflict). */
import { Empty, Tag } from 'antd';
import { useMemo } from 'react';
import { type Bilingual, WEB_GRID, WEB_HISTORY } from '../../../../core/messages/index.js';
import type { TargetTable } from '../../../../core/table/target-table.js';
import { useT } from '../../../i18n/language.js';
import { diffTables, type IndicatorField, type ProjectField } from './table-diff.js';
import './table-diff.css';

const INDICATOR_FIELD: Readonly<Record<IndicatorField, Bilingual>> = {
  level2: WEB_HISTORY.fieldLevel2,
  name: WEB_HISTORY.fieldName,
  target: WEB_HISTORY.fieldTarget,
  source: WEB_HISTORY.fieldSource,
  actual: WEB_HISTORY.fieldActual,
  weight: WEB_HISTORY.fieldWeight,
  score: WEB_HISTORY.fieldScore,
  deviationReason: WEB_HISTORY.fieldDeviationReason,
};

const PROJECT_FIELD: Readonly<Record<ProjectField, Bilingual>> = {
  name: WEB_HISTORY.fieldProjectName,
  year: WEB_HISTORY.fieldYear,
  unit: WEB_HISTORY.fieldUnit,
  department: WEB_HISTORY.fieldDepartment,
  startDate: WEB_HISTORY.fieldStartDate,
  endDate: WEB_HISTORY.fieldEndDate,
  total: WEB_HISTORY.fieldTotal,
  annualGoal: WEB_HISTORY.fieldAnnualGoal,
};

const LIMIT = 300;

function Change({ before, after }: { readonly before: string; readonly after: string }) {
  const t = useT();
  return (
    <span className="diff-change">
      <del>{before || t(WEB_HISTORY.empty)}</del>
      <span aria-hidden> → </span>
      <ins>{after || t(WEB_HISTORY.empty)}</ins>
    </span>
  );
}

/** Differences from `before` to `after`. */
export function TableDiffView({
  before,
  after,
}: {
  readonly before: TargetTable;
  readonly after: TargetTable;
}) {
  const t = useT();
  const diff = useMemo(() => diffTables(before, after), [before, after]);
  const counts = { added: 0, removed: 0, changed: 0 };
  for (const row of diff.rows) counts[row.kind] += 1;
  if (diff.rows.length === 0 && diff.project.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(WEB_HISTORY.noChanges)} />;
  return (
    <div className="table-diff" data-testid="table-diff">
      <p className="diff-summary">{t(WEB_HISTORY.changeSummary, counts)}</p>
      {diff.project.length > 0 && (
        <section>
          <h3 className="diff-heading">{t(WEB_HISTORY.projectChanged)}</h3>
          <ul className="diff-list">
            {diff.project.map((c) => (
              <li key={c.field}>
                <span className="diff-field">{t(PROJECT_FIELD[c.field])}</span>
                <Change before={c.before} after={c.after} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <ul className="diff-list">
        {diff.rows.slice(0, LIMIT).map((row) => {
          const where =
            row.kind === 'removed'
              ? t(WEB_HISTORY.rowBefore, { n: row.before + 1 })
              : t(WEB_HISTORY.rowAfter, { n: row.after + 1 });
          const name = row.indicator.name || t(WEB_GRID.emptyName);
          return (
            <li
              key={`${row.kind}:${row.kind === 'removed' ? row.before : row.after}`}
              className={`diff-row diff-${row.kind}`}
            >
              <Tag color={row.kind === 'added' ? 'green' : row.kind === 'removed' ? 'red' : 'blue'}>
                {t(WEB_HISTORY[row.kind])}
              </Tag>
              <span className="diff-where">{where}</span>
              <span className="diff-name">{name}</span>
              {row.kind === 'changed' && (
                <ul className="diff-fields">
                  {row.fields.map((f) => (
                    <li key={f.field}>
                      <span className="diff-field">{t(INDICATOR_FIELD[f.field])}</span>
                      <Change before={f.before} after={f.after} />
                    </li>
                  ))}
                </ul>
              )}
              {row.kind !== 'changed' && row.indicator.target.raw && (
                <span className="diff-value">{row.indicator.target.raw}</span>
              )}
            </li>
          );
        })}
      </ul>
      {diff.rows.length > LIMIT && (
        <p className="diff-summary">{t(WEB_HISTORY.tooMany, { n: LIMIT })}</p>
      )}
    </div>
  );
}

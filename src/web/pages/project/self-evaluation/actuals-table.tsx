/**
 * The actuals of every indicator as a table of text boxes (Tab walks them like a form), grouped by
 * first-level indicator, with the score each row earned. Rows are memoised: typing in one row
 * renders that row only.
 */
import { ExclamationCircleOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { memo, useMemo } from 'react';
import { LEVEL1_NAME, LEVEL1S, type Level1 } from '../../../../core/framework/taxonomy.js';
import { WEB_GRID, WEB_SELF } from '../../../../core/messages/index.js';
import type { IndicatorScore } from '../../../../core/scoring/score-report.js';
import type { ActualsIndicator } from '../../../api/year.js';
import { type Translate, useLanguage, useT } from '../../../i18n/language.js';
import { type ActualField, type ActualsEdits, shown } from './actuals-draft.js';

interface RowProps {
  readonly indicator: ActualsIndicator;
  readonly actual: string;
  readonly weight: string;
  readonly reason: string;
  readonly score: IndicatorScore | undefined;
  readonly selected: boolean;
  readonly readOnly: boolean;
  readonly t: Translate;
  readonly onChange: (index: number, field: ActualField, text: string) => void;
  readonly onSelect: (index: number) => void;
}

const REVIEW_COLOUR = { pending: 'gold', approved: 'green', rejected: 'red' } as const;

function RowView({
  indicator,
  actual,
  weight,
  reason,
  score,
  selected,
  readOnly,
  t,
  onChange,
  onSelect,
}: RowProps) {
  const row = t(WEB_GRID.rowRef, { n: indicator.index + 1 });
  const review = indicator.update?.review.state;
  return (
    <tr
      className={selected ? 'actuals-row actuals-row-selected' : 'actuals-row'}
      data-index={indicator.index}
      onFocusCapture={() => onSelect(indicator.index)}
      onClick={() => onSelect(indicator.index)}
    >
      <th scope="row" className="actuals-index">
        {indicator.index + 1}
      </th>
      <td className="actuals-name" title={indicator.name}>
        {indicator.name}
      </td>
      <td className="actuals-target" title={indicator.target}>
        {indicator.target}
      </td>
      <td>
        <input
          className="actuals-input"
          value={actual}
          readOnly={readOnly}
          placeholder={readOnly ? '' : t(WEB_SELF.actualPlaceholder)}
          aria-label={`${t(WEB_SELF.actual)} · ${row}`}
          onChange={(e) => onChange(indicator.index, 'actual', e.target.value)}
        />
      </td>
      <td>
        <input
          className="actuals-input actuals-weight"
          inputMode="decimal"
          value={weight}
          readOnly={readOnly}
          // The weight in force when the unit sets none: its share of the first-level weight.
          placeholder={score ? String(score.weight) : ''}
          aria-label={`${t(WEB_SELF.weight)} · ${row}`}
          onChange={(e) => onChange(indicator.index, 'weight', e.target.value)}
        />
      </td>
      <td className="actuals-score" data-testid="row-score">
        {score ? score.score : ''}
      </td>
      <td>
        <input
          className="actuals-input"
          value={reason}
          readOnly={readOnly}
          aria-label={`${t(WEB_SELF.deviation)} · ${row}`}
          onChange={(e) => onChange(indicator.index, 'deviationReason', e.target.value)}
        />
      </td>
      <td className="actuals-evidence">
        {indicator.evidence.length > 0 && (
          <span title={t(WEB_SELF.evidenceOf, { n: indicator.evidence.length })}>
            <PaperClipOutlined aria-hidden /> {indicator.evidence.length}
            <span className="visually-hidden">{t(WEB_SELF.evidence)}</span>
          </span>
        )}
      </td>
      <td>
        {review && <Tag color={REVIEW_COLOUR[review]}>{t(WEB_SELF[review])}</Tag>}
        {indicator.rejected && (
          // A newer update was rejected: the row keeps the value before it (details beside).
          <span
            className="actuals-rejected"
            title={t(WEB_SELF.newerRejected, {
              actual: indicator.rejected.actual ?? '—',
              by: indicator.rejected.review.byName ?? '',
              comment: indicator.rejected.review.comment ?? '',
            })}
          >
            <ExclamationCircleOutlined aria-hidden />
            <span className="visually-hidden">{t(WEB_SELF.rejected)}</span>
          </span>
        )}
      </td>
    </tr>
  );
}

const Row = memo(RowView);

interface ActualsTableProps {
  readonly indicators: readonly ActualsIndicator[];
  readonly edits: ActualsEdits;
  readonly scores: ReadonlyMap<number, IndicatorScore>;
  readonly selected: number | null;
  readonly readOnly: boolean;
  readonly onChange: (index: number, field: ActualField, text: string) => void;
  readonly onSelect: (index: number) => void;
}

/** The actuals table. */
export function ActualsTable({
  indicators,
  edits,
  scores,
  selected,
  readOnly,
  onChange,
  onSelect,
}: ActualsTableProps) {
  const t = useT();
  const { language } = useLanguage();
  const groups = useMemo(() => {
    const by = new Map<Level1 | null, ActualsIndicator[]>();
    for (const i of indicators) {
      const level1 = (LEVEL1S as readonly string[]).includes(i.level1 ?? '')
        ? (i.level1 as Level1)
        : null;
      by.set(level1, [...(by.get(level1) ?? []), i]);
    }
    return [...LEVEL1S, null].flatMap((l) => (by.has(l) ? [[l, by.get(l) ?? []] as const] : []));
  }, [indicators]);
  return (
    <table className="actuals-table">
      <colgroup>
        <col style={{ width: 40 }} />
        <col />
        <col style={{ width: 110 }} />
        <col style={{ width: 120 }} />
        <col style={{ width: 56 }} />
        <col style={{ width: 56 }} />
        <col style={{ width: '24%' }} />
        <col style={{ width: 64 }} />
        <col style={{ width: 70 }} />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t(WEB_SELF.index)}</th>
          <th scope="col">{t(WEB_SELF.name)}</th>
          <th scope="col">{t(WEB_SELF.target)}</th>
          <th scope="col">{t(WEB_SELF.actual)}</th>
          <th scope="col">{t(WEB_SELF.weight)}</th>
          <th scope="col">{t(WEB_SELF.score)}</th>
          <th scope="col">{t(WEB_SELF.deviation)}</th>
          <th scope="col">{t(WEB_SELF.evidence)}</th>
          <th scope="col">{t(WEB_SELF.review)}</th>
        </tr>
      </thead>
      {groups.map(([level1, rows]) => (
        <tbody key={level1 ?? 'none'}>
          <tr className="actuals-group">
            <th colSpan={9} scope="rowgroup">
              {level1 ? LEVEL1_NAME[level1][language] : t(WEB_GRID.unclassified)}
            </th>
          </tr>
          {rows.map((i) => (
            <Row
              key={i.index}
              indicator={i}
              actual={shown(i, 'actual', edits)}
              weight={shown(i, 'weight', edits)}
              reason={shown(i, 'deviationReason', edits)}
              score={scores.get(i.index)}
              selected={selected === i.index}
              readOnly={readOnly}
              t={t}
              onChange={onChange}
              onSelect={onSelect}
            />
          ))}
        </tbody>
      ))}
    </table>
  );
}

/**
 * The side list of findings: counts by severity, a filter, and one entry per finding that jumps
 * to its row. It reads the live review, so fixing a row makes its finding disappear here.
 */
import { ExclamationCircleFilled, InfoCircleFilled, WarningFilled } from '@ant-design/icons';
import { Segmented } from 'antd';
import { memo, useState } from 'react';
import { WEB_GRID } from '../../../../core/messages/index.js';
import type { Finding, ReviewResult, Severity } from '../../../../core/review/index.js';
import type { Indicator } from '../../../../core/table/target-table.js';
import { useLanguage, useT } from '../../../i18n/language.js';

const ICON = {
  error: <ExclamationCircleFilled aria-hidden />,
  warning: <WarningFilled aria-hidden />,
  info: <InfoCircleFilled aria-hidden />,
} as const;

const SEVERITY_NAME = {
  error: WEB_GRID.severityError,
  warning: WEB_GRID.severityWarning,
  info: WEB_GRID.severityInfo,
} as const;

interface FindingsPanelProps {
  readonly result: ReviewResult;
  readonly indicators: readonly Indicator[];
  readonly lintMs: number | null;
  readonly onJump: (index: number) => void;
  /** Live in the editor (the default); a fixed result in the import preview. */
  readonly live?: boolean;
}

function FindingItem({
  finding,
  indicators,
  onJump,
}: {
  readonly finding: Finding;
  readonly indicators: readonly Indicator[];
  readonly onJump: (index: number) => void;
}) {
  const t = useT();
  const { language } = useLanguage();
  const first = finding.indicators?.[0];
  const message = language === 'zh' ? finding.message : finding.messageEn;
  const suggestion =
    language === 'zh' ? finding.suggestion : (finding.suggestionEn ?? finding.suggestion);
  const rows = finding.indicators?.map((i) => i + 1).join('、');
  const body = (
    <>
      <span
        className={`finding-icon finding-${finding.severity}`}
        title={t(SEVERITY_NAME[finding.severity])}
      >
        {ICON[finding.severity]}
      </span>
      <span className="finding-body">
        <span className="finding-where">
          {first === undefined
            ? t(WEB_GRID.tableLevel)
            : `${t(WEB_GRID.rowRef, { n: rows ?? '' })} · ${indicators[first]?.name || t(WEB_GRID.emptyName)}`}
        </span>
        <span className="finding-message">{message}</span>
        {suggestion && (
          <span className="finding-suggestion">{t(WEB_GRID.suggestion, { text: suggestion })}</span>
        )}
      </span>
    </>
  );
  if (first === undefined) return <li className="finding finding-static">{body}</li>;
  return (
    <li>
      <button
        type="button"
        className="finding"
        onClick={() => onJump(first)}
        aria-label={`${t(WEB_GRID.jumpTo, { n: first + 1 })}: ${message}`}
        data-rule={finding.rule}
      >
        {body}
      </button>
    </li>
  );
}

function Panel({ result, indicators, lintMs, onJump, live = true }: FindingsPanelProps) {
  const t = useT();
  const [filter, setFilter] = useState<Severity | 'all'>('all');
  const shown =
    filter === 'all' ? result.findings : result.findings.filter((f) => f.severity === filter);
  const { summary } = result;
  return (
    <section className="findings-panel" aria-labelledby="findings-title">
      <header className="findings-header">
        <h2 id="findings-title">
          {t(WEB_GRID.findings)} <span className="findings-total">{result.findings.length}</span>
        </h2>
        <div className="findings-sub">
          {t(live ? WEB_GRID.findingsLive : WEB_GRID.findingsServer)}
        </div>
        <Segmented<Severity | 'all'>
          size="small"
          block
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: `${t(WEB_GRID.filterAll)} ${result.findings.length}` },
            { value: 'error', label: `${t(WEB_GRID.severityError)} ${summary.error}` },
            { value: 'warning', label: `${t(WEB_GRID.severityWarning)} ${summary.warning}` },
            { value: 'info', label: `${t(WEB_GRID.severityInfo)} ${summary.info}` },
          ]}
        />
      </header>
      {shown.length === 0 ? (
        <p className="findings-empty">{t(WEB_GRID.noFindings)}</p>
      ) : (
        <ul className="findings-list" data-testid="findings-list">
          {shown.map((finding) => (
            <FindingItem
              // Findings have no id; rule, rows and message together identify one.
              key={`${finding.rule}:${finding.indicators?.join(',') ?? ''}:${finding.message}`}
              finding={finding}
              indicators={indicators}
              onJump={onJump}
            />
          ))}
        </ul>
      )}
      {lintMs !== null && (
        <footer className="findings-footer">
          {t(WEB_GRID.lintTime, { ms: lintMs.toFixed(1) })}
        </footer>
      )}
    </section>
  );
}

/** The findings side list. */
export const FindingsPanel = memo(Panel);

/**
 * What a file was read as, before anything is stored: the project facts, counts per category,
 * the reader's notes, and the indicator grid with its findings — the same grid as the editor.
 */
import { Alert, Descriptions, Tag } from 'antd';
import { useMemo, useRef } from 'react';
import { FRAMEWORKS } from '../../../core/framework/frameworks.js';
import { LEVEL2_NAME, type Level2 } from '../../../core/framework/taxonomy.js';
import { WEB_COMMON, WEB_IMPORT, WEB_PROJECT } from '../../../core/messages/index.js';
import type { Finding, ReviewSummary } from '../../../core/review/index.js';
import type { TargetTable } from '../../../core/table/target-table.js';
import { useFitHeight } from '../../components/use-fit-height.js';
import { formatYuanText } from '../../i18n/format.js';
import { useLanguage, useT } from '../../i18n/language.js';
import { draftOf } from '../project/target-table/draft.js';
import { FindingsPanel } from '../project/target-table/findings-panel.js';
import { layoutOf } from '../project/target-table/groups.js';
import { type GridHandle, TargetGrid } from '../project/target-table/target-grid.js';
import '../project/target-table/target-table.css';

interface ImportPreviewProps {
  readonly table: TargetTable;
  readonly findings: readonly Finding[];
  readonly summary: ReviewSummary;
}

const noop = () => {};

/** The preview of one table of an uploaded file. */
export function ImportPreviewView({ table, findings, summary }: ImportPreviewProps) {
  const t = useT();
  const { language } = useLanguage();
  const draft = useMemo(() => draftOf(table), [table]);
  const grid = useRef<GridHandle>(null);
  const fit = useFitHeight<HTMLDivElement>(360);
  const layout = useMemo(() => layoutOf(draft), [draft]);
  const byIndex = useMemo(() => {
    const map = new Map<number, Finding[]>();
    for (const f of findings)
      for (const i of f.indicators ?? []) map.set(i, [...(map.get(i) ?? []), f]);
    return map;
  }, [findings]);
  const counts = useMemo(() => {
    const c = new Map<Level2 | null, number>();
    for (const i of table.indicators) c.set(i.level2, (c.get(i.level2) ?? 0) + 1);
    return [...c];
  }, [table]);
  const p = table.project;
  const result = useMemo(() => ({ findings, summary }), [findings, summary]);
  return (
    <div className="import-preview">
      <Descriptions
        size="small"
        column={3}
        bordered
        items={[
          {
            key: 'name',
            label: t(WEB_IMPORT.projectName),
            children: p.name ?? t(WEB_IMPORT.noName),
            span: 2,
          },
          { key: 'year', label: t(WEB_PROJECT.year), children: p.year ?? t(WEB_COMMON.unknown) },
          { key: 'unit', label: t(WEB_PROJECT.unit), children: p.unit ?? t(WEB_COMMON.unknown) },
          {
            key: 'department',
            label: t(WEB_PROJECT.department),
            children: p.department ?? t(WEB_COMMON.unknown),
          },
          {
            key: 'total',
            label: t(WEB_PROJECT.amountTotal),
            children: p.amount.total
              ? `${formatYuanText(p.amount.total)} ${t(WEB_COMMON.yuan)}`
              : t(WEB_COMMON.unknown),
          },
          {
            key: 'framework',
            label: t(WEB_PROJECT.framework),
            children: FRAMEWORKS[table.framework].name[language],
          },
          {
            key: 'counts',
            label: t(WEB_IMPORT.counts),
            span: 2,
            children: counts.map(([level2, n]) => (
              <Tag key={level2 ?? 'none'}>
                {level2 ? LEVEL2_NAME[level2][language] : '?'} {n}
              </Tag>
            )),
          },
        ]}
      />
      {table.warnings.length > 0 && (
        <Alert
          type="info"
          showIcon
          title={t(WEB_IMPORT.readerWarnings)}
          description={
            <ul className="reader-warnings">
              {table.warnings.slice(0, 20).map((w) => (
                <li key={`${w.code}:${w.message}`}>
                  {language === 'zh' ? w.message : w.messageEn}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {table.indicators.length === 0 ? (
        <Alert type="warning" showIcon title={t(WEB_IMPORT.emptyTable)} />
      ) : (
        <div className="editor-body" ref={fit.ref} style={{ height: fit.height }}>
          <div className="grid-scroll">
            <TargetGrid
              handle={grid}
              draft={draft}
              layout={layout}
              findingsByIndex={byIndex}
              commentCounts={new Map()}
              framework={FRAMEWORKS[table.framework]}
              readOnly
              onCommit={noop}
              onActiveRow={noop}
              onOpenComments={noop}
              onMoveRow={noop}
            />
          </div>
          <aside className="editor-side">
            <FindingsPanel
              result={result}
              indicators={table.indicators}
              lintMs={null}
              live={false}
              onJump={(index) => {
                const key = draft.rows[index]?.key;
                if (key) grid.current?.focusCell(key);
              }}
            />
          </aside>
        </div>
      )}
    </div>
  );
}

/** The public catalogue of published target tables (公开), no sign-in needed. */
import { Input, List, Select, Space, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { WEB_COMMON, WEB_PROJECT, WEB_PUBLIC } from '../../../core/messages/index.js';
import { usePublicTables } from '../../api/public.js';
import { PublicLayout } from '../../components/public-layout.js';
import { formatDateTime, formatYuanText } from '../../i18n/format.js';
import { useT } from '../../i18n/language.js';

const PAGE_SIZE = 20;

/** The public list. */
export function PublicPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const year = params.get('year');
  const q = params.get('q') ?? '';
  const page = Number(params.get('page') ?? '1') || 1;
  const list = usePublicTables({
    year: year ? Number(year) : null,
    q: q || null,
    page,
    pageSize: PAGE_SIZE,
  });
  const set = (key: string, value: string | null | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  const thisYear = new Date().getFullYear();
  return (
    <PublicLayout>
      <div className="public-page">
        <Typography.Title level={1}>{t(WEB_PUBLIC.title)}</Typography.Title>
        <Typography.Paragraph type="secondary">{t(WEB_PUBLIC.subtitle)}</Typography.Paragraph>
        <Space wrap className="filters" role="search">
          <Input.Search
            allowClear
            defaultValue={q}
            placeholder={t(WEB_PUBLIC.search)}
            aria-label={t(WEB_PUBLIC.search)}
            onSearch={(v) => set('q', v.trim())}
            style={{ width: 280 }}
          />
          <Select
            allowClear
            aria-label={t(WEB_PUBLIC.year)}
            placeholder={t(WEB_PUBLIC.year)}
            value={year ?? undefined}
            onChange={(v: string | undefined) => set('year', v)}
            options={Array.from({ length: 12 }, (_, i) => String(thisYear + 1 - i)).map((y) => ({
              value: y,
              label: y,
            }))}
            style={{ width: 120 }}
          />
        </Space>
        <List
          className="public-list"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: t(WEB_PUBLIC.empty) }}
          pagination={
            (list.data?.total ?? 0) > PAGE_SIZE
              ? {
                  current: page,
                  pageSize: PAGE_SIZE,
                  total: list.data?.total ?? 0,
                  onChange: (p) => set('page', String(p)),
                }
              : false
          }
          renderItem={(item) => (
            <List.Item
              data-testid="public-item"
              actions={[
                <Link key="view" to={`/public/${item.id}`}>
                  {t(WEB_PUBLIC.view)}
                </Link>,
              ]}
            >
              <List.Item.Meta
                title={<Link to={`/public/${item.id}`}>{item.name}</Link>}
                description={
                  <Space wrap size={8}>
                    <span>{item.orgName}</span>
                    {item.year && <Tag>{item.year}</Tag>}
                    {item.amountTotal && (
                      <span>
                        {t(WEB_PROJECT.amountTotal)} {formatYuanText(item.amountTotal)}{' '}
                        {t(WEB_COMMON.yuan)}
                      </span>
                    )}
                    {item.indicatorCount !== undefined && (
                      <span>{t(WEB_PROJECT.indicators, { n: item.indicatorCount })}</span>
                    )}
                    {item.updatedAt && (
                      <span>
                        {t(WEB_PUBLIC.published, { when: formatDateTime(item.updatedAt) })}
                      </span>
                    )}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      </div>
    </PublicLayout>
  );
}

/** Published tables, readable without signing in. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TargetTable } from '../../core/table/target-table.js';
import { getJson } from './http.js';
import { filterQuery } from './projects.js';
import type { PublicTable } from './types.js';

export interface PublicList {
  readonly items: readonly PublicTable[];
  readonly total: number;
}

/** The published tables, filtered by year and text. */
export function usePublicTables(filters: {
  year?: number | null;
  q?: string | null;
  page?: number;
  pageSize?: number;
}) {
  return useQuery({
    queryKey: ['public', 'list', filters],
    queryFn: ({ signal }) =>
      getJson<PublicList>(`/api/public/tables${filterQuery(filters)}`, signal),
    placeholderData: keepPreviousData,
  });
}

/** One published table. */
export function usePublicTable(id: string) {
  return useQuery({
    queryKey: ['public', 'table', id],
    queryFn: ({ signal }) => getJson<TargetTable>(`/api/public/tables/${id}`, signal),
  });
}

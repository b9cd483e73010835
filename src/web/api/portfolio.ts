/** The portfolio of the caller (工作台 charts): one request, whatever the number of projects. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Light } from '../../core/monitoring/monitoring-profile.js';
import type { ProjectState } from '../../core/workflow/states.js';
import { getJson } from './http.js';
import { filterQuery } from './projects.js';

type Lights = Readonly<Record<Light, number>>;

/** `GET /api/portfolio`, as the server's schema describes it. */
export interface Portfolio {
  readonly year: number | null;
  readonly orgId: string | null;
  readonly projects: {
    readonly total: number;
    readonly byState: Readonly<Record<ProjectState, number>>;
    readonly indicators: number;
    readonly withErrors: number;
    /** Exact yuan with two places; null when no project states an amount. */
    readonly amountTotal: string | null;
  };
  readonly findings: {
    readonly bySeverity: {
      readonly error: number;
      readonly warning: number;
      readonly info: number;
    };
    readonly byCategory: readonly {
      readonly category: string;
      readonly error: number;
      readonly warning: number;
      readonly info: number;
      readonly total: number;
    }[];
  };
  readonly grades: {
    readonly excellent: number;
    readonly good: number;
    readonly fair: number;
    readonly poor: number;
    readonly incomplete: number;
    readonly unscored: number;
  };
  readonly monitoring: {
    readonly reported: number;
    readonly notReported: number;
    readonly budget: Lights;
    readonly indicators: Lights;
  };
  readonly orgs: readonly {
    readonly orgId: string;
    readonly orgName: string;
    readonly projects: number;
    readonly amountTotal: string | null;
    readonly meanScore: number | null;
    readonly scored: number;
  }[];
}

export interface PortfolioFilters {
  readonly year?: number | null;
  readonly orgId?: string | null;
}

/**
 * The portfolio under the project keys, so whatever refreshes projects (a transition, a save)
 * refreshes the charts too.
 */
export function usePortfolio(filters: PortfolioFilters = {}) {
  return useQuery({
    queryKey: ['projects', 'portfolio', filters] as const,
    queryFn: ({ signal }) => getJson<Portfolio>(`/api/portfolio${filterQuery(filters)}`, signal),
    placeholderData: keepPreviousData,
  });
}

/**
 * The one data cache of the app. It lives beside the router, not inside a component, so a
 * route can start its page's reads before the page renders.
 */
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/http.js';

export const queryClient = new QueryClient({
  queryCache: new QueryCache(),
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: false,
      // A missing or forbidden thing does not appear by asking again.
      retry: (count, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

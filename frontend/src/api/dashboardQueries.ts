import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DashboardQuery } from '../domain/dashboard';
import { useApi } from './ApiContext';
import { unwrap } from './client';
import type { ApiError } from './problem';
import { queryKeys } from './queries';
import type { Dashboard } from './types';
import { useApiQuery } from './hooks';

/* react-query hooks over the gateway's leadership dashboard (`/api/dashboard`). */

export function useDashboard(query: DashboardQuery) {
  return useApiQuery<Dashboard>(queryKeys.dashboard(query), (api) => unwrap(api.GET('/api/dashboard', { params: { query } })));
}

/**
 * 刷新: the owners asked again (`fresh=true`, past the gateway's 60 s cache), the answer shown in place of the one
 * kept for the same unit and year.
 */
export function useRefreshDashboard(query: DashboardQuery) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<Dashboard, ApiError>({
    mutationFn: () => unwrap(api.GET('/api/dashboard', { params: { query: { ...query, fresh: true } } })),
    onSuccess: (dashboard) => queryClient.setQueryData(queryKeys.dashboard(query), dashboard),
  });
}

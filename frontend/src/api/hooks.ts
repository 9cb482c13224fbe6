import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useApi } from './ApiContext';
import type { ApiError } from './problem';

/** The typed client of the gateway's API, as the hooks below hand it to a read or a change. */
export type Api = ReturnType<typeof useApi>;

interface QueryOptions {
  /** A list: keep showing the rows of the last page while the next one loads. */
  keepPrevious?: boolean;
  enabled?: boolean;
  /** How long a read stays fresh (the session, the unit tree: long). */
  staleTime?: number;
  /** Read again every so many milliseconds while shown (the unread count, while its stream is not open). */
  refetchInterval?: number;
}

/** A read of the API as a react-query query under `queryKey`. */
export function useApiQuery<T>(queryKey: QueryKey, read: (api: Api) => Promise<T>, options: QueryOptions = {}) {
  const api = useApi();
  return useQuery<T, ApiError>({
    queryKey,
    queryFn: () => read(api),
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    enabled: options.enabled,
    staleTime: options.staleTime,
    refetchInterval: options.refetchInterval,
  });
}

/** A change through the API; once it succeeded, every query under `changed` is read again when shown. */
export function useApiMutation<T, V = void>(write: (api: Api, variables: V) => Promise<T>, changed: QueryKey) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<T, ApiError, V>({
    mutationFn: (variables) => write(api, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: changed }),
  });
}

import { unwrap } from './client';
import { useApiMutation, useApiQuery } from './hooks';
import { queryKeys } from './queries';
import type { NotificationPage, TodoPage, TodoStatus, UnreadCount } from './types';

/* react-query hooks over the notification API (`/api/notifications`, `/api/todos`); keys under `queryKeys.notifications`. */

/** How often the bell asks for the unread count (the server does not push it yet). */
export const UNREAD_REFRESH_MS = 30_000;

export function useUnreadCount(enabled: boolean) {
  return useApiQuery<UnreadCount>(queryKeys.unreadCount, (api) => unwrap(api.GET('/api/notifications/unread-count')), {
    enabled,
    refetchInterval: UNREAD_REFRESH_MS,
  });
}

export interface NotificationQuery {
  unread?: boolean;
  page?: number;
  size?: number;
}

export function useNotifications(query: NotificationQuery, enabled = true) {
  return useApiQuery<NotificationPage>(
    queryKeys.notificationList(query),
    (api) => unwrap(api.GET('/api/notifications', { params: { query } })),
    { keepPrevious: true, enabled },
  );
}

/** 标记已读: answers the new unread count; the bell and the list are read again. */
export function useMarkRead() {
  return useApiMutation<UnreadCount, string>(
    (api, id) => unwrap(api.POST('/api/notifications/{id}/read', { params: { path: { id } } })),
    queryKeys.notifications,
  );
}

export function useMarkAllRead() {
  return useApiMutation<UnreadCount>((api) => unwrap(api.POST('/api/notifications/read-all')), queryKeys.notifications);
}

export interface TodoQuery {
  status?: TodoStatus | 'ALL';
  page?: number;
  size?: number;
  sort?: string;
}

/** 我的待办: the caller's to-dos, open ones by default, soonest due first. */
export function useTodos(query: TodoQuery, enabled = true) {
  return useApiQuery<TodoPage>(queryKeys.todos(query), (api) => unwrap(api.GET('/api/todos', { params: { query } })), {
    keepPrevious: true,
    enabled,
  });
}

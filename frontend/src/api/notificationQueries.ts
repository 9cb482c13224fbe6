import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { unwrap } from './client';
import { useApiMutation, useApiQuery } from './hooks';
import { queryKeys } from './queries';
import type {
  CalendarFeedLink,
  CalendarFeedStatus,
  NotificationPage,
  NotificationPreferences,
  PreferencesChange,
  TodoPage,
  TodoStatus,
  UnreadCount,
} from './types';

/* react-query hooks over the notification API (`/api/notifications`, `/api/todos`); keys under `queryKeys.notifications`. */

/** How often the bell asks for the unread count while the server's stream is not open (a browser without one). */
export const UNREAD_REFRESH_MS = 30_000;

/** The server's stream of the caller's unread count (server-sent events, through the gateway with the session). */
export const UNREAD_STREAM = '/api/notifications/stream';

/**
 * The caller's unread count: pushed by the server as it changes (`EventSource`, which reconnects by itself), read
 * every 30 s instead while the stream is not open.
 */
export function useUnreadCount(enabled: boolean) {
  const streaming = useUnreadStream(enabled);
  return useApiQuery<UnreadCount>(queryKeys.unreadCount, (api) => unwrap(api.GET('/api/notifications/unread-count')), {
    enabled,
    refetchInterval: streaming ? undefined : UNREAD_REFRESH_MS,
  });
}

/** Puts each count the stream pushes into the query; whether the stream is open. */
function useUnreadStream(enabled: boolean): boolean {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return undefined;
    const source = new EventSource(UNREAD_STREAM);
    source.onopen = () => setOpen(true);
    source.onerror = () => setOpen(false);
    source.onmessage = (event: MessageEvent<string>) => {
      queryClient.setQueryData<UnreadCount>(queryKeys.unreadCount, JSON.parse(event.data) as UnreadCount);
    };
    return () => {
      source.close();
      setOpen(false);
    };
  }, [enabled, queryClient]);
  return open;
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

/** 通知设置: how each kind of notification reaches the caller, and the language of their e-mail. */
export function usePreferences() {
  return useApiQuery<NotificationPreferences>(queryKeys.notificationPreferences, (api) =>
    unwrap(api.GET('/api/notifications/preferences')),
  );
}

/** Saves the caller's choices; the list is read again (a kind turned off leaves it). */
export function useChoosePreferences() {
  return useApiMutation<NotificationPreferences, PreferencesChange>(
    (api, change) => unwrap(api.PUT('/api/notifications/preferences', { body: change })),
    queryKeys.notifications,
  );
}

/** 日历订阅: whether the caller has a calendar feed (its address is shown only when made). */
export function useCalendarFeed() {
  return useApiQuery<CalendarFeedStatus>(queryKeys.calendarFeed, (api) => unwrap(api.GET('/api/calendar/feed')));
}

/** A new private address for the caller's calendar feed; the one before stops working. */
export function useCreateCalendarFeed() {
  return useApiMutation<CalendarFeedLink>((api) => unwrap(api.POST('/api/calendar/feed')), queryKeys.calendarFeed);
}

export function useRevokeCalendarFeed() {
  return useApiMutation<void>(async (api) => {
    await unwrap(api.DELETE('/api/calendar/feed'));
  }, queryKeys.calendarFeed);
}

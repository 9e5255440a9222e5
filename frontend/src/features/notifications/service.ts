import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiGet, apiRequest, apiSend } from '../../api/client';
import { followEventStream } from '../../api/eventStream';
import type { Inbox, Notification, NotificationRoute, NotificationRouteInput } from './types';

export const NOTIFICATIONS = 'notifications';

/** The caller's newest notifications and its unread count. */
export function useInbox(limit = 50) {
  return useQuery({
    queryKey: [NOTIFICATIONS, limit],
    queryFn: () => apiGet<Inbox>(`/api/v1/notifications?limit=${limit}`),
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiRequest<{ unread: number }>(`/api/v1/notifications/${id}/read`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [NOTIFICATIONS] }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<{ unread: number }>('/api/v1/notifications/read-all', { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [NOTIFICATIONS] }),
  });
}

/**
 * Follows the caller's live notifications while the app is open: each one refreshes the bell and whatever it may
 * have changed (the workbench's lists, the filings), and is handed to `onArrival`. A reconnection refreshes the bell
 * too (the stream sends what was missed since the last event it delivered).
 */
export function useLiveNotifications(onArrival: (n: Notification) => void) {
  const queryClient = useQueryClient();
  useEffect(() => {
    const abort = new AbortController();
    followEventStream(
      '/api/v1/notifications/stream',
      (event) => {
        if (event.event !== 'notification') {
          return;
        }
        const n = JSON.parse(event.data) as Notification;
        void queryClient.invalidateQueries();
        onArrival(n);
      },
      abort.signal,
      () => void queryClient.invalidateQueries({ queryKey: [NOTIFICATIONS] }),
    );
    return () => abort.abort();
  }, [queryClient, onArrival]);
}

const ROUTES = 'notification-routes';

/** The office's 消息外发 routes (its 单位管理员 only). */
export function useNotificationRoutes() {
  return useQuery({ queryKey: [ROUTES], queryFn: () => apiGet<NotificationRoute[]>('/api/v1/notification-routes') });
}

export function useAddNotificationRoute() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NotificationRouteInput) =>
      apiSend<NotificationRoute>('/api/v1/notification-routes', input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [ROUTES] }),
  });
}

export function useRemoveNotificationRoute() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(`/api/v1/notification-routes/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [ROUTES] }),
  });
}

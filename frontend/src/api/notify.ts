// Notifications: my list, marking read, and what I am told of (the preferences). The bell's
// live count comes from GET /notifications/events (live/useNotificationBell.ts), which refreshes
// the list when the count moves.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, type BodyOf, call, type Schemas } from "./client";
import { keys } from "./keys";

export type NotificationPublic = Schemas["NotificationPublic"];
export type NotificationKind = Schemas["NotificationKind"];
export type PreferencesPublic = Schemas["PreferencesPublic"];
export type PreferencesUpdate = BodyOf<"/api/v1/notifications/preferences", "patch">;
export type Mode = PreferencesPublic["modes"][NotificationKind];

export function useNotifications(enabled = true) {
  return useQuery({
    queryKey: keys.notifications,
    queryFn: () => call(api.GET("/api/v1/notifications", { params: { query: { limit: 50 } } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Marks the notifications named read, or all of them (`ids` undefined). */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: number[]) =>
      call(api.POST("/api/v1/notifications/read", { body: ids === undefined ? {} : { ids } })),
    onSuccess: (marked) => {
      queryClient.setQueryData(keys.unread, marked.unread);
      void queryClient.invalidateQueries({ queryKey: keys.notifications });
    },
  });
}

export function useNotificationPreferences() {
  return useQuery({
    queryKey: keys.notificationPreferences,
    queryFn: () => call(api.GET("/api/v1/notifications/preferences")),
  });
}

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PreferencesUpdate) => call(api.PATCH("/api/v1/notifications/preferences", { body })),
    onSuccess: (saved) => queryClient.setQueryData(keys.notificationPreferences, saved),
  });
}

/** A notification's link inside the app: the path and the anchor (the mail's links are absolute). */
export function appLink(link: string | null | undefined): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, window.location.origin);
    return url.pathname + url.search + url.hash;
  } catch {
    return null;
  }
}

// Follows GET /notifications/events while someone is signed in: the server sends my unread
// count on connect and whenever it changes (a notification for me, or read in another tab).
// The count is kept in the query cache (keys.unread), and the list is refreshed when it moves.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { keys } from "../api/keys";
import { isFinalEnd } from "./events";
import { openEventStream } from "./stream";

export function useNotificationBell(signedIn: boolean): number | undefined {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!signedIn) return;
    const stream = openEventStream("/api/v1/notifications/events", {
      onEvent: (message) => {
        let data: Record<string, unknown>;
        try {
          data = JSON.parse(message.data) as Record<string, unknown>;
        } catch {
          return;
        }
        if (message.event === "unread" && typeof data.unread === "number") {
          const before = queryClient.getQueryData<number>(keys.unread);
          queryClient.setQueryData(keys.unread, data.unread);
          if (before !== data.unread) void queryClient.invalidateQueries({ queryKey: keys.notifications });
        } else if (message.event === "end" && isFinalEnd(data)) {
          stream.close();
        }
      },
    });
    return () => stream.close();
  }, [signedIn, queryClient]);
  const unread = useQuery({ queryKey: keys.unread, queryFn: () => 0, enabled: false });
  return signedIn ? unread.data : undefined;
}

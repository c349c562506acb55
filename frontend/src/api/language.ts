// The interface's language kept in the person's preferences on the server, so that it follows
// them to another browser and their e-mails are in it (notify/preferences.py). The latest choice
// wins: a browser shows the one the server holds, and sends its own only when the server has none
// or has not heard of it (chosen while signed out, or while the server could not take it).
import { useEffect } from "react";
import { type Language, language, languageUnsent, rememberLanguage, storedLanguage, switchLanguage } from "../i18n";
import { isLanguage } from "../i18n/locale";
import { api } from "./client";

async function sendLanguage(next: Language): Promise<boolean> {
  try {
    const { response } = await api.PATCH("/api/v1/notifications/preferences", { body: { language: next } });
    return response.ok;
  } catch {
    return false;
  }
}

/** Store the choice (on the server when signed in), then show the interface in it. */
export async function chooseLanguage(next: Language, signedIn: boolean): Promise<void> {
  // Best effort: the choice still holds in this browser if the server cannot take it now.
  const sent = signedIn && (await sendLanguage(next));
  switchLanguage(next, !sent);
}

/** Once signed in: the choice held on the server, or this browser's when the server lacks it. */
export function useLanguageFromServer(signedIn: boolean): void {
  useEffect(() => {
    if (!signedIn) return;
    const local = storedLanguage();
    void api.GET("/api/v1/notifications/preferences").then(({ data }) => {
      const chosen = data?.language;
      if (local && (languageUnsent() || !isLanguage(chosen))) {
        if (chosen !== local) void sendLanguage(local).then((sent) => sent && rememberLanguage(local));
        else rememberLanguage(local);
      } else if (isLanguage(chosen) && chosen !== language) {
        switchLanguage(chosen);
      }
    });
  }, [signedIn]);
}

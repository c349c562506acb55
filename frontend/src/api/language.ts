// The interface's language kept in the person's preferences on the server, so that it follows
// them to another browser and their e-mails are in it (notify/preferences.py).
import { useEffect } from "react";
import { type Language, language, storedLanguage, switchLanguage } from "../i18n";
import { isLanguage } from "../i18n/locale";
import { api } from "./client";

/** Store the choice (on the server when signed in), then show the interface in it. */
export async function chooseLanguage(next: Language, signedIn: boolean): Promise<void> {
  if (signedIn) {
    // Best effort: the choice still holds in this browser if the server cannot take it now.
    await api.PATCH("/api/v1/notifications/preferences", { body: { language: next } }).catch(() => undefined);
  }
  switchLanguage(next);
}

/**
 * On a browser that remembers no choice, the one made elsewhere: read once after sign-in. A choice
 * made here while signed out is sent to the server instead, so e-mails follow it.
 */
export function useLanguageFromServer(signedIn: boolean): void {
  useEffect(() => {
    if (!signedIn) return;
    const local = storedLanguage();
    void api.GET("/api/v1/notifications/preferences").then(({ data }) => {
      const chosen = data?.language;
      if (local && chosen !== local) {
        void api.PATCH("/api/v1/notifications/preferences", { body: { language: local } }).catch(() => undefined);
      } else if (!local && isLanguage(chosen) && chosen !== language) {
        switchLanguage(chosen);
      }
    });
  }, [signedIn]);
}

import { useId } from "react";
import { chooseLanguage } from "../api/language";
import { LANGUAGE_NAMES, LANGUAGES, language, t } from "../i18n";

/** The interface's language, reachable from every page (the header, and the sign-in screens). */
export function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id} className="visually-hidden">
        {t.app.language}
      </label>
      <select
        id={id}
        value={language}
        data-testid="language-switch"
        onChange={(event) => void chooseLanguage(event.target.value as (typeof LANGUAGES)[number], signedIn)}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}

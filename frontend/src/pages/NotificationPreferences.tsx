// What I am told of, and how: for each kind at once, in a daily digest, or never; my time zone;
// e-mail or Concord only; the Word files attached to circulated revisions or not.
import { useEffect, useId, useState } from "react";
import { Link } from "react-router";
import {
  type Mode,
  type NotificationKind,
  type PreferencesPublic,
  useNotificationPreferences,
  useUpdatePreferences,
} from "../api/notify";
import { paths } from "../app/routes";
import { ServerError } from "../components/ServerError";
import { ErrorNotice, Loading } from "../components/Status";
import { t } from "../i18n";

const MODES: Mode[] = ["immediately", "digest", "off"];
const KINDS = Object.keys(t.notifications.kinds) as NotificationKind[];

function timezones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return Array.from(new Set(["UTC", current, ...known])).sort((a, b) => (a === "UTC" ? -1 : a.localeCompare(b)));
}

function Form({ saved }: { saved: PreferencesPublic }) {
  const update = useUpdatePreferences();
  const [draft, setDraft] = useState(saved);
  const [done, setDone] = useState(false);
  const zoneId = useId();
  useEffect(() => setDraft(saved), [saved]);
  const change = (next: PreferencesPublic) => {
    setDraft(next);
    setDone(false);
  };
  return (
    <form
      className="card preferences"
      data-testid="notification-preferences"
      onSubmit={(event) => {
        event.preventDefault();
        const { timezone, email, attachments, modes } = draft;
        update.mutate({ timezone, email, attachments, modes }, { onSuccess: () => setDone(true) });
      }}
    >
      <table className="preference-modes">
        <caption className="visually-hidden">{t.notifications.preferencesTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{t.notifications.kindColumn}</th>
            {MODES.map((mode) => (
              <th scope="col" key={mode}>
                {t.notifications.modes[mode]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {KINDS.map((kind) => (
            <tr key={kind} data-testid={`mode-${kind}`}>
              <th scope="row">
                {t.notifications.kinds[kind]}
                {kind === "invitation" && <span className="small muted block">{t.notifications.invitationAlways}</span>}
              </th>
              {MODES.map((mode) => (
                <td key={mode}>
                  <input
                    type="radio"
                    name={`mode-${kind}`}
                    value={mode}
                    aria-label={`${t.notifications.kinds[kind]}: ${t.notifications.modes[mode]}`}
                    checked={draft.modes[kind] === mode}
                    disabled={kind === "invitation"}
                    onChange={() => change({ ...draft, modes: { ...draft.modes, [kind]: mode } })}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <fieldset className="preference-delivery">
        <legend>{t.notifications.delivery}</legend>
        <label>
          <input
            type="radio"
            name="delivery"
            checked={draft.email}
            onChange={() => change({ ...draft, email: true })}
          />{" "}
          {t.notifications.byEmail}
        </label>
        <label>
          <input
            type="radio"
            name="delivery"
            checked={!draft.email}
            onChange={() => change({ ...draft, email: false })}
          />{" "}
          {t.notifications.appOnly}
        </label>
        <label>
          <input
            type="checkbox"
            checked={draft.attachments}
            disabled={!draft.email}
            onChange={(event) => change({ ...draft, attachments: event.target.checked })}
          />{" "}
          {t.notifications.attachments}
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={zoneId}>{t.notifications.timezone}</label>
        <select
          id={zoneId}
          value={draft.timezone}
          onChange={(event) => change({ ...draft, timezone: event.target.value })}
        >
          {timezones(draft.timezone).map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
        <p className="small muted">{t.notifications.timezoneHint}</p>
      </div>
      <ServerError error={update.error} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={update.isPending}>
          {t.notifications.save}
        </button>
        {done && (
          <span role="status" className="small" data-testid="preferences-saved">
            {t.notifications.saved}
          </span>
        )}
      </div>
    </form>
  );
}

export function NotificationPreferences() {
  const saved = useNotificationPreferences();
  if (saved.isPending) return <Loading />;
  if (saved.isError) return <ErrorNotice error={saved.error} onRetry={() => void saved.refetch()} />;
  return (
    <div className="page narrow">
      <p className="small">
        <Link to={paths.notifications()}>{t.notifications.title}</Link>
      </p>
      <h1>{t.notifications.preferencesTitle}</h1>
      <p className="muted">{t.notifications.preferencesHint}</p>
      <Form saved={saved.data} />
    </div>
  );
}

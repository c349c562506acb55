import { type FormEvent, useId, useState } from "react";
import { useNavigate, useParams } from "react-router";
import { useAcceptInvitation } from "../api/identity";
import { useInvitation } from "../api/queries";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { Loading } from "../components/Status";
import { formatDate, t } from "../i18n";
import { ProviderButtons } from "./SignIn";

export function AcceptInvitation() {
  const token = useParams().token ?? "";
  const navigate = useNavigate();
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const passwordId = useId();
  const confirmId = useId();
  const invitation = useInvitation(token);

  const accept = useAcceptInvitation();

  const mismatch = confirm !== "" && confirm !== password;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!mismatch) accept.mutate({ token, password }, { onSuccess: () => void navigate("/", { replace: true }) });
  }

  return (
    <main id="main" className="auth-page">
      <LanguageSwitch signedIn={false} />
      <section className="auth-card" aria-labelledby="invitation-title">
        <p className="brand large">
          <span className="brand-mark" aria-hidden="true" />
          {t.app.name}
        </p>
        <h1 id="invitation-title">{t.invitation.title}</h1>
        {invitation.isPending && <Loading />}
        {invitation.isError && (
          <p className="form-error" role="alert">
            {t.invitation.invalid}
          </p>
        )}
        {invitation.data && (
          <>
            <p>{t.invitation.intro(invitation.data.name, invitation.data.email)}</p>
            <p className="muted">{t.invitation.expires(formatDate(invitation.data.expires_at))}</p>
            <form onSubmit={submit} noValidate>
              <input type="email" hidden readOnly autoComplete="username" value={invitation.data.email} />
              <label htmlFor={passwordId}>{t.invitation.password}</label>
              <input
                id={passwordId}
                type="password"
                autoComplete="new-password"
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
              <label htmlFor={confirmId}>{t.invitation.confirm}</label>
              <input
                id={confirmId}
                type="password"
                autoComplete="new-password"
                required
                aria-invalid={mismatch}
                value={confirm}
                onChange={(e) => setConfirm(e.target.value)}
              />
              {mismatch && <p className="form-error">{t.invitation.mismatch}</p>}
              {accept.error && (
                <p className="form-error" role="alert">
                  {accept.error.message}
                </p>
              )}
              <button
                type="submit"
                className="button primary wide"
                disabled={accept.isPending || !password || mismatch || !confirm}
              >
                {t.invitation.submit}
              </button>
            </form>
            <ProviderButtons next="/" invitation={token} />
          </>
        )}
      </section>
    </main>
  );
}

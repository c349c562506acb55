import { type FormEvent, useId, useState } from "react";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { isApiError } from "../api/client";
import { useSignIn } from "../api/identity";
import { useMe, useProviders } from "../api/queries";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { t } from "../i18n";
import { providerLoginUrl, safeNext } from "../lib/auth";

export function ProviderButtons({ next, invitation }: { next: string; invitation?: string }) {
  const providers = useProviders();
  if (!providers.data || providers.data.length === 0) return null;
  return (
    <div className="providers">
      <p className="divider">
        <span>{t.signIn.or}</span>
      </p>
      <ul className="plain">
        {providers.data.map((p) => (
          <li key={p.name}>
            {/* A plain link: the provider's page is a full navigation away. */}
            <a
              className="button secondary wide"
              href={providerLoginUrl(p.name, next, invitation)}
              data-testid={`oidc-${p.name}`}
            >
              {t.signIn.withProvider(p.label)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function SignIn() {
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const me = useMe();
  const navigate = useNavigate();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const emailId = useId();
  const passwordId = useId();
  const errorId = useId();
  const login = useSignIn();

  const oidcError = params.get("error");
  // Only known codes are shown in words: the query string is anyone's to write.
  const providerProblem = oidcError ? (t.signIn.providerRefused[oidcError] ?? t.signIn.providerFailed) : null;

  if (me.data) return <Navigate to={next} replace />;

  function submit(event: FormEvent) {
    event.preventDefault();
    login.mutate({ email, password }, { onSuccess: () => void navigate(next, { replace: true }) });
  }

  let problem: string | null = providerProblem;
  if (login.error) {
    if (isApiError(login.error) && login.error.status === 429) {
      problem = t.signIn.tooMany(Number(login.error.details.retry_after ?? 900));
    } else if (isApiError(login.error) && login.error.status === 401) {
      problem = t.signIn.failed;
    } else {
      problem = login.error.message;
    }
  }

  return (
    <main id="main" className="auth-page">
      <LanguageSwitch signedIn={false} />
      <section className="auth-card" aria-labelledby="sign-in-title">
        <p className="brand large">
          <span className="brand-mark" aria-hidden="true" />
          {t.app.name}
        </p>
        <p className="muted">{t.app.tagline}</p>
        <h1 id="sign-in-title">{t.signIn.title}</h1>
        <form onSubmit={submit} aria-describedby={problem ? errorId : undefined} noValidate>
          <label htmlFor={emailId}>{t.signIn.email}</label>
          <input
            id={emailId}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <label htmlFor={passwordId}>{t.signIn.password}</label>
          <input
            id={passwordId}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          {problem && (
            <p id={errorId} className="form-error" role="alert">
              {problem}
            </p>
          )}
          <button type="submit" className="button primary wide" disabled={login.isPending || !email || !password}>
            {login.isPending ? t.signIn.submitting : t.signIn.submit}
          </button>
        </form>
        <ProviderButtons next={next} />
      </section>
    </main>
  );
}

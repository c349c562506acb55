import { type ReactNode, useEffect } from "react";
import { Link, Navigate, NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { useSignOut } from "../api/identity";
import { useLanguageFromServer } from "../api/language";
import { useMe } from "../api/queries";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { ErrorNotice, Loading } from "../components/Status";
import { t } from "../i18n";
import { scrollToMiddle } from "../lib/scroll";
import { useNotificationBell } from "../live/useNotificationBell";
import { commitmentPaths, paths } from "./routes";

/** Renders its children for a signed-in person; sends anyone else to sign in, then back. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorNotice error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to={paths.signIn(location.pathname + location.search + location.hash)} replace />;
  return <>{children}</>;
}

/** The bell: my unread count, live; it opens my notifications. */
function Bell({ signedIn }: { signedIn: boolean }) {
  const unread = useNotificationBell(signedIn) ?? 0;
  return (
    <NavLink to={paths.notifications()} className="bell" aria-label={t.notifications.bell(unread)} data-testid="bell">
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7
            7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {unread > 0 && (
        <span className="bell-count" data-testid="unread-count">
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </NavLink>
  );
}

/** After a link with an anchor (a notification's comment, a paragraph), scroll to it once it shows. */
function useScrollToAnchor() {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash || hash.length < 2) return;
    const id = decodeURIComponent(hash.slice(1));
    let tries = 0;
    const timer = setInterval(() => {
      const element = window.document.getElementById(id);
      tries += 1;
      if (element) {
        scrollToMiddle(element);
        element.classList.add("anchored");
      }
      if (element || tries > 40) clearInterval(timer);
    }, 100);
    return () => clearInterval(timer);
  }, [hash]);
}

export function Shell() {
  const me = useMe().data;
  const signOut = useSignOut();
  const navigate = useNavigate();
  useScrollToAnchor();
  useLanguageFromServer(Boolean(me));

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <header className="topbar">
        <Link to={paths.home()} className="brand" aria-label={t.app.name}>
          <span className="brand-mark" aria-hidden="true" />
          {t.app.name}
        </Link>
        <nav aria-label={t.nav.main} className="topnav">
          <NavLink to={paths.home()} end>
            {t.nav.home}
          </NavLink>
          <NavLink to={commitmentPaths.register()}>{t.commitments.title}</NavLink>
          {me?.is_secretariat && <NavLink to={paths.secretariat()}>{t.secretariat.title}</NavLink>}
        </nav>
        <LanguageSwitch signedIn={Boolean(me)} />
        {me && (
          <div className="person" data-testid="signed-in-person">
            <Bell signedIn={Boolean(me)} />
            <span className="visually-hidden">{t.nav.signedInAs} </span>
            <span className="person-name">{me.name}</span>
            {me.delegation && <span className="person-delegation">{me.delegation.name}</span>}
            {me.is_secretariat && <span className="badge">{t.nav.secretariat}</span>}
            {me.is_head && <span className="badge">{t.nav.head}</span>}
            <button
              type="button"
              className="button subtle"
              onClick={() => void signOut().finally(() => navigate(paths.signIn(), { replace: true }))}
            >
              {t.nav.signOut}
            </button>
          </div>
        )}
      </header>
      {me?.delegation && !me.delegation.announced && (
        <p className="notice unannounced-banner small" role="note" data-testid="unannounced-notice">
          {t.unannounced.notice(me.delegation.name)}
        </p>
      )}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

import type { ReactNode } from "react";
import { Link, Navigate, NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { useSignOut } from "../api/identity";
import { useMe } from "../api/queries";
import { ErrorNotice, Loading } from "../components/Status";
import { t } from "../i18n";
import { paths } from "./routes";

/** Renders its children for a signed-in person; sends anyone else to sign in, then back. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorNotice error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to={paths.signIn(location.pathname + location.search + location.hash)} replace />;
  return <>{children}</>;
}

export function Shell() {
  const me = useMe().data;
  const signOut = useSignOut();
  const navigate = useNavigate();

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
          {me?.is_secretariat && <NavLink to={paths.secretariat()}>{t.secretariat.title}</NavLink>}
        </nav>
        {me && (
          <div className="person" data-testid="signed-in-person">
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
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}

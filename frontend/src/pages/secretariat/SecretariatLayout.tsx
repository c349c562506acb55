// The secretariat's screens, under one sub-navigation. Others are told they may not use them
// (the server refuses them anyway: 403 `secretariat_only`).
import { NavLink, Outlet } from "react-router";
import { useMe } from "../../api/queries";
import { secretariatPaths } from "../../app/routes";
import { t } from "../../i18n";
import "../../styles/negotiation.css";

export function SecretariatLayout() {
  const me = useMe().data;
  if (!me?.is_secretariat) {
    return (
      <div className="page">
        <p className="notice">{t.secretariat.onlySecretariat}</p>
      </div>
    );
  }
  const links = [
    { to: secretariatPaths.newDocument(), label: t.secretariat.newDocument },
    { to: secretariatPaths.groups(), label: t.secretariat.groups },
    { to: secretariatPaths.delegations(), label: t.secretariat.delegations },
    { to: secretariatPaths.people(), label: t.secretariat.people },
    { to: secretariatPaths.audit(), label: t.secretariat.audit },
  ];
  return (
    <div className="page secretariat-page">
      <h1>{t.secretariat.title}</h1>
      <nav className="subnav" aria-label={t.secretariat.nav}>
        {links.map((l) => (
          <NavLink key={l.to} to={l.to}>
            {l.label}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </div>
  );
}

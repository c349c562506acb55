import { useId, useState } from "react";
import {
  useInvitePerson,
  usePlaceInDelegation,
  useReissueInvitation,
  useRevokeInvitation,
  useSetPersonDisabled,
} from "../../api/identity";
import { type UserCreated, type UserPublic, useDelegations, useUsers } from "../../api/negotiation";
import { ServerError } from "../../components/ServerError";
import { ErrorNotice, Loading } from "../../components/Status";
import { formatDate, t } from "../../i18n";

interface Link {
  name: string;
  url: string;
  expiresAt: string;
}

function InvitationLink({ link }: { link: Link }) {
  const [copied, setCopied] = useState(false);
  const id = useId();
  const url = new URL(link.url, window.location.origin).toString();
  return (
    <div className="notice ok invitation" role="status" data-testid="invitation-link">
      <label htmlFor={id}>{t.secretariat.invitationLink(link.name)}</label>
      <div className="quote-input">
        <input id={id} type="text" readOnly value={url} onFocus={(e) => e.target.select()} />
        <button
          type="button"
          className="button small"
          onClick={() => {
            void navigator.clipboard?.writeText(url).then(() => setCopied(true));
          }}
        >
          {copied ? t.secretariat.copied : t.secretariat.copy}
        </button>
      </div>
      <p className="small">{t.secretariat.invitationHint(formatDate(link.expiresAt))}</p>
    </div>
  );
}

function signInStatus(person: UserPublic): string {
  if (person.disabled) return t.secretariat.disabled;
  if (person.last_sign_in_at) return t.secretariat.lastSignIn(formatDate(person.last_sign_in_at));
  if (person.invitation_expires_at) return t.secretariat.notSignedInYet(formatDate(person.invitation_expires_at));
  return t.secretariat.notSignedInNoLink;
}

interface RowProps {
  person: UserPublic;
  delegations: { id: number; label: string }[];
}

const COLUMNS = 6;

function PersonRow({ person, delegations }: RowProps) {
  const [link, setLink] = useState<Link | null>(null);
  const toggle = useSetPersonDisabled(person.id);
  const reissue = useReissueInvitation(person.id);
  const revoke = useRevokeInvitation(person.id);
  const place = usePlaceInDelegation(person.id);
  const placeId = useId();
  const invitable = !person.disabled && !person.last_sign_in_at && !person.has_password;

  const roles = [
    person.is_head ? t.secretariat.isHead : null,
    person.is_secretariat ? t.secretariat.isSecretariat : null,
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <>
      <tr data-user-id={person.id} data-signed-in={person.last_sign_in_at ? "yes" : "no"}>
        <th scope="row">{person.name}</th>
        <td>{person.email}</td>
        <td>
          <label htmlFor={placeId} className="visually-hidden">
            {t.secretariat.delegationOf(person.name)}
          </label>
          <select
            id={placeId}
            value={person.delegation_id ?? ""}
            disabled={place.isPending || person.is_secretariat}
            onChange={(e) => e.target.value && place.mutate(Number(e.target.value))}
          >
            {person.delegation_id == null && <option value="">{t.secretariat.noDelegation}</option>}
            {delegations.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
          <ServerError error={place.error} />
        </td>
        <td>{roles}</td>
        <td data-testid="sign-in-status">{signInStatus(person)}</td>
        <td className="row-actions">
          {invitable && (
            <button
              type="button"
              className="button small"
              aria-label={t.secretariat.newLinkLabel(person.name)}
              disabled={reissue.isPending}
              onClick={() =>
                reissue.mutate(undefined, {
                  onSuccess: (answer) =>
                    setLink({
                      name: person.name,
                      url: answer.invitation_url,
                      expiresAt: answer.invitation_expires_at,
                    }),
                })
              }
            >
              {t.secretariat.newLink}
            </button>
          )}
          {person.invitation_expires_at && (
            <button
              type="button"
              className="button small"
              aria-label={t.secretariat.revokeLinkLabel(person.name)}
              disabled={revoke.isPending}
              onClick={() => revoke.mutate()}
            >
              {t.secretariat.revokeLink}
            </button>
          )}
          <button
            type="button"
            className="button small"
            aria-label={
              person.disabled ? t.secretariat.enableLabel(person.name) : t.secretariat.disableLabel(person.name)
            }
            onClick={() => toggle.mutate(!person.disabled)}
            disabled={toggle.isPending}
          >
            {person.disabled ? t.secretariat.enable : t.secretariat.disable}
          </button>
          <ServerError error={toggle.error ?? reissue.error ?? revoke.error} />
        </td>
      </tr>
      {link && (
        <tr>
          <td colSpan={COLUMNS}>
            <InvitationLink link={link} />
          </td>
        </tr>
      )}
    </>
  );
}

export function People() {
  const users = useUsers();
  const delegations = useDelegations();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [delegation, setDelegation] = useState("");
  const [head, setHead] = useState(false);
  const [secretariat, setSecretariat] = useState(false);
  const [link, setLink] = useState<Link | null>(null);
  const [waiting, setWaiting] = useState(false);
  const ids = {
    email: useId(),
    name: useId(),
    delegation: useId(),
    head: useId(),
    secretariat: useId(),
    waiting: useId(),
  };
  const notSignedIn = (users.data ?? []).filter((u) => !u.disabled && !u.last_sign_in_at);
  const shown = waiting ? notSignedIn : (users.data ?? []);
  const all = (delegations.data ?? []).map((d) => ({ id: d.id, label: `${d.code} — ${d.name}`, kind: d.kind }));
  // People are placed in parties and observers here; the secretariat's own officers stay put.
  const choices = all.filter((d) => d.kind !== "secretariat");

  const invite = useInvitePerson();
  function submit() {
    const body = { email, name, head, secretariat, ...(delegation ? { delegation_id: Number(delegation) } : {}) };
    invite.mutate(body, {
      onSuccess: (answer: UserCreated) => {
        setLink({ name: answer.user.name, url: answer.invitation_url, expiresAt: answer.invitation_expires_at });
        setEmail("");
        setName("");
        setHead(false);
        setSecretariat(false);
      },
    });
  }

  return (
    <div className="admin-stack">
      <section className="card" aria-labelledby="invite-title">
        <h2 id="invite-title">{t.secretariat.inviteTitle}</h2>
        {link && <InvitationLink link={link} />}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <label htmlFor={ids.email}>{t.secretariat.email}</label>
          <input id={ids.email} type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
          <label htmlFor={ids.name}>{t.secretariat.name}</label>
          <input id={ids.name} type="text" value={name} onChange={(e) => setName(e.target.value)} required />
          <label htmlFor={ids.delegation}>{t.secretariat.delegation}</label>
          <select id={ids.delegation} value={delegation} onChange={(e) => setDelegation(e.target.value)}>
            <option value="">{t.secretariat.noDelegation}</option>
            {delegations.data?.map((d) => (
              <option key={d.id} value={d.id}>
                {d.code} — {d.name}
              </option>
            ))}
          </select>
          <div className="check-row">
            <input id={ids.head} type="checkbox" checked={head} onChange={(e) => setHead(e.target.checked)} />
            <label htmlFor={ids.head}>{t.secretariat.isHead}</label>
          </div>
          <div className="check-row">
            <input
              id={ids.secretariat}
              type="checkbox"
              checked={secretariat}
              onChange={(e) => setSecretariat(e.target.checked)}
            />
            <label htmlFor={ids.secretariat}>{t.secretariat.isSecretariat}</label>
          </div>
          <ServerError error={invite.error} />
          <button type="submit" className="button primary wide" disabled={invite.isPending}>
            {t.secretariat.invite}
          </button>
        </form>
      </section>
      <section className="card" aria-labelledby="people-title">
        <h2 id="people-title">{t.secretariat.people}</h2>
        {users.isPending && <Loading />}
        {users.isError && <ErrorNotice error={users.error} />}
        {users.data && (
          <div className="check-row" data-testid="not-signed-in">
            <input id={ids.waiting} type="checkbox" checked={waiting} onChange={(e) => setWaiting(e.target.checked)} />
            <label htmlFor={ids.waiting}>
              {t.secretariat.onlyNotSignedIn}{" "}
              <span className="muted">({t.secretariat.notSignedInCount(notSignedIn.length)})</span>
            </label>
          </div>
        )}
        {users.data && (
          <div className="table-scroll">
            <table className="admin-table" data-testid="people">
              <thead>
                <tr>
                  <th scope="col">{t.secretariat.name}</th>
                  <th scope="col">{t.secretariat.email}</th>
                  <th scope="col">{t.secretariat.delegation}</th>
                  <th scope="col">{t.secretariat.roles}</th>
                  <th scope="col">{t.secretariat.status}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t.secretariat.status}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((u) => (
                  <PersonRow key={u.id} person={u} delegations={u.is_secretariat ? all : choices} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

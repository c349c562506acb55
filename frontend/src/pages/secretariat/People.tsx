import { useId, useState } from "react";
import { useInvitePerson, useSetPersonDisabled } from "../../api/identity";
import { type UserCreated, type UserPublic, useDelegations, useUsers } from "../../api/negotiation";
import { ServerError } from "../../components/ServerError";
import { ErrorNotice, Loading } from "../../components/Status";
import { formatDate, t } from "../../i18n";

function InvitationLink({ created }: { created: UserCreated }) {
  const [copied, setCopied] = useState(false);
  const id = useId();
  const url = new URL(created.invitation_url, window.location.origin).toString();
  return (
    <div className="notice ok invitation" role="status" data-testid="invitation-link">
      <label htmlFor={id}>{t.secretariat.invitationLink(created.user.name)}</label>
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
      <p className="small">{t.secretariat.invitationHint(formatDate(created.invitation_expires_at))}</p>
    </div>
  );
}

function PersonRow({ person, delegationName }: { person: UserPublic; delegationName: string | null }) {
  const toggle = useSetPersonDisabled(person.id);

  const roles = [
    person.is_head ? t.secretariat.isHead : null,
    person.is_secretariat ? t.secretariat.isSecretariat : null,
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <tr data-user-id={person.id}>
      <th scope="row">{person.name}</th>
      <td>{person.email}</td>
      <td>{delegationName ?? <span className="muted">{t.secretariat.noDelegation}</span>}</td>
      <td>{roles}</td>
      <td>
        {person.disabled ? t.secretariat.disabled : person.has_password ? t.secretariat.active : t.secretariat.invited}
      </td>
      <td>
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
        <ServerError error={toggle.error} />
      </td>
    </tr>
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
  const [created, setCreated] = useState<UserCreated | null>(null);
  const ids = { email: useId(), name: useId(), delegation: useId(), head: useId(), secretariat: useId() };
  const names = new Map((delegations.data ?? []).map((d) => [d.id, `${d.code} — ${d.name}`]));

  const invite = useInvitePerson();
  function submit() {
    const body = { email, name, head, secretariat, ...(delegation ? { delegation_id: Number(delegation) } : {}) };
    invite.mutate(body, {
      onSuccess: (answer) => {
        setCreated(answer);
        setEmail("");
        setName("");
        setHead(false);
        setSecretariat(false);
      },
    });
  }

  return (
    <div className="admin-grid">
      <section className="card" aria-labelledby="people-title">
        <h2 id="people-title">{t.secretariat.people}</h2>
        {users.isPending && <Loading />}
        {users.isError && <ErrorNotice error={users.error} />}
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
                {users.data.map((u) => (
                  <PersonRow
                    key={u.id}
                    person={u}
                    delegationName={u.delegation_id ? (names.get(u.delegation_id) ?? null) : null}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="invite-title">
        <h2 id="invite-title">{t.secretariat.inviteTitle}</h2>
        {created && <InvitationLink created={created} />}
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
    </div>
  );
}

import { useId, useState } from "react";
import type { DelegationPublic, Schemas } from "../../api/client";
import { useAddDelegationMember, useAnnounceDelegation, useCreateDelegation } from "../../api/identity";
import { useDelegation, useDelegations, useUsers } from "../../api/negotiation";
import { DelegationApprovers } from "../../components/DelegationApprovers";
import { ServerError } from "../../components/ServerError";
import { ErrorNotice, Loading } from "../../components/Status";
import { t } from "../../i18n";

type Kind = Schemas["DelegationKind"];
const KINDS: Kind[] = ["government", "civil_society", "observer", "secretariat"];

/** Adds someone already invited to this delegation (moving them from any other). */
function AddMember({ delegation, members }: { delegation: DelegationPublic; members: Set<number> }) {
  const users = useUsers();
  const add = useAddDelegationMember(delegation.id);
  const [person, setPerson] = useState("");
  const [head, setHead] = useState(false);
  const ids = { person: useId(), head: useId() };
  // The secretariat's own officers stay in the secretariat.
  const choices = (users.data ?? []).filter((u) => !members.has(u.id) && !u.is_secretariat && !u.disabled);
  return (
    <form
      className="inline-form add-member"
      aria-label={t.secretariat.addPersonTo(delegation.name)}
      onSubmit={(event) => {
        event.preventDefault();
        if (!person) return;
        add.mutate({ user_id: Number(person), head }, { onSuccess: () => setPerson("") });
      }}
    >
      <div>
        <label htmlFor={ids.person}>{t.secretariat.addPerson}</label>
        <select id={ids.person} value={person} onChange={(e) => setPerson(e.target.value)}>
          <option value="">{t.secretariat.choosePerson}</option>
          {choices.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.email})
            </option>
          ))}
        </select>
      </div>
      <div className="check-row">
        <input id={ids.head} type="checkbox" checked={head} onChange={(e) => setHead(e.target.checked)} />
        <label htmlFor={ids.head}>{t.secretariat.asHead}</label>
      </div>
      <button type="submit" className="button small" disabled={!person || add.isPending}>
        {t.secretariat.add}
      </button>
      <ServerError error={add.error} />
    </form>
  );
}

function Members({ delegation }: { delegation: DelegationPublic }) {
  const detail = useDelegation(delegation.id);
  if (detail.isPending) return <Loading />;
  if (detail.isError) return <ErrorNotice error={detail.error} />;
  const members = detail.data.members;
  return (
    <div className="members-panel">
      <ul className="small" aria-label={t.secretariat.showMembersOf(delegation.name)}>
        {members.length === 0 && <li className="muted">{t.secretariat.noMembers}</li>}
        {members.map((m) => (
          <li key={m.id}>
            {m.name}
            {m.is_head && <span className="tag">{t.secretariat.head}</span>}
          </li>
        ))}
      </ul>
      <AddMember delegation={delegation} members={new Set(members.map((m) => m.id))} />
      {members.some((m) => !m.is_head) && <DelegationApprovers delegation={delegation} heading={false} />}
    </div>
  );
}

function DelegationRow({ delegation }: { delegation: DelegationPublic }) {
  const [open, setOpen] = useState(false);
  const announce = useAnnounceDelegation(delegation.id);

  return (
    <>
      <tr data-delegation={delegation.code} data-announced={delegation.announced}>
        <th scope="row">{delegation.code}</th>
        <td>{delegation.name}</td>
        <td>{t.secretariat.kinds[delegation.kind] ?? delegation.kind}</td>
        <td>
          {delegation.announced ? (
            t.secretariat.announced
          ) : (
            <span className="tag warn-tag">{t.secretariat.unannounced}</span>
          )}
        </td>
        <td className="actions">
          <button
            type="button"
            className="button small"
            aria-expanded={open}
            aria-label={t.secretariat.showMembersOf(delegation.name)}
            onClick={() => setOpen(!open)}
          >
            {t.secretariat.showMembers}
          </button>
          {!delegation.announced && (
            <button
              type="button"
              className="button small secondary"
              aria-label={t.secretariat.announceLabel(delegation.name)}
              onClick={() => announce.mutate()}
              disabled={announce.isPending}
            >
              {t.secretariat.announce}
            </button>
          )}
        </td>
      </tr>
      {(open || announce.error) && (
        <tr className="detail-row">
          <td colSpan={5}>
            <ServerError error={announce.error} />
            {open && <Members delegation={delegation} />}
          </td>
        </tr>
      )}
    </>
  );
}

export function Delegations() {
  const delegations = useDelegations();
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  const [kind, setKind] = useState<Kind>("government");
  const [unannounced, setUnannounced] = useState(false);
  const ids = { code: useId(), name: useId(), kind: useId(), unannounced: useId(), hint: useId() };
  const create = useCreateDelegation();
  function submit() {
    const onSuccess = () => {
      setCode("");
      setName("");
      setUnannounced(false);
    };
    create.mutate({ code, name, kind, announced: !unannounced }, { onSuccess });
  }

  return (
    <div className="admin-grid">
      <section className="card" aria-labelledby="delegations-title">
        <h2 id="delegations-title">{t.secretariat.delegations}</h2>
        {delegations.isPending && <Loading />}
        {delegations.isError && <ErrorNotice error={delegations.error} />}
        {delegations.data && (
          <table className="admin-table" data-testid="delegations">
            <thead>
              <tr>
                <th scope="col">{t.secretariat.code}</th>
                <th scope="col">{t.secretariat.name}</th>
                <th scope="col">{t.secretariat.delegationKind}</th>
                <th scope="col">{t.secretariat.status}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.secretariat.members}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {delegations.data.map((d) => (
                <DelegationRow key={d.id} delegation={d} />
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card" aria-labelledby="delegation-create-title">
        <h2 id="delegation-create-title">{t.secretariat.createDelegation}</h2>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <label htmlFor={ids.code}>{t.secretariat.code}</label>
          <input
            id={ids.code}
            type="text"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            required
            pattern="[A-Za-z0-9_.\-]+"
            maxLength={32}
          />
          <label htmlFor={ids.name}>{t.secretariat.name}</label>
          <input id={ids.name} type="text" value={name} onChange={(e) => setName(e.target.value)} required />
          <label htmlFor={ids.kind}>{t.secretariat.delegationKind}</label>
          <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t.secretariat.kinds[k]}
              </option>
            ))}
          </select>
          <div className="check-row">
            <input
              id={ids.unannounced}
              type="checkbox"
              checked={unannounced}
              onChange={(e) => setUnannounced(e.target.checked)}
              aria-describedby={ids.hint}
            />
            <label htmlFor={ids.unannounced}>{t.secretariat.unannounced}</label>
          </div>
          <p id={ids.hint} className="small muted">
            {t.secretariat.unannouncedHint}
          </p>
          <ServerError error={create.error} />
          <button
            type="submit"
            className="button primary wide"
            disabled={create.isPending || !code.trim() || !name.trim()}
          >
            {t.secretariat.createDelegation}
          </button>
        </form>
      </section>
    </div>
  );
}

import { useId, useState } from "react";
import type { Schemas, WorkingGroupPublic } from "../../api/client";
import { useAddGroupMember, useCreateWorkingGroup } from "../../api/identity";
import { useUsers } from "../../api/negotiation";
import { useWorkingGroups } from "../../api/queries";
import { ServerError } from "../../components/ServerError";
import { ErrorNotice, Loading } from "../../components/Status";
import { t } from "../../i18n";
import { keyed } from "../../lib/listKeys";

type Role = Schemas["WorkingGroupRole"];

function AddMember({ group }: { group: WorkingGroupPublic }) {
  const users = useUsers();
  const [person, setPerson] = useState("");
  const [role, setRole] = useState<Role>("member");
  const ids = { person: useId(), role: useId() };
  const add = useAddGroupMember(group.id);

  return (
    <form
      className="inline-form"
      aria-label={t.secretariat.addMemberTo(group.name)}
      onSubmit={(event) => {
        event.preventDefault();
        if (person) add.mutate({ user_id: Number(person), role }, { onSuccess: () => setPerson("") });
      }}
    >
      <div>
        <label htmlFor={ids.person}>{t.secretariat.person}</label>
        <select id={ids.person} value={person} onChange={(e) => setPerson(e.target.value)} required>
          <option value="">{t.secretariat.choosePerson}</option>
          {users.data
            ?.filter((u) => !u.disabled)
            .map((u) => (
              <option key={u.id} value={u.id}>
                {u.name} ({u.email})
              </option>
            ))}
        </select>
      </div>
      <div>
        <label htmlFor={ids.role}>{t.secretariat.roleLabel}</label>
        <select id={ids.role} value={role} onChange={(e) => setRole(e.target.value as Role)}>
          <option value="member">{t.secretariat.role.member}</option>
          <option value="chair">{t.secretariat.role.chair}</option>
        </select>
      </div>
      <button type="submit" className="button" disabled={add.isPending || !person}>
        {t.secretariat.addMember}
      </button>
      <ServerError error={add.error} />
    </form>
  );
}

export function WorkingGroups() {
  const groups = useWorkingGroups();
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const ids = { name: useId(), description: useId() };
  const create = useCreateWorkingGroup();
  function submit() {
    const onSuccess = () => {
      setName("");
      setDescription("");
    };
    create.mutate({ name, description }, { onSuccess });
  }

  return (
    <div className="admin-grid">
      <section className="card" aria-labelledby="groups-list-title">
        <h2 id="groups-list-title">{t.secretariat.groups}</h2>
        {groups.isPending && <Loading />}
        {groups.isError && <ErrorNotice error={groups.error} />}
        {groups.data?.length === 0 && <p className="muted">{t.secretariat.noGroups}</p>}
        <ul className="plain admin-list" data-testid="groups">
          {groups.data?.map((g) => (
            <li key={g.id} data-group-id={g.id}>
              <h3>{g.name}</h3>
              {g.description && <p className="small">{g.description}</p>}
              <h4 className="small muted">{t.secretariat.members}</h4>
              {g.members.length === 0 ? (
                <p className="small muted">{t.secretariat.noMembers}</p>
              ) : (
                <ul className="small">
                  {keyed(g.members, (m) => `${m.person.id ?? m.person.name}:${m.role}`).map(([key, m]) => (
                    <li key={key}>
                      {m.person.name} — {t.secretariat.role[m.role] ?? m.role}
                    </li>
                  ))}
                </ul>
              )}
              <AddMember group={g} />
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="group-create-title">
        <h2 id="group-create-title">{t.secretariat.createGroup}</h2>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <label htmlFor={ids.name}>{t.secretariat.groupName}</label>
          <input id={ids.name} type="text" value={name} onChange={(e) => setName(e.target.value)} required />
          <label htmlFor={ids.description}>{t.secretariat.groupDescription}</label>
          <textarea
            id={ids.description}
            rows={3}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
          <ServerError error={create.error} />
          <button type="submit" className="button primary wide" disabled={create.isPending || !name.trim()}>
            {t.secretariat.createGroup}
          </button>
        </form>
      </section>
    </div>
  );
}

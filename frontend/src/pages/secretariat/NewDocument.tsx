import { useId, useState } from "react";
import { useNavigate } from "react-router";
import type { Schemas } from "../../api/client";
import { useCreateDocument } from "../../api/drafting";
import { useDelegations } from "../../api/negotiation";
import { useWorkingGroups } from "../../api/queries";
import { paths } from "../../app/routes";
import { ServerError } from "../../components/ServerError";
import { Loading } from "../../components/Status";
import { languageName, t } from "../../i18n";
import { ImportDraft } from "./ImportDraft";

type Kind = Schemas["DocumentKind"];
const KINDS: Kind[] = ["principles", "analysis", "statement", "communique", "other"];
// The consortium's languages; the server knows more (core/languages.py).
const LANGUAGES = ["en", "fr", "ar", "he"];

export function NewDocument() {
  const groups = useWorkingGroups();
  const delegations = useDelegations();
  const navigate = useNavigate();
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState<Kind>("statement");
  const [language, setLanguage] = useState("en");
  const [group, setGroup] = useState("");
  const [parties, setParties] = useState<number[]>([]);
  const ids = { title: useId(), kind: useId(), language: useId(), group: useId(), hint: useId() };

  const create = useCreateDocument();
  function submit() {
    const body = { title, kind, language, parties, ...(group ? { working_group_id: Number(group) } : {}) };
    create.mutate(body, { onSuccess: (doc) => void navigate(paths.document(doc.id)) });
  }

  function toggle(id: number, on: boolean) {
    setParties((list) => (on ? [...list, id] : list.filter((x) => x !== id)));
  }

  return (
    <>
      <section className="card" aria-labelledby="new-document-title">
        <h2 id="new-document-title">{t.secretariat.newDocument}</h2>
        <form
          className="stack-form"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <label htmlFor={ids.title}>{t.secretariat.documentTitle}</label>
          <input
            id={ids.title}
            type="text"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            required
            data-testid="new-document-title"
          />
          <label htmlFor={ids.kind}>{t.secretariat.kind}</label>
          <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t.kind[k] ?? k}
              </option>
            ))}
          </select>
          <label htmlFor={ids.language}>{t.secretariat.negotiatingLanguage}</label>
          <select
            id={ids.language}
            value={language}
            onChange={(e) => setLanguage(e.target.value)}
            data-testid="new-document-language"
          >
            {LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {languageName.of(code) ?? code}
              </option>
            ))}
          </select>
          <label htmlFor={ids.group}>{t.secretariat.group}</label>
          <select
            id={ids.group}
            value={group}
            onChange={(e) => setGroup(e.target.value)}
            data-testid="new-document-group"
          >
            <option value="">{t.secretariat.noGroup}</option>
            {groups.data?.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
          <fieldset className="checklist" aria-describedby={ids.hint} data-testid="new-document-parties">
            <legend>{t.secretariat.parties}</legend>
            <p id={ids.hint} className="small muted">
              {t.secretariat.partiesHint}
            </p>
            {delegations.isPending && <Loading />}
            {delegations.data?.map((d) => (
              <div className="check-row" key={d.id}>
                <input
                  id={`party-${d.id}`}
                  type="checkbox"
                  checked={parties.includes(d.id)}
                  onChange={(e) => toggle(d.id, e.target.checked)}
                />
                <label htmlFor={`party-${d.id}`}>
                  {d.code} — {d.name}
                  {!d.announced && <span className="tag">{t.secretariat.unannounced}</span>}
                </label>
              </div>
            ))}
          </fieldset>
          <ServerError error={create.error} />
          <button type="submit" className="button primary" disabled={create.isPending || !title.trim()}>
            {t.secretariat.createDocument}
          </button>
        </form>
      </section>
      <ImportDraft title={title} workingGroupId={group ? Number(group) : undefined} />
    </>
  );
}

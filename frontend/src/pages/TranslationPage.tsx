// A document's translations: the original and its translation side by side, section by section,
// each marked current, out of date (with what changed in the original since) or not translated.
// Translators update them in place; the secretariat adds languages and names translators.
import { useId, useMemo, useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import type { DocumentOverview, MePublic, Schemas, SectionPublic } from "../api/client";
import { useComments, useUsers } from "../api/negotiation";
import { useDocument, useMe, useWorkingGroups } from "../api/queries";
import {
  useDocumentLanguages,
  useDocumentTranslations,
  useNameTranslator,
  useSaveTranslation,
  useSectionTranslation,
  useSetLanguage,
} from "../api/translation";
import { paths } from "../app/routes";
import { DiffView } from "../components/DiffView";
import { RichEditor } from "../components/editor/RichEditor";
import { CommentComposer, CommentThread } from "../components/negotiation/CommentsPanel";
import { sectionLabel } from "../components/SectionView";
import { ServerError } from "../components/ServerError";
import { ErrorNotice, Loading } from "../components/Status";
import { TrustedHtml } from "../components/TrustedHtml";
import { languageName, t } from "../i18n";
import { asPairs } from "../lib/diff";
import { canDeliberate, isChair } from "../lib/negotiation/roles";
import { buildThreads } from "../lib/negotiation/threads";
import { useDocumentEvents } from "../live/useDocumentEvents";

type Row = Schemas["TranslationRow"];
type Language = Schemas["LanguagePublic"];
// Languages Concord publishes in most; the server knows more (core/languages.py).
const OFFERED = ["ar", "fr", "he", "en", "es", "ru", "zh", "de"];

export function TranslationPage() {
  const documentId = Number(useParams().documentId);
  const [search, setSearch] = useSearchParams();
  const document = useDocument(documentId);
  const languages = useDocumentLanguages(documentId);
  const me = useMe().data;
  const listed = languages.data?.languages ?? [];
  const language = search.get("language") ?? listed[0]?.language ?? null;
  const translations = useDocumentTranslations(documentId, language);
  // New translations, comments on them and changes of the original arrive as they are saved.
  useDocumentEvents(documentId);

  if (document.isPending || languages.isPending) return <Loading />;
  if (document.isError) return <ErrorNotice error={document.error} />;
  if (languages.isError) return <ErrorNotice error={languages.error} />;
  const doc = document.data;
  const chosen = listed.find((l) => l.language === language) ?? null;
  const mayTranslate = !!chosen && languages.data.may_translate.includes(chosen.language);
  const rows = new Map((translations.data?.sections ?? []).map((r) => [r.section_id, r]));

  return (
    <div className="page translation-page">
      <p className="muted small">
        <Link to={paths.document(doc.id)}>{doc.title}</Link> / {t.translation.link}
      </p>
      <h1>{chosen ? t.translation.title(chosen.name) : t.translation.languages}</h1>
      <p className="muted">{t.translation.negotiatedIn(languages.data.negotiating.name)}</p>
      {listed.length === 0 && <p data-testid="no-languages">{t.translation.none}</p>}
      {listed.length > 0 && (
        <nav className="language-tabs" aria-label={t.translation.languages}>
          {listed.map((l) => (
            <Link
              key={l.language}
              to={`?language=${l.language}`}
              className={`button small${l.language === language ? " primary" : ""}`}
              aria-current={l.language === language ? "page" : undefined}
              lang={l.language}
              onClick={(event) => {
                event.preventDefault();
                setSearch({ language: l.language }, { replace: true });
              }}
            >
              {l.native}
            </Link>
          ))}
        </nav>
      )}
      {chosen && <LanguageFacts language={chosen} />}
      {me?.is_secretariat && (
        <SecretariatTools documentId={doc.id} listed={listed} negotiating={languages.data.negotiating.language} />
      )}
      {chosen && translations.isPending && <Loading />}
      {translations.isError && <ErrorNotice error={translations.error} />}
      {chosen && translations.data && (
        <section className="card" aria-label={t.translation.title(chosen.name)}>
          <p data-testid="translation-counts" role="status">
            {t.translation.counts(
              translations.data.counts.current,
              translations.data.counts.out_of_date,
              translations.data.counts.missing,
            )}
          </p>
          <ol className="translation-list">
            {doc.sections.map((section) => {
              const row = rows.get(section.id);
              return row ? (
                <TranslationRowView
                  key={section.id}
                  document={doc}
                  me={me ?? undefined}
                  section={section}
                  row={row}
                  language={chosen}
                  editable={mayTranslate}
                />
              ) : null;
            })}
          </ol>
        </section>
      )}
    </div>
  );
}

function LanguageFacts({ language }: { language: Language }) {
  const names = language.translators.map((p) => p.name).join(", ");
  return (
    <p className="small" data-testid="language-facts">
      {[
        language.authentic ? t.translation.authentic : null,
        language.required_for_adoption ? t.translation.requiredForAdoption : null,
        names ? t.translation.translators(names) : t.translation.noTranslators,
      ]
        .filter(Boolean)
        .join(" · ")}
    </p>
  );
}

function TranslationRowView({
  document: doc,
  me,
  section,
  row,
  language,
  editable,
}: {
  document: DocumentOverview;
  me: MePublic | undefined;
  section: SectionPublic;
  row: Row;
  language: Language;
  editable: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(row.text ?? "");
  const [showChanges, setShowChanges] = useState(false);
  const documentId = doc.id;
  const save = useSaveTranslation(documentId, language.language);
  const detail = useSectionTranslation(section.id, language.language, showChanges);
  const label = sectionLabel(section);
  const submit = (value: string) =>
    save.mutate(
      { sectionId: section.id, text: value, sourceVersion: row.source_version, baseVersion: row.version ?? null },
      { onSuccess: () => setEditing(false) },
    );
  const diff = detail.data?.source_diff;

  return (
    <li className={`translation-row status-${row.status}`} data-testid="translation-row" data-status={row.status}>
      <div className="translation-head">
        <strong>{label}</strong>
        <span className={`translation-status ${row.status}`} data-testid="translation-status">
          {t.translation.status[row.status] ?? row.status}
        </span>
      </div>
      <div className="translation-pair">
        <div>
          <p className="muted small">{t.translation.source}</p>
          <TrustedHtml html={section.current.html} className="section-text" dir="auto" />
        </div>
        <div lang={language.language} dir={language.direction}>
          <p className="muted small">{t.translation.translated}</p>
          {editing ? (
            <RichEditor
              value={row.text ?? ""}
              onChange={setText}
              label={t.translation.editorLabel(label, language.name)}
              autoFocus
              testId="translation-editor"
              onEscape={() => setEditing(false)}
              onSubmit={() => submit(text)}
            />
          ) : row.html ? (
            <TrustedHtml html={row.html} className="section-text" data-testid="translation-text" />
          ) : (
            <p className="muted">{t.translation.status.missing}</p>
          )}
        </div>
      </div>
      {me && row.version != null && (
        <TranslationComments document={doc} me={me} section={section} language={language} version={row.version} />
      )}
      {row.status === "out_of_date" && (
        <div className="translation-changes">
          <button type="button" className="button small" onClick={() => setShowChanges((v) => !v)}>
            {t.translation.changedSince(row.translated_source_version ?? 0)}
          </button>
          {showChanges && diff && <DiffView diff={asPairs(diff)} testId="source-changes" />}
        </div>
      )}
      <ServerError error={save.error} />
      {editable && (
        <div className="translation-actions">
          {editing ? (
            <>
              <button
                type="button"
                className="button primary small"
                disabled={save.isPending}
                onClick={() => submit(text)}
                data-testid="save-translation"
              >
                {save.isPending ? t.translation.saving : t.translation.save}
              </button>
              <button type="button" className="button small" onClick={() => setEditing(false)}>
                {t.translation.cancel}
              </button>
            </>
          ) : (
            <>
              <button
                type="button"
                className="button small"
                onClick={() => {
                  setText(row.text ?? "");
                  setEditing(true);
                }}
                data-testid="translate"
              >
                {row.status === "missing" ? t.translation.translate : t.translation.update}
              </button>
              {row.status === "out_of_date" && row.text && (
                <button
                  type="button"
                  className="button small"
                  disabled={save.isPending}
                  onClick={() => submit(row.text ?? "")}
                  data-testid="confirm-translation"
                >
                  {t.translation.confirm}
                </button>
              )}
            </>
          )}
        </div>
      )}
    </li>
  );
}

/** The discussion of one paragraph's translation: delegations say what is wrong in it, on its
 * own words (the original's discussion stays on the document page). */
function TranslationComments({
  document: doc,
  me,
  section,
  language,
  version,
}: {
  document: DocumentOverview;
  me: MePublic;
  section: SectionPublic;
  language: Language;
  version: number;
}) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState<string | null>(null);
  const comments = useComments(section.id, true, language.language);
  const groups = useWorkingGroups().data;
  const threads = useMemo(() => buildThreads(comments.data ?? []), [comments.data]);
  const openThreads = threads.filter((thread) => !thread.resolved).length;
  const writable = canDeliberate(me, doc);
  const panelId = useId();
  return (
    <div className="translation-comments" data-testid="translation-comments">
      <button
        type="button"
        className="button small"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
        data-testid="translation-comments-toggle"
      >
        {t.document.comments(openThreads)}
      </button>
      {open && (
        <section id={panelId} aria-label={t.comments.title}>
          {comments.isError && <ErrorNotice error={comments.error} />}
          <ul className="plain threads">
            {threads.map((thread) => (
              <CommentThread
                key={thread.root.id}
                thread={thread}
                section={section}
                me={me}
                chair={isChair(me, doc, groups)}
                canWrite={writable}
                active={active === thread.root.id}
                onActivate={setActive}
              />
            ))}
          </ul>
          {writable && (
            <CommentComposer
              section={section}
              me={me}
              anchor={null}
              onAnchor={() => undefined}
              onPosted={(comment) => setActive(comment.id)}
              translation={{ language: language.language, version }}
            />
          )}
        </section>
      )}
    </div>
  );
}

function SecretariatTools({
  documentId,
  listed,
  negotiating,
}: {
  documentId: number;
  listed: Language[];
  negotiating: string;
}) {
  const users = useUsers();
  const setLanguage = useSetLanguage(documentId);
  const name = useNameTranslator(documentId);
  const free = OFFERED.filter((code) => code !== negotiating && !listed.some((l) => l.language === code));
  const [code, setCode] = useState(free[0] ?? "");
  const [authentic, setAuthentic] = useState(true);
  const [target, setTarget] = useState(listed[0]?.language ?? "");
  const [person, setPerson] = useState("");
  const ids = { code: useId(), authentic: useId(), target: useId(), person: useId() };

  return (
    <section className="card secretariat-languages" aria-label={t.translation.languages}>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (code) setLanguage.mutate({ language: code, authentic });
        }}
      >
        <h2 className="small-heading">{t.translation.addLanguage}</h2>
        <label htmlFor={ids.code}>{t.translation.language}</label>
        <select id={ids.code} value={code} onChange={(e) => setCode(e.target.value)} data-testid="add-language">
          {free.map((c) => (
            <option key={c} value={c}>
              {languageName.of(c) ?? c}
            </option>
          ))}
        </select>
        <label className="checkbox" htmlFor={ids.authentic}>
          <input
            id={ids.authentic}
            type="checkbox"
            checked={authentic}
            onChange={(e) => setAuthentic(e.target.checked)}
          />
          {t.translation.markAuthentic}
        </label>
        <button type="submit" className="button small" disabled={!code || setLanguage.isPending}>
          {t.translation.add}
        </button>
        <ServerError error={setLanguage.error} />
      </form>
      {listed.length > 0 && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            const language = target || listed[0]?.language;
            if (language && person) name.mutate({ language, userId: Number(person) });
          }}
        >
          <h2 className="small-heading">{t.translation.nameTranslator}</h2>
          <label htmlFor={ids.target}>{t.translation.language}</label>
          <select id={ids.target} value={target} onChange={(e) => setTarget(e.target.value)}>
            {listed.map((l) => (
              <option key={l.language} value={l.language}>
                {l.name}
              </option>
            ))}
          </select>
          <label htmlFor={ids.person}>{t.translation.person}</label>
          <select
            id={ids.person}
            value={person}
            onChange={(e) => setPerson(e.target.value)}
            data-testid="translator-person"
          >
            <option value="" />
            {users.data?.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
          <button type="submit" className="button small" disabled={!person || name.isPending}>
            {t.translation.nameTranslator}
          </button>
          <ServerError error={name.error} />
        </form>
      )}
    </section>
  );
}

// Makes a section a paragraph or a heading, and sets a heading's level, after it was created
// (PATCH /sections/{id}: its text and versions stay as they are).
import { useId, useState } from "react";
import type { SectionPublic } from "../api/client";
import { useReshapeSection } from "../api/drafting";
import { t } from "../i18n";
import { ServerError } from "./ServerError";
import "../styles/negotiation.css";

type Kind = "paragraph" | "heading";

export function SectionShape({ section }: { section: SectionPublic }) {
  const [kind, setKind] = useState<Kind>(section.kind);
  const [level, setLevel] = useState(section.level ?? 1);
  const [done, setDone] = useState(false);
  const reshape = useReshapeSection(section.document_id);
  const ids = { kind: useId(), level: useId(), title: useId() };
  const unchanged = kind === section.kind && (kind === "paragraph" || level === (section.level ?? 1));
  return (
    <form
      className="card inline-form section-shape"
      aria-labelledby={ids.title}
      data-testid="section-shape"
      onSubmit={(event) => {
        event.preventDefault();
        setDone(false);
        reshape.mutate(
          { sectionId: section.id, kind, level: kind === "heading" ? level : null },
          { onSuccess: () => setDone(true) },
        );
      }}
    >
      <h2 id={ids.title} className="visually-hidden">
        {t.reshape.title}
      </h2>
      <div>
        <label htmlFor={ids.kind}>{t.reshape.kind}</label>
        <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          <option value="paragraph">{t.reshape.paragraph}</option>
          <option value="heading">{t.reshape.heading}</option>
        </select>
      </div>
      {kind === "heading" && (
        <div>
          <label htmlFor={ids.level}>{t.reshape.level}</label>
          <select id={ids.level} value={level} onChange={(e) => setLevel(Number(e.target.value))}>
            {[1, 2, 3, 4, 5, 6].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className="button" disabled={unchanged || reshape.isPending}>
        {t.reshape.apply}
      </button>
      {done && unchanged && (
        <span className="small muted" role="status">
          {t.reshape.done}
        </span>
      )}
      <ServerError error={reshape.error} />
    </form>
  );
}

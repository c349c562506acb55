import type { SectionPublic } from "../api/client";
import { useDecideBrackets } from "../api/drafting";
import { t } from "../i18n";
import { ServerError } from "./ServerError";

type Props = {
  section: Pick<SectionPublic, "id" | "document_id" | "alternatives" | "options" | "current">;
  label: string;
  /** The chair (or the secretariat) on a text still in drafting: each choice can be kept. */
  canDecide: boolean;
};

const short = (text: string) => (text.length > 90 ? `${text.slice(0, 88)}…` : text);

/** A paragraph's alternatives (`[shall][should]`) and options (`Option 1: …`) shown as choices. */
export function Choices({ section, label, canDecide }: Props) {
  const decide = useDecideBrackets(section.document_id, section.id);
  const base = section.current.number;
  const groups = section.alternatives ?? [];
  const options = section.options ?? [];
  const count = groups.length + (options.length > 0 ? 1 : 0);
  return (
    <details className="choices" data-testid="choices">
      <summary>{t.choices.summary(count)}</summary>
      <ol className="plain choice-groups">
        {groups.map((group) => (
          <li key={`a-${group.group}-${group.start}`} className="choice-group" data-testid="alternatives">
            <span className="muted small">{t.choices.alternatives}</span>
            <ul className="plain choice-list">
              {group.choices.map((choice, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a choice's place is its identity here
                <li key={i} className="choice">
                  <span className="bracket">[{short(choice)}]</span>
                  {canDecide && (
                    <button
                      type="button"
                      className="button small"
                      disabled={decide.isPending}
                      aria-label={t.choices.keepLabel(label, choice)}
                      onClick={() =>
                        decide.mutate({
                          action: "resolve_alternative",
                          group: group.group,
                          choice: i,
                          base_version: base,
                          reason: "",
                        })
                      }
                    >
                      {t.choices.keep}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
        {options.length > 0 && (
          <li className="choice-group" data-testid="options">
            <span className="muted small">{t.choices.options}</span>
            <ul className="plain choice-list">
              {options.map((option, i) => (
                <li key={option.label} className="choice">
                  <strong>{option.label}:</strong> {short(option.text)}
                  {canDecide && (
                    <button
                      type="button"
                      className="button small"
                      disabled={decide.isPending}
                      aria-label={t.choices.keepLabel(label, option.label)}
                      onClick={() =>
                        decide.mutate({ action: "resolve_option", choice: i, base_version: base, reason: "" })
                      }
                    >
                      {t.choices.keep}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </li>
        )}
      </ol>
      <ServerError error={decide.error} testId="choices-error" />
    </details>
  );
}

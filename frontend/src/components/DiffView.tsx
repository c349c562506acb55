import { t } from "../i18n";
import { type DiffPair, diffStats, type FoldedSegment, foldEqual, toSegments } from "../lib/diff";
import { keyed } from "../lib/listKeys";

/** A word diff as running text: removed words struck through (<del>), added underlined (<ins>). */
export function DiffView({
  diff,
  fold = false,
  testId = "diff",
}: {
  diff: DiffPair[];
  fold?: boolean;
  testId?: string;
}) {
  const segments: FoldedSegment[] = fold ? foldEqual(toSegments(diff)) : toSegments(diff);
  return (
    <div className="diff" dir="auto" data-testid={testId}>
      {keyed(segments, (s) => `${s.kind}:${s.text}`).map(([key, s]) => {
        if (s.kind === "insert") return <ins key={key}>{s.text}</ins>;
        if (s.kind === "delete") return <del key={key}>{s.text}</del>;
        if (s.omitted !== undefined) {
          return (
            <span key={key} className="diff-omitted">
              {t.history.omitted(s.omitted)}
            </span>
          );
        }
        return <span key={key}>{s.text}</span>;
      })}
    </div>
  );
}

export function DiffCounts({ diff }: { diff: DiffPair[] }) {
  const stats = diffStats(diff);
  return (
    <p className="small diff-counts" data-testid="diff-counts">
      <span className="added">{t.history.added(stats.added)}</span> ·{" "}
      <span className="removed">{t.history.removed(stats.removed)}</span>
    </p>
  );
}

import { useId } from "react";
import { useReturnCopy } from "../../api/wordin";
import { ServerError } from "../../components/ServerError";
import { t } from "../../i18n";

/** "Return a Word copy": a delegation's edited copy, back as its amendments and comments. */
export function ReturnCopy({ documentId }: { documentId: number }) {
  const upload = useReturnCopy(documentId);
  const id = useId();
  const result = upload.data;
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="return-copy">
      <h2 id={`${id}-title`}>{t.wordin.returnCopy}</h2>
      <p className="small muted">{t.wordin.returnHint}</p>
      <input
        id={`${id}-file`}
        type="file"
        aria-labelledby={`${id}-title`}
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        disabled={upload.isPending}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) upload.mutate(file);
        }}
        data-testid="return-file"
      />
      <ServerError error={upload.error} />
      {result && (
        <div role="status" data-testid="return-result">
          <p>{t.wordin.returned(result.amendments.length, result.comments.length)}</p>
          {result.unplaced.length > 0 && (
            <>
              <h3>{t.wordin.unplaced}</h3>
              <ul className="small">
                {result.unplaced.map((u) => (
                  <li key={`${u.reason}:${u.text}`} dir="auto">
                    {u.reason} — {u.text}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}

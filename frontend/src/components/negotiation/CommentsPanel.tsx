import { useEffect, useId, useRef, useState } from "react";
import type { MePublic, SectionPublic } from "../../api/client";
import { useEditComment, usePostComment, useResolveThread } from "../../api/deliberation";
import type { CommentPublic } from "../../api/negotiation";
import { formatDate, t } from "../../i18n";
import type { Anchor } from "../../lib/anchor";
import { canResolve, isAuthor } from "../../lib/negotiation/roles";
import type { Thread } from "../../lib/negotiation/threads";
import { ServerError } from "../ServerError";

interface ComposerProps {
  section: SectionPublic;
  me: MePublic;
  anchor: Anchor | null;
  onAnchor: (anchor: Anchor | null) => void;
  onPosted: (comment: CommentPublic) => void;
  /** A comment on the section's translation into `language`, at its version `version`. */
  translation?: { language: string; version: number };
}

/** A new thread: on the selected (or typed) words, or on the whole paragraph. */
export function CommentComposer({ section, me, anchor, onAnchor, onPosted, translation }: ComposerProps) {
  const [body, setBody] = useState("");
  const [quote, setQuote] = useState("");
  const [internal, setInternal] = useState(false);
  const ids = { quote: useId(), body: useId(), internal: useId(), hint: useId() };
  const bodyRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (anchor) {
      setQuote(anchor.quote);
      bodyRef.current?.focus({ preventScroll: true });
    }
  }, [anchor]);

  const post = usePostComment(section);
  function submit() {
    // A selection carries its context; a typed quote is found by the server alone.
    const fromSelection = anchor && anchor.quote === quote ? anchor : null;
    const request = {
      body,
      version: translation?.version ?? section.current.number,
      language: translation?.language,
      anchor: fromSelection ?? { quote: quote.trim(), prefix: "", suffix: "" },
      visibility: internal ? ("delegation" as const) : ("all" as const),
    };
    post.mutate(request, {
      onSuccess: (comment) => {
        setBody("");
        setQuote("");
        setInternal(false);
        onAnchor(null);
        onPosted(comment);
      },
    });
  }

  return (
    <form
      className="comment-composer"
      aria-label={t.comments.new}
      data-testid="comment-composer"
      onSubmit={(event) => {
        event.preventDefault();
        if (body.trim()) submit();
      }}
    >
      <label htmlFor={ids.quote}>{t.comments.quote}</label>
      <div className="quote-input">
        <input
          id={ids.quote}
          type="text"
          dir="auto"
          value={quote}
          aria-describedby={ids.hint}
          onChange={(event) => {
            setQuote(event.target.value);
            if (anchor && event.target.value !== anchor.quote) onAnchor(null);
          }}
          data-testid="comment-quote"
        />
        {quote && (
          <button
            type="button"
            className="button small"
            onClick={() => {
              setQuote("");
              onAnchor(null);
            }}
          >
            {t.comments.clearQuote}
          </button>
        )}
      </div>
      <p id={ids.hint} className="small muted hint">
        {t.comments.quoteHint}
      </p>
      <label htmlFor={ids.body}>{t.comments.body}</label>
      <textarea
        id={ids.body}
        ref={bodyRef}
        rows={3}
        dir="auto"
        value={body}
        onChange={(e) => setBody(e.target.value)}
        required
        data-testid="comment-body"
      />
      {me.delegation && (
        <div className="check-row">
          <input
            id={ids.internal}
            type="checkbox"
            checked={internal}
            onChange={(e) => setInternal(e.target.checked)}
            data-testid="comment-internal"
          />
          <label htmlFor={ids.internal}>
            {t.comments.internal} <span className="muted small">{t.comments.internalHint(me.delegation.name)}</span>
          </label>
        </div>
      )}
      <ServerError error={post.error} />
      <button type="submit" className="button primary" disabled={post.isPending || !body.trim()}>
        {post.isPending ? t.comments.submitting : t.comments.submit}
      </button>
    </form>
  );
}

interface ThreadProps {
  thread: Thread;
  section: SectionPublic;
  me: MePublic;
  chair: boolean;
  canWrite: boolean;
  active: boolean;
  onActivate: (id: string | null) => void;
}

function AnchorQuote({ thread }: { thread: Thread }) {
  const { anchor } = thread.root;
  if (thread.orphaned) {
    return (
      <div className="thread-quote orphaned" data-testid="thread-orphaned">
        <p className="small">
          <strong>{t.comments.orphaned}</strong>
        </p>
        {anchor.quote && (
          <blockquote dir="auto">
            <del>{anchor.quote}</del>
          </blockquote>
        )}
      </div>
    );
  }
  if (!anchor.quote) return <p className="small muted thread-quote">{t.comments.wholeParagraph}</p>;
  return (
    <div className="thread-quote">
      <blockquote dir="auto" data-testid="thread-quote">
        {anchor.quote}
      </blockquote>
      {anchor.status === "moved" && <p className="small muted">{t.comments.statusMoved}</p>}
      {anchor.status === "fuzzy" && <p className="small warn-text">{t.comments.statusFuzzy}</p>}
    </div>
  );
}

function CommentBody({
  comment,
  me,
  canWrite,
  section,
}: {
  comment: CommentPublic;
  me: MePublic;
  canWrite: boolean;
  section: SectionPublic;
}) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(comment.body);
  const editId = useId();
  const save = useEditComment(section, comment.id);

  return (
    <div className="comment" id={`comment-${comment.id}`} data-testid="comment" data-comment-id={comment.id}>
      <p className="comment-meta small">
        <strong>{comment.author.name}</strong>
        {comment.delegation && <span className="muted"> · {comment.delegation.code}</span>}
        <span className="muted">
          {" "}
          · <time dateTime={comment.created_at}>{formatDate(comment.created_at)}</time> ·{" "}
          {t.comments.written(comment.version)}
        </span>
        {comment.edited_at && <span className="tag">{t.comments.edited}</span>}
      </p>
      {editing ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (text.trim()) save.mutate(text, { onSuccess: () => setEditing(false) });
          }}
        >
          <label htmlFor={editId}>{t.comments.editLabel}</label>
          <textarea id={editId} rows={3} dir="auto" value={text} onChange={(e) => setText(e.target.value)} />
          <ServerError error={save.error} />
          <div className="actions">
            <button type="submit" className="button primary small" disabled={save.isPending}>
              {t.comments.save}
            </button>
            <button type="button" className="button small" onClick={() => setEditing(false)}>
              {t.comments.cancel}
            </button>
          </div>
        </form>
      ) : (
        <p className="comment-body" dir="auto">
          {comment.body}
        </p>
      )}
      {!editing && canWrite && isAuthor(me, comment) && (
        <button
          type="button"
          className="button small link-like"
          onClick={() => {
            setText(comment.body);
            setEditing(true);
          }}
        >
          {t.comments.edit}
        </button>
      )}
    </div>
  );
}

export function CommentThread({ thread, section, me, chair, canWrite, active, onActivate }: ThreadProps) {
  const [replying, setReplying] = useState(false);
  const [reply, setReply] = useState("");
  const replyId = useId();
  const root = thread.root;

  const sendReply = usePostComment(section);

  const resolve = useResolveThread(section, root.id);

  const classes = [
    "thread",
    thread.resolved ? "resolved" : "",
    thread.orphaned ? "orphaned" : "",
    thread.internal ? "internal" : "",
    active ? "active" : "",
  ];
  return (
    <li
      className={classes.filter(Boolean).join(" ")}
      id={`thread-${root.id}`}
      data-testid="comment-thread"
      data-thread-id={root.id}
      data-resolved={thread.resolved}
      data-orphaned={thread.orphaned}
      tabIndex={-1}
      aria-label={t.comments.thread(root.author.name)}
      onMouseEnter={() => onActivate(root.id)}
      onMouseLeave={() => onActivate(null)}
      onFocus={() => onActivate(root.id)}
    >
      <AnchorQuote thread={thread} />
      {thread.internal && (
        <p className="tag internal-tag" data-testid="internal-badge">
          {root.delegation ? t.comments.internalBadge(root.delegation.name) : t.comments.internalBadgeMine}
        </p>
      )}
      <CommentBody comment={root} me={me} canWrite={canWrite} section={section} />
      {thread.replies.length > 0 && (
        <ul className="plain replies" aria-label={t.comments.replies(thread.replies.length)}>
          {thread.replies.map((r) => (
            <li key={r.id}>
              <CommentBody comment={r} me={me} canWrite={canWrite} section={section} />
            </li>
          ))}
        </ul>
      )}
      {thread.resolved && root.resolved_by && root.resolved_at && (
        <p className="small muted" data-testid="resolved-by">
          {t.comments.resolvedBy(root.resolved_by.name, formatDate(root.resolved_at))}
        </p>
      )}
      {replying && (
        <form
          className="reply-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!reply.trim()) return;
            const onSuccess = () => {
              setReply("");
              setReplying(false);
            };
            sendReply.mutate({ body: reply, parent_id: root.id }, { onSuccess });
          }}
        >
          <label htmlFor={replyId}>{t.comments.replyLabel(root.author.name)}</label>
          <textarea
            id={replyId}
            rows={2}
            dir="auto"
            value={reply}
            onChange={(e) => setReply(e.target.value)}
            // biome-ignore lint/a11y/noAutofocus: focus follows the click that opened this form
            autoFocus
          />
          <ServerError error={sendReply.error} />
          <div className="actions">
            <button type="submit" className="button primary small" disabled={sendReply.isPending || !reply.trim()}>
              {t.comments.sendReply}
            </button>
            <button type="button" className="button small" onClick={() => setReplying(false)}>
              {t.comments.cancel}
            </button>
          </div>
        </form>
      )}
      <ServerError error={resolve.error} />
      {canWrite && (
        <div className="actions thread-actions">
          {!replying && !thread.resolved && (
            <button type="button" className="button small" onClick={() => setReplying(true)}>
              {t.comments.reply}
            </button>
          )}
          {canResolve(me, root, chair) &&
            (thread.resolved ? (
              <button
                type="button"
                className="button small"
                onClick={() => resolve.mutate(false)}
                disabled={resolve.isPending}
              >
                {t.comments.reopen}
              </button>
            ) : (
              <button
                type="button"
                className="button small"
                onClick={() => resolve.mutate(true)}
                disabled={resolve.isPending}
              >
                {t.comments.resolve}
              </button>
            ))}
        </div>
      )}
    </li>
  );
}

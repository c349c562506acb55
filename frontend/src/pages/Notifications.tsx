// My notifications, newest first: each opens the paragraph or comment it is about and is marked
// read; "Mark all read" empties the bell. The list refreshes when the bell's count moves.
import { Link, useNavigate } from "react-router";
import { appLink, type NotificationPublic, useMarkRead, useNotifications } from "../api/notify";
import { paths } from "../app/routes";
import { ServerError } from "../components/ServerError";
import { ErrorNotice, Loading } from "../components/Status";
import { formatDate, t } from "../i18n";

function Item({ item }: { item: NotificationPublic }) {
  const markRead = useMarkRead();
  const navigate = useNavigate();
  const target = appLink(item.link);
  const unread = item.read_at === null;
  const open = () => {
    if (unread) markRead.mutate([item.id]);
    if (target) void navigate(target);
  };
  return (
    <li className={unread ? "notification unread" : "notification"} data-testid="notification">
      <div className="notification-head">
        {unread && <span className="unread-dot" role="img" aria-label={t.notifications.unreadMark} />}
        {target ? (
          <a
            href={target}
            className="notification-subject"
            dir="auto"
            onClick={(event) => {
              event.preventDefault();
              open();
            }}
          >
            {item.subject}
          </a>
        ) : (
          <span className="notification-subject" dir="auto">
            {item.subject}
          </span>
        )}
      </div>
      {item.lines.slice(0, 2).map((line) => (
        <p key={line} className="small muted notification-line" dir="auto">
          {line}
        </p>
      ))}
      <div className="notification-foot small muted">
        <time dateTime={item.created_at}>{formatDate(item.created_at)}</time>
        {unread && (
          <button
            type="button"
            className="button subtle small"
            disabled={markRead.isPending}
            onClick={() => markRead.mutate([item.id])}
          >
            {t.notifications.markRead}
          </button>
        )}
      </div>
    </li>
  );
}

export function Notifications() {
  const list = useNotifications();
  const markRead = useMarkRead();
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />;
  const { items, unread } = list.data;
  return (
    <div className="page narrow">
      <div className="page-head notifications-head">
        <h1>{t.notifications.title}</h1>
        <span className="muted small" data-testid="unread-total">
          {t.notifications.unreadCount(unread)}
        </span>
        <div className="notifications-actions">
          <button
            type="button"
            className="button small"
            disabled={unread === 0 || markRead.isPending}
            onClick={() => markRead.mutate(undefined)}
          >
            {t.notifications.markAllRead}
          </button>
          <Link to={paths.notificationPreferences()} className="button small subtle">
            {t.notifications.preferences}
          </Link>
        </div>
      </div>
      <ServerError error={markRead.error} />
      {items.length === 0 ? (
        <p className="muted">{t.notifications.empty}</p>
      ) : (
        <ul className="plain notifications card" data-testid="notifications">
          {items.map((item) => (
            <Item key={item.id} item={item} />
          ))}
        </ul>
      )}
    </div>
  );
}

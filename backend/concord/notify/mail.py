"""What an e-mail says: subject, text and HTML bodies (Jinja2), and the deadline's .ics.

Jinja2 because the bodies carry people's text (titles, comments): the HTML template escapes
everything it is given (autoescape by file name), the text one nothing. The document's title is
set with `dir="auto"`, so an Arabic or Hebrew title reads in its own direction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from functools import lru_cache
from typing import Any

from icalendar import Alarm, Calendar, Event
from jinja2 import Environment, PackageLoader, select_autoescape

from concord.core.clock import now
from concord.core.config import get_settings
from concord.identity.models import User
from concord.notify.models import Notification, NotificationKind
from concord.notify.preferences import Chosen


@lru_cache
def _templates() -> Environment:
    return Environment(
        loader=PackageLoader("concord.notify", "templates"),
        autoescape=select_autoescape(["html"]),
        keep_trailing_newline=True,
    )


def parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def when(at: datetime, chosen: Chosen) -> str:
    """`Monday 7 December 2026, 18:00 (Europe/Paris) · 17:00 UTC`."""
    local = at.astimezone(chosen.zone)
    utc = at.astimezone(UTC)
    text = f"{local:%A} {local.day} {local:%B %Y, %H:%M} ({chosen.timezone})"
    if chosen.timezone != "UTC":
        text += f" · {utc:%H:%M} UTC"
        if utc.date() != local.date():
            text += f" on {utc.day} {utc:%B}"
    return text


@dataclass
class Composed:
    subject: str
    title: str | None
    lines: list[str]
    links: list[tuple[str, str]]
    ics: bytes | None = None


def _document_links(told: dict[str, Any], redline: bool = False) -> list[tuple[str, str]]:
    base = get_settings().public_url
    links = [("Read the text", f"{base}/documents/{told.get('document_id')}")]
    if redline:
        links.append(
            ("See the changes (redline)", f"{base}/documents/{told.get('document_id')}/compare")
        )
    return links


def deadline_calendar(told: dict[str, Any], deadline: datetime, chosen: Chosen) -> bytes:
    """An RFC 5545 calendar with the silence deadline as an event in the recipient's time zone
    (with its VTIMEZONE), and an alarm a day before."""
    calendar = Calendar()
    calendar.add("prodid", "-//Concord//Silence deadline//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    host = get_settings().public_url.split("//", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    event.add("uid", f"silence-{told.get('procedure_id')}-{told.get('document_id')}@{host}")
    event.add("dtstamp", now())
    local = deadline.astimezone(chosen.zone)
    event.add("dtstart", local)
    event.add("dtend", local + timedelta(minutes=30))
    event.add("summary", f"Silence ends: {told.get('title')}")
    event.add(
        "description",
        "Unless a party breaks silence before this moment, the text is adopted.\n"
        f"{get_settings().public_url}/documents/{told.get('document_id')}",
    )
    event.add("url", f"{get_settings().public_url}/documents/{told.get('document_id')}")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"Silence ends in 24 hours: {told.get('title')}")
    alarm.add("trigger", timedelta(hours=-24))
    event.add_component(alarm)
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def compose(notification: Notification, chosen: Chosen) -> Composed:
    told: dict[str, Any] = json.loads(notification.payload)
    title = told.get("title")
    kind = notification.kind
    revision = told.get("revision")
    if kind == NotificationKind.invitation:
        expires = parse_time(told.get("expires_at"))
        by = told.get("invited_by")
        lines = [
            (f"{by} invites you" if by else "You are invited")
            + f" to Concord, where {told.get('organisation')} negotiates its texts.",
            "Open the link below to choose a password or sign in with your organisation's account.",
        ]
        if expires is not None:
            lines.append(f"The link works once, until {when(expires, chosen)}.")
        if told.get("resent"):
            lines.append("This link replaces the ones sent before: they no longer work.")
        return Composed(
            "Your invitation to Concord" + (" (sent again)" if told.get("resent") else ""),
            None,
            lines,
            [("Accept the invitation", str(told.get("url")))],
        )
    if kind == NotificationKind.revision_circulated:
        by = told.get("by")
        return Composed(
            f"{revision} circulated: {title}",
            title,
            [f"{revision} of this text has been circulated" + (f" by {by}." if by else ".")],
            _document_links(told, redline=True),
        )
    if kind in (NotificationKind.silence_started, NotificationKind.silence_reminder):
        deadline = parse_time(told.get("deadline"))
        ends = when(deadline, chosen) if deadline else "the deadline"
        if kind == NotificationKind.silence_started:
            subject = f"Silence procedure: {title}"
            lines = [
                f"{revision or 'The text'} is under a silence procedure until {ends}.",
                "If no party breaks silence by then, it is adopted. "
                "The deadline is attached as a calendar entry.",
            ]
        else:
            subject = f"Silence ends in 24 hours: {title}"
            lines = [f"The silence procedure on this text ends {ends}."]
        ics = deadline_calendar(told, deadline, chosen) if deadline else None
        return Composed(subject, title, lines, _document_links(told), ics)
    if kind == NotificationKind.silence_broken:
        by, delegation = told.get("broken_by"), told.get("delegation")
        if delegation:
            who = f"{by} ({delegation})" if by else str(delegation)
            line = f"Silence was broken by {who}."
        elif by:
            line = f"Silence was broken by {by}."
        else:
            line = "Silence was broken through the secretariat."
        return Composed(
            f"Silence broken: {title}",
            title,
            [line, "The text is open for discussion again."],
            _document_links(told),
        )
    if kind == NotificationKind.adopted:
        how = "at the end of its silence procedure" if told.get("via") == "silence" else ""
        return Composed(
            f"Adopted: {title}",
            title,
            [f"{revision or 'The text'} has been adopted {how}".rstrip() + "."],
            _document_links(told),
        )
    return _discussion(kind, told, title)


def _discussion(kind: str, told: dict[str, Any], title: str | None) -> Composed:
    base = get_settings().public_url
    document_id, section_id = told.get("document_id"), told.get("section_id")
    discuss = f"{base}/documents/{document_id}/sections/{section_id}/discuss"
    by = told.get("by") or "Someone"
    paragraph = told.get("paragraph")
    where = f"paragraph {paragraph}" if paragraph else "a paragraph"
    if kind == NotificationKind.approval_stale:
        return Composed(
            f"Your position on {where} is on an earlier text: {title}",
            title,
            [
                f"{where.capitalize()} has a new version ({told.get('new_version')}). Your "
                f"delegation's position ({told.get('decision')}) was on version "
                f"{told.get('version')}: it counts again only when confirmed on the new text.",
            ],
            [
                ("Review the paragraph", discuss),
                ("Your positions", f"{base}/documents/{document_id}/approvals"),
            ],
        )
    if kind == NotificationKind.amendment_on_approved:
        return Composed(
            f"An amendment to {where} your delegation approved: {title}",
            title,
            [
                f"{by} proposes to amend {where}, which your delegation approves:",
                str(told.get("excerpt") or ""),
            ],
            [("Read the amendment", f"{discuss}#amendment-{told.get('amendment_id')}")],
        )
    language = told.get("language")
    if language:  # a comment on a translation: read where it was written
        discuss = f"{base}/documents/{document_id}/translations?language={language}"
        where = f"the {language} translation of {where}"
    link = [("Read the discussion", f"{discuss}#comment-{told.get('comment_id')}")]
    internal = " (internal to your delegation)" if told.get("internal") else ""
    if kind == NotificationKind.mention:
        return Composed(
            f"{by} mentioned you: {title}",
            title,
            [f"{by} mentioned you on {where}{internal}:", str(told.get("excerpt") or "")],
            link,
        )
    return Composed(
        f"{by} replied to your comment: {title}",
        title,
        [f"{by} replied{internal}:", str(told.get("excerpt") or "")],
        link,
    )


WORD = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def message(
    notification: Notification,
    user: User,
    chosen: Chosen,
    unsubscribe: str | None,
    files: list[tuple[str, bytes]] | None = None,
) -> EmailMessage:
    """The e-mail for one notification: multipart text and HTML, the .ics when there is one,
    and the Word `files` (name, bytes) when given."""
    settings = get_settings()
    composed = compose(notification, chosen)
    lines = list(composed.lines)
    if files:
        lines.append("The text is attached as Word files: " + ", ".join(n for n, _ in files) + ".")
    context = {
        "subject": composed.subject,
        "greeting": f"Dear {user.name},",
        "title": composed.title,
        "lines": lines,
        "links": composed.links,
        "organisation": settings.organisation,
        "unsubscribe": unsubscribe,
    }
    mail = EmailMessage()
    mail["Subject"] = composed.subject
    mail["From"] = settings.mail_from
    mail["To"] = user.email
    mail["Date"] = format_datetime(now())
    mail["Message-ID"] = make_msgid(idstring=f"n{notification.id}", domain="concord")
    mail["X-Concord-Notification"] = notification.kind
    if unsubscribe:
        mail["List-Unsubscribe"] = f"<{unsubscribe}>"
        mail["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    mail.set_content(_templates().get_template("message.txt").render(context))
    mail.add_alternative(_templates().get_template("message.html").render(context), subtype="html")
    if composed.ics is not None:
        mail.add_attachment(
            composed.ics,
            maintype="text",
            subtype="calendar",
            filename="deadline.ics",
            params={"method": "PUBLISH"},
        )
    for name, data in files or []:
        mail.add_attachment(data, maintype=WORD[0], subtype=WORD[1], filename=name)
    return mail


def digest(rows: list[Notification], user: User, chosen: Chosen) -> EmailMessage:
    """Everything waiting for the person's digest, in one mail: each item's subject, words and
    link, oldest first."""
    settings = get_settings()
    lines: list[str] = []
    links: list[tuple[str, str]] = []
    for row in rows:
        composed = compose(row, chosen)
        lines.append(composed.subject)
        lines.extend(f"    {line}" for line in composed.lines if line)
        if composed.links:
            links.append((composed.subject, composed.links[0][1]))
    subject = f"Your Concord digest: {len(rows)} notification" + ("s" if len(rows) != 1 else "")
    context = {
        "subject": subject,
        "greeting": f"Dear {user.name},",
        "title": None,
        "lines": lines,
        "links": links,
        "organisation": settings.organisation,
        "unsubscribe": None,
    }
    mail = EmailMessage()
    mail["Subject"] = subject
    mail["From"] = settings.mail_from
    mail["To"] = user.email
    mail["Date"] = format_datetime(now())
    mail["Message-ID"] = make_msgid(idstring=f"d{rows[0].id}", domain="concord")
    mail["X-Concord-Notification"] = "digest"
    mail.set_content(_templates().get_template("message.txt").render(context))
    mail.add_alternative(_templates().get_template("message.html").render(context), subtype="html")
    return mail

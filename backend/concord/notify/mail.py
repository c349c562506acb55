"""What an e-mail says: subject, text and HTML bodies (Jinja2), and the deadline's .ics, in the
recipient's language (notify/words.py: the sentences, dates and plurals of en, fr, ar, he).

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
from concord.notify.words import Words, words


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
    """`Monday, 7 December 2026, 18:00 (Europe/Paris) · 17:00 UTC`, in the person's language
    (`الاثنين، 7 ديسمبر 2026، الساعة 6:00 م (Asia/Amman)`) and time zone."""
    say = words(chosen.mail_language)
    local = at.astimezone(chosen.zone)
    utc = at.astimezone(UTC)
    text = say("when", date=say.date(local), time=say.time(local), zone=chosen.timezone)
    if chosen.timezone != "UTC":
        if utc.date() != local.date():
            text += " · " + say("when_utc_day", time=say.time(utc), day=say.day(utc))
        else:
            text += " · " + say("when_utc", time=say.time(utc))
    return text


@dataclass
class Composed:
    subject: str
    title: str | None
    lines: list[str]
    links: list[tuple[str, str]]
    ics: bytes | None = None
    quote: str | None = None  # people's words (a comment, an amendment), after the lines

    @property
    def all_lines(self) -> list[str]:
        return [*self.lines, *([self.quote] if self.quote is not None else [])]


def _document_links(
    say: Words, told: dict[str, Any], redline: bool = False
) -> list[tuple[str, str]]:
    base = get_settings().public_url
    links = [(say.word("read_text"), f"{base}/documents/{told.get('document_id')}")]
    if redline:
        links.append((say.word("redline"), f"{base}/documents/{told.get('document_id')}/compare"))
    return links


def deadline_calendar(told: dict[str, Any], deadline: datetime, chosen: Chosen) -> bytes:
    """An RFC 5545 calendar with the silence deadline as an event in the recipient's time zone
    (with its VTIMEZONE) and language, and an alarm a day before."""
    say = words(chosen.mail_language)
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
    # Calendars show the summary on one line without markup: no isolates around the title.
    title = str(told.get("title"))
    language: dict[str, str] = {"LANGUAGE": chosen.mail_language}
    event.add("summary", say.word("ics_summary").format(title=title), parameters=language)
    event.add(
        "description",
        say.word("ics_description")
        + f"\n{get_settings().public_url}/documents/{told.get('document_id')}",
        parameters=language,
    )
    event.add("url", f"{get_settings().public_url}/documents/{told.get('document_id')}")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", say.word("reminder_subject").format(title=title))
    alarm.add("trigger", timedelta(hours=-24))
    event.add_component(alarm)
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def compose(notification: Notification, chosen: Chosen) -> Composed:
    """The notification's subject, sentences and links in the person's language."""
    say = words(chosen.mail_language)
    told: dict[str, Any] = json.loads(notification.payload)
    title = told.get("title")
    kind = notification.kind
    revision = told.get("revision")
    what = revision or say.word("the_text")
    if kind == NotificationKind.invitation:
        expires = parse_time(told.get("expires_at"))
        by = told.get("invited_by")
        organisation = told.get("organisation")
        lines = [
            say("invite_by", by=by, organisation=organisation)
            if by
            else say("invite", organisation=organisation),
            say.word("invite_how"),
        ]
        if expires is not None:
            lines.append(say("invite_until", when=when(expires, chosen)))
        if told.get("resent"):
            lines.append(say.word("invite_replaces"))
        return Composed(
            say.word("invite_subject_again" if told.get("resent") else "invite_subject"),
            None,
            lines,
            [(say.word("invite_accept"), str(told.get("url")))],
        )
    if kind == NotificationKind.revision_circulated:
        by = told.get("by")
        return Composed(
            say("circulated_subject", revision=revision, title=title),
            title,
            [
                say("circulated_by", revision=revision, by=by)
                if by
                else say("circulated", revision=revision)
            ],
            _document_links(say, told, redline=True),
        )
    if kind in (NotificationKind.silence_started, NotificationKind.silence_reminder):
        deadline = parse_time(told.get("deadline"))
        ends = when(deadline, chosen) if deadline else None
        if kind == NotificationKind.silence_started:
            subject = say("silence_subject", title=title)
            lines = [
                say("silence_until", what=what, ends=ends)
                if ends
                else say("silence_open", what=what),
                say.word("silence_how"),
            ]
        else:
            subject = say("reminder_subject", title=title)
            lines = [say("reminder", ends=ends) if ends else say.word("reminder_open")]
        ics = deadline_calendar(told, deadline, chosen) if deadline else None
        return Composed(subject, title, lines, _document_links(say, told), ics)
    if kind == NotificationKind.silence_broken:
        by, delegation = told.get("broken_by"), told.get("delegation")
        if delegation:
            who = say("person_of", person=by, delegation=delegation) if by else delegation
            line = say("broken_by", who=who)
        elif by:
            line = say("broken_by", who=by)
        else:
            line = say.word("broken_secretariat")
        return Composed(
            say("broken_subject", title=title),
            title,
            [line, say.word("broken_open")],
            _document_links(say, told),
        )
    if kind == NotificationKind.adopted:
        how = "adopted_silence" if told.get("via") == "silence" else "adopted"
        return Composed(
            say("adopted_subject", title=title),
            title,
            [say(how, what=what)],
            _document_links(say, told),
        )
    if kind in PUBLICATION:
        return _publication(say, kind, told, title, chosen)
    return _discussion(say, kind, told, title)


PUBLICATION = (
    NotificationKind.publication_scheduled,
    NotificationKind.announcement_confirmed,
    NotificationKind.published,
)


def _publication(
    say: Words, kind: str, told: dict[str, Any], title: str | None, chosen: Chosen
) -> Composed:
    base = get_settings().public_url
    page = [
        (say.word("publication_page"), f"{base}/documents/{told.get('document_id')}/publication")
    ]
    named = [str(n) for n in told.get("participants") or []]
    if kind == NotificationKind.announcement_confirmed:
        delegation = told.get("delegation")
        return Composed(
            say("confirmed_subject", delegation=delegation, title=title),
            title,
            [say("confirmed", delegation=delegation)],
            page,
        )
    if kind == NotificationKind.published:
        lines = [say.word("published")]
        if named:
            lines.append(say("participants", names=say.names(named)))
        return Composed(
            say("published_subject", title=title),
            title,
            lines,
            [(say.word("public_page"), str(told.get("url"))), *_document_links(say, told)],
        )
    at = parse_time(told.get("embargo_at"))
    lines = [say("scheduled", when=when(at, chosen)) if at else say.word("scheduled_open")]
    if named:
        lines.append(say("participants_named", names=say.names(named)))
    if told.get("asked"):
        lines.append(say.word("asked"))
    return Composed(say("scheduled_subject", title=title), title, lines, page)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _discussion(say: Words, kind: str, told: dict[str, Any], title: str | None) -> Composed:
    base = get_settings().public_url
    document_id, section_id = told.get("document_id"), told.get("section_id")
    discuss = f"{base}/documents/{document_id}/sections/{section_id}/discuss"
    by = told.get("by") or say.word("someone")
    paragraph = told.get("paragraph")
    where = say("paragraph", paragraph=paragraph) if paragraph else say.word("a_paragraph")
    excerpt = str(told.get("excerpt") or "")
    if kind == NotificationKind.approval_stale:
        decision = str(told.get("decision"))
        decided = say.table.get(f"decision_{decision}", decision)
        return Composed(
            say("stale_subject", where=where, title=title),
            title,
            [
                _capital(
                    say(
                        "stale",
                        where=where,
                        new_version=told.get("new_version"),
                        decision=decided,
                        version=told.get("version"),
                    )
                ),
            ],
            [
                (say.word("review_paragraph"), discuss),
                (say.word("your_positions"), f"{base}/documents/{document_id}/approvals"),
            ],
        )
    if kind == NotificationKind.amendment_on_approved:
        return Composed(
            say("amendment_subject", where=where, title=title),
            title,
            [say("amendment", by=by, where=where)],
            [(say.word("read_amendment"), f"{discuss}#amendment-{told.get('amendment_id')}")],
            quote=excerpt,
        )
    language = told.get("language")
    if language:  # a comment on a translation: read where it was written
        discuss = f"{base}/documents/{document_id}/translations?language={language}"
        named = say.language_name(str(language))
        where = (
            say("translation_of_paragraph", language=named, paragraph=paragraph)
            if paragraph
            else say("translation_of_a_paragraph", language=named)
        )
    link = [(say.word("read_discussion"), f"{discuss}#comment-{told.get('comment_id')}")]
    internal = "_internal" if told.get("internal") else ""
    if kind == NotificationKind.mention:
        return Composed(
            say("mention_subject", by=by, title=title),
            title,
            [say("mention" + internal, by=by, where=where)],
            link,
            quote=excerpt,
        )
    return Composed(
        say("reply_subject", by=by, title=title),
        title,
        [say("reply" + internal, by=by)],
        link,
        quote=excerpt,
    )


WORD = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
RLM = "\u200f"  # starts each plain-text line of a right-to-left mail, so it reads right to left


def _context(
    say: Words, subject: str, user: User, title: str | None, lines: list[tuple[str, bool]]
) -> dict[str, Any]:
    """What both templates are given: `lines` are (text, quoted) pairs, quoted being people's own
    words, shown in their own direction."""
    return {
        "language": say.language,
        "dir": say.direction,
        "mark": RLM if say.rtl else "",
        "subject": subject,
        "greeting": say("greeting", name=user.name),
        "title": title,
        "lines": lines,
        "links": [],
        "organisation": get_settings().organisation,
        "unsubscribe": None,
        "stop": say.word("stop"),
    }


def _envelope(subject: str, user: User, context: dict[str, Any]) -> EmailMessage:
    settings = get_settings()
    mail = EmailMessage()
    mail["Subject"] = subject
    mail["From"] = settings.mail_from
    mail["To"] = user.email
    mail["Date"] = format_datetime(now())
    mail.set_content(_templates().get_template("message.txt").render(context))
    mail.add_alternative(_templates().get_template("message.html").render(context), subtype="html")
    return mail


def message(
    notification: Notification,
    user: User,
    chosen: Chosen,
    unsubscribe: str | None,
    files: list[tuple[str, bytes]] | None = None,
) -> EmailMessage:
    """The e-mail for one notification in the person's language: multipart text and HTML, the
    .ics when there is one, and the Word `files` (name, bytes) when given."""
    say = words(chosen.mail_language)
    composed = compose(notification, chosen)
    lines = [(line, False) for line in composed.lines]
    if composed.quote is not None:
        lines.append((composed.quote, True))
    if files:
        lines.append((say("attached", names=", ".join(n for n, _ in files)), False))
    context = _context(say, composed.subject, user, composed.title, lines)
    context.update(links=composed.links, unsubscribe=unsubscribe)
    mail = _envelope(composed.subject, user, context)
    mail["Message-ID"] = make_msgid(idstring=f"n{notification.id}", domain="concord")
    mail["X-Concord-Notification"] = notification.kind
    if unsubscribe:
        mail["List-Unsubscribe"] = f"<{unsubscribe}>"
        mail["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
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
    mail["Content-Language"] = say.language  # last: making a multipart moves Content-* down
    return mail


def digest(rows: list[Notification], user: User, chosen: Chosen) -> EmailMessage:
    """Everything waiting for the person's digest, in one mail in their language: each item's
    subject, words and link, oldest first."""
    say = words(chosen.mail_language)
    lines: list[tuple[str, bool]] = []
    links: list[tuple[str, str]] = []
    for row in rows:
        composed = compose(row, chosen)
        lines.append((composed.subject, False))
        lines.extend((f"    {line}", False) for line in composed.lines if line)
        if composed.quote:
            lines.append((f"    {composed.quote}", True))
        if composed.links:
            links.append((composed.subject, composed.links[0][1]))
    subject = say("digest_subject", count=len(rows))
    context = _context(say, subject, user, None, lines)
    context.update(links=links)
    mail = _envelope(subject, user, context)
    mail["Message-ID"] = make_msgid(idstring=f"d{rows[0].id}", domain="concord")
    mail["X-Concord-Notification"] = "digest"
    mail["Content-Language"] = say.language
    return mail

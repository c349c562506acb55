"""Mails as a real SMTP server receives them: recipients, subjects, bodies, headers, .ics."""

from __future__ import annotations

from datetime import UTC, timedelta
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from icalendar import Calendar
from sqlalchemy import Engine
from sqlmodel import col, select

from concord.audit import service as audit
from concord.consensus import scheduler
from concord.consensus.models import SilenceProcedure
from concord.core.config import Settings
from concord.core.db import transaction
from concord.identity import auth
from concord.identity.models import User
from concord.notify import worker
from concord.notify.models import MailState, Notification
from tests import factories
from tests.notify import world as w
from tests.notify.smtp import Inbox


def _bytes(part: EmailMessage) -> bytes:
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload


def _email(engine: Engine, user_id: int) -> str:
    with transaction(engine, write=False) as session:
        user = session.get(User, user_id)
        assert user is not None
        return user.email


def test_invitation_mail_carries_the_link_inviter_and_expiry(
    committed: Engine, inbox: Inbox, mail_settings: Settings
) -> None:
    with transaction(committed) as session:
        officer = factories.make_secretariat(session)
        audit.act_as(session, officer.id)
        person = factories.make_user(session, name="New Delegate")
        issued = auth.invite(session, officer, person)
        url, address, officer_name = issued.url, person.email, officer.name
    assert worker.run_once(committed, mail_settings) == 1
    [received] = inbox.to(address)
    assert received.subject == "Your invitation to Concord"
    assert received.sender == mail_settings.mail_from.split("<")[1].rstrip(">")
    text = received.body()
    assert url in text and officer_name in text and "until" in text
    assert f'href="{url}"' in received.body("html")
    assert received.message["List-Unsubscribe"].startswith("<http")
    with transaction(committed, write=False) as session:  # the link is not kept once mailed
        assert url not in session.exec(select(Notification.payload)).one()


def test_reissued_invitation_says_it_replaces_the_earlier_link(
    committed: Engine, inbox: Inbox, mail_settings: Settings
) -> None:
    with transaction(committed) as session:
        officer = factories.make_secretariat(session)
        person = factories.make_user(session)
        first = auth.invite(session, officer, person).url
        second = auth.reissue_invitation(session, officer, person).url
        address = person.email
    worker.run_once(committed, mail_settings)
    mails = inbox.to(address)
    assert [m.subject for m in mails] == [
        "Your invitation to Concord",
        "Your invitation to Concord (sent again)",
    ]
    assert second in mails[1].body() and first not in mails[1].body()
    assert "no longer work" in mails[1].body()


def test_circulated_revision_reaches_every_party_with_text_and_redline(
    committed: Engine, inbox: Inbox, mail_settings: Settings
) -> None:
    world = w.build(committed, title="Principles of the Amman Process")
    w.circulate(committed, world)
    worker.run_once(committed, mail_settings)
    for member in (world.fra_head, world.gbr_head, world.hidden_member):
        [mail] = inbox.to(_email(committed, member))
        assert mail.subject == "Rev.1 circulated: Principles of the Amman Process"
        assert f"/documents/{world.document}/compare" in mail.body()
        assert "Chair Person" in mail.body()
    # The chair circulated it: not told of their own act.
    assert inbox.to(_email(committed, world.chair)) == []


def test_silence_mail_gives_the_deadline_in_two_zones_and_an_ics(
    committed: Engine, inbox: Inbox, mail_settings: Settings
) -> None:
    world = w.build(committed)
    w.circulate(committed, world)
    deadline = w.start_silence(committed, world)
    worker.run_once(committed, mail_settings)
    paris = ZoneInfo("Europe/Paris")
    [mail] = [m for m in inbox.to(_email(committed, world.fra_head)) if "Silence" in m.subject]
    local, utc = deadline.astimezone(paris), deadline.astimezone(UTC)
    text = mail.body()
    assert f"{local:%H:%M} (Europe/Paris)" in text and f"{utc:%H:%M} UTC" in text
    [attachment] = mail.attachments()
    assert attachment.get_content_type() == "text/calendar"
    assert attachment.get_filename() == "deadline.ics"
    calendar = Calendar.from_ical(_bytes(attachment))
    [event] = calendar.walk("VEVENT")
    start = event.decoded("dtstart")
    assert start == deadline
    assert str(start.tzinfo) == "Europe/Paris"
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/Paris"
    assert "Shared Principles" in str(event["summary"])
    # The same deadline, told in New York's time to the British head.
    [gbr] = [m for m in inbox.to(_email(committed, world.gbr_head)) if "Silence" in m.subject]
    ny = deadline.astimezone(ZoneInfo("America/New_York"))
    assert f"{ny:%H:%M} (America/New_York)" in gbr.body()
    ics = Calendar.from_ical(_bytes(gbr.attachments()[0]))
    assert ics.walk("VEVENT")[0].decoded("dtstart") == deadline


def test_reminder_is_sent_once_a_day_before_the_deadline(
    committed: Engine, inbox: Inbox, mail_settings: Settings
) -> None:
    world = w.build(committed)
    w.circulate(committed, world)
    w.start_silence(committed, world)
    with transaction(committed) as session:  # the clock moves: 20 hours are left
        from concord.consensus.models import SilenceProcedure

        procedure = session.exec(select(SilenceProcedure)).one()
        procedure.deadline = procedure.deadline - timedelta(days=4, hours=4)
        session.add(procedure)
    worker.run_once(committed, mail_settings)
    worker.run_once(committed, mail_settings)
    reminders = [m for m in inbox.to(_email(committed, world.fra_head)) if "24 hours" in m.subject]
    assert len(reminders) == 1
    assert reminders[0].attachments()[0].get_content_type() == "text/calendar"


def test_nothing_is_sent_for_a_change_that_rolled_back(
    committed: Engine, inbox: Inbox, mail_settings: Settings
) -> None:
    world = w.build(committed)
    try:
        with transaction(committed) as session:
            from concord.consensus import lifecycle
            from concord.drafting.models import Document
            from concord.identity.access import viewer_for

            document = session.get(Document, world.document)
            assert document is not None
            lifecycle.circulate(
                session, viewer_for(session, world.user(session, world.chair)), document
            )
            assert session.exec(select(Notification)).all()  # enqueued, not yet committed
            raise RuntimeError("the request failed after circulating")
    except RuntimeError:
        pass
    assert worker.run_once(committed, mail_settings) == 0
    assert inbox.received == []
    with transaction(committed, write=False) as session:
        assert session.exec(select(Notification)).all() == []


def test_a_refusing_server_is_tried_again_until_it_accepts(
    committed: Engine, inbox: Inbox, mail_settings: Settings
) -> None:
    world = w.build(committed)
    inbox.refuse_with = "451 4.3.0 Try again later"
    w.circulate(committed, world)
    assert worker.run_once(committed, mail_settings) == 0
    with transaction(committed, write=False) as session:
        rows = session.exec(select(Notification)).all()
        assert rows and all(r.mail_state == MailState.pending for r in rows)
        assert all(r.attempts == 1 and "451" in (r.last_error or "") for r in rows)
    inbox.refuse_with = None
    sent = worker.run_once(committed, mail_settings)
    assert sent == len(rows) and len(inbox.received) == len(rows)


def test_a_server_that_is_down_is_tried_again_later(
    committed: Engine, inbox: Inbox, mail_settings: Settings
) -> None:
    world = w.build(committed)
    w.circulate(committed, world)
    down = mail_settings.model_copy(update={"smtp_port": factories_free_port()})
    assert worker.run_once(committed, down) == 0
    with transaction(committed, write=False) as session:
        rows = session.exec(select(Notification).order_by(col(Notification.id))).all()
        assert all(r.mail_state == MailState.pending and r.attempts == 1 for r in rows)
    assert worker.run_once(committed, mail_settings) == len(rows)
    assert len(inbox.received) == len(rows)


def test_gives_up_after_the_last_attempt(
    committed: Engine, inbox: Inbox, mail_settings: Settings
) -> None:
    world = w.build(committed)
    w.circulate(committed, world)
    inbox.refuse_with = "451 4.3.0 Try again later"
    twice = mail_settings.model_copy(update={"notify_max_attempts": 2})
    worker.run_once(committed, twice)
    worker.run_once(committed, twice)
    inbox.refuse_with = None
    assert worker.run_once(committed, twice) == 0
    with transaction(committed, write=False) as session:
        rows = session.exec(select(Notification)).all()
        assert rows and all(r.mail_state == MailState.failed for r in rows)


def factories_free_port() -> int:
    from tests.live_server import free_port

    return free_port()


def test_replies_wait_for_one_digest_a_day(
    committed: Engine, inbox: Inbox, mail_settings: Settings
) -> None:
    world = w.build(committed)
    root = w.comment(committed, world, world.fra_head, "Is this wording final?")
    w.comment(committed, world, world.chair, "Not yet.", parent=root)
    w.comment(committed, world, world.gbr_head, "We hope so.", parent=root)
    worker.run_once(committed, mail_settings)
    address = _email(committed, world.fra_head)
    assert inbox.to(address) == []  # replies go in the digest by default
    with transaction(committed) as session:  # a day passes
        for row in session.exec(select(Notification)).all():
            row.created_at = row.created_at - timedelta(hours=25)
            session.add(row)
    worker.run_once(committed, mail_settings)
    worker.run_once(committed, mail_settings)
    [digest] = inbox.to(address)
    assert digest.subject == "Your Concord digest: 2 notifications"
    assert "Not yet." in digest.body() and "We hope so." in digest.body()
    with transaction(committed, write=False) as session:
        states = {r.mail_state for r in session.exec(select(Notification)).all()}
        assert states == {MailState.sent}


def test_a_broken_silence_names_the_party_and_an_adoption_is_told_to_all(
    committed: Engine, inbox: Inbox, mail_settings: Settings
) -> None:
    world = w.build(committed)
    w.circulate(committed, world)
    w.start_silence(committed, world)
    w.break_silence(committed, world, world.fra_head)  # France, announced: named to all
    worker.run_once(committed, mail_settings)
    [broken] = [
        m
        for m in inbox.to(_email(committed, world.gbr_head))
        if m.subject == "Silence broken: Shared Principles"
    ]
    assert "FRA" in broken.body() and "Amélie Durand" in broken.body()
    assert not [m for m in inbox.to(_email(committed, world.fra_head)) if "broken" in m.subject]

    # Under silence again, until the deadline passes unbroken: adopted by the scheduler.
    w.start_silence(committed, world)
    with transaction(committed) as session:
        procedure = session.exec(
            select(SilenceProcedure).order_by(col(SilenceProcedure.id).desc())
        ).first()
        assert procedure is not None
        procedure.deadline = procedure.started_at - timedelta(seconds=1)
        session.add(procedure)
    assert scheduler.adopt_expired(committed) == 1
    worker.run_once(committed, mail_settings)
    for user_id in (world.fra_head, world.gbr_head, world.hidden_member):
        adopted = [
            m for m in inbox.to(_email(committed, user_id)) if m.subject.startswith("Adopted: ")
        ]
        assert len(adopted) == 1, user_id
        assert "at the end of its silence procedure" in adopted[0].body()

"""E-mails in the recipient's language: the words, the direction, the dates of their locale in their
time zone, as a real SMTP server receives them; and the table of sentences complete in every
language."""

from __future__ import annotations

import json
import re
from datetime import UTC, timedelta
from email.message import EmailMessage
from pathlib import Path
from string import Formatter
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import Engine

from concord.consensus.models import Decision
from concord.core.clock import now
from concord.core.config import Settings
from concord.core.db import transaction
from concord.identity.models import User
from concord.notify import mail, preferences, worker
from concord.notify.models import Notification, NotificationKind
from concord.notify.preferences import LANGUAGES, Chosen, Language
from concord.notify.words import FSI, PDI, WORDS, plural_forms, words
from tests.notify import world as w
from tests.notify.smtp import Inbox, Received

# Written out here, not asked of Babel: what an Arabic or French reader expects to see.
AR_DAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
AR_MONTHS = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
]
FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
FR_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
ARABIC = re.compile(r"[\u0600-\u06ff]")
HEBREW = re.compile(r"[\u0590-\u05ff]")


def _bytes(part: EmailMessage) -> bytes:
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload


def _choose(engine: Engine, user_id: int, language: Language, timezone: str) -> str:
    with transaction(engine) as session:
        preferences.save(session, user_id, language=language, timezone=timezone)
        user = session.get(User, user_id)
        assert user is not None
        return user.email


def _silence_mail(inbox: Inbox, address: str, subject_starts: str) -> Received:
    found = [m for m in inbox.to(address) if m.subject.startswith(subject_starts)]
    assert len(found) == 1, [m.subject for m in inbox.to(address)]
    return found[0]


def test_an_arabic_reader_gets_the_silence_mail_in_arabic_right_to_left_in_their_time(
    committed: Engine, inbox: Inbox, mail_settings: Settings
) -> None:
    world = w.build(committed, title="Shared Principles")
    arabic = _choose(committed, world.fra_head, "ar", "Asia/Amman")
    w.circulate(committed, world)
    # 22:30 UTC is 01:30 the next day in Amman (UTC+3): the local and UTC dates differ.
    deadline = (now() + timedelta(days=5)).replace(
        hour=22, minute=30, second=0, microsecond=0, tzinfo=UTC
    )
    w.start_silence(committed, world, deadline)
    worker.run_once(committed, mail_settings)

    received = _silence_mail(inbox, arabic, "إجراء الموافقة الضمنية: ")
    print("\n--- Subject:", received.subject, "\n" + received.body() + received.body("html"))
    assert received.subject == f"إجراء الموافقة الضمنية: {FSI}Shared Principles{PDI}"
    assert received.message["Content-Language"] == "ar"
    local = deadline.astimezone(ZoneInfo("Asia/Amman"))
    assert local.date() != deadline.date()
    day = f"{AR_DAYS[local.weekday()]}، {local.day} {AR_MONTHS[local.month - 1]} {local.year}"
    hour = f"{local.hour % 12 or 12}:{local:%M} {'ص' if local.hour < 12 else 'م'}"
    utc_day = f"{deadline.day} {AR_MONTHS[deadline.month - 1]}"
    for body in (received.body(), received.body("html")):
        assert f"{FSI}{day}{PDI}، الساعة {FSI}{hour}{PDI} ({FSI}Asia/Amman{PDI})" in body
        assert f"10:30 م{PDI} بالتوقيت العالمي UTC يوم {FSI}{utc_day}{PDI}" in body
        assert "يخضع" in body and "النص مرفق" not in body
        for english in ("Dear", "silence procedure", "Read the text", "Stop these"):
            assert english not in body
    text = received.body()
    assert text.startswith("\u200fمرحبًا ")
    sentences = [line for line in text.splitlines() if ARABIC.search(line)]
    assert len(sentences) >= 4 and all(line.startswith("\u200f") for line in sentences)
    html = received.body("html")
    assert '<html lang="ar" dir="rtl">' in html and '<body dir="rtl"' in html
    assert ">قراءة النص</a>" in html and ">إيقاف هذه الرسائل</a>" in html

    [ics] = received.attachments()
    event = Calendar.from_ical(_bytes(ics)).walk("VEVENT")[0]
    assert event.decoded("dtstart") == deadline
    assert str(event.decoded("dtstart").tzinfo) == "Asia/Amman"
    assert str(event["summary"]) == "نهاية الموافقة الضمنية: Shared Principles"
    assert event["summary"].params["LANGUAGE"] == "ar"
    assert str(event["description"]).startswith("ما لم يكسر أحد الأطراف الصمت")

    # The others keep their own language: the British head reads English.
    british = _silence_mail(
        inbox, _email(committed, world.gbr_head), "Silence procedure: Shared Principles"
    )
    assert '<html lang="en" dir="ltr">' in british.body("html")
    assert not ARABIC.search(british.body())


def _email(engine: Engine, user_id: int) -> str:
    with transaction(engine, write=False) as session:
        user = session.get(User, user_id)
        assert user is not None
        return user.email


def test_a_french_reader_gets_french_with_french_dates(
    committed: Engine, inbox: Inbox, mail_settings: Settings
) -> None:
    world = w.build(committed, title="Principes communs")
    french = _choose(committed, world.gbr_head, "fr", "Europe/Paris")
    w.circulate(committed, world)
    deadline = w.start_silence(committed, world)
    worker.run_once(committed, mail_settings)
    [circulated] = [m for m in inbox.to(french) if "diffusée" in m.subject]
    assert circulated.subject == "Rev.1 diffusée\u00a0: Principes communs"
    assert "La version Rev.1 de ce texte a été diffusée par Chair Person." in circulated.body()
    received = _silence_mail(inbox, french, "Procédure d'accord tacite\u00a0: ")
    local = deadline.astimezone(ZoneInfo("Europe/Paris"))
    day = f"{FR_DAYS[local.weekday()]} {local.day} {FR_MONTHS[local.month - 1]} {local.year}"
    assert f"jusqu'au {day} à {local:%H:%M} (Europe/Paris)" in received.body()
    assert '<html lang="fr" dir="ltr">' in received.body("html")
    assert "Ne plus recevoir ces courriels" in received.body()
    event = Calendar.from_ical(_bytes(received.attachments()[0])).walk("VEVENT")[0]
    assert str(event["summary"]) == "Fin de l'accord tacite\u00a0: Principes communs"


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name}


def test_every_sentence_is_in_every_language_with_the_same_placeholders() -> None:
    english = WORDS["en"]
    for language in LANGUAGES:
        table = WORDS[language]
        assert set(table) == set(english), (language, set(table) ^ set(english))
        for key, text in table.items():
            model = english[key]
            if isinstance(model, dict):
                assert isinstance(text, dict), (language, key)
                assert set(text) == plural_forms(language), (language, key)
                wanted = _placeholders(model["other"])
                assert all(_placeholders(form) <= wanted for form in text.values())
                assert _placeholders(text["other"]) == wanted, (language, key)
            else:
                assert isinstance(text, str), (language, key)
                assert _placeholders(text) == _placeholders(model), (language, key)
            if language in ("ar", "he"):  # translated, not copied
                script = ARABIC if language == "ar" else HEBREW
                forms = text.values() if isinstance(text, dict) else [text]
                sentence = all(script.search(form) for form in forms)
                assert sentence or key in ("person_of", "when_utc"), (language, key)


def test_every_sentence_is_used() -> None:
    source = Path(mail.__file__).read_text(encoding="utf-8")
    decisions = {f"decision_{decision.value}" for decision in Decision}
    for key in WORDS["en"]:
        used = f'"{key}"' in source or key in decisions
        used = used or (
            key.endswith("_internal") and f'"{key.removesuffix("_internal")}"' in source
        )
        assert used, key
    assert decisions <= set(WORDS["en"])


@pytest.mark.parametrize(
    ("count", "subject"),
    [
        (1, "ملخص Concord: إشعار واحد"),
        (2, "ملخص Concord: إشعاران"),
        (3, f"ملخص Concord: {FSI}3{PDI} إشعارات"),
        (11, f"ملخص Concord: {FSI}11{PDI} إشعارًا"),
        (100, f"ملخص Concord: {FSI}100{PDI} إشعار"),
    ],
)
def test_the_digest_counts_by_arabic_plural_rules(count: int, subject: str) -> None:
    assert words("ar")("digest_subject", count=count) == subject


# A payload of each kind, as notify/service.py and notify/discussion.py write them.
PAYLOADS: dict[NotificationKind, dict[str, object]] = {
    NotificationKind.invitation: {
        "invited_by": "Officer",
        "organisation": "Consortium",
        "expires_at": "2026-12-10T12:00:00+00:00",
        "resent": True,
        "url": "http://x/i",
    },
    NotificationKind.revision_circulated: {"revision": "Rev.2", "by": "Chair"},
    NotificationKind.silence_started: {"revision": "Rev.2", "deadline": "2026-12-10T12:00:00Z"},
    NotificationKind.silence_reminder: {"deadline": "2026-12-10T12:00:00+00:00"},
    NotificationKind.silence_broken: {"broken_by": "Ana", "delegation": "FRA"},
    NotificationKind.adopted: {"revision": "Rev.2", "via": "silence"},
    NotificationKind.approval_stale: {
        "paragraph": "3",
        "new_version": 4,
        "version": 3,
        "decision": "reservation",
    },
    NotificationKind.amendment_on_approved: {
        "by": "Ana",
        "paragraph": "3",
        "excerpt": "New.",
        "amendment_id": "amd_1",
    },
    NotificationKind.mention: {
        "by": "Ana",
        "language": "fr",
        "internal": True,
        "excerpt": "Hi",
        "comment_id": "c1",
    },
    NotificationKind.comment_reply: {"by": "Ana", "excerpt": "Yes", "comment_id": "c2"},
    # As notify/publication.py writes them.
    NotificationKind.publication_scheduled: {
        "embargo_at": "2026-12-10T08:00:00+00:00",
        "time_zone": "Europe/Paris",
        "participants": ["France", "Jordan"],
        "asked": True,
    },
    NotificationKind.announcement_confirmed: {"delegation": "Jordan"},
    NotificationKind.published: {"url": "http://x/published/pub_1", "participants": ["France"]},
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_kind_of_mail_is_written_whole_in_each_language(language: Language) -> None:
    assert set(PAYLOADS) == set(NotificationKind)
    user = User(id=1, name="Reader", email="reader@example.org")
    chosen = Chosen(timezone="Asia/Jerusalem", language=language)
    subjects = set()
    for kind, told in PAYLOADS.items():
        row = Notification(
            id=1,
            event_key="k",
            user_id=1,
            kind=kind,
            document_id=1,
            payload=json.dumps({"title": "T", "document_id": 1, "section_id": 1, **told}),
        )
        message = mail.message(row, user, chosen, "http://x/u")
        text = str(message.get_body(preferencelist=("plain",)).get_content())  # type: ignore[union-attr]
        for part in (str(message["Subject"]), text):
            assert "{" not in part and "None" not in part, (kind, part)
            if language == "ar":
                assert ARABIC.search(part), (kind, part)
            if language == "he":
                assert HEBREW.search(part), (kind, part)
        subjects.add(str(message["Subject"]))
    assert len(subjects) == len(PAYLOADS)
    digest = mail.digest([row, row], user, chosen)
    assert str(digest["Subject"]) == words(language)("digest_subject", count=2)

"""Word files on a circulated revision's mail, for those who ask for attachments: read from the
test SMTP server and opened with python-docx."""

from __future__ import annotations

import io
from email.message import EmailMessage

from docx import Document as WordDocument
from sqlalchemy import Engine

from concord.audit import service as audit
from concord.consensus import lifecycle
from concord.core.config import Settings
from concord.core.db import transaction
from concord.drafting import service as drafting
from concord.drafting.models import Document
from concord.identity.access import viewer_for
from concord.identity.models import User
from concord.notify import preferences, worker
from tests.notify import world as w
from tests.notify.smtp import Inbox

WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _email(engine: Engine, user_id: int) -> str:
    with transaction(engine, write=False) as session:
        user = session.get(User, user_id)
        assert user is not None
        return user.email


def _word(part: EmailMessage) -> tuple[str, str, set[str]]:
    """The file's name, its text, and the tracked-change elements it holds."""
    data = part.get_payload(decode=True)
    assert isinstance(data, bytes)
    opened = WordDocument(io.BytesIO(data))
    text = "\n".join(p.text for p in opened.paragraphs)
    marks = {el.tag for el in opened.element.body.iter() if el.tag in (f"{W}ins", f"{W}del")}
    return part.get_filename() or "", text, marks


def _revise(engine: Engine, world: w.World, text: str) -> None:
    with transaction(engine) as session:
        audit.act_as(session, world.chair)
        chair = viewer_for(session, world.user(session, world.chair))
        document = session.get(Document, world.document, with_for_update=True)
        assert document is not None
        officer = viewer_for(session, world.user(session, world.secretariat))
        lifecycle.reopen(session, officer, document, "Another round.")
        current = drafting.get_section(session, world.section)
        drafting.save_version(session, chair, world.section, text, current.head)


def test_a_circulated_revision_carries_clean_and_redline_when_asked(
    committed: Engine, inbox: Inbox, mail_settings: Settings
) -> None:
    world = w.build(committed, title="Principles of the Amman Process")
    with transaction(committed) as session:
        preferences.save(session, world.fra_head, attachments=True)
    w.circulate(committed, world)
    _revise(committed, world, "All parties firmly agree.")
    w.circulate(committed, world)
    worker.run_once(committed, mail_settings)

    first, second = inbox.to(_email(committed, world.fra_head))
    assert first.subject.startswith("Rev.1") and second.subject.startswith("Rev.2")
    # Rev.1 has nothing before it: the clean text only.
    [only] = [p for p in first.attachments() if p.get_content_type() == WORD]
    name, text, marks = _word(only)
    assert name.endswith("Rev.1.docx") and "All parties agree." in text and not marks
    files = [_word(p) for p in second.attachments() if p.get_content_type() == WORD]
    assert [n for n, _, _ in files] == [
        "Principles of the Amman Process - Rev.2.docx",
        "Principles of the Amman Process - Rev.1 to Rev.2 (redline).docx",
    ]
    (_, clean, clean_marks), (_, _redline, redline_marks) = files
    assert "All parties firmly agree." in clean and not clean_marks
    assert f"{W}ins" in redline_marks  # "firmly", as a tracked insertion
    assert "attached as Word files" in second.body()

    # Who did not ask gets the links, not the files.
    [_, plain] = inbox.to(_email(committed, world.gbr_head))
    assert [p for p in plain.attachments() if p.get_content_type() == WORD] == []
    assert f"/documents/{world.document}/compare" in plain.body()

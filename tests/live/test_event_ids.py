"""Sealed event ids (live/event_ids.py): the stream's `id:` reveals no count, only this server
opens it, and a browser resumes with it."""

from __future__ import annotations

import base64
import itertools
import re

import pytest

from concord.live import event_ids
from tests.live.support import LIVE_SECRET, LiveWorld, seq_of
from tests.live.test_resume import last_id, replayed, save

KEY = "a-secret-key-for-these-tests"
SEALED = re.compile(r"^[A-Za-z0-9_-]{32}$")


def test_a_sealed_id_opens_to_its_seq() -> None:
    for seq in (0, 1, 2, 41, 42, 2**31, 2**63 - 1):
        sealed = event_ids.seal(seq, 7, secret_key=KEY)
        assert SEALED.match(sealed), sealed
        assert event_ids.open_id(sealed, 7, secret_key=KEY) == seq
        assert event_ids.open_id(f"  {sealed}\t", 7, secret_key=KEY) == seq


def test_sealed_ids_show_neither_order_nor_count() -> None:
    sealed = [event_ids.seal(seq, 7, secret_key=KEY) for seq in range(100, 120)]
    assert len(set(sealed)) == len(sealed)
    assert sealed != sorted(sealed)
    assert not any(str(seq) in s for seq, s in zip(range(100, 120), sealed, strict=True))
    # Neighbours share no prefix beyond chance: nothing of the number shows through.
    assert max(len(_common_prefix(a, b)) for a, b in itertools.pairwise(sealed)) < 4


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def test_the_same_change_has_the_same_id_for_every_subscriber() -> None:
    """Frames are rendered once and shared: sealing is deterministic."""
    assert event_ids.seal(5, 7, secret_key=KEY) == event_ids.seal(5, 7, secret_key=KEY)


def test_forged_and_foreign_ids_do_not_open() -> None:
    sealed = event_ids.seal(42, 7, secret_key=KEY)
    raw = bytearray(base64.urlsafe_b64decode(sealed + "=="))
    raw[-1] ^= 1  # one bit of the sealed seq
    flipped = base64.urlsafe_b64encode(bytes(raw)).rstrip(b"=").decode()
    tag = bytearray(base64.urlsafe_b64decode(sealed + "=="))
    tag[0] ^= 0x80  # one bit of the synthetic IV
    retagged = base64.urlsafe_b64encode(bytes(tag)).rstrip(b"=").decode()
    # The standard alphabet's spelling of the same bytes: one id, one spelling.
    standard = base64.b64encode(base64.urlsafe_b64decode(sealed + "==")).rstrip(b"=").decode()
    if standard == sealed:
        standard = "+" * 32
    for forged in (
        flipped,
        retagged,
        "A" * 32,
        "42",
        "",
        sealed[:-1],
        sealed + "A",
        sealed[:-1] + "!",
        sealed.replace("-", "+").replace("_", "/")
        if ("-" in sealed or "_" in sealed)
        else "+" * 32,
        "é" * 32,
        "\x00" * 32,
        "x" * 10_000,
    ):
        assert event_ids.open_id(forged, 7, secret_key=KEY) is None, forged
    # Another document, another key: a valid id elsewhere is no id here.
    assert event_ids.open_id(sealed, 8, secret_key=KEY) is None
    assert event_ids.open_id(sealed, 7, secret_key=KEY + "x") is None


def test_changing_any_character_of_an_id_makes_it_not_open() -> None:
    sealed = event_ids.seal(9, 7, secret_key=KEY)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    for at, char in enumerate(sealed):
        other = alphabet[(alphabet.index(char) + 1) % len(alphabet)]
        changed = sealed[:at] + other + sealed[at + 1 :]
        assert event_ids.open_id(changed, 7, secret_key=KEY) is None, at


@pytest.mark.db
def test_the_stream_sends_sealed_ids_and_resumes_from_one(live: LiveWorld) -> None:
    resume_from = last_id(live, "member")
    assert SEALED.match(resume_from), resume_from
    assert not resume_from.isdigit()
    before = seq_of_id(resume_from, live.document_id)
    missed = save(live, "chair", live.section_id, "We [welcome] the consortium warmly.")
    stream = live.stream("member", last_event_id=resume_from)
    try:
        told = replayed(stream.events)
        assert [(e.name, e.data["number"]) for e in told] == [("version", missed)]
        assert told[0].id is not None and SEALED.match(told[0].id)
        assert seq_of(told[0], live.document_id) > before
    finally:
        stream.close()


@pytest.mark.db
def test_an_id_sealed_for_another_document_replays_nothing(live: LiveWorld) -> None:
    resume_from = last_id(live, "member")
    seq = seq_of_id(resume_from, live.document_id)
    elsewhere = event_ids.seal(seq, live.document_id + 1, secret_key=LIVE_SECRET)
    with live.api("member") as api:
        url = f"/documents/{live.document_id}/events"
        answer = api.get(url, headers={"Last-Event-ID": elsewhere})
    assert answer.status_code == 200
    names = [line for line in answer.text.splitlines() if line.startswith("event:")]
    assert names == ["event: ready", "event: end"]
    assert answer.text.rstrip().endswith('data: {"reason":"overflow"}')


def seq_of_id(sealed: str, document_id: int) -> int:
    seq = event_ids.open_id(sealed, document_id, secret_key=LIVE_SECRET)
    assert seq is not None
    return seq

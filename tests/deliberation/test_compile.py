"""Compile: open amendments become bracketed alternatives, held by their proposers' delegations;
resolving the alternatives then gives exactly the amendment the chair accepts."""

from __future__ import annotations

import json
from collections.abc import Callable

from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import Session, select

from concord.audit.models import AuditEvent
from concord.deliberation.compilation import compile_texts
from concord.drafting import alternatives, spans
from concord.drafting import service as drafting
from concord.drafting.models import Section
from concord.identity.models import Delegation, User
from tests.deliberation.support import TEXT, amendment_row, new_version
from tests.factories import error_of

Clients = Callable[[User], TestClient]


def _propose(client: TestClient, section: Section, text: str, base: int = 1) -> str:
    response = client.post(
        f"/api/v1/sections/{section.id}/amendments", json={"text": text, "base_version": base}
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def _code(session: Session, person: User) -> str:
    delegation = session.get(Delegation, person.delegation_id)
    assert delegation is not None
    return delegation.code


def _head(session: Session, section: Section) -> str:
    session.refresh(section)
    return drafting.get_version(session, section, section.head).text


def test_compile_sets_the_amendments_side_by_side_held_by_their_delegations(
    session: Session,
    section: Section,
    user: User,
    colleague: User,
    other_party: User,
    client_for: Clients,
) -> None:
    ours = _propose(client_for(colleague), section, TEXT.replace("shall promote", "should promote"))
    theirs = _propose(
        client_for(other_party), section, TEXT.replace("shall promote", "may promote")
    )
    chair = client_for(user)
    response = chair.post(
        f"/api/v1/sections/{section.id}/compile",
        json={"base_version": 1, "reason": "Compiled for the informals"},
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["version"]["number"] == 2
    assert sorted(body["amendments"]) == sorted([ours, theirs])
    assert _head(session, section) == TEXT.replace("shall", "[shall][should][may]")
    assert body["group"] == 0
    for public_id in (ours, theirs):
        row = amendment_row(session, public_id)
        assert (row.status, row.result_version) == ("compiled", 2)
    seen = chair.get(f"/api/v1/sections/{section.id}").json()
    held = {
        seen["current"]["text"][h["start"] : h["end"]]: [d["code"] for d in h["delegations"]]
        for h in seen["holders"]
    }
    assert held == {
        "[should]": [_code(session, colleague)],
        "[may]": [_code(session, other_party)],
    }
    event = session.exec(select(AuditEvent).where(AuditEvent.action == "amendments.compile")).one()
    payload = json.loads(event.payload)
    assert payload["reason"] == "Compiled for the informals"
    assert (payload["version"], payload["alternatives"]) == (2, 3)
    assert event.actor_id == user.id
    # Nothing open is left: compiling again is refused, and changes nothing.
    again = chair.post(f"/api/v1/sections/{section.id}/compile", json={"base_version": 2})
    assert again.status_code == 409
    assert error_of(again)["code"] == "nothing_to_compile"


def test_compile_then_resolve_gives_the_accepted_amendment(
    session: Session,
    section: Section,
    user: User,
    colleague: User,
    other_party: User,
    client_for: Clients,
) -> None:
    wanted = TEXT.replace("peaceful dialogue", "inclusive dialogue")
    _propose(client_for(colleague), section, TEXT.replace("peaceful", "lasting"))
    _propose(client_for(other_party), section, wanted)
    chair = client_for(user)
    compiled = chair.post(f"/api/v1/sections/{section.id}/compile", json={"base_version": 1})
    assert compiled.status_code == 201, compiled.text
    group = compiled.json()["group"]
    listed = chair.get(f"/api/v1/sections/{section.id}").json()["alternatives"][group]
    choice = listed["choices"].index("inclusive")
    resolved = chair.post(
        f"/api/v1/sections/{section.id}/brackets",
        json={"action": "resolve_alternative", "group": group, "choice": choice, "base_version": 2},
    )
    assert resolved.status_code == 201, resolved.text
    assert _head(session, section) == wanted


def test_compile_on_a_stale_base_merges_with_the_newer_text(
    session: Session, section: Section, user: User, colleague: User, client_for: Clients
) -> None:
    _propose(client_for(colleague), section, TEXT.replace("shall", "should"))
    new_version(session, user, section, TEXT.replace("the way", "the way forward"))
    response = client_for(user).post(
        f"/api/v1/sections/{section.id}/compile", json={"base_version": 1}
    )
    assert response.status_code == 201, response.text
    assert response.json()["version"]["merged"] is True
    assert _head(session, section) == TEXT.replace("shall", "[shall][should]").replace(
        "the way", "the way forward"
    )


def test_only_the_chair_compiles_and_a_refusal_changes_nothing(
    session: Session, section: Section, colleague: User, client_for: Clients
) -> None:
    public_id = _propose(client_for(colleague), section, TEXT.replace("shall", "should"))
    response = client_for(colleague).post(
        f"/api/v1/sections/{section.id}/compile", json={"base_version": 1}
    )
    assert response.status_code == 403
    assert error_of(response)["code"] == "not_the_chair"
    assert amendment_row(session, public_id).status == "open"
    assert _head(session, section) == TEXT


def test_naming_a_closed_or_unknown_amendment_is_refused(
    session: Session, section: Section, user: User, colleague: User, client_for: Clients
) -> None:
    public_id = _propose(client_for(colleague), section, TEXT.replace("shall", "should"))
    stranger = "amd_" + "A" * 22
    response = client_for(user).post(
        f"/api/v1/sections/{section.id}/compile",
        json={"base_version": 1, "amendments": [public_id, stranger]},
    )
    assert response.status_code == 409
    assert error_of(response)["code"] == "nothing_to_compile"
    assert amendment_row(session, public_id).status == "open"
    assert _head(session, section) == TEXT


def test_accepting_an_amendment_that_adds_brackets_makes_its_delegation_hold_them(
    session: Session, section: Section, user: User, colleague: User, client_for: Clients
) -> None:
    public_id = _propose(
        client_for(colleague), section, TEXT.replace("shall promote", "shall [actively] promote")
    )
    chair = client_for(user)
    accepted = chair.post(f"/api/v1/amendments/{public_id}/accept", json={"reason": "ok"})
    assert accepted.status_code == 200, accepted.text
    # A later edit elsewhere in the paragraph keeps the holder with the bracket.
    new_version(session, user, section, _head(session, section) + " Noted.")
    seen = chair.get(f"/api/v1/sections/{section.id}").json()
    assert [
        (seen["current"]["text"][h["start"] : h["end"]], [d["code"] for d in h["delegations"]])
        for h in seen["holders"]
    ] == [("[actively]", [_code(session, colleague)])]


# --- the pure function ---------------------------------------------------------------------

WORDS = st.sampled_from(["Parties", "shall", "should", "act", "now", "the", "climate", "[x]"])
TEXTS = st.lists(WORDS, min_size=1, max_size=8).map(" ".join)


def _edit(base: str, replacement: list[str], at: int, length: int) -> str:
    words = base.split(" ")
    at = min(at, len(words))
    return " ".join(words[:at] + replacement + words[at + length :])


@given(
    base=TEXTS,
    edits=st.lists(
        st.tuples(st.lists(WORDS, max_size=3), st.integers(0, 8), st.integers(0, 3)),
        min_size=1,
        max_size=4,
    ),
    pick=st.integers(0, 3),
)
def test_compile_then_resolve_gives_exactly_the_chosen_text(
    base: str, edits: list[tuple[list[str], int, int]], pick: int
) -> None:
    proposals = [_edit(base, *e) for e in edits]
    compiled = compile_texts(base, proposals)
    distinct = list(dict.fromkeys([base, *proposals]))
    if len(distinct) < 2:
        assert compiled is None
        return
    assert compiled is not None  # balanced words always compile
    assert spans.report(compiled.text).unbalanced == []
    group = next(
        n
        for n, g in enumerate(alternatives.alternatives(compiled.text))
        if g.start == compiled.start
    )
    wanted = distinct[pick % len(distinct)]
    choice = distinct.index(wanted)
    assert alternatives.resolve_alternative(compiled.text, group, choice) == wanted


def test_a_text_whose_brackets_cannot_hold_alternatives_is_not_compiled() -> None:
    # The amendment closes a bracket the paragraph leaves open: no cut balances.
    assert compile_texts("Parties [shall act", ["Parties [should] act"]) is None

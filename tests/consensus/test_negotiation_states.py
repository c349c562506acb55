"""A stateful property test over edits, positions, withdrawals, circulation, silence, clock moves,
adoption and reopening, against a model of what each step must do.

Checked after every step: history is append-only (versions never change or vanish, numbers have no
gaps), positions count only for the version they name (the summary agrees with the model),
frozen documents refuse edits, and adoption happens only with no brackets and no standing objection.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, seed, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlmodel import Session, select

from concord.consensus import approvals as consensus
from concord.consensus import lifecycle, standing
from concord.consensus.models import Adoption, Decision
from concord.consensus.schemas import PositionSet
from concord.core.clock import set_clock
from concord.core.errors import ConcordError
from concord.drafting import brackets
from concord.drafting import service as drafting
from concord.drafting.models import DocumentStatus, Section, Version
from concord.identity.access import Viewer, viewer_for
from tests import factories

EXAMPLES = 25
STEPS = 30
AGREEING = {Decision.approve, Decision.reservation, Decision.abstain}
STATS: Counter[str] = Counter()


def run_machine(session: Session) -> None:
    texts = itertools.count(1)

    class Negotiation(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            STATS["examples"] += 1
            self.savepoint = session.begin_nested()
            self.now = datetime(2027, 1, 1, tzinfo=UTC)
            set_clock(lambda: self.now)
            parties = [factories.make_delegation(session) for _ in range(2)]
            chair = factories.make_user(session)
            self.heads: list[Viewer] = [
                viewer_for(session, factories.make_user(session, delegation=d, head=True))
                for d in parties
            ]
            self.document = factories.make_document(
                session, author=chair, sections=0, parties=parties
            )
            self.chair = viewer_for(session, chair)
            self.secretariat = viewer_for(session, factories.make_secretariat(session))
            self.sections: list[Section] = [
                factories.make_section(session, self.document, chair, "We welcome the plan."),
                factories.make_section(session, self.document, chair, "Civil society leads."),
            ]
            self.texts = {s.id: [drafting.get_version(session, s, 1).text] for s in self.sections}
            self.hashes: dict[tuple[int, int], str] = {}
            # (party, section index) -> {version: decision}: the live positions.
            self.positions: dict[tuple[int, int], dict[int, Decision]] = {}
            self.status = DocumentStatus.drafting
            self.deadline: datetime | None = None

        def teardown(self) -> None:
            set_clock(None)
            self.savepoint.rollback()
            session.expunge_all()

        # --- the model --------------------------------------------------------------------

        def head(self, index: int) -> int:
            section = self.sections[index]
            return len(self.texts[section.id])

        def current(self, party: int, index: int) -> Decision | None:
            return self.positions.get((party, index), {}).get(self.head(index))

        def bracketed(self) -> bool:
            return any(
                (r := brackets.scan(t[-1])).spans or r.unbalanced for t in self.texts.values()
            )

        def objected(self) -> bool:
            return any(
                self.current(p, i) == Decision.object
                for p in range(len(self.heads))
                for i in range(len(self.sections))
            )

        def agreed(self) -> int:
            return sum(
                all(self.current(p, i) in AGREEING for p in range(len(self.heads)))
                for i in range(len(self.sections))
            )

        def attempt(self, name: str, expected: str | None, action: Callable[[], object]) -> bool:
            """Run `action` in a savepoint; it must succeed iff `expected` is None, else fail
            with that code and change nothing."""
            STATS[f"step {name}"] += 1
            STATS["steps"] += 1
            nested = session.begin_nested()
            code: str | None = None
            try:
                action()
            except ConcordError as error:
                nested.rollback()
                code = error.code
            if code is not None:
                assert code == expected, (name, code, expected)
                STATS[f"refused {name}"] += 1
                return False
            nested.commit()
            assert expected is None, (name, "succeeded but should fail with", expected)
            return True

        def became_adopted(self) -> None:
            assert not self.bracketed() and not self.objected()
            self.status = DocumentStatus.adopted
            self.deadline = None
            STATS["adoptions"] += 1

        # --- rules -------------------------------------------------------------------------

        @rule(index=st.integers(0, 1), bracket=st.sampled_from([False, False, True]))
        def edit(self, index: int, bracket: bool) -> None:
            text = f"Text {next(texts)}" + (" [shall][should] act." if bracket else " acts.")
            section = self.sections[index]
            assert section.id is not None
            base = self.head(index)
            frozen = self.status != DocumentStatus.drafting
            done = self.attempt(
                "edit",
                "document_frozen" if frozen else None,
                lambda: drafting.save_version(session, self.chair, section.id or 0, text, base),
            )
            if done:
                self.texts[section.id].append(text)

        @rule(
            party=st.integers(0, 1),
            index=st.integers(0, 1),
            decision=st.sampled_from(list(Decision)),
            stale=st.booleans(),
        )
        def position(self, party: int, index: int, decision: Decision, stale: bool) -> None:
            head = self.head(index)
            version = head - 1 if stale and head > 1 else head
            data = PositionSet(version=version, decision=decision, statement="Because.")
            expected = (
                "document_frozen"
                if self.status == DocumentStatus.adopted
                else "stale_version"
                if version != head
                else None
            )
            section_id = self.sections[index].id or 0
            if self.attempt(
                "position",
                expected,
                lambda: consensus.set_position(session, self.heads[party], section_id, data),
            ):
                self.positions.setdefault((party, index), {})[version] = decision
                if decision == Decision.object and self.status == DocumentStatus.silence:
                    self.status = DocumentStatus.circulated
                    self.deadline = None
                    STATS["silence broken by objection"] += 1

        @rule(decision=st.sampled_from([Decision.approve, Decision.reservation]))
        def everyone_agrees(self, decision: Decision) -> None:
            """Every party takes `decision` on every current paragraph: adoption reachable."""
            for party in range(len(self.heads)):
                for index in range(len(self.sections)):
                    self.position(party, index, decision, stale=False)

        @rule(party=st.integers(0, 1), index=st.integers(0, 1))
        def withdraw(self, party: int, index: int) -> None:
            held = self.positions.get((party, index), {})
            expected = (
                "document_frozen"
                if self.status == DocumentStatus.adopted
                else None
                if self.head(index) in held
                else "approval_not_found"
            )
            section_id = self.sections[index].id or 0
            if self.attempt(
                "withdraw",
                expected,
                lambda: consensus.withdraw_position(session, self.heads[party], section_id, None),
            ):
                del held[self.head(index)]

        @rule()
        def circulate(self) -> None:
            drafting_now = self.status == DocumentStatus.drafting
            frozen = self.status == DocumentStatus.adopted
            expected = (
                None if drafting_now else "document_frozen" if frozen else "invalid_transition"
            )
            if self.attempt(
                "circulate",
                expected,
                lambda: lifecycle.circulate(session, self.chair, self.document),
            ):
                self.status = DocumentStatus.circulated

        @rule(hours=st.sampled_from([72, 100]), wait=st.booleans())
        def silence(self, hours: int, wait: bool) -> None:
            deadline = self.now + timedelta(hours=hours)
            expected = (
                "document_frozen"
                if self.status == DocumentStatus.adopted
                else "invalid_transition"
                if self.status != DocumentStatus.circulated
                else "adoption_blocked"
                if self.bracketed() or self.objected()
                else None
            )
            if self.attempt(
                "silence",
                expected,
                lambda: lifecycle.start_silence(session, self.secretariat, self.document, deadline),
            ):
                self.status = DocumentStatus.silence
                self.deadline = deadline
                STATS["silences started"] += 1
                if wait:  # nobody objects: the deadline passes
                    self.time_passes(hours)

        @rule(party=st.integers(0, 1))
        def break_silence(self, party: int) -> None:
            expected = None if self.status == DocumentStatus.silence else "not_in_silence"
            if self.attempt(
                "break",
                expected,
                lambda: lifecycle.request_break(
                    session, self.heads[party], self.document, "We object."
                ),
            ):
                self.status = DocumentStatus.circulated
                self.deadline = None

        @rule(hours=st.sampled_from([1, 24, 80]))
        def time_passes(self, hours: int) -> None:
            STATS["steps"] += 1
            STATS["step time_passes"] += 1
            self.now += timedelta(hours=hours)
            adopted = lifecycle.adopt_due(session)
            due = self.deadline is not None and self.deadline <= self.now
            assert len(adopted) == (1 if due else 0)
            if due:
                STATS["adopted by silence"] += 1
                self.became_adopted()

        @rule()
        def adopt(self) -> None:
            expected = (
                "document_frozen"
                if self.status == DocumentStatus.adopted
                else "adoption_blocked"
                if self.bracketed() or self.objected() or self.agreed() < len(self.sections)
                else None
            )
            if self.attempt(
                "adopt", expected, lambda: lifecycle.adopt(session, self.secretariat, self.document)
            ):
                STATS["adopted by secretariat"] += 1
                self.became_adopted()

        @rule()
        def reopen(self) -> None:
            expected = "invalid_transition" if self.status == DocumentStatus.drafting else None
            if self.attempt(
                "reopen",
                expected,
                lambda: lifecycle.reopen(session, self.secretariat, self.document),
            ):
                self.status = DocumentStatus.drafting
                self.deadline = None

        # --- invariants ----------------------------------------------------------------------

        @invariant()
        def history_is_append_only(self) -> None:
            for section in self.sections:
                versions = session.exec(
                    select(Version).where(Version.section_id == section.id).order_by(Version.number)  # type: ignore[arg-type]
                ).all()
                assert [v.number for v in versions] == list(range(1, len(versions) + 1))
                assert [v.text for v in versions] == self.texts[section.id]
                for v in versions:
                    key = (v.section_id, v.number)
                    assert self.hashes.setdefault(key, v.content_hash) == v.content_hash

        @invariant()
        def positions_count_only_for_their_version(self) -> None:
            summary = standing.approval_summary(session, self.secretariat, self.document)
            assert summary.agreed == self.agreed()
            session.refresh(self.document)
            assert self.document.status == self.status

        @invariant()
        def adoptions_froze_text_without_brackets(self) -> None:
            for adoption in session.exec(
                select(Adoption).where(Adoption.document_id == self.document.id)
            ).all():
                assert '"content_hash"' in adoption.manifest

    run_state_machine_as_test(
        # A fixed seed, not only derandomize: derandomize seeds from the source of the test, so a
        # renamed module would change the exploration (and could lose the silence adoptions).
        seed(1)(Negotiation),
        settings=settings(
            max_examples=EXAMPLES,
            stateful_step_count=STEPS,
            deadline=None,
            derandomize=True,  # with the seed: the same exploration on every run and both databases
            suppress_health_check=list(HealthCheck),
        ),
    )


@pytest.mark.db
def test_negotiation_state_machine(session: Session) -> None:
    STATS.clear()
    run_machine(session)
    print(f"\nstateful negotiation: {dict(sorted(STATS.items()))}")
    assert STATS["examples"] >= EXAMPLES
    assert STATS["steps"] > EXAMPLES * 5
    assert STATS["adopted by silence"] and STATS["adopted by secretariat"]

"""The public page of a published text in the browser, without signing in: a communiqué of
Aurelia and Borealia, adopted, with an Arabic version and a joint project's announced pledge, is
scheduled for publication a few seconds ahead; before the embargo its page is a 404, at the time
the server publishes it on its own (nobody is looking) and the page shows the text, the
participants and the annex. Screenshots on a desktop and a phone, in English and in Arabic."""

from __future__ import annotations

import time
from datetime import timedelta
from decimal import Decimal

from playwright.sync_api import Browser, ViewportSize, expect
from sqlmodel import col, select

from concord.commitments import service as commitments
from concord.commitments.models import CommitmentKind, CommitmentStatus
from concord.commitments.schemas import CommitmentCreate, CommitmentUpdate, ProjectCreate, ShareIn
from concord.consensus import approvals, lifecycle
from concord.consensus.models import Decision
from concord.consensus.schemas import PositionSet
from concord.core.clock import now
from concord.core.db import make_engine, transaction
from concord.drafting import service as drafting
from concord.drafting.models import DocumentKind
from concord.drafting.schemas import DocumentCreate, SectionCreate
from concord.identity.access import viewer_for
from concord.identity.models import User
from concord.publication import service
from concord.publication.schemas import PublicationSchedule
from concord.translation import service as translation
from tests.e2e.harness import Shoot, World

PHONE: ViewportSize = {"width": 390, "height": 844}
TITLE = "Aqaba Summit Communiqué"
TEXTS = [
    (
        "We, the leaders, welcome the joint projects in the annex.",
        "نحن، القادة، نرحب بالمشاريع المشتركة الواردة في المرفق.",
    ),
    ("We commit to meet again within a year.", "نلتزم بالاجتماع مجدداً في غضون عام."),
]


def _schedule(world: World, seconds: int) -> str:
    """An adopted, translated communiqué with an announced-to-be pledge, scheduled `seconds`
    ahead, set up in the database as the secretariat would through the screens."""
    engine = make_engine(world.database_url)
    try:
        with transaction(engine) as session:
            secretariat = session.exec(select(User).where(col(User.is_secretariat))).first()
            assert secretariat is not None
            officer = viewer_for(session, secretariat)
            parties = [world.delegations["AUR"], world.delegations["BOR"]]
            document = drafting.create_document(
                session,
                officer,
                DocumentCreate(
                    title=TITLE,
                    kind=DocumentKind.communique,
                    parties=[d.id or 0 for d in parties],
                ),
            )
            translation.set_language(
                session, officer, document, "ar", authentic=True, required_for_adoption=False
            )
            for english, arabic in TEXTS:
                section, _ = drafting.create_section(
                    session, officer, document, SectionCreate(text=english), append=True
                )
                translation.save(
                    session,
                    officer,
                    section.id or 0,
                    "ar",
                    arabic,
                    source_version=1,
                    base_version=None,
                )
                for party in parties:
                    head = session.exec(
                        select(User).where(col(User.delegation_id) == party.id, col(User.is_head))
                    ).first()
                    assert head is not None
                    approvals.set_position(
                        session,
                        viewer_for(session, head),
                        section.id or 0,
                        PositionSet(version=1, decision=Decision.approve),
                    )
            lifecycle.adopt(session, officer, document)
            project = commitments.create_project(
                session,
                ProjectCreate(
                    title="Shared classrooms in Aqaba",
                    description="Schools for both communities, run with teachers' unions.",
                    civil_society_partners=["Teachers for Peace"],
                    lead_delegation_id=parties[0].id,
                    partner_delegation_ids=[parties[1].id or 0],
                    document_id=document.id,
                ),
            )
            pledge = commitments.create_commitment(
                session,
                officer,
                CommitmentCreate(
                    project_id=project.public_id,
                    pledgers=[
                        ShareIn(delegation_id=parties[0].id or 0, amount=Decimal("3000000")),
                        ShareIn(delegation_id=parties[1].id or 0, amount=Decimal("1500000")),
                    ],
                    currency="EUR",
                    kind=CommitmentKind.grant,
                    period_start=2027,
                    period_end=2029,
                    publish_name=True,
                ),
            )
            commitments.update_commitment(
                session, pledge, CommitmentUpdate(status=CommitmentStatus.confirmed)
            )
            publication = service.schedule(
                session,
                officer,
                document,
                PublicationSchedule(
                    embargo_at=now() + timedelta(seconds=seconds),
                    time_zone="Asia/Amman",
                    delegation_ids=[d.id or 0 for d in parties],
                ),
            )
            return publication.public_id
    finally:
        engine.dispose()


def test_the_public_page_appears_at_the_embargo_time(
    browser: Browser, world: World, shoot: Shoot
) -> None:
    public_id = _schedule(world, 6)
    context = browser.new_context(base_url=world.url)
    page = context.new_page()
    before = page.goto(f"/published/{public_id}")
    assert before is not None and before.status == 404
    give_up = time.monotonic() + 60
    while True:
        found = page.goto(f"/published/{public_id}")
        assert found is not None
        if found.status == 200:
            break
        assert time.monotonic() < give_up, "not published within a minute of the embargo"
        time.sleep(1)
    expect(page.get_by_role("heading", name=TITLE)).to_be_visible()
    participants = page.locator("ul.participants")
    expect(participants).to_contain_text("Republic of Aurelia")
    expect(participants).to_contain_text("Kingdom of Borealia")
    annex = page.locator("section.commitments")
    expect(annex).to_contain_text("Shared classrooms in Aqaba")
    expect(annex).to_contain_text("EUR 4,500,000.00")
    expect(annex).to_contain_text("Republic of Aurelia (3,000,000.00)")
    expect(page.get_by_role("link", name="Word (.docx)")).to_be_visible()
    shoot(page, "public page, desktop")
    page.set_viewport_size(PHONE)
    shoot(page, "public page, phone")
    page.get_by_role("link", name="العربية").click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.get_by_text(TEXTS[0][1])).to_be_visible()
    shoot(page, "public page, phone, Arabic")
    page.set_viewport_size({"width": 1280, "height": 900})
    shoot(page, "public page, desktop, Arabic")
    context.close()

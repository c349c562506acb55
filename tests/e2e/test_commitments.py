"""The commitments register in the browser: the secretariat records a joint project of Aurelia and
Borealia and their joint pledge through the forms (a wrong amount and a period the server refuses
are told in words), confirms it, enters a dated rate and reads the totals, converted; a pledge of
Borealia with an unannounced delegation is in the register too. Aurelia's head then sees its own
pledges and totals over what it may see only: nothing of the unannounced delegation's pledge, nor
Borealia's draft. Then an adopted statement's publication: the secretariat schedules it under
embargo in Paris time naming an unannounced delegation, which Aurelia's head is not shown and
whose own head confirms. Screenshots on a desktop and a phone."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from playwright.sync_api import Page, ViewportSize, expect

from tests.e2e.harness import Contexts, Shoot, World, call_api
from tests.e2e.test_margin import check_screen
from tests.e2e.test_parties import _accept, _invite

PHONE: ViewportSize = {"width": 390, "height": 844}
PROJECT = "Solar pumps for the Sahel water corridor"
HIDDEN_PROJECT = "Desalination pilot on the coast"
ZAHRA = "Sultanate of Wadi Zahra"  # not test_parties.py's Zahra: the browser tests share one world
HIDDEN_AMOUNT = "4,400,000"


def _pledge_hidden_with_zahra(officer: Page, world: World) -> None:
    """A confirmed joint pledge of Borealia and an unannounced delegation, set up through the
    API: what the browser must never show to Aurelia."""
    zahra = call_api(
        officer.context,
        world,
        "POST",
        "/delegations",
        {"code": "WDZ", "name": ZAHRA, "kind": "government", "announced": False},
    )
    borealia = world.delegations["BOR"].id
    project = call_api(
        officer.context,
        world,
        "POST",
        "/projects",
        {"title": HIDDEN_PROJECT, "partner_delegation_ids": [zahra["id"], borealia]},
    )
    pledge = call_api(
        officer.context,
        world,
        "POST",
        "/commitments",
        {
            "project_id": project["id"],
            "pledgers": [
                {"delegation_id": zahra["id"], "amount": "4400000"},
                {"delegation_id": borealia, "amount": "600000"},
            ],
            "currency": "EUR",
            "kind": "loan",
            "period_start": 2027,
            "period_end": 2030,
        },
    )
    call_api(
        officer.context, world, "PATCH", f"/commitments/{pledge['id']}", {"status": "confirmed"}
    )


def _record_project(officer: Page) -> None:
    form = officer.get_by_role("form", name="New joint project")
    form.get_by_label("Title").fill(PROJECT)
    form.get_by_label("Description").fill("Solar pumps for forty villages along the corridor.")
    form.get_by_label("Republic of Aurelia").check()
    form.get_by_label("Kingdom of Borealia").check()
    form.get_by_label("Lead").select_option(label="Republic of Aurelia")
    form.get_by_label("Civil-society partners").fill("Peace Forum\nSahel Water Network")
    form.get_by_role("button", name="Create the project").click()
    expect(officer.locator("[data-project]").filter(has_text=PROJECT)).to_be_visible()


def _record_joint_pledge(officer: Page) -> None:
    form = officer.get_by_role("form", name="Record a commitment")
    form.get_by_label("Project").select_option(label=PROJECT)
    form.get_by_label("Pledging delegation 1").select_option(label="Republic of Aurelia")
    form.get_by_label("Share of pledger 1").fill("1,250,000.50")
    form.get_by_role("button", name="Add a pledger (joint commitment)").click()
    form.get_by_label("Pledging delegation 2").select_option(label="Kingdom of Borealia")
    # A share the register would refuse is told before anything is sent.
    form.get_by_label("Share of pledger 2").fill("750k")
    form.get_by_label("Currency").fill("EUR")
    form.get_by_role("button", name="Record the commitment").click()
    expect(form.get_by_test_id("form-problems")).to_contain_text("Pledger 2: write the share")
    # A period that ends before it starts: the server's refusal, in words.
    form.get_by_label("Share of pledger 2").fill("750000")
    form.get_by_label("From (year)").fill("2028")
    form.get_by_label("To (year)").fill("2026")
    form.get_by_role("button", name="Record the commitment").click()
    refusal = form.get_by_test_id("server-error")
    expect(refusal).to_have_attribute("data-code", "invalid_period")
    expect(refusal).to_contain_text("The period ends before it starts.")
    form.get_by_label("To (year)").fill("2029")
    form.get_by_label("May be published with the pledgers' names").check()
    form.get_by_role("button", name="Record the commitment").click()
    expect(form.get_by_role("status")).to_have_text("Recorded.")


def test_the_secretariat_records_joint_pledges_and_a_delegation_sees_only_its_part(
    contexts: Contexts, world: World, shoot: Shoot
) -> None:
    officer = contexts.page_as("officer")
    officer.goto("/")
    officer.get_by_role("link", name="Commitments").click()
    expect(officer.get_by_role("heading", name="Commitments register")).to_be_visible()
    _pledge_hidden_with_zahra(officer, world)
    officer.reload()

    _record_project(officer)
    _record_joint_pledge(officer)
    card = officer.locator("[data-project]").filter(has_text=PROJECT)
    row = card.locator("tr[data-commitment]")
    expect(row).to_have_attribute("data-status", "draft")
    expect(row).to_have_attribute("data-amount", "2000000.50")
    expect(row.locator('[data-pledger="AUR"]')).to_contain_text("€1,250,000.50")
    expect(row.locator('[data-pledger="BOR"]')).to_contain_text("€750,000.00")
    expect(row).to_contain_text("€2,000,000.50")
    card.get_by_role("button", name=f"Confirm: commitment to {PROJECT}").click()
    expect(row).to_have_attribute("data-status", "confirmed")

    # A dated rate; the totals convert at it and say which date they used.
    rates = officer.get_by_role("form", name="Enter the rate")
    rates.get_by_label("Currency", exact=True).fill("EUR")
    rates.get_by_label("Reporting currency").fill("USD")
    rates.get_by_label("Date").fill("2026-01-15")
    rates.get_by_label("Rate").fill("1.0825")
    rates.get_by_role("button", name="Enter the rate").click()
    expect(officer.locator('[data-rate="EUR/USD"]')).to_contain_text("1 EUR = 1.0825 USD")
    totals = officer.get_by_test_id("totals")
    expect(totals).to_have_attribute("data-scope", "all")
    # 2,000,000.50 + 5,000,000 (with Zahra) in euros; converted exactly, rounded once.
    expect(totals.get_by_test_id("totals-by-currency")).to_have_text("€7,000,000.50")
    expect(totals.get_by_test_id("totals-converted")).to_have_attribute("data-amount", "7577500.54")
    expect(totals.get_by_test_id("totals-converted")).to_contain_text("US$7,577,500.54")
    by_delegation = totals.get_by_test_id("totals-by-delegation")
    borealia = by_delegation.locator('[data-total-of="Kingdom of Borealia"]')
    expect(borealia).to_contain_text("€1,350,000.00")
    expect(by_delegation.locator(f'[data-total-of="{ZAHRA}"]')).to_contain_text("€4,400,000.00")
    check_screen(officer, shoot, "commitments-register")

    # The project's page: partners, the pledge, the project's totals.
    card.get_by_role("link", name=PROJECT).click()
    expect(officer.get_by_role("heading", name=PROJECT, level=1)).to_be_visible()
    expect(officer.get_by_test_id("project-lead")).to_have_text("Republic of Aurelia")
    expect(officer.get_by_test_id("project-totals")).to_contain_text("€2,000,000.50")
    check_screen(officer, shoot, "commitments-project")

    # --- Aurelia's head: its own pledges, totals over what it may see --------------------
    head = contexts.page_as("head_a")
    head.goto("/commitments")
    expect(head.get_by_role("heading", name="Pledges of Republic of Aurelia")).to_be_visible()
    own = head.get_by_test_id("own-commitments")
    expect(own.locator("tr[data-commitment]")).to_have_count(1)
    expect(own).to_contain_text(PROJECT)
    expect(own.locator('[data-pledger="AUR"]')).to_contain_text("€1,250,000.50")
    head_totals = head.get_by_test_id("totals")
    expect(head_totals).to_have_attribute("data-scope", "visible_to_you")
    scope = head_totals.get_by_test_id("totals-scope")
    expect(scope).to_contain_text("only the commitments you may see")
    expect(head_totals.get_by_test_id("totals-by-currency")).to_have_text("€2,000,000.50")
    page_text = head.locator("main").inner_text()
    # The project is known (Borealia is a partner); its pledge with Zahra is not, nor Zahra.
    hidden_card = head.locator("[data-project]").filter(has_text=HIDDEN_PROJECT)
    expect(hidden_card).to_contain_text("No commitments to this project that you may see.")
    for hidden in (ZAHRA, HIDDEN_AMOUNT, "4400000", "600,000", "WDZ"):
        assert hidden not in page_text, f"Aurelia's head sees {hidden!r}"
    check_screen(head, shoot, "commitments-delegation")
    head.set_viewport_size(PHONE)
    check_screen(head, shoot, "commitments-delegation-phone")

    officer.goto("/commitments")
    expect(officer.get_by_test_id("totals-converted")).to_be_visible()
    officer.set_viewport_size(PHONE)
    check_screen(officer, shoot, "commitments-register-phone")


STATEMENT = "Leaders' statement on the water corridor"
QAMAR = "Sultanate of Qamar"
QAMAR_HEAD = ("envoy@qamar.test", "Yusuf Qamari")
PARIS = ZoneInfo("Europe/Paris")


def _adopted_statement(officer: Page, heads: list[Page], world: World, parties: list[int]) -> int:
    """A one-paragraph statement to which `parties` are parties, adopted (through the API)."""
    doc = call_api(
        officer.context,
        world,
        "POST",
        "/documents",
        {"title": STATEMENT, "kind": "statement", "parties": parties},
    )
    section = call_api(
        officer.context,
        world,
        "POST",
        f"/documents/{doc['id']}/sections",
        {"text": "We welcome the joint projects of the water corridor."},
    )
    call_api(officer.context, world, "POST", f"/documents/{doc['id']}/circulate", {})
    for head in heads:
        call_api(
            head.context,
            world,
            "PUT",
            f"/sections/{section['id']}/approvals/mine",
            {"version": section["current"]["number"], "decision": "approve"},
        )
    call_api(officer.context, world, "POST", f"/documents/{doc['id']}/adopt", {})
    return int(doc["id"])


def test_the_secretariat_schedules_an_announcement_that_a_head_confirms(
    contexts: Contexts, world: World, shoot: Shoot
) -> None:
    officer = contexts.page_as("officer")
    qamar = call_api(
        officer.context,
        world,
        "POST",
        "/delegations",
        {"code": "ZHP", "name": QAMAR, "kind": "government", "announced": False},
    )
    link = _invite(officer, *QAMAR_HEAD, f"ZHP — {QAMAR}", head=True)
    envoy = _accept(contexts, "envoy", link, QAMAR_HEAD[1])
    aurelia = world.delegations["AUR"].id
    head_a = contexts.page_as("head_a")
    document_id = _adopted_statement(officer, [head_a, envoy], world, [aurelia, qamar["id"]])
    project = call_api(
        officer.context,
        world,
        "POST",
        "/projects",
        {
            "title": "Water corridor training centre",
            "partner_delegation_ids": [aurelia, qamar["id"]],
            "lead_delegation_id": aurelia,
            "document_id": document_id,
        },
    )
    pledge = call_api(
        officer.context,
        world,
        "POST",
        "/commitments",
        {
            "project_id": project["id"],
            "pledgers": [
                {"delegation_id": aurelia, "amount": "500000"},
                {"delegation_id": qamar["id"], "amount": "300000"},
            ],
            "currency": "EUR",
            "kind": "grant",
            "period_start": 2027,
            "period_end": 2028,
            "publish_name": True,
        },
    )
    # Aurelia's own pledge, confirmed too: the secretariat leaves it out of this announcement.
    later = call_api(
        officer.context,
        world,
        "POST",
        "/commitments",
        {
            "project_id": project["id"],
            "pledgers": [{"delegation_id": aurelia, "amount": "125000"}],
            "currency": "EUR",
            "kind": "loan",
            "period_start": 2029,
            "period_end": 2029,
            "publish_name": True,
        },
    )
    for confirmed in (pledge, later):
        call_api(
            officer.context,
            world,
            "PATCH",
            f"/commitments/{confirmed['id']}",
            {"status": "confirmed"},
        )

    # --- the secretariat schedules the publication, in Paris time ------------------------
    officer.goto(f"/documents/{document_id}")
    officer.get_by_role("link", name="Publication").click()
    form = officer.get_by_role("form", name="Schedule the publication")
    embargo = (datetime.now(PARIS) + timedelta(seconds=45)).replace(microsecond=0)
    form.get_by_label("Embargo until").fill(embargo.strftime("%Y-%m-%dT%H:%M:%S"))
    form.get_by_label("Time zone").select_option("Europe/Paris")
    named = form.get_by_role("group", name="Delegations to name as participants")
    expect(named.get_by_label(f"{QAMAR}")).to_be_checked()
    expect(named.get_by_label("Republic of Aurelia")).to_be_checked()
    # Which confirmed commitments to announce: both ticked at first; the loan is left out.
    pledges = form.get_by_test_id("commitments-to-announce")
    expect(pledges.get_by_role("checkbox")).to_have_count(2)
    joint = pledges.get_by_role("checkbox", name=re.compile(re.escape(QAMAR)))
    loan = pledges.get_by_role("checkbox", name=re.compile("125,000"))
    expect(joint).to_be_checked()
    expect(loan).to_be_checked()
    loan.uncheck()
    form.get_by_role("button", name="Schedule the publication").click()
    publication = officer.get_by_test_id("publication")
    expect(publication).to_contain_text("1 commitment marked for announcement.")
    marked = call_api(officer.context, world, "GET", f"/documents/{document_id}/publication")
    assert marked["commitment_ids"] == [pledge["id"]]
    expect(publication.get_by_test_id("embargo")).to_have_attribute("data-status", "scheduled")
    expect(publication.get_by_test_id("embargo")).to_contain_text("Paris")
    qamar_row = publication.locator('[data-participant="ZHP"]')
    expect(qamar_row).to_have_attribute("data-confirmed", "false")
    check_screen(officer, shoot, "publication-scheduled")

    # --- Aurelia's head: the publication, but not the unannounced participant --------------
    head_a.goto(f"/documents/{document_id}/publication")
    expect(head_a.get_by_test_id("participants")).to_contain_text("Republic of Aurelia")
    assert QAMAR not in head_a.locator("main").inner_text()

    # --- Qamar's head confirms its own announcement --------------------------------------
    envoy.goto(f"/documents/{document_id}/publication")
    envoy.get_by_role("button", name="Confirm our announcement").click()
    expect(envoy.locator('[data-participant="ZHP"]')).to_have_attribute("data-confirmed", "true")
    check_screen(envoy, shoot, "publication-head-confirms")
    officer.reload()
    expect(officer.locator('[data-participant="ZHP"]')).to_have_attribute("data-confirmed", "true")
    officer.set_viewport_size(PHONE)
    check_screen(officer, shoot, "publication-scheduled-phone")

    # --- the same screen in Arabic, right to left ------------------------------------------
    arabic = contexts.page_as("officer", "officer-publication-arabic")
    try:
        arabic.goto(f"/documents/{document_id}/publication")
        arabic.get_by_test_id("language-switch").select_option("ar")
        expect(arabic.locator("html")).to_have_attribute("dir", "rtl")
        chosen = arabic.get_by_test_id("commitments-to-announce")
        expect(chosen).to_contain_text("الالتزامات المراد الإعلان عنها")
        expect(chosen.get_by_role("checkbox", name=re.compile(re.escape(QAMAR)))).to_be_checked()
        check_screen(arabic, shoot, "publication-scheduled-arabic")
    finally:
        # The choice is kept on the server: the other browser tests sign in as the officer too.
        call_api(arabic.context, world, "PATCH", "/notifications/preferences", {"language": "en"})
        arabic.close()

"""An unannounced delegation as the secretariat sets it up and as its own people see it: marked
wherever the secretariat lists parties (so that a shared screen does not reveal it unawares), a
notice to its members that they are not shown to others, its head allowing a delegate to
approve, a person added to the existing delegation; and a section made a heading after the fact.
Screenshots on a desktop and a phone; the delegation's name is Arabic (read right to left)."""

from __future__ import annotations

import re

from playwright.sync_api import Page, ViewportSize, expect

from tests.e2e.harness import Contexts, Shoot, World, call_api

ZAHRA = "إمارة الزهراء"  # "Emirate of Zahra": fictional, like the seeded states
PHONE: ViewportSize = {"width": 390, "height": 844}


# Every "+" (insert a section here) against every button of the sections: none may overlap.
INSERTER_ON_BUTTONS = """
() => {
  const boxes = (s) => Array.from(document.querySelectorAll(s))
    .map((e) => e.getBoundingClientRect());
  const buttons = boxes('.section .button');
  return boxes('.inserter-button').flatMap((p, i) => buttons
    .filter((b) => b.width > 0 && p.left < b.right && b.left < p.right
      && p.top < b.bottom && b.top < p.bottom)
    .map(() => i));
}
"""


def _invite(page: Page, email: str, name: str, delegation: str | None, *, head: bool) -> str:
    page.goto("/secretariat/people")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Name", exact=True).fill(name)
    if delegation:
        page.get_by_label("Delegation", exact=True).select_option(label=delegation)
    if head:
        page.get_by_label("Head of delegation").check()
    page.get_by_role("button", name="Invite person").click()
    link = page.get_by_test_id("invitation-link").first.locator("input")
    expect(link).to_have_value(re.compile("/invitations/"))
    return link.input_value()


def _accept(contexts: Contexts, label: str, link: str, name: str) -> Page:
    page = contexts.new(label).new_page()
    page.goto(link)
    page.get_by_label("New password").fill("a long enough passphrase")
    page.get_by_label("Repeat the password").fill("a long enough passphrase")
    page.get_by_role("button", name="Set password and sign in").click()
    expect(page.get_by_test_id("signed-in-person")).to_contain_text(name)
    return page


def test_an_unannounced_delegation_is_marked_and_its_head_lets_a_delegate_approve(
    contexts: Contexts, world: World, shoot: Shoot
) -> None:
    officer = contexts.page_as("officer")

    # --- the secretariat creates the delegation, unannounced, and its head -----------------
    officer.goto("/secretariat/delegations")
    officer.get_by_label("Code").fill("ZHR")
    officer.get_by_label("Name").fill(ZAHRA)
    officer.get_by_label("Unannounced").check()
    officer.get_by_role("button", name="Create delegation", exact=True).click()
    row = officer.locator('tr[data-delegation="ZHR"]')
    expect(row).to_have_attribute("data-announced", "false")
    expect(row).to_contain_text("Unannounced")
    envoy_link = _invite(officer, "envoy@zahra.test", "Yusuf Zahrani", f"ZHR — {ZAHRA}", head=True)
    # Someone invited first with no delegation, then added to the existing one.
    delegate_link = _invite(officer, "delegate@zahra.test", "Huda Zahrani", None, head=False)

    # Who has not yet signed in: both of them, and none who has.
    officer.get_by_label("Only people who have not yet signed in").check()
    people = officer.get_by_test_id("people").locator("tbody tr[data-user-id]")
    expect(people.filter(has_text="Huda Zahrani")).to_have_count(1)
    expect(people.filter(has_text="Samira Haddad")).to_have_count(0)
    signed = set(people.evaluate_all("rows => rows.map(r => r.dataset.signedIn)"))
    assert signed == {"no"}, signed

    officer.goto("/secretariat/delegations")
    officer.get_by_role("button", name=f"Members of {ZAHRA}").click()
    add = officer.get_by_role("form", name=f"Add a person to {ZAHRA}")
    add.get_by_label("Add a person").select_option(label="Huda Zahrani (delegate@zahra.test)")
    add.get_by_role("button", name="Add", exact=True).click()
    members = officer.get_by_role("list", name=f"Members of {ZAHRA}")
    expect(members).to_contain_text("Huda Zahrani")
    expect(members).to_contain_text("Yusuf Zahrani")
    approvers = officer.get_by_test_id("approvers")
    expect(approvers.get_by_label("Huda Zahrani may approve")).not_to_be_checked()
    shoot(officer, "delegations-unannounced")

    # --- a statement to which Aurelia and the unannounced delegation are parties -----------
    delegations = {
        d["code"]: d["id"] for d in call_api(officer.context, world, "GET", "/delegations")
    }
    document = call_api(
        officer.context,
        world,
        "POST",
        "/documents",
        {
            "title": "Statement on the water corridor",
            "kind": "statement",
            "parties": [delegations["AUR"], delegations["ZHR"]],
        },
    )
    path = f"/documents/{document['id']}/sections"
    first = call_api(officer.context, world, "POST", path, {"text": "We welcome the corridor."})
    second = call_api(officer.context, world, "POST", path, {"text": "نرحب بالممر المائي."})
    # A heading between them: its row of buttons sits right above the "+" that inserts after it.
    call_api(
        officer.context,
        world,
        "POST",
        path,
        {"text": "Next steps", "kind": "heading", "level": 1, "after": first["id"]},
    )

    # --- its head: a notice that others do not see it; allows the delegate to approve -------
    envoy = _accept(contexts, "envoy", envoy_link, "Yusuf Zahrani")
    notice = envoy.get_by_test_id("unannounced-notice")
    expect(notice).to_contain_text(f"{ZAHRA} is unannounced")
    box = envoy.get_by_test_id("approvers").get_by_label("Huda Zahrani may approve")
    box.check()
    expect(envoy.locator('[data-approver][data-allowed="true"]')).to_have_count(1)
    shoot(envoy, "unannounced-head-home")
    envoy.set_viewport_size(PHONE)
    shoot(envoy, "unannounced-head-home-phone")

    # --- the delegate sets the delegation's position -------------------------------------
    delegate = _accept(contexts, "delegate", delegate_link, "Huda Zahrani")
    expect(delegate.get_by_test_id("unannounced-notice")).to_be_visible()
    delegate.goto(f"/documents/{document['id']}/sections/{second['id']}/discuss")
    panel = delegate.get_by_test_id("position-panel")
    expect(panel).to_contain_text("allows you to set its positions")
    panel.get_by_role("button", name="Approve", exact=True).click()
    expect(panel.get_by_test_id("my-position")).to_have_attribute("data-decision", "approve")
    shoot(delegate, "unannounced-delegate-approves")

    # --- the secretariat: marked in the parties, the chips and the matrix; no panel --------
    officer.goto(f"/documents/{document['id']}")
    parties = officer.get_by_test_id("parties")
    expect(parties.locator('li[data-announced="false"]')).to_contain_text(ZAHRA)
    expect(parties.locator('li[data-announced="false"]')).to_contain_text("unannounced")
    expect(parties.locator('li[data-announced="true"]')).not_to_contain_text("unannounced")
    chip = officer.locator(f"#section-{second['id']} li.chip[data-party='ZHR']")
    expect(chip).to_have_attribute("data-announced", "false")
    expect(chip).to_have_attribute("data-decision", "approve")
    expect(chip).to_contain_text("unannounced")
    shoot(officer, "unannounced-document-secretariat")
    # The layout the screenshots once showed wrong: no "+" on a heading's or paragraph's buttons,
    # the side cards level with the text's card, no Word copy to return for the secretariat.
    expect(officer.locator(".inserter-button").first).to_be_visible()
    assert officer.evaluate(INSERTER_ON_BUTTONS) == [], "a + lies on a section's buttons"
    tops = officer.evaluate(
        "() => ['.document-text', '.document-side > .card']"
        ".map((s) => Math.round(document.querySelector(s).getBoundingClientRect().top))"
    )
    assert tops[0] == tops[1], f"side cards start at {tops[1]}px, the text's card at {tops[0]}px"
    expect(officer.get_by_test_id("downloads")).to_be_visible()
    expect(officer.get_by_test_id("return-copy")).to_have_count(0)
    officer.goto(f"/documents/{document['id']}/sections/{first['id']}/discuss")
    expect(officer.get_by_test_id("approval-chips")).to_be_visible()
    expect(officer.get_by_test_id("position-panel")).to_have_count(0)
    officer.goto(f"/documents/{document['id']}/approvals")
    header = officer.get_by_test_id("approval-matrix").locator('th[data-announced="false"]')
    expect(header).to_contain_text("ZHR")
    expect(header.get_by_test_id("unannounced-tag")).to_be_visible()
    shoot(officer, "unannounced-matrix")
    officer.set_viewport_size(PHONE)
    # The matrix scrolls sideways in its own box; the page itself never does.
    expect(header).to_be_visible()
    wide = officer.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert wide[0] <= wide[1], f"the matrix page scrolls sideways on a phone: {wide}"
    shoot(officer, "unannounced-matrix-phone")

    # --- Aurelia's head, a party not entitled: no trace of it, no marking ------------------
    head_a = contexts.page_as("head_a")
    head_a.goto(f"/documents/{document['id']}")
    expect(head_a.get_by_test_id("parties")).to_contain_text("Republic of Aurelia")
    expect(head_a.locator(f"#section-{second['id']}")).to_be_visible()
    shown = head_a.locator("body").inner_text()
    assert ZAHRA not in shown and "ZHR" not in shown and "unannounced" not in shown.lower()
    expect(head_a.get_by_test_id("unannounced-notice")).to_have_count(0)


def test_a_section_becomes_a_heading_after_it_was_made(
    contexts: Contexts, world: World, shoot: Shoot
) -> None:
    officer = contexts.page_as("officer")
    document = call_api(officer.context, world, "POST", "/documents", {"title": "Shapes"})
    path = f"/documents/{document['id']}/sections"
    made = call_api(officer.context, world, "POST", path, {"text": "Principles of the corridor"})
    call_api(officer.context, world, "POST", path, {"text": "The parties share the water."})
    assert made["kind"] == "paragraph"

    officer.goto(f"/documents/{document['id']}/sections/{made['id']}/edit")
    shape = officer.get_by_test_id("section-shape")
    shape.get_by_label("This section is a").select_option("heading")
    shape.get_by_label("Heading level").select_option("2")
    shape.get_by_role("button", name="Change").click()
    expect(shape.get_by_role("status")).to_have_text("Changed.")
    shoot(officer, "section-shape")
    section = call_api(officer.context, world, "GET", f"/sections/{made['id']}")
    assert (section["kind"], section["level"]) == ("heading", 2)
    # The text and its versions stay: still version 1.
    assert section["current"]["number"] == 1

    officer.goto(f"/documents/{document['id']}")
    heading = officer.locator(f"#section-{made['id']}")
    expect(heading).to_have_class(re.compile(r"\bsection-heading\b"))
    expect(heading.locator("h3")).to_have_text("Principles of the corridor")

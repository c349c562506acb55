"""The annex of commitments in every export: generated from the register, per variant (the
clean communiqué lists announced commitments, the negotiating copy confirmed ones too), per
reader (nothing of a pledge the reader may not see), in the export's language; the Word file
read by python-docx, pandoc and LibreOffice, and checked against the OOXML schema."""

from __future__ import annotations

import io
import subprocess
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from fastapi import FastAPI
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import Session

from concord.commitments import service
from concord.commitments.models import CommitmentStatus
from concord.commitments.money import text
from concord.commitments.schemas import CommitmentUpdate
from concord.export.annex import grouped
from concord.identity.access import viewer_for
from concord.translation import service as translation
from tests.access_world import MARKER, NOT_ENTITLED, World, build
from tests.commitments.world import HIDDEN_DIGITS, register_of
from tests.export.docx_helpers import ooxml_errors, pandoc_text, require

API = "/api/v1"


@pytest.fixture
def world(session: Session) -> World:
    found = build(session)
    # A's confirmed pledge is announced: the clean communiqué lists it.
    pledge = service.commitment_by_public_id(session, register_of(found).confirmed_a, lock=False)
    assert pledge is not None
    service.update_commitment(session, pledge, CommitmentUpdate(status=CommitmentStatus.announced))
    return found


def _export(app: FastAPI, world: World, role: str, extension: str, **params: str) -> bytes:
    response = world.client(app, role).get(
        f"{API}/documents/{world.document.id}/export.{extension}", params=params
    )
    assert response.status_code == 200, response.text
    return response.content


def _tables(data: bytes) -> list[list[str]]:
    """Each table of the Word file as python-docx reads it: its rows' cell texts, joined."""
    document = docx.Document(io.BytesIO(data))
    return [[" | ".join(c.text for c in row.cells) for row in t.rows] for t in document.tables]


def _annex_rows(data: bytes) -> list[str]:
    found = [t for t in _tables(data) if t and t[0].startswith("Pledged by")]
    assert len(found) == 1, _tables(data)
    return found[0]


def test_the_clean_communique_lists_only_announced_commitments(
    app: FastAPI, world: World, tmp_path: Path
) -> None:
    data = _export(app, world, "secretariat", "docx", variant="clean")
    rows = _annex_rows(data)
    text = "\n".join(rows)
    assert "Water for Peace" in text
    assert "EUR 500,000.00" in text
    assert "Delegation A | EUR 500,000.00 | Grant | 2027–2029" in text
    assert "1,000,000.00" not in text  # the joint pledge is confirmed, not announced
    assert "250,000.50" not in text  # a draft
    assert any(r.startswith("Total |") and "EUR 500,000.00" in r for r in rows)
    lines = pandoc_text(data, tmp_path)
    assert "Annex: commitments" in lines
    assert ooxml_errors(data, tmp_path) == []


def test_the_negotiating_copy_lists_confirmed_commitments_as_the_reader_may_see_them(
    app: FastAPI, world: World
) -> None:
    whole = "\n".join(_annex_rows(_export(app, world, "secretariat", "docx", variant="bracketed")))
    assert f"{int(HIDDEN_DIGITS) + 1_000_000:,}.00" in whole
    # A joint pledge names each pledger with its share.
    assert f"Delegation A (1,000,000.00); Kingdom of {MARKER} ({int(HIDDEN_DIGITS):,}.00)" in whole
    assert MARKER in whole
    assert "250,000.50" not in whole  # still a draft
    partner = "\n".join(_annex_rows(_export(app, world, "head_a", "docx", variant="bracketed")))
    # A's people see their own share of the joint pledge, never U's.
    assert "EUR 1,000,000.00" in partner
    assert HIDDEN_DIGITS not in partner.replace(",", "")
    assert MARKER not in partner
    other = "\n".join(_annex_rows(_export(app, world, "chair", "docx", variant="bracketed")))
    assert "1,000,000.00" not in other  # hidden whole: it would tell that someone else pays
    assert "EUR 500,000.00" in other
    assert any(line.startswith("Total") and "EUR 500,000.00" in line for line in other.split("\n"))


@pytest.mark.parametrize("role", NOT_ENTITLED)
def test_no_annex_in_any_format_tells_of_the_unannounced_pledger(
    role: str, app: FastAPI, world: World
) -> None:
    client = world.client(app, role)
    for extension in ("docx", "md", "html"):
        for variant in ("clean", "bracketed"):
            response = client.get(
                f"{API}/documents/{world.document.id}/export.{extension}",
                params={"variant": variant},
            )
            if response.status_code != 200:
                continue
            body = response.content
            if extension == "docx":
                body = b"\n".join(r.encode() for t in _tables(body) for r in t)
            flat = body.decode("utf-8").replace(",", "")
            assert MARKER not in flat, (extension, variant)
            assert HIDDEN_DIGITS not in flat, (extension, variant)


def test_markdown_and_html_carry_the_annex(app: FastAPI, world: World) -> None:
    markdown = _export(app, world, "chair", "md", variant="clean").decode()
    assert "## Annex: commitments" in markdown
    assert "| EUR 500,000.00 |" in markdown
    page = _export(app, world, "chair", "html", variant="clean").decode()
    assert '<section class="commitments" dir="ltr" lang="en">' in page
    assert "EUR 500,000.00" in page


def test_the_annex_speaks_the_exports_language(
    app: FastAPI, session: Session, world: World, tmp_path: Path
) -> None:
    secretariat = viewer_for(session, world.people["secretariat"])
    translation.set_language(
        session, secretariat, world.document, "ar", authentic=True, required_for_adoption=False
    )
    data = _export(app, world, "chair", "docx", variant="clean", language="ar")
    document = docx.Document(io.BytesIO(data))
    headings = [
        p.text
        for p in document.paragraphs
        if p.style is not None and "Heading" in (p.style.name or "")
    ]
    assert "مرفق: الالتزامات" in headings
    table = document.tables[-1]
    assert table.rows[0].cells[0].text == "الجهة المتعهدة"
    assert (
        table._tbl.tblPr.find(  # the table reads right to left
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidiVisual"
        )
        is not None
    )
    assert "EUR 500,000.00" in "\n".join(c.text for r in table.rows for c in r.cells)
    assert ooxml_errors(data, tmp_path) == []
    page = _export(app, world, "chair", "html", variant="clean", language="ar").decode()
    assert '<section class="commitments" dir="rtl" lang="ar">' in page


def test_libreoffice_prints_the_annex(app: FastAPI, world: World, tmp_path: Path) -> None:
    source = tmp_path / "annex.docx"
    source.write_bytes(_export(app, world, "chair", "docx", variant="clean"))
    subprocess.run(
        [
            require("soffice"),
            "--headless",
            "--convert-to",
            "txt:Text",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    printed = (tmp_path / "annex.txt").read_text(encoding="utf-8-sig")
    assert "Annex: commitments" in printed
    assert "EUR 500,000.00" in printed


@given(st.decimals(min_value=0, max_value=Decimal("999999999999999.9999"), places=4))
def test_grouped_amounts_are_the_exact_amounts(amount: Decimal) -> None:
    shown = grouped(amount)
    assert Decimal(shown.replace(",", "")) == amount
    assert shown.replace(",", "") == text(amount)


@given(st.lists(st.decimals(min_value=0, max_value=Decimal("9999999999"), places=2), max_size=30))
def test_an_annex_total_is_the_sum_of_the_amounts_it_shows(parts: list[Decimal]) -> None:
    shown = [grouped(p) for p in parts]
    total = sum((Decimal(s.replace(",", "")) for s in shown), Decimal(0))
    assert grouped(total).replace(",", "") == text(sum(parts, Decimal(0)))

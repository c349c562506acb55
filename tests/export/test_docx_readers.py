"""Independent readers: LibreOffice converts every variant to PDF, and the PDF's text holds
the paragraphs in order. Slow (seconds), so all variants convert in one LibreOffice run."""

from __future__ import annotations

import re
import subprocess

import pytest

from tests.export.docx_helpers import require, sample

VARIANTS = ("clean", "bracketed", "redline")


@pytest.fixture(scope="module")
def pdf_text(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("soffice")
    files = []
    for variant in VARIANTS:
        path = folder / f"{variant}.docx"
        path.write_bytes(sample(variant))
        files.append(str(path))
    profile = (folder / "profile").as_uri()
    result = subprocess.run(
        [
            require("soffice"),
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *files,
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    texts = {}
    for variant in VARIANTS:
        pdf = folder / f"{variant}.pdf"
        assert pdf.exists(), (
            f"LibreOffice did not convert {variant}: {result.stdout}{result.stderr}"
        )
        # -raw: the content stream's order, not a guess from the layout (which reads the
        # hanging paragraph numbers as a column of their own).
        out = subprocess.run(
            [require("pdftotext"), "-raw", str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        texts[variant] = " ".join(out.stdout.split())
    return texts


def _in_order(text: str, pieces: list[str]) -> bool:
    position = 0
    for piece in pieces:
        found = text.find(piece, position)
        if found < 0:
            return False
        position = found + len(piece)
    return True


@pytest.mark.parametrize("variant", VARIANTS)
def test_libreoffice_converts_each_variant_with_paragraphs_in_order(
    pdf_text: dict[str, str], variant: str
) -> None:
    text = pdf_text[variant]
    if variant == "redline":
        # Each number stands before its paragraph: the newer number, the older one of the
        # removed paragraph (struck through), "3." struck and "2." inserted where a removal
        # renumbered; never LibreOffice's "[2.]" of a Word-numbered tracked paragraph.
        pieces = [
            "1. We firmly reaffirm our commitment to the Charter",
            "2. Trade shall be free.",
            "3.2. Humanitarian access",
        ]
        assert re.search(r"\[\s*\.?\d+\.?\s*\]", text) is None, text[:3000]
    else:
        pieces = ["1.", "We reaffirm our commitment to the Charter", "2.", "Humanitarian access"]
    last = "5. The G7 welcomes"
    assert _in_order(
        text,
        [
            "Leaders' Communiqué",
            "Peace and Security",
            *pieces,
            "without delay",
            "التزامنا",
            "מחויבותנו",
            last,
            "Reservation by Ruritania: We read this narrowly.",
        ],
    ), text[:3000]
    assert "Rev.2 — circulated 17 May 2024" in text and "not for circulation" not in text
    assert "Reservation by Ruritania: We read this narrowly." in text


def test_bracketed_pdf_shows_statuses_and_the_matrix(pdf_text: dict[str, str]) -> None:
    text = pdf_text["bracketed"].lower()
    assert _in_order(
        text,
        [
            "pending",
            "we reaffirm",
            "agreed",
            "humanitarian",
            "annex: approval matrix",
            "ruritania",
            "freedonia",
            "para. 1",
            "approve",
            "object (stale)",
        ],
    )

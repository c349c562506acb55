"""Word export timings: `uv run python -m tests.bench.bench_export`.

Concord's clean export of the generated communiqué (150 paragraphs, ~20,000 words) against
pandoc converting the same Markdown to .docx, measured in the same run; and the redline of
Rev.1 → Rev.2 with 10 % of the paragraphs edited, which should cost at most twice the clean
export. Figures only: a missed goal does not fail.
The writer is timed on an ExportDocument built directly from the corpus (no database), and the
whole export through the API (`GET /documents/{id}/export.docx`: access check, gathering from the
database, writing) on the same communiqué loaded into a fresh database with Rev.1 and Rev.2.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from fastapi.testclient import TestClient

from concord.core.db import make_engine, transaction
from concord.drafting.models import SectionKind
from concord.export.content import ExportDocument, ExportSection, Step, Variant
from concord.export.docx import build_docx
from concord.main import create_app
from tests.bench.bench_text import median_ms
from tests.bench.corpus import Part, bench_database, communique, load, next_revision, word_count
from tests.live_server import seed_person

DATE = datetime(2024, 5, 17, 9, 30, tzinfo=UTC)
RUNS = 7


def _markdown(parts: list[Part]) -> str:
    return "\n\n".join(
        f"{'#' * (p.level or 2)} {p.text}" if p.kind == SectionKind.heading else p.text
        for p in parts
    )


def _document(
    parts: list[Part], variant: Variant, older: list[Part] | None = None
) -> ExportDocument:
    sections = []
    number = 0
    for index, part in enumerate(parts):
        old = older[index].text if older is not None else None
        steps = (
            (Step(part.text, "Delegation of Japan", DATE),) if old not in (None, part.text) else ()
        )
        if part.kind == SectionKind.heading:
            sections.append(
                ExportSection(index, "heading", part.level, None, part.text, 1, old_text=old)
            )
        else:
            number += 1
            sections.append(
                ExportSection(
                    index, "paragraph", None, number, part.text, 2, old_text=old, steps=steps
                )
            )
    return ExportDocument(
        document_id=1,
        title="G7 Leaders' Communiqué",
        kind="communique",
        status="circulated",
        organisation="G7 Secretariat",
        revision_label="Rev.2",
        date=DATE,
        place="Hiroshima",
        variant=variant,
        sections=tuple(sections),
        compare_label="Rev.1" if older else None,
    )


def through_the_api(parts: list[Part]) -> tuple[float, float]:
    """Median ms of the clean export of Rev.1 and the redline Rev.1 → Rev.2, over HTTP."""
    with bench_database() as url:
        engine = make_engine(url)
        try:
            with transaction(engine) as session:
                viewer, token = seed_person(session)
                loaded = load(session, viewer, parts)
            path = f"/api/v1/documents/{loaded.document_id}/export.docx"
            with TestClient(create_app(engine)) as client:
                client.headers["Authorization"] = f"Bearer {token}"

                def get(**params: str) -> None:
                    response = client.get(path, params=params)
                    assert response.status_code == 200, response.text

                clean = median_ms(lambda: get(variant="clean", revision="Rev.1"), RUNS)
                redline = median_ms(
                    lambda: get(variant="redline", revision="Rev.2", compare_to="Rev.1"), RUNS
                )
        finally:
            engine.dispose()
    return clean, redline


def main() -> None:
    rev1 = communique()
    rev2 = next_revision(rev1)
    clean = _document(rev1, "clean")
    redline = _document(rev2, "redline", older=rev1)
    edited = sum(1 for a, b in zip(rev1, rev2, strict=True) if a.text != b.text)
    pandoc = shutil.which("pandoc")
    with tempfile.TemporaryDirectory(prefix="concord-bench-export-") as folder:
        source = Path(folder) / "communique.md"
        source.write_text(_markdown(rev1), encoding="utf-8")
        target = Path(folder) / "pandoc.docx"

        def run_pandoc() -> None:
            assert pandoc is not None
            subprocess.run(
                [pandoc, "-f", "markdown", "-t", "docx", "-o", str(target), str(source)], check=True
            )

        ours = median_ms(lambda: build_docx(clean), RUNS)
        theirs = median_ms(run_pandoc, RUNS) if pandoc else float("nan")
        redline_ms = median_ms(lambda: build_docx(redline), RUNS)
        size = len(build_docx(clean))
    api_clean, api_redline = through_the_api(rev1)
    ratio = ours / theirs
    print(
        f"median of {RUNS} runs; {sum(p.kind == SectionKind.paragraph for p in rev1)} "
        f"paragraphs, {word_count(rev1):,} words; redline: {edited} paragraphs edited"
    )
    print(f"{'case':44} {'figure':>12}  {'goal':9} result")
    rows = [
        ("Concord clean export (build_docx)", f"{ours:9.1f} ms", "", None),
        ("pandoc, same Markdown -> docx", f"{theirs:9.1f} ms", "(record)", None),
        ("  ratio Concord / pandoc", f"{ratio:9.2f} x", "<= 1.0", ratio <= 1.0),
        ("Concord redline Rev.1 -> Rev.2 (10 % edited)", f"{redline_ms:9.1f} ms", "(record)", None),
        (
            "  ratio redline / clean",
            f"{redline_ms / ours:9.2f} x",
            "<= 2.0",
            redline_ms <= 2 * ours,
        ),
        ("clean .docx size", f"{size / 1024:9.1f} KB", "(record)", None),
        ("GET export.docx clean, Rev.1 (whole request)", f"{api_clean:9.1f} ms", "", None),
        (
            "  ratio whole request / pandoc",
            f"{api_clean / theirs:9.2f} x",
            "<= 1.0",
            api_clean <= theirs,
        ),
        ("GET export.docx redline Rev.1 -> Rev.2", f"{api_redline:9.1f} ms", "(record)", None),
    ]
    for name, figure, goal, ok in rows:
        verdict = "" if ok is None else ("met" if ok else "MISSED")
        print(f"{name:44} {figure:>12}  {goal:9} {verdict}")
    if pandoc is None:
        print("pandoc not found: install it to compare")


if __name__ == "__main__":
    main()

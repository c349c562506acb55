"""Import timings: `uv run python -m tests.bench.bench_import`.

The larger UNFCCC draft (tests/corpus/real, 4 Dec 2015: ~30,000 words, ~570 paragraphs,
1,685 brackets, footnotes) written to .docx by pandoc, then imported by Concord: reading the
file alone (checks, XML, sections in Markdown: what a dry run does), and the whole import through
the API (`POST /documents/import`: upload, checks, reading, the document and its sections
written in one transaction with their audit events) on a fresh database. Against pandoc reading
the same file (`pandoc -f docx -t markdown`) in the same run. Figures only: a missed goal does
not fail.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from fastapi.testclient import TestClient

from concord.core.db import make_engine, transaction
from concord.main import create_app
from concord.wordin import service
from tests.bench.bench_text import median_ms
from tests.bench.corpus import bench_backend, bench_database
from tests.live_server import seed_person
from tests.wordin.support import pandoc_docx

NAME = "unfccc-adp-2015-12-04-draft-agreement-and-decision"
RUNS = 7


def through_the_api(data: bytes) -> tuple[float, int]:
    """Median ms of the whole import over HTTP, and the sections it made."""
    with bench_database() as url:
        engine = make_engine(url)
        try:
            with transaction(engine) as session:
                _viewer, token = seed_person(session)
            sections = 0
            with TestClient(create_app(engine)) as client:
                client.headers["Authorization"] = f"Bearer {token}"

                def post() -> None:
                    nonlocal sections
                    response = client.post(
                        "/api/v1/documents/import",
                        files={"file": ("draft.docx", data, "application/octet-stream")},
                    )
                    assert response.status_code == 201, response.text
                    sections = len(response.json()["section_ids"])

                ms = median_ms(post, RUNS)
        finally:
            engine.dispose()
    return ms, sections


def main() -> None:
    pandoc = shutil.which("pandoc")
    assert pandoc is not None, "pandoc is not installed (./dev installs it)"
    with tempfile.TemporaryDirectory(prefix="concord-bench-import-") as folder:
        data = pandoc_docx(NAME, Path(folder))
        source = Path(folder) / f"{NAME}.docx"

        def run_pandoc() -> None:
            subprocess.run(
                [
                    pandoc,
                    "-f",
                    "docx",
                    "-t",
                    "markdown",
                    "-o",
                    str(Path(folder) / "out.md"),
                    str(source),
                ],
                check=True,
            )

        plan = service.plan("draft.docx", data, service.Options())
        reading = median_ms(lambda: service.plan("draft.docx", data, service.Options()), RUNS)
        theirs = median_ms(run_pandoc, RUNS)
    api, sections = through_the_api(data)
    words = sum(len(s.text.split()) for s in plan.sections)
    print(
        f"median of {RUNS} runs; {NAME}.docx ({len(data):,} bytes, written by pandoc): "
        f"{sections} sections, {words:,} words, {plan.footnotes} footnotes; "
        f"database {bench_backend()}"
    )
    print(f"{'case':48} {'figure':>12}  {'goal':9} result")
    rows = [
        ("Concord reads the file (dry run, no database)", f"{reading:9.1f} ms", "", None),
        ("Concord imports it (POST /documents/import)", f"{api:9.1f} ms", "< 1000", api < 1000),
        ("pandoc -f docx -t markdown, same file", f"{theirs:9.1f} ms", "(record)", None),
        ("  ratio Concord import / pandoc", f"{api / theirs:9.2f} x", "< 1.0", api < theirs),
    ]
    for case, figure, goal, met in rows:
        result = "" if met is None else ("met" if met else "MISSED")
        print(f"{case:48} {figure:>12}  {goal:9} {result}")


if __name__ == "__main__":
    main()

"""PDF export timings: `uv run python -m tests.bench.bench_pdf`.

The clean PDF export of the generated communiqué (150 paragraphs, ~20,000 words): Concord's
Word writer and its LibreOffice conversion (export/pdf.py: tagged PDF, its own profile per slot),
against LibreOffice's own conversion of the same clean .docx with its default PDF options (`soffice
--convert-to pdf`, a warmed profile of its own), measured in the same run. The ratio says what
Concord adds to the printing itself (the writer, tagging). Figures only: nothing fails.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from concord.export import pdf
from concord.export.docx import build_docx
from tests.bench.bench_export import _document
from tests.bench.bench_text import median_ms
from tests.bench.corpus import communique, word_count

RUNS = 3


def main() -> None:
    parts = communique()
    doc = _document(parts, "clean")
    soffice = shutil.which("soffice")
    if soffice is None:
        print("bench_pdf: LibreOffice (soffice) is not installed; nothing measured")
        return
    paragraphs = sum(1 for s in doc.sections if s.kind == "paragraph")
    with tempfile.TemporaryDirectory(prefix="concord-bench-pdf-") as folder:
        source = Path(folder) / "communique.docx"
        source.write_bytes(build_docx(doc))
        profile = (Path(folder) / "profile").as_uri()
        made: dict[str, bytes] = {}

        def concord() -> None:
            with pdf.slot() as index:
                made["concord"] = pdf.docx_to_pdf(build_docx(doc), index)

        def libreoffice() -> None:
            subprocess.run(
                [
                    soffice,
                    f"-env:UserInstallation={profile}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    folder,
                    str(source),
                ],
                check=True,
                capture_output=True,
            )

        concord()  # warm both profiles: a first run creates one (seconds), later runs reuse it
        libreoffice()
        ours = median_ms(concord, RUNS)
        theirs = median_ms(libreoffice, RUNS)
        pages = subprocess.run(
            ["pdfinfo", "-"], input=made["concord"], capture_output=True, check=False
        ).stdout.decode()
    count = next((line.split()[-1] for line in pages.splitlines() if line.startswith("Pages")), "?")
    print(
        f"PDF export, communiqué of {paragraphs} paragraphs ({word_count(parts):,} words), "
        f"median of {RUNS}"
    )
    print(f"  Concord export.pdf (writer + LibreOffice, tagged): {ours:8.0f} ms  ({count} pages)")
    print(f"  LibreOffice converting the clean .docx itself:     {theirs:8.0f} ms")
    print(f"  ratio Concord / LibreOffice alone:                 {ours / theirs:8.2f}")


if __name__ == "__main__":
    main()

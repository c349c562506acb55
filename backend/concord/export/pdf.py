"""PDF: the Word export, printed by LibreOffice headless.

Why LibreOffice from the .docx, not WeasyPrint from the HTML export (measured on the test
communiqué, docs in tests/export/test_pdf.py): both shape Arabic and Hebrew right to left, but
printed from the Word file the PDF is the Word file — Word's paragraph numbering (its number on
the right of a right-to-left paragraph), footnotes at the foot of their page, the header and the
footer with "Page N of M", the annex table — with no second layout to keep in step; the HTML
page has none of the page furniture and puts notes under each paragraph. WeasyPrint is faster
(0.37 s against 2-3 s, most of it LibreOffice starting), which the bounded concurrency below
makes safe: PDF is an occasional export, not an interactive view.

Each conversion runs in its own process with its own LibreOffice profile (one profile per slot,
kept between runs, so only the first run of a slot pays for creating it: two processes on one
profile block each other). At most `pdf_concurrency` conversions run at once per app process;
one more is refused at once with 503 and Retry-After rather than queued, so a burst of PDF
requests never holds worker threads and database connections for minutes.

Tagged PDF (the structure screen readers and reflow use), the document's title as the window
title, the language of the document and of each Arabic or Hebrew span: LibreOffice takes them
from the .docx (core properties' title, `w:lang`).
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from concord.core.config import get_settings
from concord.core.errors import ConcordError

RETRY_AFTER_S = 5
_FILTER = "pdf:writer_pdf_Export:" + json.dumps(
    {
        "UseTaggedPDF": {"type": "boolean", "value": "true"},
        "ExportBookmarks": {"type": "boolean", "value": "true"},
        "ExportNotes": {"type": "boolean", "value": "false"},
    },
    separators=(",", ":"),
)


class PdfBusy(ConcordError):
    """Every PDF slot of this process is converting: try again shortly."""

    status = 503
    code = "pdf_busy"


class PdfUnavailable(ConcordError):
    """LibreOffice is not installed, or it failed on this file."""

    status = 503
    code = "pdf_unavailable"


class _Slots:
    """A fixed set of numbered slots, each with its own LibreOffice profile."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.free: queue.SimpleQueue[int] = queue.SimpleQueue()
        for index in range(count):
            self.free.put(index)

    @contextmanager
    def take(self) -> Iterator[int]:
        try:
            index = self.free.get_nowait()
        except queue.Empty:
            raise PdfBusy(
                "Too many PDF exports are being made; try again in a few seconds.",
                details={"retry_after": RETRY_AFTER_S},
            ) from None
        try:
            yield index
        finally:
            self.free.put(index)


_slots: _Slots | None = None


def _the_slots() -> _Slots:
    global _slots  # one set of slots per process, sized by the settings
    count = get_settings().pdf_concurrency
    if _slots is None or _slots.count != count:
        _slots = _Slots(count)
    return _slots


@contextmanager
def slot() -> Iterator[int]:
    """Hold a conversion slot (PdfBusy, 503, when none is free): taken before the export is
    built, so a refused request does no work."""
    with _the_slots().take() as index:
        yield index


def soffice() -> str:
    found = shutil.which("soffice")
    if found is None:
        raise PdfUnavailable("PDF export needs LibreOffice Writer on the server (soffice).")
    return found


def _profile(index: int) -> Path:
    base = Path(tempfile.gettempdir()) / f"concord-soffice-{os.getuid()}-{os.getpid()}"
    return base / f"slot-{index}"


def docx_to_pdf(data: bytes, index: int) -> bytes:
    """`data` (a .docx) printed to PDF in slot `index` (from `slot()`)."""
    program = soffice()
    timeout = get_settings().pdf_timeout_seconds
    with tempfile.TemporaryDirectory(prefix="concord-pdf-") as folder:
        source = Path(folder) / "export.docx"
        source.write_bytes(data)
        command = [
            program,
            f"-env:UserInstallation={_profile(index).as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            _FILTER,
            "--outdir",
            folder,
            str(source),
        ]
        # A session of its own: on a timeout the whole group goes (the `soffice` script starts
        # `soffice.bin`, which would outlive its parent).
        process = subprocess.Popen(  # noqa: S603 - fixed program and arguments, no shell
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        try:
            process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise PdfUnavailable(
                f"The PDF was not made within {timeout:g} s; try again later.",
                details={"retry_after": RETRY_AFTER_S},
            ) from None
        target = Path(folder) / "export.pdf"
        if process.returncode != 0 or not target.exists():
            raise PdfUnavailable(
                "LibreOffice could not print this export to PDF.",
                details={"retry_after": RETRY_AFTER_S},
            )
        return target.read_bytes()

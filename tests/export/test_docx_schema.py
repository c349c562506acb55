"""Every Word variant passes the Open XML SDK's schema and semantic rules with zero errors.

openxml-audit ports those rules to Python (Word repairs or refuses a file that breaks them);
pandoc's own .docx files get 24-71 errors from it, so zero is a real bar.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from concord.export.docx import default_template
from tests.export.docx_helpers import build, communique, ooxml_errors, parts, sample


@pytest.mark.parametrize("variant", ["clean", "bracketed", "redline"])
def test_each_variant_has_no_schema_errors(variant: str, tmp_path: Path) -> None:
    assert ooxml_errors(sample(variant), tmp_path) == []


def test_the_validator_finds_errors(tmp_path: Path) -> None:
    """The judge can fail: a paragraph property out of schema order is reported."""
    source = parts(build(communique()))
    broken = source["word/document.xml"].replace(
        b'<w:pPr><w:pStyle w:val="Title"/>', b'<w:pPr><w:jc w:val="left"/><w:pStyle w:val="Title"/>'
    )
    assert broken != source["word/document.xml"]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in source.items():
            archive.writestr(name, broken if name == "word/document.xml" else content)
    assert ooxml_errors(buffer.getvalue(), tmp_path)


def test_the_default_template_has_no_schema_errors(tmp_path: Path) -> None:
    data = build(communique("bracketed"), default_template())
    assert ooxml_errors(data, tmp_path) == []

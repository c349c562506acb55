"""One settings object, documented in one table: the README's Configuration section."""

from __future__ import annotations

import re
from pathlib import Path

from concord.core.config import Settings

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_table_lists_every_setting_and_only_those() -> None:
    section = README.read_text().split("## Configuration", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"^\| `CONCORD_([A-Z0-9_]+)` \|", section, re.MULTILINE))
    fields = {name.upper() for name in Settings.model_fields}
    assert fields - documented == set(), "settings missing from the README's table"
    assert documented - fields == set(), "the README documents settings that do not exist"

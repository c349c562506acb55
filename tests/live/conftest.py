"""A real Concord server on a committed access world (tests/access_world.py), shared by the
tests of a module: live events are published after commit, which a test transaction that is
rolled back never does, so these tests need real commits and real HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.live.support import LiveWorld, live_world_in


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveWorld]:
    yield from live_world_in(tmp_path_factory.mktemp("live"))

"""The serving process's garbage collector: the heap frozen, young collections rarer."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from todochat.core import collector


@pytest.fixture
def restored_collector() -> Iterator[None]:
    """The test process's collector as it was, whatever `settle()` did to it."""
    threshold = gc.get_threshold()
    frozen = gc.get_freeze_count()
    try:
        yield
    finally:
        if not frozen:
            gc.unfreeze()
        gc.set_threshold(*threshold)


@pytest.mark.usefixtures("restored_collector")
def test_settle_freezes_what_is_alive_and_raises_only_the_young_threshold() -> None:
    _, middle, old = gc.get_threshold()
    alive = [[number] for number in range(1000)]  # containers a collection would walk
    collector.settle()
    assert gc.get_freeze_count() >= len(alive)
    assert gc.get_threshold() == (collector.YOUNG_THRESHOLD, middle, old)
    assert collector.YOUNG_THRESHOLD > 700  # CPython's default, what it replaces
    assert all(gc.is_tracked(item) for item in alive)  # frozen, not untracked

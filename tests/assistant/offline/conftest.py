"""Fixtures for the offline model's tests: a task store, sessions and a fixed clock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.assistant.offline.harness import FIXED_TODAY, ChatSession, TaskStore
from todochat.assistant.offline import OfflineModel

_HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark this folder's tests `no_database`: they play the model over an in-memory store,
    so CI runs them once, in the SQLite pass, not again on PostgreSQL (`.ci/run`)."""
    for item in items:
        if item.path.is_relative_to(_HERE):
            item.add_marker(pytest.mark.no_database)


@pytest.fixture
def store() -> TaskStore:
    """An empty in-memory task store answering like the MCP tools."""
    return TaskStore()


@pytest.fixture
def model() -> OfflineModel:
    """The offline model with a fixed date, so due dates are reproducible."""
    return OfflineModel(today=lambda: FIXED_TODAY)


@pytest.fixture
def session_for() -> Callable[..., ChatSession]:
    """Build a chat session over a store (``streamed=True`` for Runner.run_streamed)."""

    def make(store: TaskStore, *, streamed: bool = False) -> ChatSession:
        return ChatSession(store, streamed=streamed)

    return make

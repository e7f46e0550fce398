"""Fixtures for the offline model's tests: a task store, sessions and a fixed clock."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import FIXED_TODAY, ChatSession, TaskStore
from todochat.assistant.offline import OfflineModel


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

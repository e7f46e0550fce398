"""The offline model's benchmark (`python -m bench.offline_model`) still records what it times:
it must not rot (a change to the model's `plan` once stopped it with a TypeError). The timings
themselves are not checked here."""

from __future__ import annotations

import asyncio

from bench.offline_model import record


def test_the_offline_model_benchmark_records_every_message() -> None:
    messages = asyncio.run(record(long=False))
    assert len(messages) > 1000
    assert all(messages)  # every message gave the model at least one input

"""The time budget of one chat turn, known to everything that runs inside it.

`AGENT_TIMEOUT_SECONDS` bounds a turn, all model calls and retries included. The turn
opens its budget with `turn_budget`; the retry policy asks `remaining()` before it waits
for a provider's delay, so a delay that cannot fit is answered at once instead of being
waited out until the turn times out.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from contextvars import ContextVar

_deadline: ContextVar[float | None] = ContextVar("todochat_turn_deadline", default=None)


@asynccontextmanager
async def turn_budget(seconds: float) -> AsyncIterator[None]:
    """Run the block within `seconds` (TimeoutError after that), with the deadline known."""
    deadline = asyncio.get_running_loop().time() + seconds
    token = _deadline.set(deadline)
    try:
        async with asyncio.timeout_at(deadline):
            yield
    finally:
        _deadline.reset(token)


def remaining() -> float | None:
    """Seconds left in the current turn's budget, or None outside a turn."""
    deadline = _deadline.get()
    if deadline is None:
        return None
    return max(deadline - asyncio.get_running_loop().time(), 0.0)

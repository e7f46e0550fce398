"""Argon2 password hashing, run off the event loop because it is deliberately slow.

Each hash takes 64 MiB and most of a core for a few tenths of a second, so hashes run at
most PASSWORD_HASH_CONCURRENCY at a time (not on every worker thread at once): a flood of
logins queues instead of eating memory. When more than PASSWORD_HASH_QUEUE are already
waiting, the next one answers 503 with `Retry-After` rather than joining the queue.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

import anyio.to_thread
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from todochat.core.errors import ServiceUnavailable

T = TypeVar("T")


@lru_cache(maxsize=1)
def _hasher() -> PasswordHasher:
    return PasswordHasher()


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    """A hash to verify against when the e-mail is unknown, so timing does not reveal it."""
    return _hasher().hash("not-a-real-password")


class PasswordHashing:
    """The process's Argon2 work: `concurrency` hashes at once, `queue` more may wait."""

    def __init__(self, *, concurrency: int = 1, queue: int = 32) -> None:
        self._slots = asyncio.Semaphore(concurrency)
        self._capacity = concurrency + queue
        self._admitted = 0

    async def _run(self, work: Callable[[], T]) -> T:
        if self._admitted >= self._capacity:
            raise ServiceUnavailable(
                "Too many sign-ins at once; try again in a moment.", retry_after=2
            )
        self._admitted += 1
        try:
            async with self._slots:
                return await anyio.to_thread.run_sync(work)
        finally:
            self._admitted -= 1

    async def hash(self, password: str) -> str:
        return await self._run(lambda: _hasher().hash(password))

    async def verify(self, password_hash: str | None, password: str) -> bool:
        """True when `password` matches; an absent hash still costs one verification."""

        def check() -> bool:
            try:
                return _hasher().verify(password_hash or _dummy_hash(), password) and bool(
                    password_hash
                )
            except (VerificationError, InvalidHashError):
                return False

        return await self._run(check)

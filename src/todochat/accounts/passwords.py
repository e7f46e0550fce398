"""Argon2 password hashing, run off the event loop because it is deliberately slow."""

from __future__ import annotations

from functools import lru_cache

import anyio.to_thread
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError


@lru_cache(maxsize=1)
def _hasher() -> PasswordHasher:
    return PasswordHasher()


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    """A hash to verify against when the e-mail is unknown, so timing does not reveal it."""
    return _hasher().hash("not-a-real-password")


async def hash_password(password: str) -> str:
    return await anyio.to_thread.run_sync(_hasher().hash, password)


async def verify_password(password_hash: str | None, password: str) -> bool:
    """True when `password` matches; an absent hash still costs one verification."""

    def check() -> bool:
        try:
            return _hasher().verify(password_hash or _dummy_hash(), password) and bool(
                password_hash
            )
        except (VerificationError, InvalidHashError):
            return False

    return await anyio.to_thread.run_sync(check)

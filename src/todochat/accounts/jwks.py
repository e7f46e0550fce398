"""Better Auth's public keys (`{origin}/api/auth/jwks`), fetched on demand and shared.

What the key cache promises:

- **Rotation is seen at once.** A token naming a key id the cache does not hold triggers a
  fetch, no sooner than `refetch_seconds` after the previous one (the floor against
  tokens with made-up key ids); a request that arrives inside the floor waits for the
  next fetch rather than being refused.
- **One fetch at a time, shared.** Every request that needs the key set awaits the same
  fetch (single-flight), so a slow Better Auth costs each of them one timeout, not one
  timeout per request ahead of it in a queue.
- **An unreachable Better Auth is "try again", not "sign out".** A fetch that fails or
  takes longer than `timeout` raises `KeysUnavailable` (503 with `Retry-After`); for
  `retry_after` seconds after a failure, requests that need a fetch fail at once instead of
  waiting again. Keys already held keep verifying their tokens meanwhile.
- **Keys age out.** After `max_age` seconds the set is fetched again in the background
  while the held keys keep serving, so a key Better Auth withdrew stops being accepted.

The fetch is an async HTTP request (httpx2), so the event loop never blocks on it.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import jwt
from jwt import PyJWK, PyJWKSet

from todochat.core.errors import ServiceUnavailable

logger = logging.getLogger("todochat.auth")

JWKS_PATH = "/api/auth/jwks"  # Better Auth's base path and the JWT plugin's key set


class KeysUnavailable(ServiceUnavailable):
    """Better Auth's key set could not be fetched: the token can be neither accepted nor
    refused, so the caller should retry (503)."""


class UnknownKey(jwt.InvalidTokenError):
    """The token names a key Better Auth does not list (after a fresh look)."""


class JwksCache:
    """The key set of one Better Auth origin, by key id."""

    def __init__(
        self,
        origin: str,
        *,
        timeout: float,
        refetch_seconds: float,
        retry_after: int = 5,
        max_age: float = 300,
    ) -> None:
        self.url = f"{origin}{JWKS_PATH}"
        self._timeout = timeout
        self._refetch_seconds = refetch_seconds
        self._retry_after = retry_after
        self._max_age = max_age
        self._keys: dict[str, PyJWK] = {}
        self._fetched_at: float | None = None  # monotonic time of the last successful fetch
        self._attempted_at = float("-inf")  # monotonic time the last fetch started
        self._failed_until = float("-inf")
        self._inflight: asyncio.Task[None] | None = None

    async def key(self, kid: str) -> PyJWK:
        """The key `kid` names; `UnknownKey` when Better Auth does not list it."""
        held = self._keys.get(kid)
        if held is not None:
            if self._stale():
                self._refresh_in_background()
            return held
        await self._refresh()
        held = self._keys.get(kid)
        if held is None:
            raise UnknownKey("The token's key is not among Better Auth's keys")
        return held

    def _stale(self) -> bool:
        return self._fetched_at is None or time.monotonic() - self._fetched_at > self._max_age

    def _refresh_in_background(self) -> None:
        if self._inflight is None and time.monotonic() >= self._failed_until:
            self._inflight = asyncio.create_task(self._fetch())
            self._inflight.add_done_callback(self._settled)

    async def _refresh(self) -> None:
        """Join the fetch in flight, or start one (no sooner than the floor allows)."""
        if self._inflight is None:
            if time.monotonic() < self._failed_until:
                raise self._unavailable()
            self._inflight = asyncio.create_task(self._fetch())
            self._inflight.add_done_callback(self._settled)
        # Shielded: one caller giving up (a client hanging up) must not cancel the fetch
        # the others wait for.
        await asyncio.shield(self._inflight)

    def _settled(self, task: asyncio.Task[None]) -> None:
        if self._inflight is task:
            self._inflight = None
        if not task.cancelled():
            task.exception()  # retrieved here; the waiters re-raise it

    async def _fetch(self) -> None:
        wait = self._attempted_at + self._refetch_seconds - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)
        self._attempted_at = time.monotonic()
        try:
            keys = await self._download()
        except KeysUnavailable:
            self._failed_until = time.monotonic() + self._retry_after
            raise
        self._keys = keys
        self._fetched_at = time.monotonic()
        self._failed_until = float("-inf")

    async def _download(self) -> dict[str, PyJWK]:
        import httpx2  # only with BETTER_AUTH_URL: not on every server's start

        try:
            async with asyncio.timeout(self._timeout), httpx2.AsyncClient() as client:
                response = await client.get(self.url, headers={"Accept": "application/json"})
            response.raise_for_status()
            document: Any = response.json()
            key_set = PyJWKSet.from_dict(document)
        except (httpx2.HTTPError, TimeoutError) as exc:
            logger.warning("Better Auth keys unavailable: %s", type(exc).__name__)
            raise self._unavailable() from exc
        except (ValueError, TypeError, AttributeError, jwt.PyJWTError) as exc:
            logger.warning("Better Auth keys unusable: %s", type(exc).__name__)
            raise self._unavailable() from exc
        keys = {key.key_id: key for key in key_set.keys if key.key_id}
        logger.info("Better Auth keys fetched: %d", len(keys))
        return keys

    def _unavailable(self) -> KeysUnavailable:
        return KeysUnavailable(
            "Sign-in keys are unavailable (Better Auth did not answer); try again shortly.",
            retry_after=self._retry_after,
        )

"""Rate limits: one `RateLimiter` per process, counting in memory or, with REDIS_URL, in Redis.

Built on the `limits` library. Request budgets (logins per client address, failed logins
per account, registrations per address, chat messages and MCP requests per user) use its
moving window, so `Retry-After` says exactly when the oldest counted request leaves the
window. Model tokens are counted per user and per UTC day with a fixed window keyed by
the date.

With REDIS_URL every process of a deployment counts in the same keys (under
REDIS_KEY_PREFIX), so N processes share one budget instead of multiplying it. When Redis
cannot be reached the limits are not enforced (a warning is logged): an outage of the
counter store should not take sign-in and chat down with it.
"""

from __future__ import annotations

import hashlib
import logging
import math
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from limits import RateLimitItem, RateLimitItemPerDay, parse_many
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from limits.aio.strategies import FixedWindowRateLimiter, MovingWindowRateLimiter
from limits.errors import StorageError

from todochat.core.config import Settings
from todochat.core.errors import RateLimited

logger = logging.getLogger("todochat.ratelimit")


@dataclass(frozen=True)
class Rule:
    """A named budget: one or more `limits` items, all of which must have room."""

    name: str
    items: tuple[RateLimitItem, ...]

    @classmethod
    def parse(cls, name: str, text: str) -> Rule:
        return cls(name, tuple(parse_many(text)) if text.strip() else ())


@dataclass(frozen=True)
class TokenUsage:
    """A user's model tokens today (UTC) against DAILY_TOKEN_LIMIT (None: no cap)."""

    used: int
    limit: int | None
    resets_at: datetime


def account_key(email: str) -> str:
    """The identifier of an account in the counters: a digest, so no e-mail is stored."""
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()[:32]


def _seconds_until(reset_time: float) -> int:
    return math.ceil(reset_time - time.time())


class RateLimiter:
    """The process's budgets and their counters."""

    def __init__(self, settings: Settings) -> None:
        self._pool: Any = None
        storage: Storage
        if settings.redis_url:
            from redis.asyncio import ConnectionPool

            self._pool = ConnectionPool.from_url(settings.redis_url, socket_timeout=2)
            storage = RedisStorage(
                "async+" + settings.redis_url,
                implementation="redispy",
                key_prefix=settings.redis_key_prefix + "limits",
                wrap_exceptions=True,
                connection_pool=self._pool,
            )
        else:
            storage = MemoryStorage()
        self.shared = settings.redis_url is not None
        self._window = MovingWindowRateLimiter(storage)
        self._counter = FixedWindowRateLimiter(storage)
        self.login = Rule.parse("login", settings.login_rate_limit)
        self.login_failures = Rule.parse("login-failures", settings.login_failure_limit)
        self.register = Rule.parse("register", settings.register_rate_limit)
        self.chat = Rule.parse("chat", settings.chat_rate_limit)
        self.mcp = Rule.parse("mcp", settings.mcp_rate_limit)
        self.daily_tokens = settings.daily_token_limit or None

    async def close(self) -> None:
        if self._pool is not None:
            await self._pool.aclose()

    async def _retry_after(self, rule: Rule, identifier: str) -> int:
        """Seconds until every exhausted item of `rule` has room again."""
        wait = 1
        for item in rule.items:
            stats = await self._window.get_window_stats(item, rule.name, identifier)
            if stats.remaining <= 0:
                wait = max(wait, _seconds_until(stats.reset_time))
        return wait

    async def hit(self, rule: Rule, identifier: str, detail: str) -> None:
        """Count one request; `RateLimited` (not counted) when the budget is spent."""
        try:
            for item in rule.items:
                if not await self._window.hit(item, rule.name, identifier):
                    raise RateLimited(detail, retry_after=await self._retry_after(rule, identifier))
        except StorageError as exc:
            self._unavailable(exc)

    async def check(self, rule: Rule, identifier: str, detail: str) -> None:
        """`RateLimited` when the budget is spent, without counting anything."""
        try:
            for item in rule.items:
                if not await self._window.test(item, rule.name, identifier):
                    raise RateLimited(detail, retry_after=await self._retry_after(rule, identifier))
        except StorageError as exc:
            self._unavailable(exc)

    async def record(self, rule: Rule, identifier: str) -> None:
        """Count one event (a failed login) against every item that still has room."""
        try:
            for item in rule.items:
                await self._window.hit(item, rule.name, identifier)
        except StorageError as exc:
            self._unavailable(exc)

    async def clear(self, rule: Rule, identifier: str) -> None:
        try:
            for item in rule.items:
                await self._window.clear(item, rule.name, identifier)
        except StorageError as exc:
            self._unavailable(exc)

    # ------------------------------------------------------------ model tokens per day

    @staticmethod
    def _today() -> tuple[str, datetime]:
        now = datetime.now(UTC)
        midnight = datetime(now.year, now.month, now.day, tzinfo=UTC) + timedelta(days=1)
        return now.date().isoformat(), midnight

    def _day_item(self) -> RateLimitItem:
        # The key holds the date; its expiry (a day from first use) only cleans it up.
        return RateLimitItemPerDay(self.daily_tokens or 1)

    async def token_usage(self, user_id: str) -> TokenUsage:
        """Tokens the user's chat turns used today (UTC)."""
        day, resets_at = self._today()
        used = 0
        try:
            key = self._day_item().key_for("tokens", user_id, day)
            used = int(await self._counter.storage.get(key))
        except StorageError as exc:
            self._unavailable(exc)
        return TokenUsage(used=used, limit=self.daily_tokens, resets_at=resets_at)

    async def check_tokens(self, user_id: str) -> None:
        """`RateLimited` once the user's tokens today reach DAILY_TOKEN_LIMIT."""
        if self.daily_tokens is None:
            return
        usage = await self.token_usage(user_id)
        if usage.used >= self.daily_tokens:
            raise RateLimited(
                f"You have used today's {self.daily_tokens} model tokens; "
                "the assistant answers again after midnight UTC.",
                retry_after=_seconds_until(usage.resets_at.timestamp()),
            )

    async def add_tokens(self, user_id: str, tokens: int) -> None:
        """Count a turn's tokens (as the provider reported them) for today."""
        if tokens <= 0:
            return
        day, _ = self._today()
        try:
            await self._counter.hit(self._day_item(), "tokens", user_id, day, cost=tokens)
        except StorageError as exc:
            self._unavailable(exc)

    @staticmethod
    def _unavailable(exc: StorageError) -> None:
        logger.warning(
            "rate limits not enforced: the counter store failed (%s)",
            type(exc.storage_error).__name__,
        )

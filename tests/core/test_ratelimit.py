"""The rate limiter on both counter stores: memory (default) and the machine's Redis."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from tests.conftest import REDIS_URL, make_settings
from tests.support.apps import app_client
from tests.support.servers import free_port
from todochat.core.errors import RateLimited
from todochat.core.ratelimit import RateLimiter, Rule, account_key


@pytest.fixture(params=["memory", "redis"])
async def limiter(request: pytest.FixtureRequest, redis_prefix: str) -> AsyncIterator[RateLimiter]:
    redis_url = REDIS_URL if request.param == "redis" else None
    settings = make_settings(
        "sqlite://", redis_url=redis_url, redis_key_prefix=redis_prefix, daily_token_limit=100
    )
    rate_limiter = RateLimiter(settings)
    try:
        yield rate_limiter
    finally:
        await rate_limiter.close()


async def test_a_spent_budget_answers_429_with_the_seconds_until_it_frees(
    limiter: RateLimiter,
) -> None:
    rule = Rule.parse("t", "2/minute;5/hour")
    await limiter.hit(rule, "a", "busy")
    await limiter.hit(rule, "a", "busy")
    with pytest.raises(RateLimited) as refused:
        await limiter.hit(rule, "a", "busy")
    assert refused.value.status_code == 429
    assert refused.value.detail == "busy"
    assert 55 <= refused.value.retry_after <= 60
    await limiter.hit(rule, "b", "busy")  # another identifier has its own budget


async def test_a_moving_window_frees_when_its_oldest_request_leaves(limiter: RateLimiter) -> None:
    rule = Rule.parse("t", "1/2 seconds")
    await limiter.hit(rule, "a", "busy")
    with pytest.raises(RateLimited):
        await limiter.hit(rule, "a", "busy")
    await asyncio.sleep(2.2)
    await limiter.hit(rule, "a", "busy")


async def test_check_counts_nothing_and_clear_empties_the_budget(limiter: RateLimiter) -> None:
    rule = Rule.parse("t", "2/minute")
    for _ in range(5):
        await limiter.check(rule, "a", "busy")
    await limiter.record(rule, "a")
    await limiter.record(rule, "a")
    await limiter.record(rule, "a")  # past the limit: still no error
    with pytest.raises(RateLimited):
        await limiter.check(rule, "a", "busy")
    await limiter.clear(rule, "a")
    await limiter.check(rule, "a", "busy")


async def test_an_empty_rule_never_limits(limiter: RateLimiter) -> None:
    rule = Rule.parse("t", "")
    assert rule.items == ()
    for _ in range(50):
        await limiter.hit(rule, "a", "busy")


async def test_tokens_add_up_per_user_until_the_daily_cap(limiter: RateLimiter) -> None:
    usage = await limiter.token_usage("u1")
    assert (usage.used, usage.limit) == (0, 100)
    now = datetime.now(UTC)
    assert 0 < (usage.resets_at - now).total_seconds() <= 86400
    assert usage.resets_at.time().isoformat() == "00:00:00"
    await limiter.add_tokens("u1", 60)
    await limiter.check_tokens("u1")
    await limiter.add_tokens("u1", 70)  # a turn may overshoot: all of it is counted
    assert (await limiter.token_usage("u1")).used == 130
    with pytest.raises(RateLimited) as refused:
        await limiter.check_tokens("u1")
    assert "100 model tokens" in refused.value.detail
    assert refused.value.retry_after <= 86400
    await limiter.check_tokens("u2")
    assert (await limiter.token_usage("u2")).used == 0


async def test_no_daily_cap_when_the_limit_is_zero() -> None:
    limiter = RateLimiter(make_settings("sqlite://", daily_token_limit=0))
    await limiter.add_tokens("u1", 10**9)
    await limiter.check_tokens("u1")
    usage = await limiter.token_usage("u1")
    assert (usage.used, usage.limit) == (10**9, None)


async def test_two_limiters_on_one_redis_share_one_budget(redis_prefix: str) -> None:
    settings = make_settings("sqlite://", redis_url=REDIS_URL, redis_key_prefix=redis_prefix)
    first, second = RateLimiter(settings), RateLimiter(settings)
    rule = Rule.parse("t", "3/minute")
    try:
        await first.hit(rule, "a", "busy")
        await second.hit(rule, "a", "busy")
        await first.hit(rule, "a", "busy")
        with pytest.raises(RateLimited):
            await second.hit(rule, "a", "busy")
        await first.add_tokens("u", 5)
        await second.add_tokens("u", 7)
        assert (await first.token_usage("u")).used == 12
    finally:
        await first.close()
        await second.close()


async def test_an_unreachable_redis_lets_requests_through_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = make_settings("sqlite://", redis_url=f"redis://127.0.0.1:{free_port()}/0")
    limiter = RateLimiter(settings)
    rule = Rule.parse("t", "1/minute")
    started = time.monotonic()
    try:
        for _ in range(3):
            await limiter.hit(rule, "a", "busy")
        await limiter.add_tokens("u", 5)
        assert (await limiter.token_usage("u")).used == 0
    finally:
        await limiter.close()
    assert time.monotonic() - started < 10
    assert "rate limits not enforced" in caplog.text


def test_account_keys_hide_the_email_and_ignore_case() -> None:
    key = account_key(" Me@Example.com ")
    assert key == account_key("me@example.com")
    assert "example" not in key
    assert len(key) == 32


def test_a_limit_that_cannot_be_read_is_refused_at_start() -> None:
    with pytest.raises(ValueError, match="LOGIN_RATE_LIMIT must read like"):
        make_settings("sqlite://", login_rate_limit="lots")


async def test_refusals_are_counted_in_the_metrics_by_route(database_url: str) -> None:
    settings = make_settings(database_url, login_rate_limit="1/minute", mcp_rate_limit="1/minute")
    async with app_client(settings) as client:
        registered = await client.post(
            "/api/auth/register", json={"email": "m@example.com", "password": "password123"}
        )
        headers = {
            "Authorization": f"Bearer {registered.json()['token']}",
            "Accept": "application/json, text/event-stream",
        }
        for _ in range(3):
            await client.post("/api/auth/login", json={"email": "m@example.com", "password": "x"})
            await client.post(
                "/api/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "ping"}, headers=headers
            )
        text = (await client.get("/metrics")).text

    def refused(route: str) -> float:
        found = re.search(rf'^todochat_rate_limited_total{{route="{route}"}} (\S+)$', text, re.M)
        return float(found.group(1)) if found else 0.0

    assert refused("/api/auth/login") == 2
    assert refused("/api/mcp") == 2

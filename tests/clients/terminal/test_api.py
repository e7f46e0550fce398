"""Error answers and failed connections become one readable line."""

from __future__ import annotations

import httpx2
import pytest

from tests.support.servers import free_port
from todochat.clients.terminal.api import Api, ServerUnreachable, describe, retry_after


def test_validation_errors_read_as_field_and_problem() -> None:
    body = {
        "detail": [
            {
                "type": "string_too_short",
                "loc": ["body", "password"],
                "msg": "String should have at least 8 characters",
                "input": "short",
            },
            {"type": "value_error", "loc": ["body", "email"], "msg": "Value error, Not valid"},
        ]
    }
    response = httpx2.Response(422, json=body)
    assert describe(response) == (
        "password: string should have at least 8 characters; email: not valid"
    )


def test_a_plain_detail_is_kept_and_other_answers_are_named() -> None:
    assert describe(httpx2.Response(409, json={"detail": "Email already registered"})) == (
        "Email already registered"
    )
    assert describe(httpx2.Response(404, text="<html>nope</html>")) == (
        "not found (is this a todochat server?)"
    )
    assert describe(httpx2.Response(502, text="bad gateway")) == "the server answered HTTP 502"


def test_retry_after_is_shown_in_seconds() -> None:
    assert retry_after(httpx2.Response(429, headers={"Retry-After": "12"})) == "; try again in 12 s"
    assert retry_after(httpx2.Response(429)) == ""


def test_a_closed_port_is_unreachable_with_the_reason() -> None:
    api = Api(f"http://127.0.0.1:{free_port()}/")
    try:
        with pytest.raises(ServerUnreachable, match=r"^cannot reach http://127\.0\.0\.1:\d+ "):
            api.sign_in("me@example.com", "password123", register=False)
        with pytest.raises(ServerUnreachable, match=r"\(connection refused\)$"):
            api.sign_in("me@example.com", "password123", register=False)
    finally:
        api.close()

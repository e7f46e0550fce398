"""Provider failures read from every shape, and worded for the operator."""

from __future__ import annotations

from typing import Any

import httpx2
import openai
import pytest

from todochat.assistant.providers.errors import Kind, Problem, diagnose, explain, parse_duration


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("6.78s", 6.78),
        ("1m26.4s", 86.4),
        ("7m12s", 432.0),
        ("250ms", 0.25),
        ("2h0m0s", 7200.0),
        ("41", 41.0),
        ("41 seconds", 41.0),
        ("soon", None),
        ("", None),
    ],
)
def test_durations_in_every_form(text: str, seconds: float | None) -> None:
    assert parse_duration(text) == seconds


def status_error(status: int, body: Any, headers: dict[str, str] | None = None) -> Exception:
    request = httpx2.Request("POST", "http://provider/v1/chat/completions")
    response = httpx2.Response(status, json=body, headers=headers or {}, request=request)
    client = openai.AsyncOpenAI(api_key="k", base_url="http://provider/v1")
    return client._make_status_error_from_response(response)


def test_a_google_list_body_gives_its_retry_delay() -> None:
    body = [
        {
            "error": {
                "code": 429,
                "status": "RESOURCE_EXHAUSTED",
                "message": "quota",
                "details": [{"retryDelay": "41s"}],
            }
        }
    ]
    assert diagnose(status_error(429, body)) == Problem(
        Kind.rate_limited, retry_after=41.0, status=429, detail="RESOURCE_EXHAUSTED"
    )


def test_a_retry_after_header_wins_over_the_text() -> None:
    body = {"error": {"message": "Please try again in 6.78s.", "code": "rate_limit_exceeded"}}
    assert diagnose(status_error(429, body, {"retry-after": "7"})).retry_after == 7.0  # type: ignore[union-attr]
    assert diagnose(status_error(429, body)).retry_after == 6.78  # type: ignore[union-attr]


def test_a_stream_error_event_without_status_is_read_from_its_code() -> None:
    request = httpx2.Request("POST", "http://provider/v1/chat/completions")
    error = openai.APIError("Failed to call a function", request, body={"code": "tool_use_failed"})
    assert diagnose(error).kind is Kind.tool_use_failed  # type: ignore[union-attr]


def test_unrelated_errors_are_not_provider_problems() -> None:
    assert diagnose(ValueError("x")) is None


def test_explanations_never_carry_provider_text() -> None:
    body = {"error": {"message": "add a task for bob: secret", "param": "messages[2] secret"}}
    problem = diagnose(status_error(400, body))
    assert problem is not None and problem.kind is Kind.rejected
    text = explain(problem, model="m", key_setting="groq_api_key", pull_hint=False).message
    assert "secret" not in text and "bob" not in text

"""What went wrong with a provider, read from any of their error shapes, in one place.

Providers answer the same failure in different shapes: OpenAI's `{"error": {...}}`,
Google's JSON list `[{"error": {..., "details": [{"retryDelay": "6s"}]}}]`, Groq's
`tool_use_failed` (a 400, or an `event: error` inside a 200 stream), Ollama's "model not
found, try pulling it first", a LiteLLM proxy's 429 rewritten as a 400 or a 500. `diagnose`
turns any of them into a `Problem`: what kind it is, whether a retry can help, and how long
the provider asked to wait. `explain` words it for the person running the server; no key
and no provider text that could echo a user's message ever goes into that wording.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from enum import StrEnum
from time import time
from typing import Any

import openai
from agents import AgentsException, ModelBehaviorError, ModelTimeoutError


class Kind(StrEnum):
    rate_limited = "model_rate_limited"
    quota_exhausted = "model_quota_exhausted"
    overloaded = "model_unavailable"
    timeout = "model_timeout"
    tool_use_failed = "model_tool_use_failed"
    too_large = "model_request_too_large"
    model_not_found = "model_not_found"
    tools_unsupported = "model_without_tools"
    auth = "model_auth_failed"
    rejected = "model_request_rejected"
    empty = "model_empty"


class EmptyReply(AgentsException):
    """The model answered nothing twice, the second time with twice the room."""

    def __init__(self) -> None:
        super().__init__("the model gave an empty answer twice")


RETRYABLE = frozenset({Kind.rate_limited, Kind.overloaded, Kind.timeout, Kind.tool_use_failed})


@dataclass(frozen=True)
class Problem:
    """A provider failure: its kind, whether to retry, the delay asked for, and a safe detail."""

    kind: Kind
    retry_after: float | None = None
    status: int | None = None
    detail: str = ""  # a provider code or parameter name, never free text

    @property
    def retryable(self) -> bool:
        return self.kind in RETRYABLE


_DURATION = re.compile(r"(\d+(?:\.\d+)?)(ms|h|m|s)")
_RETRY_IN = re.compile(
    r"(?:try again|retry) in\s+((?:\d+(?:\.\d+)?(?:ms|h|m|s))+|\d+(?:\.\d+)?\s*seconds?)",
    re.IGNORECASE,
)
_IDENTIFIER = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")


def parse_duration(text: str) -> float | None:
    """Seconds in a provider's duration: "6.78s", "1m26.4s", "7m12s", "250ms", "41 seconds"."""
    text = text.strip().lower().replace("seconds", "s").replace("second", "s").replace(" ", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    parts = _DURATION.findall(text)
    if not parts or "".join(number + unit for number, unit in parts) != text:
        return None
    scale = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}
    return sum(float(number) * scale[unit] for number, unit in parts)


def _error_object(body: object) -> Mapping[str, Any]:
    """The `{"message", "code", ...}` object of any error body shape (else empty)."""
    if isinstance(body, list) and body:
        body = body[0]
    if isinstance(body, Mapping):
        inner = body.get("error")
        if isinstance(inner, Mapping):
            return inner
        return body
    return {}


def _header_delay(exc: openai.APIStatusError) -> float | None:
    headers = exc.response.headers
    milliseconds = headers.get("retry-after-ms")
    if milliseconds:
        try:
            return max(float(milliseconds) / 1000, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    seconds = parse_duration(value)
    if seconds is not None:
        return seconds
    try:
        return max(parsedate_to_datetime(value).timestamp() - time(), 0.0)
    except (TypeError, ValueError):
        return None


def _body_delay(error: Mapping[str, Any], message: str) -> float | None:
    for detail in error.get("details") or []:
        if isinstance(detail, Mapping) and isinstance(detail.get("retryDelay"), str):
            seconds = parse_duration(detail["retryDelay"])
            if seconds is not None:
                return seconds
    match = _RETRY_IN.search(message)
    return parse_duration(match.group(1)) if match else None


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def diagnose(exc: BaseException) -> Problem | None:
    """The provider problem behind `exc`, or None when it is not a provider failure."""
    if isinstance(exc, openai.APITimeoutError | ModelTimeoutError | TimeoutError):
        return Problem(Kind.timeout)
    if isinstance(exc, openai.APIConnectionError):
        return Problem(Kind.overloaded)
    if isinstance(exc, EmptyReply) or (
        isinstance(exc, ModelBehaviorError) and "finish_reason='length'" in str(exc)
    ):
        return Problem(Kind.empty)
    if not isinstance(exc, openai.APIError):
        return None
    status = exc.status_code if isinstance(exc, openai.APIStatusError) else None
    error = _error_object(exc.body)
    code = next(
        (value for key in ("code", "status", "type") if isinstance(value := error.get(key), str)),
        "",
    )
    message = _text(error.get("message")) or _text(exc.message)
    lowered = message.lower()
    delay = _body_delay(error, message)
    if isinstance(exc, openai.APIStatusError):
        header = _header_delay(exc)
        delay = header if header is not None else delay

    def problem(kind: Kind, detail: str = code) -> Problem:
        safe = detail if _IDENTIFIER.match(detail) else ""
        return Problem(kind, retry_after=delay, status=status, detail=safe)

    if status == 413 or "request too large" in lowered or "context_length_exceeded" in code:
        return problem(Kind.too_large)
    if "tool_use_failed" in code:
        return problem(Kind.tool_use_failed)
    if "insufficient_quota" in code or "insufficient_quota" in str(error.get("type")):
        return problem(Kind.quota_exhausted)
    if "does not support tools" in lowered:
        return problem(Kind.tools_unsupported)
    if status == 404 or "model_not_found" in code or "try pulling it first" in lowered:
        return problem(Kind.model_not_found)
    if status in (401, 403) or "api key not valid" in lowered or "invalid_api_key" in code:
        return problem(Kind.auth)
    # A 429 itself, or one a proxy (LiteLLM) passed on as a 400 or a 500.
    if status == 429 or any(
        mark in message for mark in ("RateLimitError", "RESOURCE_EXHAUSTED", "rate limit")
    ):
        return problem(Kind.rate_limited)
    if status is None or status in (408, 409) or status >= 500:
        return problem(Kind.overloaded)
    return problem(Kind.rejected, _text(error.get("param")) or code)


@dataclass(frozen=True)
class Explanation:
    """What the chat answers: a code, a plain message, and the wait to suggest (if any)."""

    code: str
    message: str
    retry_after: float | None = None


def _wait(seconds: float) -> str:
    if seconds < 90:
        return f"{max(math.ceil(seconds), 1)} s"
    if seconds < 5400:
        return f"{math.ceil(seconds / 60)} min"
    return f"{math.ceil(seconds / 3600)} h"


def explain(
    problem: Problem, *, model: str, key_setting: str | None, pull_hint: bool
) -> Explanation:
    """The answer for a failure no retry fixed; it tells the operator what to do."""
    key = key_setting.upper() if key_setting else "the provider's key"
    kind = problem.kind
    if kind is Kind.rate_limited:
        if problem.retry_after is not None:
            text = (
                f"The model provider is rate limiting; try again in {_wait(problem.retry_after)}."
            )
        else:
            text = "The model provider is rate limiting; try again shortly."
        return Explanation(kind.value, text, problem.retry_after)
    messages = {
        Kind.quota_exhausted: (
            f"The model provider says the quota of the key in {key} is used up; "
            "check its plan and billing, or choose another AGENT_MODEL."
        ),
        Kind.overloaded: "The model provider is unavailable right now.",
        Kind.timeout: "The model provider did not answer in time.",
        Kind.tool_use_failed: (
            "The model could not turn that into an action; try saying it another way."
        ),
        Kind.too_large: (
            "The conversation is too large for this model's limits; start a new conversation, "
            "or lower MAX_CONVERSATION_HISTORY."
        ),
        Kind.model_not_found: (
            f"The provider does not serve the model '{model}'; "
            + (f"run `ollama pull {model}` on its server, " if pull_hint else "")
            + "or check AGENT_MODEL."
        ),
        Kind.tools_unsupported: (
            f"The model '{model}' cannot call tools, which the assistant needs; "
            "choose a model with tool calling in AGENT_MODEL."
        ),
        Kind.auth: f"The model provider refused the key; check {key}.",
        Kind.rejected: (
            "The model provider rejected the request"
            + (f" (about '{problem.detail}')" if problem.detail else "")
            + "; run `todochat doctor` to check the provider settings."
        ),
        Kind.empty: (
            "The model used all its room thinking and gave no answer; try again, "
            "or raise AGENT_MAX_TOKENS."
        ),
    }
    return Explanation(
        kind.value, messages[kind], problem.retry_after if problem.retryable else None
    )

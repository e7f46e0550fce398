"""Each provider's failure shapes, and what a chat turn does with them.

Transient failures are retried after the provider's own delay (Retry-After, Google's
`retryDelay`, "try again in 6.78s") when it fits in the turn's budget; `tool_use_failed`
once; an empty answer after thinking once with twice the room. Quota, 413, unknown models,
models without tools, refused keys and rejected requests are answered at once with a 503
that tells the operator what to do. Delays are kept under a second so the suite stays fast.
"""

from __future__ import annotations

import itertools
from typing import Any

import httpx2
import pytest

from tests.assistant.providers.conftest import chat
from tests.support.accounts import Account
from tests.support.provider_profiles import (
    GEMINI,
    GROQ,
    LITELLM,
    OLLAMA,
    OPENAI_REASONING,
    ProviderProfile,
)
from tests.support.scripted_provider import ScriptedProvider, Step, Thinking, delay, text

OK = text("All good.")


def gaps(provider: ScriptedProvider) -> list[float]:
    """Seconds between consecutive requests the provider received."""
    times = [request.received_at for request in provider.requests]
    return [later - earlier for earlier, later in itertools.pairwise(times)]


async def turn(
    client: httpx2.AsyncClient, alice: Account, *, stream: bool = True
) -> dict[str, Any]:
    return await chat(client, alice, "hello", stream=stream)


# The model each provider is asked for in the failure cases.
MODELS = {
    GEMINI.name: "gemini-3-flash-preview",
    GROQ.name: "llama-3.3-70b-versatile",
    OPENAI_REASONING.name: "gpt-5-mini",
    OLLAMA.name: "llama3.2",
    LITELLM.name: "smart",
}


def failing(
    profile: ProviderProfile, kind: str, expected: object, *, id: str, **values: Any
) -> Any:
    """A case: `profile`'s `kind` of failure (from its model in `MODELS`) and what follows.

    The profile, its model and its error always go together; one line a case keeps the
    tables about what differs: the failure and what the turn must show.
    """
    failure = profile.error(kind, **values)
    return pytest.param(profile, MODELS[profile.name], failure, expected, id=id)


RETRIED = [
    failing(GEMINI, "rate_limited", 0.4, delay=0.4, id="gemini-429-retryDelay"),
    failing(GEMINI, "unavailable", 0.3, id="gemini-503-overloaded"),
    failing(GROQ, "rate_limited", 1.0, delay=0.3, id="groq-429-retry-after-header"),
    failing(GROQ, "unavailable", 0.3, id="groq-503"),
    failing(OPENAI_REASONING, "rate_limited", 0.4, delay=0.4, id="openai-429-try-again-in"),
    failing(OLLAMA, "unavailable", 0.3, id="ollama-503-busy"),
    failing(LITELLM, "rate_limited_as_400", 0.3, id="litellm-429-as-400"),
    failing(LITELLM, "rate_limited_as_500", 0.3, id="litellm-429-as-500"),
]


@pytest.mark.parametrize(("profile", "model_name", "failure", "least_wait"), RETRIED)
async def test_transient_failures_are_retried_after_the_providers_delay(
    client: httpx2.AsyncClient,
    alice: Account,
    provider: ScriptedProvider,
    failure: Step,
    least_wait: float,
) -> None:
    provider.script(failure, OK)
    answer = await turn(client, alice)
    assert answer["status"] == 200, answer
    assert answer["response"] == "All good."
    assert len(provider.requests) == 2
    assert gaps(provider)[0] >= least_wait * 0.9


REFUSED = [
    failing(GEMINI, "quota_exhausted", "try again in 60 min", delay=3600, id="gemini-daily-quota"),
    failing(GEMINI, "unknown_field", "todochat doctor", field="store", id="gemini-400-list-body"),
    failing(GROQ, "daily_limit", "try again in 8 min", delay=432, id="groq-daily-limit"),
    failing(GROQ, "too_large", "MAX_CONVERSATION_HISTORY", id="groq-413"),
    failing(OPENAI_REASONING, "quota_exhausted", "AGENT_API_KEY", id="openai-insufficient-quota"),
    failing(OPENAI_REASONING, "max_tokens", "'max_tokens'", id="openai-rejected-parameter"),
]


@pytest.mark.parametrize("stream", [True, False], ids=["sse", "json"])
@pytest.mark.parametrize(("profile", "model_name", "failure", "advice"), REFUSED)
async def test_failures_no_retry_fixes_answer_503_at_once(
    client: httpx2.AsyncClient,
    alice: Account,
    provider: ScriptedProvider,
    failure: Step,
    advice: str,
    stream: bool,
) -> None:
    provider.script(failure, OK)
    answer = await turn(client, alice, stream=stream)
    assert answer["status"] == 503, answer
    assert advice in answer["detail"]
    assert len(provider.requests) == 1
    assert "provider-key-123" not in answer["detail"]


@pytest.mark.parametrize(
    ("profile", "model_name", "advice"),
    [
        (OLLAMA, "llama9", "run `ollama pull llama9`"),
        (OLLAMA, "gemma2", "cannot call tools"),
    ],
)
async def test_ollama_model_problems_name_the_fix(
    client: httpx2.AsyncClient, alice: Account, provider: ScriptedProvider, advice: str
) -> None:
    answer = await turn(client, alice)
    assert answer["status"] == 503
    assert advice in answer["detail"]
    assert len(provider.requests) == 1


@pytest.mark.parametrize("provider_settings", [{"agent_api_key": "wrong-key"}])
async def test_a_refused_key_names_the_setting_never_the_key(
    client: httpx2.AsyncClient, alice: Account, provider: ScriptedProvider
) -> None:
    answer = await turn(client, alice)
    assert answer["status"] == 503
    assert answer["detail"] == "The model provider refused the key; check AGENT_API_KEY."
    assert len(provider.requests) == 1


@pytest.mark.parametrize(("profile", "model_name"), [(GROQ, "llama-3.3-70b-versatile")])
@pytest.mark.parametrize("shape", ["event-in-stream", "http-400"])
async def test_tool_use_failed_is_retried_once(
    client: httpx2.AsyncClient,
    alice: Account,
    provider: ScriptedProvider,
    profile: ProviderProfile,
    shape: str,
) -> None:
    failure = (
        profile.tool_use_failed()
        if shape == "event-in-stream"
        else profile.error("tool_use_failed")
    )
    provider.script(failure, OK)
    assert (await turn(client, alice))["response"] == "All good."
    provider.reset()
    provider.script(failure, failure, OK)
    answer = await turn(client, alice)
    assert answer["status"] == 503
    assert answer["detail"] == (
        "The model could not turn that into an action; try saying it another way."
    )
    assert len(provider.requests) == 2


@pytest.mark.parametrize(
    ("profile", "model_name"),
    [
        (GEMINI, "gemini-3-pro-preview"),  # "stop" with nothing
        (GEMINI.variant(empty_finish="length"), "gemini-3-pro-preview"),
        (OPENAI_REASONING, "gpt-5-mini"),  # "length" with nothing
    ],
)
async def test_an_empty_answer_after_thinking_is_retried_with_twice_the_room(
    client: httpx2.AsyncClient, alice: Account, provider: ScriptedProvider
) -> None:
    provider.script(Thinking(1500, OK))
    answer = await turn(client, alice)
    assert answer["status"] == 200, answer
    assert answer["response"] == "All good."
    limits = [r.get("max_tokens") or r.get("max_completion_tokens") for r in provider.requests]
    assert limits == [1000, 2000]


async def test_an_answer_empty_twice_is_explained(
    client: httpx2.AsyncClient, alice: Account, provider: ScriptedProvider
) -> None:
    provider.script(Thinking(5000, OK))
    answer = await turn(client, alice)
    assert answer["status"] == 503
    assert "raise AGENT_MAX_TOKENS" in answer["detail"]
    assert len(provider.requests) == 2


@pytest.mark.parametrize(
    "provider_settings", [{"agent_attempt_timeout_seconds": 0.5, "agent_timeout_seconds": 5}]
)
async def test_a_hung_request_is_abandoned_and_retried_within_the_turn(
    client: httpx2.AsyncClient, alice: Account, provider: ScriptedProvider
) -> None:
    provider.script(delay(30), OK)
    answer = await turn(client, alice)
    assert answer["status"] == 200, answer
    assert answer["response"] == "All good."
    assert 0.4 < gaps(provider)[0] < 2.5

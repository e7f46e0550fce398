"""Which model serves, from settings: providers, keys, the generic base URL, offline."""

from __future__ import annotations

import pytest
from agents import OpenAIChatCompletionsModel

from tests.conftest import make_settings
from todochat.assistant.providers import ModelConfigurationError
from todochat.assistant.providers.choice import build_model
from todochat.assistant.providers.model import ProviderModel


def test_offline_is_the_default_without_keys() -> None:
    choice = build_model(make_settings("sqlite://", agent_model=None))
    assert choice.is_offline
    assert choice.name == "offline"


def test_google_key_selects_gemini_flash() -> None:
    settings = make_settings("sqlite://", agent_model=None, google_api_key="g-key")
    choice = build_model(settings)
    assert choice.name == "gemini/gemini-3-flash-preview"
    assert isinstance(choice.model, ProviderModel)
    assert isinstance(choice.model.inner, OpenAIChatCompletionsModel)
    assert choice.dialect is not None and choice.dialect.name == "gemini"
    assert "generativelanguage.googleapis.com" in choice.description


def test_description_never_contains_the_key() -> None:
    settings = make_settings("sqlite://", agent_model="groq/llama-3.3-70b", groq_api_key="sk-x1")
    choice = build_model(settings)
    assert "sk-x1" not in choice.description
    assert "api.groq.com" in choice.description


def test_provider_without_its_key_is_refused() -> None:
    with pytest.raises(ModelConfigurationError, match="OPENAI_API_KEY"):
        build_model(make_settings("sqlite://", agent_model="openai/gpt-4o-mini"))


def test_base_url_sends_the_model_name_verbatim() -> None:
    settings = make_settings(
        "sqlite://", agent_model="my-org/llama-70b", agent_base_url="http://127.0.0.1:9/v1"
    )
    choice = build_model(settings)
    assert isinstance(choice.model, ProviderModel)
    assert choice.model.inner.model == "my-org/llama-70b"
    assert choice.description.startswith("my-org/llama-70b at http://127.0.0.1:9/v1")


def test_a_provider_is_called_over_the_lean_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    from todochat.assistant.providers.transport import ProviderTransport

    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("all_proxy", raising=False)
    choice = build_model(make_settings("sqlite://", agent_model="ollama/llama3.2"))
    assert choice.client is not None
    http = choice.client._client
    assert isinstance(http._transport, ProviderTransport)  # type: ignore[attr-defined]
    assert http.follow_redirects  # the openai client's own defaults, kept


def test_ollama_needs_no_key() -> None:
    choice = build_model(make_settings("sqlite://", agent_model="ollama/llama3.2"))
    assert "localhost:11434" in choice.description


def test_unknown_provider_is_a_clear_error() -> None:
    with pytest.raises(ModelConfigurationError, match="unknown provider"):
        build_model(make_settings("sqlite://", agent_model="acme/model-1"))


def test_model_without_provider_is_a_clear_error() -> None:
    with pytest.raises(ModelConfigurationError, match="provider/model"):
        build_model(make_settings("sqlite://", agent_model="gpt-4o"))


async def test_provider_client_sends_the_same_request_as_the_stock_client() -> None:
    from openai import AsyncOpenAI, omit

    from tests.support.scripted_provider import ScriptedProvider, text
    from todochat.assistant.providers.client import ProviderClient

    request: dict[str, object] = {
        "model": "scripted",
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "add milk"},
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": "add_task", "arguments": '{"title": "Milk"}'},
                    }
                ],
            },
            {"role": "tool", "tool_call_id": "call_1", "content": '{"task_id": 1}'},
        ],
        "tools": [{"type": "function", "function": {"name": "add_task", "parameters": {}}}],
        "temperature": 0.7,
        "max_tokens": 100,
        "top_p": omit,
        "stream": True,
        "stream_options": {"include_usage": True},
        "extra_headers": {"X-Extra": "1"},
        "extra_body": {"seed_hint": 3},
    }
    with ScriptedProvider(text("one"), text("two")) as provider:
        for client_class in (AsyncOpenAI, ProviderClient):
            client = client_class(base_url=provider.base_url, api_key="k", max_retries=0)
            stream = await client.chat.completions.create(**request)  # type: ignore[call-overload]
            chunks = [chunk async for chunk in stream]
            assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
            await client.close()
        stock, ours = provider.requests
    assert ours.body == stock.body
    assert ours.headers.get("x-extra") == stock.headers.get("x-extra") == "1"
    assert ours.headers["content-type"] == stock.headers["content-type"] == "application/json"


@pytest.mark.parametrize(
    ("base_url", "provider", "dialect"),
    [
        ("https://generativelanguage.googleapis.com/v1beta/openai/", None, "gemini"),
        ("https://api.groq.com/openai/v1", None, "groq"),
        ("https://api.openai.com/v1", None, "openai"),
        ("http://gpu-box:11434/v1", None, "ollama"),
        ("http://litellm.internal:4000/v1", None, "generic"),
        ("http://litellm.internal:4000/v1", "litellm", "litellm"),
    ],
)
def test_the_dialect_of_a_base_url(base_url: str, provider: str | None, dialect: str) -> None:
    settings = make_settings(
        "sqlite://", agent_model="m", agent_base_url=base_url, agent_provider=provider
    )
    choice = build_model(settings)
    assert choice.dialect is not None and choice.dialect.name == dialect


def test_an_unknown_agent_provider_is_a_clear_error() -> None:
    settings = make_settings(
        "sqlite://", agent_model="m", agent_base_url="http://x/v1", agent_provider="acme"
    )
    with pytest.raises(ModelConfigurationError, match="AGENT_PROVIDER"):
        build_model(settings)


def test_litellm_models_point_to_a_litellm_proxy() -> None:
    with pytest.raises(ModelConfigurationError, match="AGENT_BASE_URL"):
        build_model(make_settings("sqlite://", agent_model="litellm/gemini/gemini-3"))

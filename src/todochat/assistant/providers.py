"""Choose the assistant's model from settings: a provider over HTTP, or the offline model.

Every provider is reached through its OpenAI-compatible Chat Completions endpoint (most do
not implement the Responses API). The openai client retries 429, 5xx and connection
errors with exponential backoff (`AGENT_MAX_RETRIES`), and the chat turn's own timeout
(`AGENT_TIMEOUT_SECONDS`) bounds the whole thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from agents import Model, OpenAIChatCompletionsModel
from openai import AsyncOpenAI, AsyncStream
from openai._base_client import make_request_options
from openai._utils import is_given
from openai.resources.chat import AsyncChat
from openai.resources.chat.completions import AsyncCompletions
from openai.types.chat import ChatCompletion, ChatCompletionChunk
from pydantic import SecretStr

from todochat.core.config import Settings

OFFLINE = "offline"


@dataclass(frozen=True)
class Provider:
    base_url: str
    key_setting: str | None  # the Settings field holding the key; None: no key needed


PROVIDERS: dict[str, Provider] = {
    "gemini": Provider(
        "https://generativelanguage.googleapis.com/v1beta/openai/", "google_api_key"
    ),
    "groq": Provider("https://api.groq.com/openai/v1", "groq_api_key"),
    "openai": Provider("https://api.openai.com/v1", "openai_api_key"),
    "ollama": Provider("", None),  # base URL from OLLAMA_BASE_URL
}


class ModelConfigurationError(ValueError):
    """AGENT_MODEL names something that cannot be served with the current settings."""


@dataclass(frozen=True)
class ModelChoice:
    """The model the assistant runs on, and a description safe to log (no secrets)."""

    model: Model
    name: str
    description: str
    is_offline: bool = False


def _secret(value: SecretStr | None) -> str | None:
    return value.get_secret_value() if value is not None else None


_REQUEST_OPTIONS = ("extra_headers", "extra_query", "extra_body", "timeout")


class _AsIsCompletions(AsyncCompletions):
    """`chat.completions.create` that sends the parameters as they are given.

    The agents SDK passes plain JSON-ready dicts and lists. The stock `create` first walks
    them against openai's TypedDicts (`async_maybe_transform`), which for these parameters
    only drops omitted values, yet was the largest single CPU cost of a chat turn and grows
    with the history replayed. The request sent is the same (tests/assistant checks it).
    """

    async def create(self, **params: Any) -> Any:
        options = {key: params.pop(key) for key in _REQUEST_OPTIONS if key in params}
        body = {key: value for key, value in params.items() if is_given(value)}
        return await self._post(
            "/chat/completions",
            body=body,
            options=make_request_options(**options, security={"bearer_auth": True}),
            cast_to=ChatCompletion,
            stream=bool(body.get("stream")),
            stream_cls=AsyncStream[ChatCompletionChunk],
        )


class _AsIsChat(AsyncChat):
    @cached_property
    def completions(self) -> AsyncCompletions:
        return _AsIsCompletions(self._client)


class ProviderClient(AsyncOpenAI):
    """The openai client, with Chat Completions requests sent without re-conversion."""

    @cached_property
    def chat(self) -> AsyncChat:
        return _AsIsChat(self)


def _chat_completions(
    settings: Settings, *, base_url: str, api_key: str, model: str
) -> OpenAIChatCompletionsModel:
    client = ProviderClient(
        base_url=base_url,
        api_key=api_key,
        max_retries=settings.agent_max_retries,
        timeout=settings.agent_timeout_seconds,
    )
    return OpenAIChatCompletionsModel(model=model, openai_client=client)


def build_model(settings: Settings) -> ModelChoice:
    """The model named by AGENT_MODEL (or implied by the keys that are set)."""
    if settings.agent_base_url:
        name = settings.agent_model or "default"
        model = _chat_completions(
            settings,
            base_url=settings.agent_base_url,
            api_key=_secret(settings.agent_api_key) or "not-needed",
            model=name,
        )
        return ModelChoice(model, name, f"{name} at {settings.agent_base_url}")

    name = settings.resolved_agent_model
    if name == OFFLINE:
        from todochat.assistant.offline import OfflineModel

        return ModelChoice(OfflineModel(), name, "offline (built in, no network)", True)

    provider_name, _, model_name = name.partition("/")
    if not model_name:
        raise ModelConfigurationError(
            f"AGENT_MODEL={name!r}: use provider/model (gemini/..., groq/..., openai/..., "
            "ollama/..., litellm/...) or 'offline'"
        )
    if provider_name == "litellm":
        return _litellm(name, model_name)
    provider = PROVIDERS.get(provider_name)
    if provider is None:
        raise ModelConfigurationError(f"AGENT_MODEL={name!r}: unknown provider {provider_name!r}")
    if provider_name == "ollama":
        base_url, api_key = settings.ollama_base_url, "ollama"
    else:
        assert provider.key_setting is not None
        key = _secret(getattr(settings, provider.key_setting))
        if not key:
            raise ModelConfigurationError(
                f"AGENT_MODEL={name!r} needs {provider.key_setting.upper()}"
            )
        base_url, api_key = provider.base_url, key
    model = _chat_completions(settings, base_url=base_url, api_key=api_key, model=model_name)
    return ModelChoice(model, name, f"{name} at {base_url}")


def _litellm(name: str, model_name: str) -> ModelChoice:
    try:
        from agents.extensions.models.litellm_model import LitellmModel
    except ImportError as exc:
        raise ModelConfigurationError(
            "litellm/... models need the optional extra: uv sync --extra litellm"
        ) from exc
    return ModelChoice(LitellmModel(model=model_name), name, f"{name} through litellm")

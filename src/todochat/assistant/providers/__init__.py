"""Choose the assistant's model from settings: a provider over HTTP, or the offline model.

Every provider is reached through its OpenAI-compatible Chat Completions endpoint (most do
not implement the Responses API), in its own dialect (`dialects`), with requests shaped and
answers repaired by `ProviderClient` (`client`, `wire`), parameters chosen per model family
and empty answers retried by `ProviderModel` (`model`), failed calls retried by the runner
under `retry_policy`, and failures explained to the operator (`errors`).

Timeouts: each attempt may stay silent for at most AGENT_ATTEMPT_TIMEOUT_SECONDS (then it
is abandoned and retried), and the whole turn, retries included, lasts at most
AGENT_TIMEOUT_SECONDS.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from agents import Model, ModelSettings, OpenAIChatCompletionsModel
from openai import AsyncOpenAI, Timeout
from pydantic import SecretStr

from todochat.assistant.providers.client import ProviderClient
from todochat.assistant.providers.dialects import (
    DIALECTS,
    Dialect,
    dialect_for_base_url,
    family_for,
)
from todochat.assistant.providers.errors import Explanation, diagnose, explain
from todochat.assistant.providers.model import ProviderModel, retry_settings
from todochat.core.config import Settings

__all__ = [
    "OFFLINE",
    "ModelChoice",
    "ModelConfigurationError",
    "build_model",
]

OFFLINE = "offline"
PROVIDER_NAMES = ("gemini", "groq", "openai", "ollama")


class ModelConfigurationError(ValueError):
    """AGENT_MODEL names something that cannot be served with the current settings."""


def _no_explanation(_exc: BaseException) -> Explanation | None:
    return None


@dataclass(frozen=True)
class ModelChoice:
    """The model the assistant runs on, and a description safe to log (no secrets).

    `settings` are merged into the agent's model settings (the provider's retry policy);
    `explain` words a provider failure for the person running the server; `client` is the
    provider's HTTP client (for `todochat doctor`).
    """

    model: Model
    name: str
    description: str
    is_offline: bool = False
    settings: ModelSettings = field(default_factory=ModelSettings)
    explain: Callable[[BaseException], Explanation | None] = _no_explanation
    dialect: Dialect | None = None
    client: AsyncOpenAI | None = None


def _secret(value: SecretStr | None) -> str | None:
    return value.get_secret_value() if value is not None else None


def _provider_choice(
    settings: Settings,
    *,
    dialect: Dialect,
    base_url: str,
    api_key: str,
    key_setting: str | None,
    model: str,
    name: str,
) -> ModelChoice:
    attempt = min(settings.agent_attempt_timeout_seconds, settings.agent_timeout_seconds)
    client = ProviderClient(
        dialect=dialect,
        base_url=base_url,
        api_key=api_key,
        max_retries=0,  # the runner retries, under todochat's policy
        timeout=Timeout(attempt, connect=min(attempt, 10.0)),
    )
    family = family_for(model)
    wrapped = ProviderModel(OpenAIChatCompletionsModel(model=model, openai_client=client), family)

    def explain_failure(exc: BaseException) -> Explanation | None:
        problem = diagnose(exc)
        if problem is None:
            return None
        return explain(problem, model=model, key_setting=key_setting, pull_hint=dialect.pull_hint)

    return ModelChoice(
        wrapped,
        name,
        f"{name} at {base_url} ({dialect.name} dialect, {family.name} parameters)",
        settings=ModelSettings(retry=retry_settings(settings.agent_max_retries)),
        explain=explain_failure,
        dialect=dialect,
        client=client,
    )


def build_model(settings: Settings) -> ModelChoice:
    """The model named by AGENT_MODEL (or implied by the keys that are set)."""
    if settings.agent_base_url:
        name = settings.agent_model or "default"
        if settings.agent_provider:
            dialect = DIALECTS.get(settings.agent_provider)
            if dialect is None:
                raise ModelConfigurationError(
                    f"AGENT_PROVIDER={settings.agent_provider!r}: use one of "
                    + ", ".join(sorted(DIALECTS))
                )
        else:
            dialect = dialect_for_base_url(settings.agent_base_url)
        return _provider_choice(
            settings,
            dialect=dialect,
            base_url=settings.agent_base_url,
            api_key=_secret(settings.agent_api_key) or "not-needed",
            key_setting="agent_api_key",
            model=name,
            name=name,
        )

    name = settings.resolved_agent_model
    if name == OFFLINE:
        from todochat.assistant.offline import OfflineModel

        return ModelChoice(OfflineModel(), name, "offline (built in, no network)", True)

    provider_name, _, model_name = name.partition("/")
    if not model_name:
        raise ModelConfigurationError(
            f"AGENT_MODEL={name!r}: use provider/model (gemini/..., groq/..., openai/..., "
            "ollama/...) or 'offline'; any other OpenAI-compatible server (a LiteLLM proxy, "
            "vLLM...) with AGENT_BASE_URL"
        )
    if provider_name == "litellm":
        raise ModelConfigurationError(
            f"AGENT_MODEL={name!r}: todochat talks to LiteLLM as a proxy: run the LiteLLM "
            "proxy, then set AGENT_BASE_URL to it, AGENT_PROVIDER=litellm and AGENT_MODEL to "
            "the proxy's model name"
        )
    if provider_name not in PROVIDER_NAMES:
        raise ModelConfigurationError(f"AGENT_MODEL={name!r}: unknown provider {provider_name!r}")
    dialect = DIALECTS[provider_name]
    if provider_name == "ollama":
        base_url, api_key = settings.ollama_base_url, "ollama"
    else:
        assert dialect.key_setting is not None
        key = _secret(getattr(settings, dialect.key_setting))
        if not key:
            raise ModelConfigurationError(
                f"AGENT_MODEL={name!r} needs {dialect.key_setting.upper()}"
            )
        base_url, api_key = dialect.base_url, key
    return _provider_choice(
        settings,
        dialect=dialect,
        base_url=base_url,
        api_key=api_key,
        key_setting=dialect.key_setting,
        model=model_name,
        name=name,
    )

"""Choose the assistant's model from settings: a provider over HTTP, or the offline model.

Every provider is reached through its OpenAI-compatible Chat Completions endpoint (most do
not implement the Responses API), in its own dialect (`dialects`), with requests shaped and
answers repaired by `ProviderClient` (`client`, `wire`), parameters chosen per model family
and empty answers retried by `ProviderModel` (`model`), failed calls retried by the runner
under `retry_policy`, and failures explained to the operator (`errors`).

Choosing is two steps: `resolve_model` (here) reads the settings and refuses a model that
cannot be served, without importing the Agents SDK or the openai client, so `todochat serve`
stops at once on a misconfigured model although the agent stack loads after the server
listens (core/deferred.py); `build_model` (`choice`) then builds the client and model.

Timeouts: each attempt may stay silent for at most AGENT_ATTEMPT_TIMEOUT_SECONDS (then it
is abandoned and retried), and the whole turn, retries included, lasts at most
AGENT_TIMEOUT_SECONDS.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import SecretStr

from todochat.assistant.providers.dialects import (
    DIALECTS,
    Dialect,
    dialect_for_base_url,
    family_for,
)
from todochat.core.config import Settings

__all__ = ["OFFLINE", "ModelConfigurationError", "ModelTarget", "resolve_model"]

OFFLINE = "offline"
PROVIDER_NAMES = ("gemini", "groq", "openai", "ollama")


class ModelConfigurationError(ValueError):
    """AGENT_MODEL names something that cannot be served with the current settings."""


@dataclass(frozen=True)
class ModelTarget:
    """The model the settings name: the offline model (`dialect` None) or a provider's."""

    name: str
    dialect: Dialect | None = None
    base_url: str = ""
    api_key: str = ""
    key_setting: str | None = None
    model: str = ""  # the provider's own name for it

    @property
    def is_offline(self) -> bool:
        return self.dialect is None

    @property
    def description(self) -> str:
        """Safe to log: no key."""
        if self.dialect is None:
            return "offline (built in, no network)"
        family = family_for(self.model)
        return (
            f"{self.name} at {self.base_url} ({self.dialect.name} dialect,"
            f" {family.name} parameters)"
        )


def _secret(value: SecretStr | None) -> str | None:
    return value.get_secret_value() if value is not None else None


def resolve_model(settings: Settings) -> ModelTarget:
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
        return ModelTarget(
            name,
            dialect,
            base_url=settings.agent_base_url,
            api_key=_secret(settings.agent_api_key) or "not-needed",
            key_setting="agent_api_key",
            model=name,
        )

    name = settings.resolved_agent_model
    if name == OFFLINE:
        return ModelTarget(name)

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
    return ModelTarget(
        name,
        dialect,
        base_url=base_url,
        api_key=api_key,
        key_setting=dialect.key_setting,
        model=model_name,
    )

"""The assistant's model built from its `ModelTarget`: the provider's client and model, or
the offline model (the package's docstring tells the whole story)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from agents import Model, ModelSettings, OpenAIChatCompletionsModel
from openai import AsyncOpenAI, Timeout

from todochat.assistant.providers import ModelTarget, resolve_model
from todochat.assistant.providers.client import ProviderClient
from todochat.assistant.providers.dialects import Dialect, family_for
from todochat.assistant.providers.errors import Explanation, diagnose, explain
from todochat.assistant.providers.model import ProviderModel, retry_settings
from todochat.assistant.providers.transport import provider_http_client
from todochat.core.config import Settings

__all__ = ["ModelChoice", "build_model"]


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


def _provider_choice(settings: Settings, target: ModelTarget, dialect: Dialect) -> ModelChoice:
    model, base_url, key_setting = target.model, target.base_url, target.key_setting
    attempt = min(settings.agent_attempt_timeout_seconds, settings.agent_timeout_seconds)
    client = ProviderClient(
        dialect=dialect,
        base_url=base_url,
        api_key=target.api_key,
        max_retries=0,  # the runner retries, under todochat's policy
        timeout=Timeout(attempt, connect=min(attempt, 10.0)),
        http_client=provider_http_client(base_url),
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
        target.name,
        target.description,
        settings=ModelSettings(retry=retry_settings(settings.agent_max_retries)),
        explain=explain_failure,
        dialect=dialect,
        client=client,
    )


def build_model(settings: Settings) -> ModelChoice:
    """The model named by AGENT_MODEL (or implied by the keys that are set)."""
    target = resolve_model(settings)
    if target.dialect is None:
        from todochat.assistant.offline import OfflineModel

        return ModelChoice(OfflineModel(), target.name, target.description, True)
    return _provider_choice(settings, target, target.dialect)

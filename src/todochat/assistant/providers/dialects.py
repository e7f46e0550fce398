"""What each provider accepts on the wire, and which parameters each model family takes.

Two small tables, read in one place each, instead of conditions scattered through the code:

- `DIALECTS`: one row per provider's dialect of Chat Completions (Gemini, Groq, OpenAI,
  Ollama, a LiteLLM proxy, or any other compatible server): its endpoint, the setting that
  holds its key, the request fields it accepts, the message fields it rejects, and whether
  thought signatures are sent back on replayed tool calls.
- `FAMILIES`: one row per model family whose parameters differ: OpenAI's reasoning models
  take `max_completion_tokens` and only their default temperature; Gemini 3 is meant to run
  at its default temperature.

A provider that changes its behaviour is one edited row here (and one profile of the
emulator in tests/support/provider_profiles.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from agents import ModelSettings

# The request fields Google's OpenAI-compatible endpoint documents; it answers 400 (with a
# JSON list body) to anything else.
_GEMINI_FIELDS = frozenset(
    {
        "model",
        "messages",
        "tools",
        "tool_choice",
        "parallel_tool_calls",
        "temperature",
        "top_p",
        "max_tokens",
        "max_completion_tokens",
        "n",
        "stop",
        "stream",
        "stream_options",
        "response_format",
        "reasoning_effort",
        "seed",
        "presence_penalty",
        "frequency_penalty",
        "extra_body",
    }
)


@dataclass(frozen=True)
class Dialect:
    """One provider's dialect of Chat Completions."""

    name: str
    base_url: str
    key_setting: str | None  # the Settings field holding the key; None: no key needed
    body_fields: frozenset[str] | None = None  # request fields accepted; None: any
    dropped_message_fields: frozenset[str] = frozenset()  # removed from every message sent
    replays_signatures: bool = True  # thought signatures go back on replayed tool calls
    signatures_in_provider_fields: bool = False  # also as provider_specific_fields (LiteLLM)
    pull_hint: bool = False  # a missing model is fixed by pulling it (Ollama)


DIALECTS: dict[str, Dialect] = {
    "gemini": Dialect(
        "gemini",
        "https://generativelanguage.googleapis.com/v1beta/openai/",
        "google_api_key",
        body_fields=_GEMINI_FIELDS,
    ),
    "groq": Dialect(
        "groq",
        "https://api.groq.com/openai/v1",
        "groq_api_key",
        # Groq answers 400 to these on messages (reasoning is what its reasoning models
        # stream, and the Agents SDK replays it within a turn).
        dropped_message_fields=frozenset({"name", "reasoning", "reasoning_content"}),
        replays_signatures=False,
    ),
    "openai": Dialect(
        "openai", "https://api.openai.com/v1", "openai_api_key", replays_signatures=False
    ),
    "ollama": Dialect("ollama", "", None, replays_signatures=False, pull_hint=True),
    "litellm": Dialect("litellm", "", "agent_api_key", signatures_in_provider_fields=True),
    "generic": Dialect("generic", "", "agent_api_key"),
}


def dialect_for_base_url(base_url: str) -> Dialect:
    """The dialect of a server named only by its URL (AGENT_BASE_URL without AGENT_PROVIDER)."""
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    if host.endswith("generativelanguage.googleapis.com"):
        return DIALECTS["gemini"]
    if host.endswith("groq.com"):
        return DIALECTS["groq"]
    if host == "api.openai.com":
        return DIALECTS["openai"]
    if parts.port == 11434:
        return DIALECTS["ollama"]
    return DIALECTS["generic"]


@dataclass(frozen=True)
class ModelFamily:
    """The parameters one family of models takes."""

    name: str
    pattern: re.Pattern[str]  # matched against the model's own name (after any `vendor/`)
    token_limit: Literal["max_tokens", "max_completion_tokens"] = "max_tokens"
    temperature: bool = True  # False: leave it to the model's default

    def adapt(self, settings: ModelSettings, *, max_tokens: int | None = None) -> ModelSettings:
        """`settings` as this family accepts them (`max_tokens` overrides the limit)."""
        limit = max_tokens if max_tokens is not None else settings.max_tokens
        temperature = settings.temperature if self.temperature else None
        if self.token_limit == "max_tokens":
            return replace(settings, temperature=temperature, max_tokens=limit)
        extra_args = dict(settings.extra_args or {})
        if limit is not None:
            extra_args["max_completion_tokens"] = limit
        return replace(
            settings, temperature=temperature, max_tokens=None, extra_args=extra_args or None
        )


FAMILIES: tuple[ModelFamily, ...] = (
    # gpt-5, gpt-5-mini, o1, o3-mini, o4-mini...: 400 for max_tokens or a temperature but 1.
    ModelFamily(
        "openai-reasoning",
        re.compile(r"^(?:o\d|gpt-5)"),
        token_limit="max_completion_tokens",
        temperature=False,
    ),
    # Google: Gemini 3 should keep its default temperature (1.0); lower values can loop.
    ModelFamily("gemini-3", re.compile(r"^gemini-3"), temperature=False),
    ModelFamily("default", re.compile("")),
)


def family_for(model: str) -> ModelFamily:
    """The first family whose pattern matches the model's own name."""
    own_name = model.rsplit("/", 1)[-1].lower()
    return next(family for family in FAMILIES if family.pattern.search(own_name))

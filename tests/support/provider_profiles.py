"""Provider profiles for the scripted provider: each real provider's wire behaviour, as data.

`ScriptedProvider(dialect=GEMINI.emulate())` answers like Gemini's OpenAI-compatible
endpoint: it checks thought signatures on replayed tool calls (within a turn and across
turns), streams tool calls without indexes and ends them with "stop", answers errors with
Google's JSON list bodies and `retryDelay`. Each profile is one `ProviderProfile` value;
when a provider changes, edit its row (and the table in todochat's
`assistant/providers/dialects.py` if todochat must adapt).

The behaviours come from public reports and the providers' documents (late 2026), listed
in shared/notes/providers.md; none was observed live.

Error shapes are templates: strings may name `{model}`, `{delay}` (seconds, "6.78"),
`{delay_go}` (Go's duration form, "1m26.4s"), `{delay_ceil}` (whole seconds, for
`retry-after`), `{field}`, `{index}` and `{role}`.
"""

from __future__ import annotations

import contextlib
import json
import math
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from tests.support.scripted_provider import (
    Error,
    ErrorInStream,
    FinishReason,
    Reply,
    WireShape,
)

__all__ = [
    "GEMINI",
    "GROQ",
    "LITELLM",
    "OLLAMA",
    "OPENAI_REASONING",
    "PROFILES",
    "EmulatedProvider",
    "ErrorShape",
    "ProviderProfile",
]


@dataclass(frozen=True)
class ErrorShape:
    """How a provider answers one kind of failure: status, JSON body, headers (templates)."""

    status: int
    body: Any
    headers: Mapping[str, str] = field(default_factory=dict)


Signatures = Literal["none", "extra_content", "litellm"]


@dataclass(frozen=True)
class ProviderProfile:
    """One provider's behaviour on the wire."""

    name: str
    errors: Mapping[str, ErrorShape]
    # What it refuses in a request.
    accepted_fields: frozenset[str] | None = None  # None: any field
    rejected_message_fields: frozenset[str] = frozenset()
    reasoning_models: str | None = None  # regex: models refusing max_tokens and temperature
    pulled_models: tuple[str, ...] | None = None  # others are not found (Ollama)
    models_without_tools: tuple[str, ...] = ()
    signatures: Signatures = "none"  # where it puts thought signatures, and checks them
    # How it answers.
    tool_call_index: bool = True
    call_ids: Literal["unique", "empty", "name"] = "unique"
    whole_arguments: bool = False
    finish_after_tools: FinishReason = "tool_calls"
    empty_finish: FinishReason = "length"
    reasoning_stream_models: str | None = None  # regex: models streaming `delta.reasoning`

    def emulate(self) -> EmulatedProvider:
        """A fresh emulator of this profile (it remembers the signatures it issues)."""
        return EmulatedProvider(self)

    def variant(self, **changes: Any) -> ProviderProfile:
        """This profile with some behaviours changed (e.g. `call_ids="empty"`)."""
        return replace(self, **changes)

    def error(self, kind: str, *, delay: float = 1.0, **values: Any) -> Error:
        """This provider's answer for `kind` (a key of `errors`), as a scripted step."""
        shape = self.errors[kind]
        names = {
            "delay": f"{delay:g}",
            "delay_go": _go_duration(delay),
            "delay_ceil": str(max(math.ceil(delay), 0)),
            "model": "scripted",
            **{key: str(value) for key, value in values.items()},
        }
        headers = {key: _fill(value, names) for key, value in shape.headers.items()}
        return Error(status=shape.status, body=_fill(shape.body, names), headers=headers)

    def tool_use_failed(self, *, delay: float = 0.0) -> ErrorInStream:
        """Groq's answer to a malformed tool call: an error event in a stream, else a 400."""
        return ErrorInStream(self.error("tool_use_failed", delay=delay))


def _go_duration(seconds: float) -> str:
    minutes, rest = divmod(seconds, 60)
    return f"{int(minutes)}m{rest:g}s" if minutes else f"{rest:g}s"


def _fill(template: Any, names: Mapping[str, str]) -> Any:
    if isinstance(template, str):
        return re.sub(r"\{(\w+)\}", lambda m: names.get(m.group(1), m.group(0)), template)
    if isinstance(template, list):
        return [_fill(item, names) for item in template]
    if isinstance(template, dict):
        return {key: _fill(value, names) for key, value in template.items()}
    return template


def _google(code: int, status: str, message: str, *details: Any) -> list[Any]:
    error: dict[str, Any] = {"code": code, "message": message, "status": status}
    if details:
        error["details"] = list(details)
    return [{"error": error}]


def _openai(message: str, kind: str, code: str | None, param: str | None = None) -> Any:
    return {"error": {"message": message, "type": kind, "param": param, "code": code}}


_RETRY_INFO = {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "{delay}s"}

GEMINI = ProviderProfile(
    name="gemini",
    # The same list as todochat's `dialects._GEMINI_FIELDS`, written out again on purpose:
    # the emulator says what Google accepts, so a field todochat's table lets through by
    # mistake is refused here instead of agreeing with itself.
    accepted_fields=frozenset(
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
    ),
    signatures="extra_content",
    tool_call_index=False,
    whole_arguments=True,
    finish_after_tools="stop",
    empty_finish="stop",
    errors={
        "rate_limited": ErrorShape(
            429,
            _google(
                429,
                "RESOURCE_EXHAUSTED",
                "You exceeded your current quota, please check your plan and billing details. "
                "Please retry in {delay}s.",
                {
                    "@type": "type.googleapis.com/google.rpc.QuotaFailure",
                    "violations": [{"quotaId": "GenerateRequestsPerMinutePerProjectPerModel"}],
                },
                _RETRY_INFO,
            ),
        ),
        "quota_exhausted": ErrorShape(
            429,
            _google(
                429,
                "RESOURCE_EXHAUSTED",
                "You exceeded your current quota. Please retry in {delay}s.",
                {
                    "@type": "type.googleapis.com/google.rpc.QuotaFailure",
                    "violations": [{"quotaId": "GenerateRequestsPerDayPerProjectPerModel"}],
                },
                _RETRY_INFO,
            ),
        ),
        "unavailable": ErrorShape(
            503,
            _google(503, "UNAVAILABLE", "The model is overloaded. Please try again later."),
        ),
        "unknown_field": ErrorShape(
            400,
            _google(
                400,
                "INVALID_ARGUMENT",
                'Invalid JSON payload received. Unknown name "{field}": Cannot find field.',
            ),
        ),
        "missing_signature": ErrorShape(
            400,
            _google(
                400,
                "INVALID_ARGUMENT",
                "Function call is missing a thought_signature in functionCall parts. This is "
                "required for tools to work correctly, and missing thought_signature may lead "
                "to degraded model performance. Additional data, function call "
                "`default_api:{field}` , position {index}. Please refer to "
                "https://ai.google.dev/gemini-api/docs/thought-signatures for more details.",
            ),
        ),
        "bad_key": ErrorShape(
            400,
            _google(400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key."),
        ),
    },
)

GROQ = ProviderProfile(
    name="groq",
    rejected_message_fields=frozenset({"name", "reasoning_content", "reasoning"}),
    whole_arguments=True,
    reasoning_stream_models=r"gpt-oss|qwen3",
    errors={
        "rate_limited": ErrorShape(
            429,
            _openai(
                "Rate limit reached for model `{model}` in organization `org_01scripted` "
                "service tier `on_demand` on tokens per minute (TPM): Limit 12000, Used 11800, "
                "Requested 900. Please try again in {delay_go}. Visit "
                "https://console.groq.com/docs/rate-limits for more information.",
                "tokens",
                "rate_limit_exceeded",
            ),
            {"retry-after": "{delay_ceil}"},
        ),
        "daily_limit": ErrorShape(
            429,
            _openai(
                "Rate limit reached for model `{model}` in organization `org_01scripted` "
                "service tier `on_demand` on requests per day (RPD): Limit 1000, Used 1000, "
                "Requested 1. Please try again in {delay_go}.",
                "requests",
                "rate_limit_exceeded",
            ),
            {"retry-after": "{delay_ceil}"},
        ),
        "too_large": ErrorShape(
            413,
            _openai(
                "Request too large for model `{model}` in organization `org_01scripted` on "
                "tokens per minute (TPM): Limit 6000, Requested 9000, please reduce your "
                "message size and try again.",
                "tokens",
                "rate_limit_exceeded",
            ),
        ),
        "tool_use_failed": ErrorShape(
            400,
            {
                "error": {
                    "message": "Failed to call a function. Please adjust your prompt. See "
                    "'failed_generation' for more details.",
                    "type": "invalid_request_error",
                    "code": "tool_use_failed",
                    "failed_generation": '<function=add_task>{"title": "milk"</function>',
                }
            },
        ),
        "message_field": ErrorShape(
            400,
            _openai(
                "'messages.{index}' : for 'role:{role}' the following must be satisfied"
                "[('messages.{index}.{field}' : property '{field}' is unsupported)]",
                "invalid_request_error",
                None,
            ),
        ),
        "unavailable": ErrorShape(
            503, _openai("Service Unavailable", "internal_server_error", "service_unavailable")
        ),
    },
)

OPENAI_REASONING = ProviderProfile(
    name="openai-reasoning",
    reasoning_models=r"^(?:o\d|gpt-5)",
    errors={
        "rate_limited": ErrorShape(
            429,
            _openai(
                "Rate limit reached for {model} in organization org-scripted on tokens per min "
                "(TPM): Limit 30000, Used 29500, Requested 1200. Please try again in {delay}s. "
                "Visit https://platform.openai.com/account/rate-limits to learn more.",
                "tokens",
                "rate_limit_exceeded",
            ),
        ),
        "quota_exhausted": ErrorShape(
            429,
            _openai(
                "You exceeded your current quota, please check your plan and billing details.",
                "insufficient_quota",
                "insufficient_quota",
            ),
        ),
        "max_tokens": ErrorShape(
            400,
            _openai(
                "Unsupported parameter: 'max_tokens' is not supported with this model. Use "
                "'max_completion_tokens' instead.",
                "invalid_request_error",
                "unsupported_parameter",
                "max_tokens",
            ),
        ),
        "temperature": ErrorShape(
            400,
            _openai(
                "Unsupported value: 'temperature' does not support {field} with this model. "
                "Only the default (1) value is supported.",
                "invalid_request_error",
                "unsupported_value",
                "temperature",
            ),
        ),
        "bad_key": ErrorShape(
            401,
            _openai(
                "Incorrect API key provided: sk-****. You can find your API key at "
                "https://platform.openai.com/account/api-keys.",
                "invalid_request_error",
                "invalid_api_key",
            ),
        ),
    },
)

OLLAMA = ProviderProfile(
    name="ollama",
    pulled_models=("llama3.2", "qwen3", "gemma2"),
    models_without_tools=("gemma2",),
    whole_arguments=True,
    errors={
        "not_found": ErrorShape(
            404,
            _openai('model "{model}" not found, try pulling it first', "api_error", None),
        ),
        "no_tools": ErrorShape(
            400,
            _openai(
                "registry.ollama.ai/library/{model}:latest does not support tools",
                "invalid_request_error",
                None,
            ),
        ),
        "unavailable": ErrorShape(
            503,
            _openai(
                "server busy, please try again.  maximum pending requests exceeded",
                "api_error",
                None,
            ),
        ),
    },
)

LITELLM = ProviderProfile(
    name="litellm",
    signatures="litellm",
    whole_arguments=True,
    errors={
        # LiteLLM passes some upstream 429s on as a 400 or a 500.
        "rate_limited_as_400": ErrorShape(
            400,
            _openai(
                "litellm.RateLimitError: VertexAIException - RESOURCE_EXHAUSTED: Resource has "
                "been exhausted (e.g. check quota).",
                "None",
                "400",
            ),
        ),
        "rate_limited_as_500": ErrorShape(
            500,
            _openai(
                "litellm.InternalServerError: litellm.RateLimitError: GeminiException - "
                "RESOURCE_EXHAUSTED. Received Model Group={model}",
                "None",
                "500",
            ),
        ),
        "missing_signature": ErrorShape(
            400,
            _openai(
                "litellm.BadRequestError: VertexAIException BadRequestError - Function call is "
                "missing a thought_signature in functionCall parts.",
                "None",
                "400",
            ),
        ),
    },
)

PROFILES: dict[str, ProviderProfile] = {
    profile.name: profile for profile in (GEMINI, GROQ, OPENAI_REASONING, OLLAMA, LITELLM)
}

SIGNATURE_MARK = "__thought__"


def _call_key(call: Mapping[str, Any]) -> tuple[str, str]:
    function = call.get("function") or {}
    arguments = str(function.get("arguments") or "{}")
    with contextlib.suppress(ValueError):
        arguments = json.dumps(json.loads(arguments), sort_keys=True)
    return str(function.get("name")), arguments


class EmulatedProvider:
    """A profile in action: checks requests and lays out answers like the provider."""

    def __init__(self, profile: ProviderProfile) -> None:
        self.profile = profile
        self.issued: dict[tuple[str, str], set[str]] = {}  # call (name, arguments) -> signatures

    # Requests.

    def check(self, body: Mapping[str, Any]) -> Error | None:
        profile = self.profile
        model = str(body.get("model"))
        if profile.accepted_fields is not None:
            for name in body:
                if name not in profile.accepted_fields:
                    return profile.error("unknown_field", field=name)
        if profile.pulled_models is not None and model not in profile.pulled_models:
            return profile.error("not_found", model=model)
        if body.get("tools") and model in profile.models_without_tools:
            return profile.error("no_tools", model=model)
        if profile.reasoning_models and re.search(profile.reasoning_models, model):
            if "max_tokens" in body:
                return profile.error("max_tokens", model=model)
            temperature = body.get("temperature")
            if temperature is not None and temperature != 1:
                return profile.error("temperature", field=temperature)
        messages = [m for m in body.get("messages") or [] if isinstance(m, Mapping)]
        for index, message in enumerate(messages):
            for name in profile.rejected_message_fields.intersection(message):
                return profile.error(
                    "message_field", index=index, role=message.get("role"), field=name
                )
        if profile.signatures != "none":
            return self._check_signatures(messages)
        return None

    def _sent_signature(self, call: Mapping[str, Any]) -> str | None:
        if self.profile.signatures == "extra_content":
            google = (call.get("extra_content") or {}).get("google") or {}
            value = google.get("thought_signature")
        else:
            value = (call.get("provider_specific_fields") or {}).get("thought_signature")
            call_id = str(call.get("id") or "")
            if not value and SIGNATURE_MARK in call_id:
                value = call_id.split(SIGNATURE_MARK, 1)[1]
        return value if isinstance(value, str) and value else None

    def _check_signatures(self, messages: Sequence[Mapping[str, Any]]) -> Error | None:
        """Google's rule: each step's first call carries its signature (strict in the
        current turn); calls this server signed must come back with that signature."""
        users = [i for i, message in enumerate(messages) if message.get("role") == "user"]
        current_turn = users[-1] if users else -1
        for index, message in enumerate(messages):
            calls = message.get("tool_calls") if message.get("role") == "assistant" else None
            if not calls:
                continue
            first = calls[0]
            key = _call_key(first)
            sent = self._sent_signature(first)
            issued = self.issued.get(key)
            if (issued is not None and sent not in issued) or (
                issued is None and index > current_turn and sent is None
            ):
                return self.profile.error("missing_signature", field=key[0], index=index)
        return None

    # Answers.

    def shape(self, body: Mapping[str, Any]) -> WireShape:
        profile = self.profile
        model = str(body.get("model"))
        reasoning = None
        if profile.reasoning_stream_models and re.search(profile.reasoning_stream_models, model):
            reasoning = "The user wants a task; I will call the tool."
        return WireShape(
            tool_call_index=profile.tool_call_index,
            whole_arguments=profile.whole_arguments,
            finish_after_tools=profile.finish_after_tools,
            reasoning=reasoning,
        )

    def render_calls(
        self, reply: Reply, call_ids: Sequence[str]
    ) -> tuple[list[str], list[dict[str, Any]]]:
        profile = self.profile
        ids: list[str] = []
        extras: list[dict[str, Any]] = []
        for position, (call, call_id) in enumerate(zip(reply.tool_calls, call_ids, strict=True)):
            sent_id = {"unique": call_id, "empty": "", "name": call.name}[profile.call_ids]
            extra: dict[str, Any] = {}
            # Parallel calls: only the first of an answer carries a signature.
            if profile.signatures != "none" and position == 0:
                signature = f"sig-{uuid.uuid4().hex}"
                key = (call.name, _call_key({"function": {"arguments": call.arguments_json()}})[1])
                self.issued.setdefault(key, set()).add(signature)
                if profile.signatures == "extra_content":
                    extra["extra_content"] = {"google": {"thought_signature": signature}}
                else:
                    sent_id = f"{sent_id}{SIGNATURE_MARK}{signature}"
                    extra["provider_specific_fields"] = {"thought_signature": signature}
            ids.append(sent_id)
            extras.append(extra)
        return ids, extras

    def empty_answer(self) -> Reply:
        return Reply(finish_reason=self.profile.empty_finish)

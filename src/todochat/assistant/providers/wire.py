"""Requests shaped for one provider's dialect, and its answers made regular.

Outgoing (`shape_request`): only the fields the dialect accepts, no message field it
rejects, and each replayed tool call carries its provider data back (Gemini's thought
signature as `extra_content.google.thought_signature`, and for a LiteLLM proxy also as
`provider_specific_fields`), whatever the model is called. The Agents SDK would re-attach a
signature only when the model's name contains "gemini".

Incoming (`ToolCallRepair`): tool calls are assembled by arrival when a stream omits
`tool_calls[].index` (Gemini), a call without an id or with one already used (Gemini has
sent `""` or the function's name) gets a fresh unique id, a LiteLLM proxy's signature
(packed into the id, or in `provider_specific_fields`) is moved where the SDK keeps it,
and `finish_reason: "stop"` after tool calls is read as the tool turn it is.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from openai.types.chat import ChatCompletion, ChatCompletionChunk

from todochat.assistant.providers.dialects import Dialect

logger = logging.getLogger("todochat.assistant")

# The model wrapper hands each call's replay data to its client under this key of
# ModelSettings.extra_args; the client takes it out before anything is sent.
REPLAY_KEY = "todochat_provider_data"
LITELLM_SIGNATURE_MARK = "__thought__"


def _signature(provider_data: object) -> str | None:
    if isinstance(provider_data, Mapping):
        value = provider_data.get("thought_signature")
        if isinstance(value, str) and value:
            return value
    return None


def _with_signature(call: Mapping[str, Any], signature: str, dialect: Dialect) -> dict[str, Any]:
    shaped = dict(call)
    extra = dict(shaped.get("extra_content") or {})
    extra["google"] = {**dict(extra.get("google") or {}), "thought_signature": signature}
    shaped["extra_content"] = extra
    if dialect.signatures_in_provider_fields:
        fields = dict(shaped.get("provider_specific_fields") or {})
        shaped["provider_specific_fields"] = {**fields, "thought_signature": signature}
    return shaped


def shape_request(
    body: dict[str, Any], dialect: Dialect, replay: Mapping[str, Any] | None
) -> dict[str, Any]:
    """The request body as `dialect` accepts it, with provider data replayed."""
    if dialect.body_fields is not None:
        dropped = [key for key in body if key not in dialect.body_fields]
        if dropped:
            logger.debug("fields not sent to %s: %s", dialect.name, ", ".join(sorted(dropped)))
            body = {key: value for key, value in body.items() if key in dialect.body_fields}
    messages = body.get("messages")
    if not isinstance(messages, list):
        return body
    shaped: list[Any] = []
    for message in messages:
        if not isinstance(message, Mapping):
            shaped.append(message)
            continue
        if dialect.dropped_message_fields.intersection(message):
            message = {
                key: value
                for key, value in message.items()
                if key not in dialect.dropped_message_fields
            }
        calls = message.get("tool_calls")
        if replay and dialect.replays_signatures and isinstance(calls, list):
            replayed = []
            for call in calls:
                signature = (
                    _signature(replay.get(str(call.get("id"))))
                    if isinstance(call, Mapping)
                    else None
                )
                replayed.append(_with_signature(call, signature, dialect) if signature else call)
            message = {**message, "tool_calls": replayed}
        shaped.append(message)
    return {**body, "messages": shaped}


def used_call_ids(body: Mapping[str, Any]) -> set[str]:
    """The tool-call ids already in the conversation sent (a reply must not reuse them)."""
    ids: set[str] = set()
    for message in body.get("messages") or []:
        if isinstance(message, Mapping):
            for call in message.get("tool_calls") or []:
                if isinstance(call, Mapping) and call.get("id"):
                    ids.add(str(call["id"]))
    return ids


def _new_call_id() -> str:
    return f"call_{uuid.uuid4().hex[:24]}"


class ToolCallRepair:
    """Makes one answer's tool calls regular: indexes, unique ids, signatures, finish reason."""

    def __init__(self, used_ids: Iterable[str] = ()) -> None:
        self._used = set(used_ids)
        self._ids: list[str] = []  # by our index: the id given to that call
        self._sent_ids: list[str | None] = []  # by our index: the id the provider sent
        self._by_provider_index: dict[int, int] = {}
        self._saw_calls = False

    def _claim(self, provider_id: str | None) -> str:
        call_id = provider_id or ""
        if not call_id or call_id in self._used:
            call_id = _new_call_id()
        self._used.add(call_id)
        return call_id

    def _open(self, provider_id: str | None) -> int:
        self._ids.append(self._claim(provider_id))
        self._sent_ids.append(provider_id)
        return len(self._ids) - 1

    @staticmethod
    def _move_signature(call: Any) -> None:
        """Put a LiteLLM-style signature where the Agents SDK reads one (extra_content)."""
        if getattr(call, "extra_content", None):
            return
        signature = _signature(getattr(call, "provider_specific_fields", None))
        call_id = getattr(call, "id", None) or ""
        if signature is None and LITELLM_SIGNATURE_MARK in call_id:
            signature = call_id.split(LITELLM_SIGNATURE_MARK, 1)[1] or None
        if signature:
            call.extra_content = {"google": {"thought_signature": signature}}

    def _index_for(self, call: Any) -> int:
        provider_index = getattr(call, "index", None)
        if isinstance(provider_index, int):
            if provider_index not in self._by_provider_index:
                self._by_provider_index[provider_index] = self._open(call.id)
            return self._by_provider_index[provider_index]
        # No index (Gemini): a delta naming a function, or carrying an id other than the
        # current call's, starts a new call; anything else continues the current one.
        function = getattr(call, "function", None)
        named = bool(getattr(function, "name", None))
        current = len(self._ids) - 1
        continues = current >= 0 and (
            (call.id and call.id == self._sent_ids[current] and not named)
            or (not call.id and not named)
        )
        return current if continues else self._open(call.id)

    def streamed(self, chunk: ChatCompletionChunk) -> ChatCompletionChunk:
        for choice in chunk.choices:
            for call in choice.delta.tool_calls or []:
                self._saw_calls = True
                self._move_signature(call)
                opened = len(self._ids)
                index = self._index_for(call)
                call.index = index
                if index >= opened or call.id is not None:
                    call.id = self._ids[index]
            if choice.finish_reason == "stop" and self._saw_calls:
                choice.finish_reason = "tool_calls"
        return chunk

    def completed(self, completion: ChatCompletion) -> ChatCompletion:
        for choice in completion.choices:
            calls = choice.message.tool_calls or []
            for call in calls:
                self._move_signature(call)
                call.id = self._claim(call.id)
            if calls and choice.finish_reason == "stop":
                choice.finish_reason = "tool_calls"
        return completion

"""Stored messages to model input: earlier tool calls and their results are replayed.

An assistant message keeps the tool calls it made (`[{id, name, arguments, result}]`, and
`provider_data` when the provider gave some, such as Gemini's thought signature); they are
replayed as function_call / function_call_output items before its text, so a model can
resolve "mark it done" against the task it added two turns ago, and a provider gets back
exactly the data it attached to its calls.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from todochat.chat.models import Message, Role
from todochat.chat.store import StoredMessage

if TYPE_CHECKING:  # the SDK's types only: the chat service imports this before the SDK loads
    from agents import TResponseInputItem


def _as_json_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def to_input_items(messages: Sequence[Message | StoredMessage]) -> list[TResponseInputItem]:
    """The model's view of stored messages, oldest first."""
    items: list[TResponseInputItem] = []
    for message in messages:
        if message.role == Role.user.value:
            items.append({"role": "user", "content": message.content})
            continue
        for index, call in enumerate(message.tool_calls or []):
            call_id = str(call.get("id") or f"call_{message.id}_{index}")
            function_call: dict[str, Any] = {
                "type": "function_call",
                "call_id": call_id,
                "name": str(call.get("name", "")),
                "arguments": _as_json_text(call.get("arguments", {})),
            }
            if isinstance(call.get("provider_data"), dict):
                function_call["provider_data"] = call["provider_data"]
            items.append(cast("TResponseInputItem", function_call))
            items.append(
                {
                    "type": "function_call_output",
                    "call_id": call_id,
                    "output": _as_json_text(call.get("result")),
                }
            )
        if message.content:
            items.append({"role": "assistant", "content": message.content})
    return items

"""Stored messages become model input with earlier tool calls replayed."""

from __future__ import annotations

import json

from todochat.chat.history import to_input_items
from todochat.chat.models import Message


def test_tool_calls_are_replayed_before_the_reply_text() -> None:
    messages = [
        Message(id=1, conversation_id=1, user_id="u", role="user", content="add milk"),
        Message(
            id=2,
            conversation_id=1,
            user_id="u",
            role="assistant",
            content="Added 'Milk' (#4).",
            tool_calls=[
                {
                    "id": "call_1",
                    "name": "add_task",
                    "arguments": {"title": "Milk"},
                    "result": {"task_id": 4, "status": "created", "title": "Milk"},
                }
            ],
        ),
    ]
    items = to_input_items(messages)
    assert items[0] == {"role": "user", "content": "add milk"}
    assert items[1]["type"] == "function_call"  # type: ignore[typeddict-item]
    assert json.loads(items[1]["arguments"]) == {"title": "Milk"}  # type: ignore[typeddict-item]
    assert items[2]["type"] == "function_call_output"  # type: ignore[typeddict-item]
    assert json.loads(items[2]["output"])["task_id"] == 4  # type: ignore[typeddict-item]
    assert items[1]["call_id"] == items[2]["call_id"]  # type: ignore[typeddict-item]
    assert items[3] == {"role": "assistant", "content": "Added 'Milk' (#4)."}


def test_tool_call_without_id_gets_a_stable_one() -> None:
    message = Message(
        id=7,
        conversation_id=1,
        user_id="u",
        role="assistant",
        content="",
        tool_calls=[{"name": "list_tasks", "arguments": {}, "result": []}],
    )
    items = to_input_items([message])
    assert [item["call_id"] for item in items] == ["call_7_0", "call_7_0"]  # type: ignore[typeddict-item]
    assert len(items) == 2


def test_provider_data_of_a_call_is_replayed_exactly() -> None:
    provider_data = {"model": "house-assistant", "thought_signature": "sig-1", "future": [1]}
    message = Message(
        id=3,
        conversation_id=1,
        user_id="u",
        role="assistant",
        content="",
        tool_calls=[
            {
                "id": "call_1",
                "name": "add_task",
                "arguments": {"title": "Milk"},
                "result": {"task_id": 4},
                "provider_data": provider_data,
            }
        ],
    )
    call, output = to_input_items([message])
    assert call["provider_data"] == provider_data  # type: ignore[typeddict-item]
    assert "provider_data" not in output

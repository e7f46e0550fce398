"""Requests shaped per dialect, answers repaired: unit checks of `wire`."""

from __future__ import annotations

from typing import Any

from openai.types.chat import ChatCompletion, ChatCompletionChunk

from todochat.assistant.providers.dialects import DIALECTS, family_for
from todochat.assistant.providers.wire import ToolCallRepair, shape_request, used_call_ids


def chunk(*calls: dict[str, Any], finish: str | None = None) -> ChatCompletionChunk:
    """A chunk as the openai client builds it (no validation: fields may be missing)."""
    delta: dict[str, Any] = {"tool_calls": list(calls)} if calls else {}
    return ChatCompletionChunk.construct(
        id="c",
        object="chat.completion.chunk",
        created=0,
        model="m",
        choices=[{"index": 0, "delta": delta, "finish_reason": finish}],
    )


def calls_of(chunks: list[ChatCompletionChunk]) -> list[tuple[int, str | None, str]]:
    return [
        (call.index, call.id, (call.function.arguments if call.function else "") or "")
        for item in chunks
        for call in item.choices[0].delta.tool_calls or []
    ]


def test_calls_without_index_are_told_apart_by_name_and_get_unique_ids() -> None:
    repair = ToolCallRepair(used_ids={"add_task"})
    fn = {"name": "add_task", "arguments": '{"a":1}'}
    first = {"id": "add_task", "type": "function", "function": fn}
    second = {"id": "add_task", "type": "function", "function": {**fn, "arguments": '{"a":2}'}}
    out = [repair.streamed(chunk(first)), repair.streamed(chunk(second))]
    (i1, id1, a1), (i2, id2, a2) = calls_of(out)
    assert (i1, i2) == (0, 1) and (a1, a2) == ('{"a":1}', '{"a":2}')
    assert id1 and id2 and id1 != id2 and "add_task" not in (id1, id2)
    finished = repair.streamed(chunk(finish="stop"))
    assert finished.choices[0].finish_reason == "tool_calls"


def test_argument_pieces_without_index_continue_the_current_call() -> None:
    repair = ToolCallRepair()
    start = {"id": "", "type": "function", "function": {"name": "f", "arguments": '{"t":'}}
    rest = {"function": {"arguments": '"x"}'}}
    out = [repair.streamed(chunk(start)), repair.streamed(chunk(rest))]
    (i1, id1, _), (i2, id2, _) = calls_of(out)
    assert i1 == i2 == 0 and id1 and id1.startswith("call_") and id2 is None


def test_indexed_streams_keep_their_ids_and_a_stop_without_calls_stays() -> None:
    repair = ToolCallRepair()
    call = {"index": 0, "id": "call_1", "type": "function", "function": {"name": "f"}}
    out = repair.streamed(chunk(call))
    assert calls_of([out]) == [(0, "call_1", "")]
    assert ToolCallRepair().streamed(chunk(finish="stop")).choices[0].finish_reason == "stop"


def test_a_litellm_signature_is_moved_where_the_sdk_reads_it() -> None:
    repair = ToolCallRepair()
    call = {"index": 0, "id": "call_9__thought__SIG", "type": "function", "function": {"name": "f"}}
    delta_call = repair.streamed(chunk(call)).choices[0].delta.tool_calls[0]  # type: ignore[index]
    assert delta_call.extra_content == {"google": {"thought_signature": "SIG"}}  # type: ignore[attr-defined]
    assert delta_call.id == "call_9__thought__SIG"  # ids stay opaque


def test_a_completion_gets_unique_ids_and_a_tool_turn() -> None:
    completion = ChatCompletion.model_validate(
        {
            "id": "x",
            "object": "chat.completion",
            "created": 0,
            "model": "m",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {
                        "role": "assistant",
                        "tool_calls": [
                            {
                                "id": "",
                                "type": "function",
                                "function": {"name": "f", "arguments": "{}"},
                            },
                            {
                                "id": "",
                                "type": "function",
                                "function": {"name": "f", "arguments": "{}"},
                            },
                        ],
                    },
                }
            ],
        }
    )
    repaired = ToolCallRepair().completed(completion)
    ids = [call.id for call in repaired.choices[0].message.tool_calls or []]
    assert all(ids) and len(set(ids)) == 2
    assert repaired.choices[0].finish_reason == "tool_calls"


def test_signatures_are_replayed_in_each_dialects_form() -> None:
    body = {
        "model": "m",
        "store": True,
        "messages": [
            {"role": "assistant", "tool_calls": [{"id": "c1", "function": {"name": "f"}}]},
            {"role": "assistant", "content": "x", "reasoning": "y", "name": "bot"},
        ],
    }
    replay = {"c1": {"thought_signature": "S", "model": "m"}}
    gemini = shape_request(body, DIALECTS["gemini"], replay)
    assert "store" not in gemini
    assert gemini["messages"][0]["tool_calls"][0]["extra_content"] == {
        "google": {"thought_signature": "S"}
    }
    litellm = shape_request(body, DIALECTS["litellm"], replay)["messages"][0]["tool_calls"][0]
    assert litellm["provider_specific_fields"] == {"thought_signature": "S"}
    groq = shape_request(body, DIALECTS["groq"], replay)
    assert "extra_content" not in groq["messages"][0]["tool_calls"][0]
    assert groq["messages"][1] == {"role": "assistant", "content": "x"}
    assert body["messages"][1]["reasoning"] == "y"  # the caller's body is left alone
    assert used_call_ids(body) == {"c1"}


def test_model_families() -> None:
    assert family_for("gpt-5-mini").name == "openai-reasoning"
    assert family_for("openai/o4-mini").name == "openai-reasoning"
    assert family_for("openai/gpt-oss-120b").name == "default"
    assert family_for("gemini-3-pro-preview").name == "gemini-3"
    assert family_for("gpt-4.1-mini").name == "default"

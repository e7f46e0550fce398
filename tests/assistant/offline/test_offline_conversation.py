"""Reading model input: every form a tool result or history item may take."""

from __future__ import annotations

import json

import pytest

from todochat.assistant.offline.conversation import Turn, parse_tool_output, read_conversation

TASK_ROWS = [{"id": 1, "title": "Call mom", "completed": False, "description": None}]


def test_json_string_result_is_ok() -> None:
    result = parse_tool_output(json.dumps({"task_id": 5, "status": "created", "title": "X"}))
    assert result.ok
    task = result.task()
    assert task is not None and (task.id, task.title) == (5, "X")


def test_list_result_gives_tasks() -> None:
    assert [t.title for t in parse_tool_output(json.dumps(TASK_ROWS)).tasks()] == ["Call mom"]


def test_wrapped_list_result_gives_tasks() -> None:
    result = parse_tool_output(json.dumps({"result": TASK_ROWS}))
    assert [t.id for t in result.tasks()] == [1]


def test_plain_string_error() -> None:
    result = parse_tool_output("Task 42 not found. Call list_tasks to see valid task ids.")
    assert not result.ok and result.error.startswith("Task 42 not found")


def test_input_text_parts_error() -> None:
    raw = [{"type": "input_text", "text": "Task 42 not found."}]
    result = parse_tool_output(raw)
    assert not result.ok and "42" in result.error


def test_text_parts_with_json_success() -> None:
    raw = [{"type": "text", "text": json.dumps({"task_id": 3, "status": "deleted"})}]
    assert parse_tool_output(raw).ok


def test_one_part_per_task_is_a_list() -> None:
    raw = [{"type": "input_text", "text": json.dumps(row)} for row in TASK_ROWS * 2]
    assert len(parse_tool_output(raw).tasks()) == 2


def test_sdk_error_prefix_is_removed() -> None:
    raw = "An error occurred while running the tool. Please try again. Error: boom"
    assert parse_tool_output(raw).error == "boom"


def test_error_object_is_an_error() -> None:
    assert not parse_tool_output(json.dumps({"error": "nope"})).ok


def test_history_is_grouped_into_turns_with_batches() -> None:
    items = [
        {"role": "user", "content": "delete the meeting task"},
        {"type": "function_call", "call_id": "a", "name": "list_tasks", "arguments": "{}"},
        {"type": "function_call_output", "call_id": "a", "output": json.dumps(TASK_ROWS)},
        {
            "type": "function_call",
            "call_id": "b",
            "name": "delete_task",
            "arguments": '{"task_id":1}',
        },
        {
            "type": "function_call_output",
            "call_id": "b",
            "output": '{"task_id":1,"status":"deleted"}',
        },
        {"role": "assistant", "content": [{"type": "output_text", "text": "Deleted (#1)."}]},
        {"role": "user", "content": [{"type": "input_text", "text": "thanks"}]},
    ]
    conv = read_conversation(items)
    assert [t.user_text for t in conv.turns] == ["delete the meeting task", "thanks"]
    first = conv.turns[0]
    assert first.batches == 2 and first.reply == "Deleted (#1)."
    assert first.mentioned_ids() == [1]
    assert conv.current.calls == []


@pytest.mark.parametrize(
    "reply",
    [
        "Sorry, I didn't quite get that. I can mark them done ('mark task 3 as done').",
        'Try "complete task 3" or "show my tasks".',
        "You could say ‘delete task 3’ or “mark #3 done”.",
    ],
)
def test_an_id_in_a_quoted_example_is_no_mention(reply: str) -> None:
    """The help's examples name no task: "it" after them must not mean task 3."""
    assert Turn("x", reply=reply).mentioned_ids() == []


@pytest.mark.parametrize(
    ("reply", "ids"),
    [
        ("I've marked 'Buy milk' (task 3) as done.", [3]),
        ("Done: task 7 is complete, and I didn't touch task 8.", [7, 8]),
        ("I've renamed 'Call mum' (#4).", [4]),
    ],
)
def test_ids_outside_quotes_are_still_mentions(reply: str, ids: list[int]) -> None:
    assert Turn("x", reply=reply).mentioned_ids() == ids


def test_string_input_is_one_user_message() -> None:
    assert read_conversation("hello").current.user_text == "hello"


def test_json_encoded_text_parts_are_unwrapped() -> None:
    raw = json.dumps([{"type": "text", "text": json.dumps({"task_id": 9, "status": "created"})}])
    task = parse_tool_output(raw).task()
    assert task is not None and task.id == 9


def test_json_lines_are_a_list() -> None:
    raw = "\n".join(json.dumps(row) for row in TASK_ROWS * 2)
    assert len(parse_tool_output(raw).tasks()) == 2

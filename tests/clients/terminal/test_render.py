"""How a turn reads in the terminal: tool lines, SSE parsing, the printer."""

from __future__ import annotations

import io

from todochat.clients.terminal.render import ChatPrinter, describe_tool_result, parse_sse


def test_tool_results_read_as_short_lines() -> None:
    added = {"task_id": 5, "status": "created", "title": "Buy groceries"}
    assert describe_tool_result("add_task", added) == "+ added #5 Buy groceries"
    done = {"task_id": 3, "status": "completed", "title": "Call mom"}
    assert describe_tool_result("complete_task", done) == "✓ completed #3 Call mom"
    assert describe_tool_result("list_tasks", {"result": [{}, {}]}) == "= listed 2 tasks"
    assert describe_tool_result("list_tasks", [{}]) == "= listed 1 task"
    assert describe_tool_result("delete_task", "Task 9 not found.") == "! Task 9 not found."
    restored = {"task_id": 4, "status": "restored", "title": "Milk"}
    assert describe_tool_result("restore_task", restored) == "↺ restored #4 Milk"
    assert describe_tool_result("future_tool", {"status": "odd"}) == "· future_tool #?"


def test_tool_lines_show_due_dates_and_repeats() -> None:
    rent = {
        "task_id": 5,
        "status": "created",
        "title": "Pay rent",
        "due": "Fri 1 Jan 2027",
        "repeat": "every month on the 1st",
    }
    assert describe_tool_result("add_task", rent) == (
        "+ added #5 Pay rent · due Fri 1 Jan 2027 · every month on the 1st"
    )
    rolled = {"task_id": 5, "status": "completed", "title": "Pay rent", "next_due": "Mon 1 Feb"}
    assert (
        describe_tool_result("complete_task", rolled) == "✓ completed #5 Pay rent · next Mon 1 Feb"
    )


def test_sse_data_lines_are_parsed_and_the_rest_skipped() -> None:
    lines = ['data: {"content": "Hi"}', "", ": keepalive", "id: 7", 'data: {"done": true}']
    assert list(parse_sse(lines)) == [{"content": "Hi"}, {"done": True}]


def test_printer_shows_text_then_tool_line_and_keeps_the_conversation() -> None:
    out = io.StringIO()
    printer = ChatPrinter(out)
    printer.handle({"content": "Adding it"})
    printer.handle(
        {
            "tool_result": {
                "id": "c",
                "name": "add_task",
                "result": {"task_id": 1, "status": "created", "title": "Milk"},
            }
        }
    )
    printer.handle({"content": "Done."})
    printer.handle({"error": {"code": "model_timeout", "message": "The model timed out."}})
    printer.handle({"done": True, "conversation_id": 12})
    assert out.getvalue() == ("Adding it\n  + added #1 Milk\nDone.\n[error] The model timed out.\n")
    assert printer.conversation_id == 12


def test_printer_lists_the_actions_waiting_for_approval() -> None:
    out = io.StringIO()
    printer = ChatPrinter(out)
    printer.handle({"content": "Delete these 2 tasks? Say yes to confirm."})
    actions = [
        {"name": "delete_task", "arguments": {"task_id": 1}, "summary": "Delete 'Milk' (#1)"},
        {"name": "delete_task", "arguments": {"task_id": 2}, "summary": "Delete 'Eggs' (#2)"},
    ]
    printer.handle({"approval_required": {"id": "ap1", "actions": actions}})
    printer.handle({"done": True, "conversation_id": 3})
    assert out.getvalue() == (
        "Delete these 2 tasks? Say yes to confirm.\n"
        "  ? Delete 'Milk' (#1)\n"
        "  ? Delete 'Eggs' (#2)\n"
    )
    assert printer.approval == {"id": "ap1", "actions": actions}

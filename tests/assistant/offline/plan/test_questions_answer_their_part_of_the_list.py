"""The plan stage, a question about the list answers the part it asks about, and changes
nothing: "what've i got tagged for work" lists the work tasks (it had looked for a tag 'for'),
"what's under work" too; "what's on my plate rn", "what do I have", "whats on" list what is
still to do (they had listed the done ones too; "show my list" is still all of it); "what I
have for friday?", "what's due monday", "anything due fri?", "what's due on the 27th" list the
tasks due that day (one had not been read, the others had listed every pending task); Roman
Urdu "meri list dikhao, sirf jo kaam abhi baqi hain" (show my list, only what is left) and
"jo ho gaye wo dikhao" (show the done ones), Spanish "muéstrame lo que ya terminé" (show what
I finished) and "qué me queda" (what is left) list those (they had not been read, or listed
all). Never harm: chatter ("what's for dinner", "what's under the sink") lists nothing, a tag
or a move said as a request is still made, and a question about one task answers that task."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore, build_tools
from tests.assistant.offline.plan.seeded import assert_changes, seed

PLATE = "Call the bank|Fix the sink|Book the dentist|Buy coffee powder:done"
URDU = "Dhobi se kapray lene hain|Cylinder bharwana|Chai ki patti lana:done"
SPANISH = "Pagar el arriendo:done|Comprar arepas:done|Llamar a mamá"
DAYS = (
    "Pay rent@2026-11-27|Do laundry@2026-11-27|Call the bank@2026-11-30|"
    "Water the plants@2026-11-24|Buy stamps"
)


def _tagged(store: TaskStore) -> None:
    store.create("Do the rota", tags=["work"])
    store.create("Submit expenses", tags=["work"])
    store.create("Buy milk", tags=["home"])
    store.create("Fix the sink")


@pytest.mark.parametrize(
    "message",
    [
        "what've i got tagged for work",
        "whats tagged for work?",
        "wat do i have tagged for work",
        "show me stuff tagged as work",
        "anything labelled under work",
        "what's under work",
        "anything under work?",
        "what do i have under work",
        "show tasks with work tag",
    ],
)
async def test_a_tag_asked_lists_its_tasks(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    _tagged(store)
    before = {i: dict(t) for i, t in store.tasks.items()}
    reply = (await session_for(store).say(message)).reply
    assert "Do the rota" in reply and "Submit expenses" in reply
    assert "Buy milk" not in reply and "Fix the sink" not in reply
    assert {i: dict(t) for i, t in store.tasks.items()} == before


@pytest.mark.parametrize(
    ("message", "status"),
    [
        ("what's on my plate rn", "pending"),
        ("what do I have", "pending"),
        ("whats on", "pending"),
        ("what have i got on", "pending"),
        ("what's on the agenda", "pending"),
        ("so what do i have right now?", "pending"),
        ("what are my pending works", "pending"),
        ("which tasks is remaining", "pending"),
        ("what i have", "pending"),
        ("what we got", "pending"),
        ("wat's left 2 do", "pending"),
        ("show me the finished ones only", "completed"),
        ("show my list", "all"),
        ("whats on my list", "all"),
        ("what have i got, done ones too", "all"),
        ("whats on my plate, including the finished ones", "all"),
        # the question, then the done ones asked for in a sentence of their own
        ("whats on my plate? everything incl the done stuff", "all"),
        ("what do i have? incl the done ones", "all"),
        ("what's left. all of it, with the finished ones too", "all"),
        ("what have i got? plus the stuff i already did", "all"),
        ("whats on my plate? and what's for dinner", "pending"),
    ],
)
async def test_what_one_has_is_what_is_left(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, status: str
) -> None:
    reply = await assert_changes(store, session_for, PLATE, [message])
    assert ("Call the bank" in reply) == (status != "completed")
    assert ("Buy coffee powder" in reply) == (status != "pending")


@pytest.mark.parametrize(
    ("message", "status"),
    [
        ("meri list dikhao, sirf jo kaam abhi baqi hain", "pending"),
        ("mere tasks batao, bas jo reh gaye hain", "pending"),
        ("jo baqi hain wo dikhao", "pending"),
        ("sirf baqi kaam dikhao", "pending"),
        ("kaam dikhao sirf pending wale", "pending"),
        ("kya kya baqi hai", "pending"),
        ("jo ho gaye wo dikhao", "completed"),
        ("meri list dikhao, sirf jo ho gaye hain", "completed"),
        ("list dikhao bas mukammal wale", "completed"),
        ("baqi wale dikhao", "pending"),
        ("sirf pending dikhao", "pending"),
        ("ho gaye wale dikhao", "completed"),
        ("meri list dikhao", "all"),
    ],
)
async def test_only_what_is_left_or_done_in_roman_urdu(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, status: str
) -> None:
    reply = await assert_changes(store, session_for, URDU, [message])
    assert ("Cylinder bharwana" in reply) == (status != "completed")
    assert ("Chai ki patti" in reply) == (status != "pending")


@pytest.mark.parametrize(
    ("message", "status"),
    [
        ("muéstrame lo que ya terminé", "completed"),
        ("enséñame las tareas hechas", "completed"),
        ("dime cuáles ya están terminadas", "completed"),
        ("qué he hecho ya", "completed"),
        ("cuáles ya terminé", "completed"),
        ("muéstrame las terminadas", "completed"),
        ("lo que ya hice", "completed"),
        ("solo las pendientes", "pending"),
        ("muéstrame solo lo que me falta", "pending"),
        ("qué me falta", "pending"),
        ("qué me queda", "pending"),
        ("pendientes", "pending"),
        ("qué tengo que hacer", "pending"),
        ("muéstrame mis tareas", "all"),
    ],
)
async def test_only_what_is_done_or_left_in_spanish(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, status: str
) -> None:
    reply = await assert_changes(store, session_for, SPANISH, [message])
    assert ("Llamar a mamá" in reply) == (status != "completed")
    assert ("Comprar arepas" in reply) == (status != "pending")


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        ("what I have for friday?", ("Pay rent", "Do laundry")),
        ("anything due fri?", ("Pay rent", "Do laundry")),
        ("whats on for friday", ("Pay rent", "Do laundry")),
        ("which tasks are due on friday", ("Pay rent", "Do laundry")),
        ("how many things are due friday", ("Pay rent", "Do laundry")),
        ("what's due monday", ("Call the bank",)),
        ("what do i have on monday", ("Call the bank",)),
        ("what's due next monday", ("Call the bank",)),
        ("whats on for 2moro", ("Water the plants",)),
        ("anything on monday?", ("Call the bank",)),
        ("anything for saturday?", ()),
        ("what's due on the 27th", ("Pay rent", "Do laundry")),
        ("anything for nov 30?", ("Call the bank",)),
    ],
)
async def test_a_day_asked_lists_what_is_due_then(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    shown: tuple[str, ...],
) -> None:
    reply = await assert_changes(store, session_for, DAYS, [message])
    listed = [t for t in ("Pay rent", "Do laundry", "Call the bank", "Water the plants",
                          "Buy stamps") if t in reply]  # fmt: skip
    assert listed == list(shown)


async def test_a_day_listed_is_what_a_later_ordinal_counts_in(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store, session_for, DAYS, ["what's due friday", "the second one is done"],
        {"Do laundry": "done"},
    )  # fmt: skip


@pytest.mark.parametrize(
    "message",
    ["what's for dinner", "whats for tea", "what's under the sink", "whats under the bed lol"],
)
async def test_chatter_lists_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    _tagged(store)
    turn = await session_for(store).say(message)
    assert not turn.tool_calls
    assert len(store.tasks) == 4


async def test_a_tag_said_as_a_request_is_still_made(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    _tagged(store)
    await session_for(store).say("add work tag to buy milk")
    assert "work" in store.tasks[3]["tags"]


@pytest.mark.parametrize(
    ("message", "changes"),
    [
        ("move the rent to monday", {"Pay rent": "@2026-11-30"}),
        ("is the rent due friday?", {}),
        ("did i call the bank?", {}),
        ("laundry's done", {"Do laundry": "done"}),
    ],
)
async def test_near_misses_act_as_said(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    changes: dict[str, str],
) -> None:
    reply = await assert_changes(store, session_for, DAYS, [message], changes)
    assert "Buy stamps" not in reply


@pytest.mark.parametrize(
    ("message", "day", "shown"),
    [
        ("what's due monday", "monday", "Mon 30 Nov"),
        ("what have I got on friday", "friday", "Fri 27 Nov"),
        ("what have i got on friday?", "friday", "Fri 27 Nov"),
        ("what's due next monday", "next monday", "Mon 30 Nov"),
        ("what's due on the 27th", "the 27th", "Fri 27 Nov"),
        ("how many things are due friday", "friday", "Fri 27 Nov"),
    ],
)
async def test_a_day_asked_is_the_tools_due_on_filter(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    day: str,
    shown: str,
) -> None:
    """The day goes to list_tasks as `due_on`, in the user's words (the tool reads them in
    the user's time zone), once; the reply names the day."""
    reply = await assert_changes(store, session_for, DAYS, [message])
    assert store.calls == [("list_tasks", {"status": "pending", "due_on": day})]
    assert f"due {shown}" in reply


async def test_the_tasks_of_a_day_are_what_the_tool_kept(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    """The reply lists what list_tasks answered for the day, whatever their due text says
    (in the user's zone the tool may read the day otherwise): no filtering of its own."""
    seed(store, DAYS)
    asked: list[dict[str, Any]] = []
    listed = store.list_tasks

    def list_tasks(args: Mapping[str, Any]) -> Any:
        asked.append(dict(args))
        if args.get("due_on") == "friday":  # the user's friday: the task due Sat 28 Nov, UTC
            return json.dumps([{**store.tasks[4], "due_text": "Sat 28 Nov, 01:00"}])
        return listed(args)

    store.list_tasks = list_tasks  # type: ignore[method-assign]
    reply = (await session_for(store).say("what's due friday")).reply
    assert asked == [{"status": "pending", "due_on": "friday"}]
    assert "Water the plants" in reply
    assert "Pay rent" not in reply and "Do laundry" not in reply


async def test_a_day_asked_of_tools_without_due_on_claims_no_day(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    """A list_tasks without `due_on` (an older server) is called without it, and the reply
    does not say the tasks it lists are due that day."""
    seed(store, DAYS)
    tools = build_tools(store)
    for tool in tools:
        if tool.name == "list_tasks":
            properties = dict(tool.params_json_schema["properties"])
            del properties["due_on"]
            tool.params_json_schema = {**tool.params_json_schema, "properties": properties}
    session = ChatSession(store, tools=tools)
    reply = (await session.say("what's due friday")).reply
    assert store.calls == [("list_tasks", {"status": "pending"})]
    first, *lines = reply.splitlines()
    assert "due" not in first and len(lines) == 5, reply

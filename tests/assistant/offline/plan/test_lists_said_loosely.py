"""The plan stage, listings, bulk deletes, deletes by number and field edits said loosely: a
Roman Urdu question with whose list it is ("meri list mein kya kya pending hai?"), "everything
incl the ones i've done already", "just the high priority ones, what's on", "wipe the whole list
there, starting fresh", "clean up, remove all what is finished", "remove task number 4 it is not
needed anymore", "in the X task put in the description: Y", "make it say X" (a rename). Never
harm: a thing that is no task, a missing number, a task that does not exist change nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, seed

URDU = "Sabzi lena|Gas ka bill bharna:done|Bhai ko email karna"
SEEDS = "Buy charcoal|Fix the garage door:done|Call the dentist|Return library books:done"


@pytest.mark.parametrize(
    ("message", "status"),
    [
        ("hamari list mein abhi kya kya baaki hai? batao na", "pending"),
        ("mere list me kya reh gaya hai", "pending"),
        ("meri list mein kya kya hai? dikhao", "all"),
        ("mere pending kaam kya hain", "pending"),
        ("abhi kaun se kaam reh gaye hain? batao", "pending"),
    ],
)
async def test_roman_urdu_asked_of_my_list_lists(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, status: str
) -> None:
    seed(store, URDU)
    turn = await session_for(store).say(message)
    assert turn.tool_calls == [("list_tasks", {"status": status})]
    assert "Sabzi" in turn.reply and "Bhai" in turn.reply
    assert ("Gas ka bill" in turn.reply) == (status == "all")


@pytest.mark.parametrize(
    "message",
    [
        "list all my stuff, even the ones i've completed too",
        "show me everything incl the things i finished already",
        "what's on my list including the ones ive done as well",
        "what have i got, done ones too",
        "show me everything, the finished ones as well",
        # "full" and "complete" before "list" are all of it, never a search or the done ones
        "gimme the full list, done stuff too",
        "show me the full list",
        "can i see the complete list",
    ],
)
async def test_everything_with_the_done_ones_lists_all(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    reply = await assert_changes(store, session_for, SEEDS, [message])
    for title in ("Buy charcoal", "Fix the garage door", "Call the dentist"):
        assert title in reply


async def test_the_ones_done_list_only_those(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    reply = await assert_changes(store, session_for, SEEDS, ["show me the ones i've done"])
    assert "Fix the garage door" in reply and "Buy charcoal" not in reply


@pytest.mark.parametrize(
    ("message", "level"),
    [
        ("just the high priority ones pls, what do i have", "high"),
        ("just my low priority stuff, whats on", "low"),
        ("just the high prio tasks thanks", "high"),
    ],
)
async def test_just_a_level_lists_that_level(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, level: str
) -> None:
    store.create("Renew the road tax", priority="high")
    store.create("Sort the attic", priority="low")
    turn = await session_for(store).say(message)
    assert ("list_tasks", {"status": "all", "priority": level}) in turn.tool_calls
    assert ("road tax" in turn.reply) == (level == "high")
    assert len(store.tasks) == 2


@pytest.mark.parametrize(
    "message",
    [
        "wipe the lot there, starting fresh",
        "delete it all now, we're starting over",
        "clear everything there, clean slate",
        "wipe the whole list there",
        "delete it all there now please",
    ],
)
async def test_everything_emptied_for_a_fresh_start(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    seed(store, SEEDS)
    await session_for(store).say(message)
    assert store.tasks == {}


@pytest.mark.parametrize(
    "message",
    [
        "clean up please, remove all what is already done",
        "tidy up the list pls, delete everything that's finished",
        "ok lets clean up: bin the ones i've ticked off",
        "remove all what i already did",
    ],
)
async def test_a_clean_up_deletes_the_done_ones_and_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(
        store,
        session_for,
        SEEDS,
        [message],
        {"Fix the garage door": "deleted", "Return library books": "deleted"},
    )


@pytest.mark.parametrize(
    "message",
    [
        "please remove task number 3 it is not needed anymore",
        "delete no. 3 its no longer required",
        "erase task 3 it's not needed any more",
        "please delete task no 3 is not needed",
    ],
)
async def test_a_number_deleted_with_why_after_it(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message], {"Call the dentist": "deleted"})


@pytest.mark.parametrize(
    ("message", "note"),
    [
        (
            "in the charcoal task put in the description: two bags, lighter fluid",
            "two bags, lighter fluid",
        ),
        (
            'for the dentist job put this in the description: "ask about the crown"',
            "ask about the crown",
        ),
        ("on the charcoal one, add in the notes: the big bags", "the big bags"),
        ("add to the dentist task description: bring the x-rays", "bring the x-rays"),
        ("for the charcoal task, description: two bags", "two bags"),
        ("the notes for the dentist one should say ask about the crown", "ask about the crown"),
    ],
)
async def test_a_description_put_in_a_task_named_first(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, note: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message])
    described = {t["title"]: t["description"] for t in store.tasks.values() if t["description"]}
    assert list(described.values()) == [note]
    assert len(store.tasks) == 4


@pytest.mark.parametrize(
    ("messages", "title"),
    [
        (
            ["the dentist task, can u make it say call the dentist about the filling"],
            "Call the dentist about the filling",
        ),
        (
            ["make the charcoal one read buy charcoal and firelighters"],
            "Buy charcoal and firelighters",
        ),
        (
            ["the dentist one, change it to say ring the dentist before 5"],
            "Ring the dentist before 5",
        ),
    ],
)
async def test_make_it_say_renames(
    store: TaskStore, session_for: Callable[..., ChatSession], messages: list[str], title: str
) -> None:
    seed(store, SEEDS)
    session = session_for(store)
    for message in messages:
        await session.say(message)
    assert title in [t["title"] for t in store.tasks.values()]
    assert len(store.tasks) == 4


@pytest.mark.parametrize(
    "message",
    [
        "wipe the counter",
        "wipe down the counter, it's sticky",
        "remove task number 99 it is not needed anymore",
        'for the boat job put this in the description: "2 coats"',
        "make the kids say thank you to grandma",
        "clean up the list",
        "everything there is grand, starting fresh tomorrow",
        "meri list mein kya add karun",
        "i left everything there",
        "the description of the dentist task is wrong",
        "for the boat task, description: two coats",
        "delete task 99 not needed anymore",
        "kaam bahut baaki hai yaar",
    ],
)
async def test_near_misses_change_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message])
    assert not any(t["description"] for t in store.tasks.values())


@pytest.mark.parametrize(
    "message",
    [
        "change the dentist one to say 7:30 rather than 7",
    ],
)
async def test_a_time_said_for_a_title_renames_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    seed(store, SEEDS)
    await session_for(store).say(message)
    titles = [t["title"] for t in store.tasks.values()]
    assert titles == [
        "Buy charcoal",
        "Fix the garage door",
        "Call the dentist",
        "Return library books",
    ]


@pytest.mark.parametrize(
    "message",
    ["make the dentist one say friday instead", "make the dentist one friday instead"],
)
async def test_a_day_said_for_a_task_named_as_a_task_moves_it(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    # (it had been added as 'Make the dentist one say')
    await assert_changes(store, session_for, SEEDS, [message], {"Call the dentist": "@2026-11-27"})

"""The plan stage, the details of a task said loosely, the way people type: a tag said after an
add ("put tag flat", "label uni"), a new time told as news ("the shift starts at 8 not 10, can
u change": the time changes, the day stays, never the title), and a message of how one feels
("ugh so tired rn, 12h shift at the bar": a length of time, no clock time, and no request)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore, read_due


@pytest.mark.parametrize(
    ("said", "title", "tags"),
    [
        ("add clean the bathroom, is my turn this week 🙃 put tag flat", "Clean the bathroom",
         ["flat"]),
        ("add clean the bathroom put tag flat", "Clean the bathroom", ["flat"]),
        ("add clean the bathroom, under flat", "Clean the bathroom", ["flat"]),
        ("add buy bin bags, tag flat pls", "Buy bin bags", ["flat"]),
        ("add buy bin bags, put it in flat tag", "Buy bin bags", ["flat"]),
        ("add buy bin bags, label flat", "Buy bin bags", ["flat"]),
        ("add buy bin bags - add tag flat", "Buy bin bags", ["flat"]),
        ("add buy bin bags put under the flat tag", "Buy bin bags", ["flat"]),
        ("add buy bin bags, tags flat and home", "Buy bin bags", ["flat", "home"]),
        ("add buy bin bags #flat", "Buy bin bags", ["flat"]),
        ("add clean bathroom, tagg flat", "Clean bathroom", ["flat"]),
        ("add clean bathroom, lable flat", "Clean bathroom", ["flat"]),
        ("add clean bathroom, put tag: flat", "Clean bathroom", ["flat"]),
        ("add clean bathroom (#flat)", "Clean bathroom", ["flat"]),
    ],
)  # fmt: skip
async def test_a_tag_said_after_an_add_is_its_tag(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    tags: list[str],
) -> None:
    await session_for(store).say(said)
    assert [(t["title"], t["tags"]) for t in store.tasks.values()] == [(title, tags)]


@pytest.mark.parametrize("then", ["tag flat", "put tag flat", "#flat", "label it flat"])
async def test_a_tag_said_alone_after_an_add_tags_it(
    store: TaskStore, session_for: Callable[..., ChatSession], then: str
) -> None:
    session = session_for(store)
    await session.say("add buy bin bags")
    await session.say(then)
    assert [(t["title"], t["tags"]) for t in store.tasks.values()] == [("Buy bin bags", ["flat"])]


@pytest.mark.parametrize(
    ("said", "title", "level"),
    [
        ("top prio: renew passport", "Renew passport", "high"),
        ("top prio. renew passport", "Renew passport", "high"),
        ("urgent!! call the bank", "Call the bank", "high"),
        ("this is urgent, add call the plumber", "Call the plumber", "high"),
        ("important!! can you add renew passport", "Renew passport", "high"),
        ("not urgent: clean the garage", "Clean the garage", "low"),
    ],
)
async def test_a_level_said_first_is_the_priority_of_the_task_after_it(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str, level: str
) -> None:
    await session_for(store).say(said)
    assert [(t["title"], t["priority"]) for t in store.tasks.values()] == [(title, level)]


async def test_a_level_said_first_then_also_add_is_the_level_of_the_task_before(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    session = session_for(store)
    await session.say("add call mom")
    await session.say("urgent! also add buy milk")
    assert [(t["title"], t["priority"]) for t in store.tasks.values()] == [
        ("Call mom", "high"),
        ("Buy milk", None),
    ]


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("the shift on saturday start at 8 not 10, can u change", "saturday 8am"),
        ("the shift starts at 8 now", "saturday 8am"),
        ("my shift starts at 7 instead of 10", "saturday 7am"),
        ("the shift is at 9 now, pls update", "saturday 9am"),
        ("the shift got moved to 11", "saturday 11am"),
        ("change my shift sat from 10 to 8", "saturday 8am"),
        ("the shift starts 8 not 10", "saturday 8am"),
    ],
)
async def test_a_new_time_told_as_news_keeps_the_day_and_the_title(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, due: str
) -> None:
    store.create("Shift at café", due_date=read_due("saturday 10am"))
    store.create("Buy milk")
    await session_for(store).say(said)
    assert store.titles() == ["Shift at café", "Buy milk"]
    assert store.tasks[1]["due_date"] == read_due(due)


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("the dentist is at 4 now", "thursday 4pm"),
        ("dentist moved to 5", "thursday 5pm"),
        ("the dentist got moved to 4.30", "thursday 4:30pm"),
        ("make the dentist 4:30 instead", "thursday 4:30pm"),
        ("dentist is 4pm now", "thursday 4pm"),
    ],
)
async def test_a_bare_hour_keeps_the_half_of_the_day(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, due: str
) -> None:
    store.create("Dentist appointment", due_date=read_due("thursday 3pm"))
    await session_for(store).say(said)
    assert store.titles() == ["Dentist appointment"]
    assert store.tasks[1]["due_date"] == read_due(due)


async def test_a_new_time_for_one_of_two_tasks_asks_which(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Shift at café", due_date=read_due("saturday 10am"))
    store.create("Shift at the bar", due_date=read_due("sunday 6pm"))
    result = await session_for(store).say("the shift starts at 8 not 10")
    assert "?" in result.reply
    assert [t["due_date"] for t in store.tasks.values()] == [
        read_due("saturday 10am"),
        read_due("sunday 6pm"),
    ]


async def test_change_said_alone_still_asks_for_a_new_title(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    session = session_for(store)
    await session.say("add call mom")
    result = await session.say("change")
    assert "title" in result.reply and store.titles() == ["Call mom"]


@pytest.mark.parametrize(
    "said",
    [
        "ugh so tired rn 😴 12h shift at the bar",
        "so exhausted, 8h drive to munich",
        "exhausted after the 12h shift at the bar",
        "knackered. long shift at the bar",
        "im so tired, 8h drive tomorrow",
        "tired af, 3h study session tonight",
        "burnt out. 2h meeting at 4",
        "so tired, 12h shift at the bar tomorrow",
        "so stressed about the exam tomorrow",
        "feeling sick today 🤒",
    ],
)
async def test_how_one_feels_is_no_request(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.create("Drive to Munich")
    store.create("Shift at the bar")
    await session_for(store).say(said)
    assert store.titles() == ["Drive to Munich", "Shift at the bar"]
    assert store.titles(done=True) == []
    assert all(t["due_date"] is None for t in store.tasks.values())


@pytest.mark.parametrize(
    ("said", "title", "due"),
    [
        ("add 12h shift at the bar", "12h shift at the bar", None),
        ("add 2 hour study session tomorrow at 3pm", "2 hour study session", "tomorrow 3pm"),
        ("remind me in 2 hours to check the oven", "Check the oven", "in 2 hours"),
        ("dinner at 12h", "Dinner", "today 12:00"),
    ],
)
async def test_a_length_of_time_before_a_thing_is_no_clock_time(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    due: str | None,
) -> None:
    await session_for(store).say(said)
    assert [(t["title"], t["due_date"]) for t in store.tasks.values()] == [(title, read_due(due))]


@pytest.mark.parametrize(
    "said", ["show me the important stuff", "what's urgent?", "list my important tasks"]
)
async def test_important_in_a_listing_is_a_filter_and_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.create("Pay rent", priority="high")
    store.create("Print important documents")
    result = await session_for(store).say(said)
    assert store.titles() == ["Pay rent", "Print important documents"]
    assert "Pay rent" in result.reply and "Print important documents" not in result.reply


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("push the dentist to 5", "thursday 5pm"),
        ("dentist at 5 instead of 3", "thursday 5pm"),
        ("dentist at 4:30 not 3 pls", "thursday 4:30pm"),
    ],
)
async def test_a_task_moved_to_a_bare_hour_keeps_its_day(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, due: str
) -> None:
    store.create("Dentist appointment", due_date=read_due("thursday 3pm"))
    store.create("Pay rent")
    await session_for(store).say(said)
    assert store.titles() == ["Dentist appointment", "Pay rent"]
    assert store.tasks[1]["due_date"] == read_due(due)


@pytest.mark.parametrize(
    ("said", "level"),
    [("rent is due friday, its urgent", "high"), ("move rent to friday, not urgent tho", "low")],
)
async def test_a_level_said_after_a_new_date_is_set_too(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, level: str
) -> None:
    store.create("Pay rent")
    await session_for(store).say(said)
    task = store.tasks[1]
    assert (task["title"], task["due_date"], task["priority"]) == (
        "Pay rent",
        read_due("friday"),
        level,
    )


async def test_an_add_with_the_old_time_after_the_new_keeps_only_the_new(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await session_for(store).say("add call mom at 5 instead of 3")
    assert [(t["title"], t["due_date"]) for t in store.tasks.values()] == [
        ("Call mom", read_due("today 5pm"))
    ]


@pytest.mark.parametrize(
    "said",
    [
        "put the bathroom one under flat",
        "the bathroom one goes in flat",
        "put the bathroom one under the flat tag",
        "clean the bathroom goes in the flat tag",
    ],
)
async def test_a_task_filed_under_a_tag_is_tagged(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.create("Clean the bathroom")
    store.create("Pay rent")
    await session_for(store).say(said)
    assert [t["tags"] for t in store.tasks.values()] == [["flat"], []]


@pytest.mark.parametrize(
    "said",
    [
        "put the bathroom one under the sink",
        "the milk goes in the fridge",
        "the bathroom one goes in the bin",
    ],
)
async def test_a_place_to_put_a_thing_is_no_tag(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.create("Clean the bathroom")
    store.create("Buy milk")
    await session_for(store).say(said)
    assert store.titles() == ["Clean the bathroom", "Buy milk"]
    assert [t["tags"] for t in store.tasks.values()] == [[], []]


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("so tired. add gym tomorrow 7am", "Gym"),
        ("so tired. call mom tomorrow", "Call mom"),
        ("sick note for school tomorrow", "Sick note for school"),
        ("down payment friday", "Down payment"),
    ],
)
async def test_a_request_beside_a_feeling_or_a_feeling_word_in_a_title_is_still_added(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    await session_for(store).say(said)
    assert store.titles() == [title]


async def test_a_level_then_a_date_said_of_a_task_set_both(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Send CV to Decathlon")
    store.create("Gym")
    await session_for(store).say("the CV one is urgent, due friday")
    task = store.tasks[1]
    assert (task["due_date"], task["priority"]) == (read_due("friday"), "high")
    assert store.tasks[2]["priority"] is None


@pytest.mark.parametrize(
    ("said", "due"),
    [("dentist is now friday 10am", "friday 10am"), ("the dentist is now on friday", "friday 3pm")],
)
async def test_a_task_said_to_be_now_on_a_day_moves(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, due: str
) -> None:
    store.create("Dentist appointment", due_date=read_due("thursday 3pm"))
    await session_for(store).say(said)
    assert store.titles() == ["Dentist appointment"]
    assert store.tasks[1]["due_date"] == read_due(due)


@pytest.mark.parametrize(
    "said",
    ["so exhausted, picked up the dry cleaning tho", "omg so tired, picked up the dry cleaning"],
)
async def test_a_deed_told_after_a_feeling_still_completes_it(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.create("Pick up the dry cleaning")
    await session_for(store).say(said)
    assert store.titles(done=True) == ["Pick up the dry cleaning"]


@pytest.mark.parametrize("said", ["the dentist is 4", "the milk is 2 litres"])
async def test_a_bare_number_without_at_or_an_old_time_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.create("Dentist appointment", due_date=read_due("thursday 3pm"))
    store.create("Buy milk")
    await session_for(store).say(said)
    assert [t["due_date"] for t in store.tasks.values()] == [read_due("thursday 3pm"), None]

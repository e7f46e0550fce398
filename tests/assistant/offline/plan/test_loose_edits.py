"""The plan stage, edits of a task's date or tags said loosely: news of a new date followed by a
bare request to apply it ("the brown bin doesnt go out till tmrw, change it pls"), news before
an edit said after a comma ("gas agency closed today, shift the cylinder booking to tomorrow"),
and a tag named in quotes or after "that one". None of them adds a task; a thing the news names
that fits two tasks, or none, changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore, read_due


@pytest.mark.parametrize(
    ("title", "said", "due"),
    [
        ("Put the brown bin out", "the brown bin doesnt go out till tmrw, change it pls",
         "tomorrow"),
        ("Put the recycling out", "the recycling doesn't go out until thursday, update it",
         "thursday"),
        ("Book the vet for Rex", "the vet thing needs doing by thursday, put that date on it",
         "thursday"),
        ("Dentist appointment for Cian",
         "they called to move the dentist appointment to wednesday at 4pm, update that pls",
         "wednesday 4pm"),
        ("Pay for aso-ebi fabric",
         "the aso-ebi payment is due tomorrow o, not next week. change am", "tomorrow"),
        ("Return library books", "library books are due back saturday now, can u fix that",
         "saturday"),
        ("Book swim lessons", "turns out swim lessons dont start till next monday, change that",
         "next monday"),
    ],
)  # fmt: skip
async def test_news_of_a_date_then_apply_it_moves_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], title: str, said: str, due: str
) -> None:
    store.create(title)
    store.create("Call Nan")
    await session_for(store).say(said)
    assert [(t["title"], t["due_date"]) for t in store.tasks.values()] == [
        (title, read_due(due)),
        ("Call Nan", None),
    ]


@pytest.mark.parametrize(
    ("title", "said", "due"),
    [
        ("Book gas cylinder", "gas agency closed today, shift the cylinder booking to tomorrow",
         "tomorrow"),
        ("Mow the lawn", "rained all morning, shift the lawn mowing to saturday", "saturday"),
        ("Get a haircut", "kids are sick today, shift my haircut to friday", "friday"),
        ("Visit Nan", "nan isnt well today so shift the visit to sunday", "sunday"),
    ],
)  # fmt: skip
async def test_news_then_an_edit_after_a_comma_is_the_edit(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    title: str,
    said: str,
    due: str,
) -> None:
    store.create(title, due_date="2026-11-23")
    store.create("Call Nan")
    await session_for(store).say(said)
    tasks = list(store.tasks.values())
    assert [t["title"] for t in tasks] == [title, "Call Nan"]
    assert tasks[0]["due_date"] == read_due(due)


@pytest.mark.parametrize(
    ("said", "tags"),
    [
        ("put a 'flat' tag on the building fee one", ["flat"]),
        ('stick a "bills" tag on the building fee one', ["bills"]),
        ("add the 'home' label to the building fee one", ["home"]),
        ("tag the building fee one as 'flat stuff'", ["flat-stuff"]),
    ],
)
async def test_a_quoted_tag_is_the_tag(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, tags: list[str]
) -> None:
    store.create("Pay building maintenance fee")
    store.create("Book weekend trip")
    await session_for(store).say(said)
    assert [(t["title"], t["tags"]) for t in store.tasks.values()] == [
        ("Pay building maintenance fee", tags),
        ("Book weekend trip", []),
    ]


@pytest.mark.parametrize(
    "then", ["tag that one camping", "tag this one camping", "label that one camping pls"]
)
async def test_that_one_is_the_task_never_part_of_the_tag(
    store: TaskStore, session_for: Callable[..., ChatSession], then: str
) -> None:
    session = session_for(store)
    await session.say("add book campsite at Algonquin")
    await session.say(then)
    assert [(t["title"], t["tags"]) for t in store.tasks.values()] == [
        ("Book campsite at Algonquin", ["camping"])
    ]


@pytest.mark.parametrize(
    ("seeds", "said"),
    [
        # a statement, no request
        (["Put the brown bin out"], "the brown bin doesnt go out till tmrw"),
        # the thing fits two tasks
        (["Put the brown bin out", "Put the green bin out"],
         "the bin goes out on thursday now, change it"),
        # no task is the thing
        (["Buy milk"], "the party is on friday now, update it"),
        # the user's own news names no task
        (["Buy milk"], "i cant do friday, change it"),
        (["Buy milk"], "we're away till monday, update that"),
        # news with no date
        (["Put the brown bin out"], "the brown bin is full again, change it"),
    ],
)  # fmt: skip
async def test_news_with_no_one_task_or_no_date_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: list[str], said: str
) -> None:
    for seed in seeds:
        store.create(seed)
    await session_for(store).say(said)
    assert [(t["title"], t["due_date"], t["completed"]) for t in store.tasks.values()] == [
        (seed, None, False) for seed in seeds
    ]


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("the bach booking one, can you reword it to say Book bach at Raglan for 6 people so I "
         "remember how many", "Book bach at Raglan for 6 people"),
        ("reword the bach one to say Book bach at Raglan", "Book bach at Raglan"),
        ("can u rephrase the bach booking as Book bach at Raglan for 6",
         "Book bach at Raglan for 6"),
        ("the bach one, rephrase it as book bach in raglan", "Book bach in raglan"),
    ],
)  # fmt: skip
async def test_reword_and_rephrase_rename(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    store.create("Book the bach")
    store.create("Renew car rego")
    await session_for(store).say(said)
    assert [t["title"] for t in store.tasks.values()] == [title, "Renew car rego"]


@pytest.mark.parametrize(
    ("old", "said", "new"),
    [
        ("By new jandals", "fix the typo in 'by new jandals' lol it's meant to be buy",
         "Buy new jandals"),
        ("Call Jon about the ute",
         'correct the spelling in "call jon about the ute", should be John',
         "Call John about the ute"),
        ("Bye milk", "sort out the typo in 'bye milk', it should say buy milk", "Buy milk"),
        ("Email Sarha the slides",
         "fix the typo on 'email sarha the slides', its supposed to be sarah",
         "Email Sarah the slides"),
    ],
)  # fmt: skip
async def test_a_typo_fixed_with_what_it_should_be(
    store: TaskStore, session_for: Callable[..., ChatSession], old: str, said: str, new: str
) -> None:
    store.create(old)
    store.create("Clean the BBQ")
    await session_for(store).say(said)
    assert [t["title"] for t in store.tasks.values()] == [new, "Clean the BBQ"]


@pytest.mark.parametrize(
    ("old", "said"),
    [
        # a task named loosely: which word is meant is asked, never guessed
        ("By new jandals", "fix the typo in the jandals one, it's meant to be buy"),
        # a word like none of the title's is never the whole title
        ("Pick up recieve", "fix the typo on 'pick up recieve' its supposed to be receipt"),
        # a two-task target asks
        ("Book the bach", "reword the bach one to say Book bach at Raglan"),
    ],
)  # fmt: skip
async def test_a_loose_rename_asks(
    store: TaskStore, session_for: Callable[..., ChatSession], old: str, said: str
) -> None:
    store.create(old)
    store.create("Book the bach ferry")
    await session_for(store).say(said)
    assert [t["title"] for t in store.tasks.values()] == [old, "Book the bach ferry"]


@pytest.mark.parametrize(
    ("said", "tags"),
    [
        ("school fees → tags kids and money pls", ["kids", "money"]),
        ("school fees -> tag kids", ["kids"]),
        ("jack's school fees => labels kids, money", ["kids", "money"]),
        ("the fees one → tags: money", ["money"]),
    ],
)
async def test_a_task_an_arrow_and_tags_tags_it(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, tags: list[str]
) -> None:
    store.create("Pay Jack's school fees")
    store.create("Book car service")
    await session_for(store).say(said)
    assert [(t["title"], t["tags"]) for t in store.tasks.values()] == [
        ("Pay Jack's school fees", tags),
        ("Book car service", []),
    ]


async def test_an_arrow_to_tags_for_no_task_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Pay Jack's school fees")
    await session_for(store).say("gym -> tag health")
    assert [(t["title"], t["tags"]) for t in store.tasks.values()] == [
        ("Pay Jack's school fees", [])
    ]


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("can u move my zoom w/ the aussie client to 3pm instead? same day still",
         "2026-11-24T15:00:00+00:00"),
        ("move the zoom call to thursday. same time still", "2026-11-26T02:00:00+00:00"),
        ("move the zoom to 5pm. the day stays the same", "2026-11-24T17:00:00+00:00"),
        # (already read so: kept as guards)
        ("shift the zoom call to 4pm. same date though", "2026-11-24T16:00:00+00:00"),
        ("can you push the zoom call to 1pm. keep the same day", "2026-11-24T13:00:00+00:00"),
    ],
)  # fmt: skip
async def test_what_stays_beside_a_new_time_is_a_remark(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, due: str
) -> None:
    store.create("Zoom call with Australian client", due_date="2026-11-24T02:00:00Z")
    store.create("Buy rice cooker")
    reply = (await session_for(store).say(said)).reply
    assert [(t["title"], t["due_date"]) for t in store.tasks.values()] == [
        ("Zoom call with Australian client", due),
        ("Buy rice cooker", None),
    ]
    assert "couldn't find" not in reply


@pytest.mark.parametrize(
    "said",
    [
        "remove deadline from visa file one, embassy has not given date yet so no point",
        "delete the deadline for the visa file, embassy is slow so no point yet",
        "remove date from the visa file one, client has not confirmed so pointless",
    ],
)
async def test_a_reason_after_a_date_removed_is_no_part_of_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.create("Prepare visa file", due_date="2026-11-27")
    store.create("Fix the water motor")
    await session_for(store).say(said)
    assert [(t["title"], t["due_date"]) for t in store.tasks.values()] == [
        ("Prepare visa file", None),
        ("Fix the water motor", None),
    ]

"""The plan stage, the story, feeling or reason people wrap around a request: it is no task and
no part of a title. A clause after the title with a subject and verb of its own ("she keeps
asking", "penalty will come otherwise", "it expire next month and i need ...", "I keep
forgetting about it") is cut; a level said of the task just added in a sentence of its own
("Priority low, is not urgent.") sets that level; words with a day that only tell how the day
was ("today has been so long", "the kids loved the zoo yesterday") add nothing.

Never harm: a remark that is the task's own ("ask sarah if she keeps the receipts"), "as" that
is a word of the title ("go as santa to the fair", a quoted 'As I Lay Dying'), a reason the user
may want kept ("return shoes because too small"), a time that dates the task ("pick up the
kids, school ends at 3"). A task named only by what a thing needs, when the need is a deed
("the guest room needs a proper cleaning, put it on my list", "the lawn needs mowing, add it")
is that deed ('Clean the guest room'); a need of a thing that is no deed ("the boss needs a
report") keeps its words. Not covered: a name written small is not capitalised ('Give sarah her
hoodie back')."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Call mum|Oil change"


@pytest.mark.parametrize(
    ("message", "added"),
    [
        (
            "omg remind me to give sarah her hoodie back she keeps asking lol 😭",
            ["Give sarah her hoodie back"],
        ),
        (
            "remind me to return jake's drill he keeps asking for it",
            ["Return jake's drill"],
        ),
        ("add water the ferns they keep drying out", ["Water the ferns"]),
        (
            "kindly add one task - link my PAN with aadhaar, keep it high priority as penalty "
            "will come otherwise",
            ["Link my PAN with aadhaar"],
        ),
        (
            "add call the bank, keep it high priority as the card will get blocked otherwise",
            ["Call the bank"],
        ),
        ("pls add pay PLDT bill po, malapit na due 😅 thank u", ["Pay PLDT bill"]),
        (
            "add renew my CNH, it expire next month and i need to do the exame médico first",
            ["Renew my CNH"],
        ),
        (
            "add renew my passport, it runs out in spring and i need new photos first",
            ["Renew my passport"],
        ),
        (
            "grand so stick down to get the car NCT'd before the end of the month, I keep "
            "forgetting about it",
            ["Get the car NCT'd"],
        ),
        ("stick down to renew the bin permit", ["Renew the bin permit"]),
        (
            "my saas is coming to stay from sunday so the guest room needs a proper cleaning "
            "before that, put it on my list pls",
            ["Clean the guest room"],
        ),
        ("the lawn needs mowing, add it", ["Mow the lawn"]),
        ("the car needs a service next week, put it on the list", ["Service the car"]),
    ],
)
async def test_the_title_is_the_request_only(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    added: list[str],
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    titles = sorted(s.split("@")[0] for s in state)
    assert titles == sorted(["Call mum", "Oil change", *added])


@pytest.mark.parametrize(
    ("message", "level"),
    [
        (
            "Please add: bring the empty bottles back to the Pfand machine at Rewe. Priority low, "
            "is not urgent.",
            "low",
        ),
        ("add pay the electricity bill. Priority high, it's overdue.", "high"),
        ("add book the MOT. Priority: high, the garage gets booked up", "high"),
        (
            "remind me to link my PAN with aadhaar, keep it high priority as penalty will come "
            "otherwise",
            "high",
        ),
    ],
)
async def test_a_level_said_after_the_add_is_its_level(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, level: str
) -> None:
    await play(store, session_for, SEEDS, [message])
    added = [t for t in store.tasks.values() if t["title"] not in ("Call mum", "Oil change")]
    assert len(added) == 1 and added[0]["priority"] == level
    assert not any(t["priority"] for t in store.tasks.values() if t is not added[0])


@pytest.mark.parametrize(
    "message",
    [
        "ugh today has been sooo long 😩 boss was a nightmare",
        "yesterday was such a mess honestly",
        "Kids loved the zoo yesterday",
        "the kids loved the beach yesterday btw, thanks for reminding me to get the tickets",
        "this week has been brutal tbh",
        "friday was so much fun lol",
    ],
)
async def test_venting_and_news_change_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    reply = await assert_changes(store, session_for, SEEDS, [message])
    assert "added" not in reply


async def test_a_deed_done_with_news_ticks_it_and_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        SEEDS,
        [
            "Got the oil changed at Jiffy Lube this morning. Kids loved the zoo yesterday btw, "
            "thanks for reminding me to get the tickets"
        ],
        {"Oil change": "done"},
    )


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("remind me to ask sarah if she keeps the receipts", "Ask sarah if she keeps the receipts"),
        ("add go as santa to the school fair", "Go as santa to the school fair"),
        ("add read 'As I Lay Dying'", "As I Lay Dying"),
        ("add pick up the kids, school ends at 3", "Pick up the kids"),
        ("remind me to call grandad she's been ill", "Call grandad"),
        ("buy oat milk we're out", "Buy oat milk"),
        ("add return shoes because too small", "Return shoes"),
        ("add keep the receipts as proof", "Keep the receipts as proof"),
        ("add renew my CNH", "Renew my CNH"),
        ("friday pay the gardener", "Pay the gardener"),
        ("add the boss needs a report by friday", "The boss needs a report"),
        ("add stick down the carpet edge in the hall", "Stick down the carpet edge in the hall"),
    ],
)
async def test_near_misses_are_still_requests(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    added = [s for s in state if s.split("@")[0] not in ("Call mum", "Oil change")]
    assert len(added) == 1 and added[0].split("@")[0].startswith(title)


async def test_a_hard_time_told_gets_a_short_kind_reply(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    reply = await assert_changes(
        store, session_for, SEEDS, ["ugh today has been sooo long 😩 boss was a nightmare"]
    )
    assert reply.startswith("Sorry it's been a rough one") and "add tasks" not in reply

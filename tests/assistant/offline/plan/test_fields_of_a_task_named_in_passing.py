"""The plan stage, a field or a title word set on a task the user names in passing ("the
library books are due back friday, can you put that on them", "the task of the visa for my
cousin Diego, put it for next monday", "the school fees one is for Wanjiru's second term, put
that in the name", "ammi ki dawai wala task kal ke liye set kar do"), an add with a tag or a
level said of it ("pop it on with the tag bills", "add X, put it under tag bills", "add X, its
urgent now like"), and a listing by a tag said as an adjective ("only show my office tasks").
Each with near-misses that must change nothing they should not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore

Seed = str | tuple[str, list[str]]


def _snap(store: TaskStore) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """The store's tasks as (title, due, priority, tags), sorted."""
    return sorted(
        (
            t["title"],
            t["due_date"] or "",
            t["priority"] if t["priority"] not in (None, "none") else "",
            tuple(t["tags"]),
        )
        for t in store.tasks.values()
    )


async def _play(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: list[Seed], message: str
) -> tuple[list[tuple[str, str, str, tuple[str, ...]]], str]:
    for s in seeds:
        title, tags = (s, []) if isinstance(s, str) else s
        store.create(title, tags=tags)
    reply = (await session_for(store).say(message)).reply
    return _snap(store), reply


LIB = ["Return library books", "Renew library card", "Buy a book for Ellie"]
VISA = ["Pay Visa credit card", "Help Diego with US visa form"]
FEES = ["Buy school shoes", "Pay school fees", "Pay chama contribution"]
NAN = ["Ring Nan", "Buy Nan's birthday present", "Book table at the Harvester"]
URDU = ["Ammi ki dawai lana", "Bachon ki school fees jama karwana"]
BILLS = ["Pay electricity bill", "Call mum", "Pay gas bill"]

# (seeds, message, the one task changed: title after, due, priority, tags; or None: a new one)
DUES: list[tuple[list[Seed], str, str, str]] = [
    (
        LIB,
        "the library books are due back friday, can you put that on them",
        "Return library books",
        "2026-11-27",
    ),
    (
        LIB,
        "library books are due back on friday, put that on them",
        "Return library books",
        "2026-11-27",
    ),
    (
        LIB,
        "the library books are due friday, can you put that on the task",
        "Return library books",
        "2026-11-27",
    ),
    (
        LIB,
        "the library books are due back by friday, can you put that on them",
        "Return library books",
        "2026-11-27",
    ),
    (
        BILLS,
        "the electricity bill is due thursday, put that on it",
        "Pay electricity bill",
        "2026-11-26",
    ),
    (BILLS, "gas bill is due on wednesday, can you put that on it", "Pay gas bill", "2026-11-25"),
    (
        LIB,
        "my library books are due back thursday, put it on that task",
        "Return library books",
        "2026-11-26",
    ),
    (
        VISA,
        "The task of the visa for Diego, put it for next monday please",
        "Help Diego with US visa form",
        "2026-11-30",
    ),
    (
        VISA,
        "the one about the visa for Diego, move it to friday",
        "Help Diego with US visa form",
        "2026-11-27",
    ),
    (
        VISA,
        "the task about Diego's visa, set it for tomorrow",
        "Help Diego with US visa form",
        "2026-11-24",
    ),
    (
        VISA,
        "the task of the credit card, put it for friday please",
        "Pay Visa credit card",
        "2026-11-27",
    ),
    (
        LIB,
        "the one about the book for Ellie, put it for saturday",
        "Buy a book for Ellie",
        "2026-11-28",
    ),
    (
        LIB,
        "the task of the library card, make it due wednesday",
        "Renew library card",
        "2026-11-25",
    ),
    (BILLS, "the task of calling mum, put it for tomorrow", "Call mum", "2026-11-24"),
    (
        URDU,
        "ammi ki dawai wala task kal ke liye set kar do please",
        "Ammi ki dawai lana",
        "2026-11-24",
    ),
    (URDU, "ammi ki dawai wala task kal ke liye kar do", "Ammi ki dawai lana", "2026-11-24"),
    (
        URDU,
        "school fees wala task friday ke liye set kar do",
        "Bachon ki school fees jama karwana",
        "2026-11-27",
    ),
    (URDU, "dawai wala task parson ke liye set kar dein", "Ammi ki dawai lana", "2026-11-25"),
    (URDU, "ammi ki dawai wala kaam kal ke liye rakh do", "Ammi ki dawai lana", "2026-11-24"),
]


@pytest.mark.parametrize(("seeds", "message", "title", "due"), DUES)
async def test_a_due_set_on_the_task_named(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: list[Seed],
    message: str,
    title: str,
    due: str,
) -> None:
    after, _ = await _play(store, session_for, seeds, message)
    want = sorted((s, due if s == title else "", "", ()) for s in seeds)  # type: ignore[misc]
    assert after == want


RENAMES: list[tuple[list[Seed], str, str, str]] = [
    (
        FEES,
        "The school fees one is for Wanjiru's second term, put that in the name",
        "Pay school fees",
        "Pay school fees for Wanjiru's second term",
    ),
    (
        FEES,
        "the school fees task is for Wanjiru's second term, put that in the title",
        "Pay school fees",
        "Pay school fees for Wanjiru's second term",
    ),
    (
        FEES,
        "the chama one is for December, add that to the name",
        "Pay chama contribution",
        "Pay chama contribution for December",
    ),
    (
        FEES,
        "the school shoes one is for Amani, put that in the name",
        "Buy school shoes",
        "Buy school shoes for Amani",
    ),
    (
        NAN,
        "it's actually Grandad's birthday not Nan's 🤦‍♀️ can u fix the present task",
        "Buy Nan's birthday present",
        "Buy Grandad's birthday present",
    ),
    (
        NAN,
        "it's actually Grandad's birthday not Nan's, can u fix the present task",
        "Buy Nan's birthday present",
        "Buy Grandad's birthday present",
    ),
    (
        NAN,
        "oops it's at the Toby Carvery not the Harvester, can you fix the table task",
        "Book table at the Harvester",
        "Book table at the Toby Carvery",
    ),
    (
        BILLS,
        "it's actually the water bill not the gas bill, fix the gas one",
        "Pay gas bill",
        "Pay water bill",
    ),
]


@pytest.mark.parametrize(("seeds", "message", "old", "new"), RENAMES)
async def test_words_put_in_the_name_of_the_task_named(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: list[Seed],
    message: str,
    old: str,
    new: str,
) -> None:
    after, _ = await _play(store, session_for, seeds, message)
    want = sorted((new if s == old else s, "", "", ()) for s in seeds)  # type: ignore[misc]
    assert after == want


ADDS: list[tuple[list[Seed], str, tuple[str, str, str, tuple[str, ...]]]] = [
    (
        [],
        "tv licence needs renewing, pop it on with the tag bills ta",
        ("Renew tv licence", "", "", ("bills",)),
    ),
    ([], "the car needs washing, pop it on the list", ("Wash the car", "", "", ())),
    (
        [],
        "the gutters need cleaning, can you add it with the tag house",
        ("Clean the gutters", "", "", ("house",)),
    ),
    (
        [],
        "passport needs renewing, put it on with tag travel",
        ("Renew passport", "", "", ("travel",)),
    ),
    (
        [("Pay rent", ["bills"]), "Buy unga"],
        "add buy KPLC tokens, put it under tag bills",
        ("Buy KPLC tokens", "", "", ("bills",)),
    ),
    (
        [("Pay rent", ["bills"])],
        "add pay water bill, put it under the tag bills",
        ("Pay water bill", "", "", ("bills",)),
    ),
    ([], "add buy printer ink, put it under the work tag", ("Buy printer ink", "", "", ("work",))),
    ([], "add renew car insurance with the tag car", ("Renew car insurance", "", "", ("car",))),
    ([], "add call the plumber, put it under tag: house", ("Call the plumber", "", "", ("house",))),
    (
        [],
        "add sort out the motor tax, its urgent now like, it ran out last week",
        ("Sort out the motor tax", "", "high", ()),
    ),
    (
        [],
        "add renew the car insurance, this one's urgent",
        ("Renew the car insurance", "", "high", ()),
    ),
    ([], "add pay the council tax, it's a priority", ("Pay the council tax", "", "high", ())),
    ([], "add book the mot, it's urgent now", ("Book the mot", "", "high", ())),
    ([], "add call the bank, its urgent", ("Call the bank", "", "high", ())),
    ([], "add fix the boiler - it's urgent now, no hot water", ("Fix the boiler", "", "high", ())),
    ([], "add chase the refund, it's a priority now", ("Chase the refund", "", "high", ())),
    ([], "add renew my visa this one is urgent", ("Renew my visa", "", "high", ())),
]


@pytest.mark.parametrize(("seeds", "message", "new"), ADDS)
async def test_an_add_with_its_fields(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: list[Seed],
    message: str,
    new: tuple[str, str, str, tuple[str, ...]],
) -> None:
    after, _ = await _play(store, session_for, seeds, message)
    olds = [(s, "", "", ()) if isinstance(s, str) else (s[0], "", "", tuple(s[1])) for s in seeds]
    assert after == sorted([*olds, new])


OFFICE: list[Seed] = [
    ("Send the quarterly report", ["office"]),
    ("Book meeting room", ["office"]),
    ("Fix the leaking tap", ["home"]),
    ("Water the plants", ["home"]),
]


@pytest.mark.parametrize(
    "message",
    [
        "only show my office tasks",
        "show my office tasks",
        "show me the office stuff",
        "what are my office tasks",
        "list my office ones",
        "just the office tasks please",
        "only my office tasks pls",
        "can i see my office tasks",
    ],
)
async def test_a_tag_said_as_an_adjective_lists_its_tasks(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    after, reply = await _play(store, session_for, OFFICE, message)
    assert len(after) == 4
    assert "quarterly report" in reply and "meeting room" in reply
    assert "tap" not in reply and "plants" not in reply


NEAR_MISSES: list[tuple[list[Seed], str]] = [
    (LIB, "were the library books due back friday?"),
    (LIB, "the library is shut on friday"),
    (LIB, "the library books are heavy, i'll take the car"),
    (VISA, "the task of the visa is a pain"),
    (VISA, "what's the task of the visa for diego about?"),
    (FEES, "the school fees one is for Wanjiru's second term"),
    (FEES, "is the school fees one for Wanjiru?"),
    (NAN, "it's actually Grandad's birthday not Nan's"),
    (NAN, "nan loves her present"),
    (URDU, "ammi ki dawai wala task kal dekhenge"),
    (BILLS, "the gas bill is due thursday?"),
    (OFFICE, "the office tasks are piling up"),
    (OFFICE, "i hate office tasks"),
]


@pytest.mark.parametrize(("seeds", "message"), NEAR_MISSES)
async def test_near_misses_change_nothing(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: list[Seed],
    message: str,
) -> None:
    after, _ = await _play(store, session_for, seeds, message)
    olds = [(s, "", "", ()) if isinstance(s, str) else (s[0], "", "", tuple(s[1])) for s in seeds]
    assert after == sorted(olds)


NEAR_ADDS: list[tuple[str, tuple[str, str, str, tuple[str, ...]]]] = [
    ("add call urgent care", ("Call urgent care", "", "", ())),
    ("add book an urgent care appointment", ("Book an urgent care appointment", "", "", ())),
    ("add sort out priority boarding", ("Sort out priority boarding", "", "", ())),
    ("add go to the library friday", ("Go to the library", "2026-11-27", "", ())),
    ("add read about tag rugby rules", ("Read about tag rugby rules", "", "", ())),
    ("add buy a tv licence", ("Buy a tv licence", "", "", ())),
    ("add put the bleach under the sink", ("Put the bleach under the sink", "", "", ())),
    ("add check if the car needs servicing", ("Check if the car needs servicing", "", "", ())),
]


@pytest.mark.parametrize(("message", "new"), NEAR_ADDS)
async def test_near_miss_adds_are_as_said(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    new: tuple[str, str, str, tuple[str, ...]],
) -> None:
    after, _ = await _play(store, session_for, LIB, message)
    assert after == sorted([*[(s, "", "", ()) for s in LIB], new])

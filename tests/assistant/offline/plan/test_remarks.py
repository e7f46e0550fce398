"""The plan stage, a remark said with a request: a reason or a feeling beside a delete, a date
cleared or a deed is no part of its target ("forget about the gym one, not bothered anymore
tbh", "remove the deadline from the visa one, embassy hasn't given a date", "firewood's not
needed anymore, we switched to a pellet stove. take it off"); a word cut short ("the pav
reminder") is asked about, never acted on. Near wordings that name no task, or a thing that is
no task, change nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, expected, play

# FIXED_TODAY is Monday 23 November 2026
FRIDAY = "2026-11-27"


GYM = "Go to the gym on Tuesdays|Buy milk|Call the bank"
WOOD = "Pick up a cord of firewood|Fix the garage door|Book flu jab"
VISA = f"Prepare visa file@{FRIDAY}|Fix the water motor"
TRIP = "Research caravan parks in Byron|Service the caravan|Buy a new esky"


@pytest.mark.parametrize(
    ("seeds", "message", "changes"),
    [
        # a feeling after a delete: never the words of a correction ("make it ...")
        (
            GYM,
            "forget about the gym one, not bothered anymore tbh",
            {"Go to the gym on Tuesdays": "deleted"},
        ),
        (GYM, "forget the bank one, not fussed", {"Call the bank": "deleted"}),
        (
            GYM,
            "scrap the gym one, not interested anymore",
            {"Go to the gym on Tuesdays": "deleted"},
        ),
        # a "nah" before a delete, and a remark with its own subject after it
        (
            TRIP,
            "nah get rid of the byron research, we're going to noosa instead",
            {"Research caravan parks in Byron": "deleted"},
        ),
        (TRIP, "nahh scrap the esky one, my brother lent us his", {"Buy a new esky": "deleted"}),
        # a thing said to be not needed, the "is" joined on, a choice made, then "take it off";
        # a deed after a delete asked for is why, never a completion ("we sold it")
        (
            WOOD,
            "firewood's not needed anymore, we switched to a pellet stove. take it off",
            {"Pick up a cord of firewood": "deleted"},
        ),
        (
            WOOD,
            "the garage door's not needed anymore, we switched to a carport. delete it",
            {"Fix the garage door": "deleted"},
        ),
        (
            TRIP,
            "nah cancel the caravan service, we sold it",
            {"Service the caravan": "deleted"},
        ),
        # a date cleared with a remark after the task named
        (
            VISA,
            "remove deadline from visa file one, embassy has not given date yet so no point",
            {"Prepare visa file": "nodue"},
        ),
        (
            VISA,
            "clear the deadline from the visa one, embassy still has no dates",
            {"Prepare visa file": "nodue"},
        ),
        (
            VISA,
            "delete the due date from visa file, office has not decided yet",
            {"Prepare visa file": "nodue"},
        ),
    ],
)
async def test_a_remark_beside_a_request_is_no_part_of_its_target(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, seeds, [message], changes)


PAV = "Make pavlova for Christmas lunch|Buy new jandals|Pick up ham from the butcher"


@pytest.mark.parametrize(
    ("seeds", "message", "meant"),
    [
        (PAV, "dont need the pav reminder anymore, Mum's bringing dessert. delete pls", "pavlova"),
        (PAV, "scrap the pav one, nana's making trifle", "pavlova"),
        (
            "Renew magazine subscription|Buy milk",
            "delete the mag task, we read it online now",
            "magazine",
        ),
    ],
)
async def test_a_word_cut_short_asks_before_it_deletes(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    meant: str,
) -> None:
    reply = await assert_changes(store, session_for, seeds, [message])
    assert meant in reply and "Is that the one?" in reply


@pytest.mark.parametrize(
    ("seeds", "message"),
    [
        # a short form of two titles' words, or of none, names nothing
        ("Buy carpet|Wash the dog", "delete the car one, sold it"),
        ("Call the carpenter|Buy a carpet", "delete the car one, sold it"),
        # news with no request beside it
        (WOOD, "we switched to a pellet stove last winter"),
        (GYM, "nah, not bothered today tbh"),
        # a correction said with "nah" stays one
        (GYM, "nah the gym one is fine"),
        # the date of a task that does not exist
        (VISA, "remove the deadline from the passport one, embassy is slow"),
    ],
)
async def test_near_misses_change_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, message: str
) -> None:
    await assert_changes(store, session_for, seeds, [message])


ROOM = (
    "Clean my room|Finish english essay|Text Jordan back|Renew driver's license|"
    "Pick up dry cleaning"
)


@pytest.mark.parametrize(
    ("message", "done"),
    [
        # what the deed lets someone do, said after it with "so": no part of the thing done
        ("ok i cleaned my room so mom can stop asking lol", "Clean my room"),
        # a thing said bare to be done after a visit told, and a remark after it
        (
            "just got back from the dmv, license is renewed!! only took 3 hrs lmao",
            "Renew driver's license",
        ),
        ("back from the cleaners, dry cleaning is sorted", "Pick up dry cleaning"),
    ],
)
async def test_a_remark_beside_a_deed_is_no_part_of_the_thing_done(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, done: str
) -> None:
    await assert_changes(store, session_for, ROOM, [message], {done: "done"})


def _added(store: TaskStore) -> list[tuple[str, str, str]]:
    return sorted(
        (t["title"], t.get("due_date") or "", t.get("priority") or "") for t in store.tasks.values()
    )


@pytest.mark.parametrize(
    ("messages", "title", "due", "priority"),
    [
        # a level said after the add, then why: the title stays the add's
        (
            [
                "Need a task: book a termin at the Ausländerbehörde. HIGH priority!! the slots "
                "disappear in like 2 minutes"
            ],
            "Book a termin at the Ausländerbehörde",
            "",
            "high",
        ),
        (
            ["need a task: call the plumber. high priority, the pipes keep leaking"],
            "Call the plumber",
            "",
            "high",
        ),
        # a slot said after the add, then why
        (
            [
                "add get Schufa report",
                "due next monday pls, the landlord wants it with the flat application",
            ],
            "Get Schufa report",
            "2026-11-30",
            "",
        ),
        (
            ["add renew passport", "high priority pls, the trip is in march"],
            "Renew passport",
            "",
            "high",
        ),
        # the slot said of "it" after a comma: its subject and verb are no title
        (["add feed the fish, it should be high priority"], "Feed the fish", "", "high"),
        (["add call the vet, it needs to be high priority"], "Call the vet", "", "high"),
    ],
)
async def test_a_remark_beside_an_add_is_no_part_of_its_title(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    messages: list[str],
    title: str,
    due: str,
    priority: str,
) -> None:
    session = session_for(store)
    for message in messages:
        await session.say(message)
    got = _added(store)
    assert len(got) == 1
    assert got[0][0] == title
    assert got[0][1].startswith(due) if due else not got[0][1]
    assert got[0][2] in ((priority,) if priority else ("", "none", "medium"))


@pytest.mark.parametrize(
    "message",
    [
        # a remark alone, or a deed of someone else's, completes nothing
        "mom can stop asking now lol",
        "only took 3 hrs at the dmv lmao",
        "so mom can stop asking about my room",
    ],
)
async def test_a_remark_alone_completes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, ROOM, [message])


IRD = "Sort tax return with IRD|Get WOF for the Corolla|Clean out the esky:done"


@pytest.mark.parametrize(
    "message",
    [
        "dealt with the IRD thing yesterday arvo, forgot to say",
        "sorted the IRD thing, forgot to say",
        "paid the IRD thing last night, meant to tell you earlier",
        "dealt with the IRD thing yesterday evening",
    ],
)
async def test_a_deed_told_late_completes_the_thing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    done, _ = await play(store, session_for, IRD, [message])
    assert done == expected(IRD, {"Sort tax return with IRD": "done"})


@pytest.mark.parametrize(
    "message", ["i forgot to sort the IRD thing", "forgot to say, the IRD thing is still not done"]
)
async def test_a_deed_forgotten_completes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    done, _ = await play(store, session_for, IRD, [message])
    assert done == expected(IRD, {})


ESKY = "Clean out the esky|Return drill to Bunnings|Get solar panel quotes|Knock over the old shed"


@pytest.mark.parametrize(
    "message",
    [
        "ok I've knocked over everything except the solar quotes, still waiting on the bloke",
        "knocked off the lot except the solar quotes",
        # (the exception had been the one task done)
        "finished the lot except the solar quotes",
        "did the whole lot apart from the solar quotes",
    ],
)
async def test_knocked_over_everything_is_all_done(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    done, _ = await play(store, session_for, ESKY, [message])
    assert done == expected(
        ESKY,
        {
            "Clean out the esky": "done",
            "Return drill to Bunnings": "done",
            "Knock over the old shed": "done",
        },
    )


async def test_a_thing_knocked_over_is_no_deed_of_everything(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    done, _ = await play(store, session_for, ESKY, ["the dog knocked over the esky lol"])
    assert "Clean out the esky:done" not in done


# ---------------------------------------------------------------- news of a thing, then a request

CHORES = f"Mow the lawn|Buy groceries@{FRIDAY}|Fix the gate latch"


@pytest.mark.parametrize(
    ("message", "changes", "added"),
    [
        # news of a state ("X is/was ..."), a comma, then a request: never a task of the news
        (
            "the supermarket was closed, move the groceries to thursday",
            {"Buy groceries": "@2026-11-26"},
            [],
        ),
        (
            "rain was bucketing down, shift the lawn to saturday",
            {"Mow the lawn": "@2026-11-28"},
            [],
        ),
        ("too soggy today, push the lawn to friday", {"Mow the lawn": f"@{FRIDAY}"}, []),
        (
            "the kitchen tap is dripping again, ring a plumber tomorrow",
            {},
            ["Ring a plumber@2026-11-24"],
        ),
        ("my phone is cracked, get a new screen protector", {}, ["Get a new screen protector"]),
    ],
)
async def test_news_before_a_request_is_no_task(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    changes: dict[str, str],
    added: list[str],
) -> None:
    state, _ = await play(store, session_for, CHORES, [message])
    assert state == sorted([*expected(CHORES, changes), *added])


@pytest.mark.parametrize(
    "message",
    [
        "shop was shut",
        "mow the lawn isn't on the list?",
        "fix is in for the gate",
        "very busy friday",
        "too hot today",
    ],
)
async def test_news_alone_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, CHORES, [message])


@pytest.mark.parametrize(
    "message",
    [
        "check if the chemist is open",
        "find out what time the tip is open sunday",
        "ask who is coming",
    ],
)
async def test_a_task_with_is_in_it_is_still_added(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    state, _ = await play(store, session_for, "Buy milk", [f"add {message}"])
    assert len(state) == 2


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("omg chem test on monday 😭 add study for chem test", "Study for chem test"),
        (
            "ugh the big presentation is friday, add practise the presentation",
            "Practise the presentation",
        ),
        ("recital saturday!! add iron the recital dress", "Iron the recital dress"),
    ],
)
async def test_an_event_named_in_the_add_asked_is_why_not_a_task(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str
) -> None:
    await session_for(store).say(message)
    assert store.titles() == [title]


async def test_a_quick_add_beside_another_add_is_still_added(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await session_for(store).say("dentist tmrw 3pm, and add buy milk")
    assert sorted(store.titles()) == ["Buy milk", "Dentist"]

"""The plan stage, an add whose title is said plainly, without the words around it that tell
when, why, how often or which ones, and a deed said as news of a post sent off.

- How often asked in words of their own ("..., repeat it every sunday", "... and have it repeat
  every tuesday", "put X on there for every friday"): the task repeats, and "repeat it" or the
  "for" of the when is no title word; "X, A n B, and have it repeat" is one task (its "it" says
  so), A and B its details.
- A title written as a task is: "buy for him the geometry set" is 'Buy the geometry set', chat's
  "me" for "my" ("sort me licence out" is 'Sort out my licence'), and why said as "before X
  happens again" or a season ("before summer") is no title word.
- "tom" said last in a request is tomorrow ("pay meralco bill tom"), never a Tom named ("call
  tom", "dinner with tom").
- A gathering it is for, said after the day ("... saturday for the footy arvo"), is why.
- "the permission slips need signing, put that on here": the deed is what the thing needs.
- Which ones, said after the when ("bins out every thursday, brown one n green one"): a detail.
- "just been to the post office n sent nan's parcel off": a post sent off is posted.

Never harm: a title that names repeating or the Tom it is about keeps it, a purpose said before
the day or with no day stays, deeds listed with "have it repeat" stay two tasks, and a need that
is no deed or a question about a parcel change nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Call the landlord"


def _added(store: TaskStore) -> list[dict[str, object]]:
    return [t for t in store.tasks.values() if t["title"] != SEEDS]


@pytest.mark.parametrize(
    ("message", "title", "due", "repeats", "description"),
    [
        # how often, asked in words of its own
        (
            "add send mum upkeep on mpesa, repeat it every sunday",
            "Send mum upkeep on M-Pesa",
            "",
            True,
            None,
        ),
        ("add water the ferns, repeat it every friday", "Water the ferns", "", True, None),
        ("add top up the gas card, repeat that every month", "Top up the gas card", "", True, None),
        ("stick bins out on there for every tuesday night would ya", "Bins out", "", True, None),
        ("put pay the cleaner on there for every friday", "Pay the cleaner", "", True, None),
        (
            "stick feed the fish on there for every morning would ya",
            "Feed the fish",
            "",
            True,
            None,
        ),
        (
            "can u add put the bins out, recycling n rubbish, and have it repeat every tuesday pls",
            "Put the bins out",
            "",
            True,
            "recycling and rubbish",
        ),
        (
            "add put the recycling out, blue bin n green bin, and have it repeat every thursday",
            "Put the recycling out",
            "",
            True,
            "blue bin and green bin",
        ),
        # a title written as a task is
        (
            "Good morning. My son has exam on Sunday and I must buy for him the geometry set and "
            "calculator from the bookshop. Please add this to my list thank you",
            "Buy the geometry set and calculator from the bookshop",
            "",
            False,
            None,
        ),
        ("add buy for her the new school shoes", "Buy the new school shoes", "", False, None),
        ("add order for him a new charger", "Order a new charger", "", False, None),
        (
            "need to sort me provisional licence out before summer, stick it on the list",
            "Sort out my provisional licence",
            "",
            False,
            None,
        ),
        ("add renew me passport", "Renew my passport", "", False, None),
        ("add sort me tax out", "Sort out my tax", "", False, None),
        ("add paint the fence before summer", "Paint the fence", "", False, None),
        (
            "pls add buy fuel for gen before NEPA take light again 😂",
            "Buy fuel for gen",
            "",
            False,
            None,
        ),
        (
            "add top up the meter before the power goes off again",
            "Top up the meter",
            "",
            False,
            None,
        ),
        ("add buy candles in case the lights go out again", "Buy candles", "", False, None),
        # "tom" said last: tomorrow
        ("pa add po pay meralco bill tom, thank u", "Pay meralco bill", "2026-11-24", False, None),
        ("add pay the water bill tom", "Pay the water bill", "2026-11-24", False, None),
        ("submit timesheet tom pls", "Submit timesheet", "2026-11-24", False, None),
        ("add collect the parcel tom, thanks", "Collect the parcel", "2026-11-24", False, None),
        ("remind me to ring the bank tom", "Ring the bank", "2026-11-24", False, None),
        ("add pick up the dry cleaning tom", "Pick up the dry cleaning", "2026-11-24", False, None),
        ("add call the plumber tom", "Call the plumber", "2026-11-24", False, None),
        ("pa add po load my globe sim tom", "Load my globe sim", "2026-11-24", False, None),
        # a gathering it is for, said after the day
        (
            "righto need to grab snags and bread rolls from woolies saturday for the footy arvo",
            "Grab snags and bread rolls from woolies",
            "2026-11-28",
            False,
            None,
        ),
        (
            "add pick up the cake friday for the party",
            "Pick up the cake",
            "2026-11-27",
            False,
            None,
        ),
        ("add buy charcoal saturday for the bbq", "Buy charcoal", "2026-11-28", False, None),
        ("add get ice tomorrow for the barbie", "Get ice", "2026-11-24", False, None),
        ("add order pizza friday for the birthday party", "Order pizza", "2026-11-27", False, None),
        ("add buy balloons on saturday for mum's party", "Buy balloons", "2026-11-28", False, None),
        ("add make a salad sunday for the picnic", "Make a salad", "2026-11-29", False, None),
        ("add buy beers friday for the footy arvo", "Buy beers", "2026-11-27", False, None),
        # what a thing needs is the deed
        (
            "ok so my wife keeps saying I never write anything down lol. the kids' permission "
            "slips for the field trip need signing, can you put that on here so I stop forgetting",
            "Sign the kids' permission slips for the field trip",
            "",
            False,
            None,
        ),
        ("the gutters need clearing, add that", "Clear the gutters", "", False, None),
        ("the bins need emptying, stick it on the list", "Empty the bins", "", False, None),
        ("the hedges need cutting, put it on the list", "Cut the hedges", "", False, None),
        ("the forms need signing, put that on the list", "Sign the forms", "", False, None),
        ("the plants need watering, add that", "Water the plants", "", False, None),
        ("the dogs need walking, add it", "Walk the dogs", "", False, None),
        ("the car needs washing, can you put that on here", "Wash the car", "", False, None),
        # which ones, said after the when
        (
            "bins out every thursday, brown one n green one. stick that on for me pls",
            "Bins out",
            "",
            True,
            "brown one and green one",
        ),
        (
            "add put the bins out every monday, the blue ones",
            "Put the bins out",
            "",
            True,
            "the blue ones",
        ),
        (
            "add pay the bill friday, the big one",
            "Pay the bill",
            "2026-11-27",
            False,
            "the big one",
        ),
        (
            "add wash the towels every sunday, the white ones",
            "Wash the towels",
            "",
            True,
            "the white ones",
        ),
        (
            "add change the filter monthly, the kitchen one",
            "Change the filter",
            "",
            True,
            "the kitchen one",
        ),
        (
            "add take the bins out tuesday, the black one",
            "Take the bins out",
            "2026-11-24",
            False,
            "the black one",
        ),
        (
            "add buy paint friday, the blue one or the green one",
            "Buy paint",
            "2026-11-27",
            False,
            "the blue one or the green one",
        ),
        (
            "add book a table friday, the usual one",
            "Book a table",
            "2026-11-27",
            False,
            "the usual one",
        ),
    ],
)
async def test_the_title_is_said_plainly(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    title: str,
    due: str,
    repeats: bool,
    description: str | None,
) -> None:
    await play(store, session_for, SEEDS, [message])
    [task] = _added(store)
    said = (task["title"], bool(task["repeat_text"]), task.get("description") or None)
    assert said == (title, repeats, description)
    if due:
        assert str(task["due_date"])[:10] == due


@pytest.mark.parametrize(
    ("message", "titles"),
    [
        ("add repeat the blood test", ["Repeat the blood test"]),
        ("add ask the teacher to repeat the lesson", ["Ask the teacher to repeat the lesson"]),
        ("add call mum, pay rent and have it repeat monthly", ["Call mum", "Pay rent"]),
        ("add buy flowers for mum", ["Buy flowers for mum"]),
        ("add pay for the tickets", ["Pay for the tickets"]),
        ("add cook for them", ["Cook for them"]),
        ("add get me a coffee", ["Get me a coffee"]),
        ("add plan the summer holiday", ["Plan the summer holiday"]),
        ("add practise the song again", ["Practise the song again"]),
        ("add sort out the garage", ["Sort out the garage"]),
        ("add call tom", ["Call tom"]),
        ("add dinner with tom", ["Dinner with tom"]),
        ("add pick up tom", ["Pick up tom"]),
        ("add buy a gift for tom", ["Buy a gift for tom"]),
        ("add meet tom", ["Meet tom"]),
        ("add buy balloons for the party", ["Buy balloons for the party"]),
        ("add buy tickets saturday for the game", ["Buy tickets for the game"]),
        ("add book the hall for the party", ["Book the hall for the party"]),
        ("add bake a cake for the party on saturday", ["Bake a cake for the party"]),
        ("the car needs a service, add that", ["Service the car"]),
        ("add buy a new kettle, the red one", ["Buy a new kettle, the red one"]),
    ],
)
async def test_words_of_the_title_stay(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, titles: list[str]
) -> None:
    await play(store, session_for, SEEDS, [message])
    assert sorted(str(t["title"]) for t in _added(store)) == sorted(titles)
    assert not any(t["repeat_text"] for t in _added(store))


POSTS = "Post parcel to Nan|Buy stamps|Post Christmas cards"


@pytest.mark.parametrize(
    ("message", "done"),
    [
        ("just been to the post office n sent nan's parcel off 👍", "Post parcel to Nan"),
        ("sent nan's parcel off this morning", "Post parcel to Nan"),
        ("went to the post office n posted nan's parcel", "Post parcel to Nan"),
        ("sent off the christmas cards", "Post Christmas cards"),
        ("popped to the post office and sent the christmas cards off", "Post Christmas cards"),
        ("just sent the christmas cards off 👍", "Post Christmas cards"),
        ("been to the shops and got the stamps", "Buy stamps"),
        ("nipped to the post office and bought stamps", "Buy stamps"),
    ],
)
async def test_a_post_sent_off_is_done(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, done: str
) -> None:
    await assert_changes(store, session_for, POSTS, [message], {done: "done"})


@pytest.mark.parametrize(
    "message",
    [
        "did you send nan's parcel off?",
        "can't send nan's parcel off till friday",
        "is nan's parcel sent off yet?",
        "the post office was shut so nan's parcel is still here",
        "i'll send nan's parcel off tomorrow",
    ],
)
async def test_a_post_not_sent_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    state, _ = await play(store, session_for, POSTS, [message])
    assert not any(s.endswith(":done") for s in state)

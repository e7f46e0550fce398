"""The plan stage, two needs or requests in one message, neither dropped: "i need to call mom,
and also buy milk" adds 'Call mom' and 'Buy milk' (a wish, "i need to X", said beside another
add had been read as only the context of it and silently dropped).

Before: 39 of the grid's 132 cells passed; after: all 132. What was wrong: a wish beside another
add was dropped as its heading; " and also", " plus", " & also" before a need ("gotta X",
"must X", "should X", "don't let me forget to X") did not cut the clauses (one task 'Call mom
and also got to pick up ...'); "have to X by friday" moved the task talked about instead of
adding X; "should X" (its "i" left out) was a title 'Should X'; "add eggs, also milk" dropped
the milk. A part of a joined message read as no request at all is now said in the reply ("I
wasn't sure what to do with '...'"), never silently left.

A grid of first clauses (a need, a must, a reminder, an add, ...) by joiners (", and also",
". oh and", " plus", ...) by second clauses of the same kinds, with a date said in either,
checks each request's title and date. Near-misses stay one task: "buy salt and pepper",
"call mom and dad", "pick up the kids and their friends". "need to sort out bills and also
receipts" is one task too: what follows "and also" names no deed of its own (no verb), so it is
more of the same thing to sort out ('Sort out bills and also receipts' would be worse split into
a task 'Receipts' with no verb). Not covered: a need said as news of a thing ("the car needs a
service"), which is the news family's.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "Walk the dog"

# (how the request is said, with {x} for the deed; where its date goes: "in" after the deed)
FIRSTS = [
    "need to {x}",
    "i need to {x}",
    "gotta {x}",
    "have to {x}",
    "i have to {x}",
    "must {x}",
    "remind me to {x}",
    "add {x}",
    "put {x} on the list",
    "{x} pls",
    "don't let me forget to {x}",
    "should {x}",
]
JOINERS = [
    ", and also ",
    " and also ",
    ", also ",
    ". also ",
    ", plus ",
    " plus ",
    "; and ",
    ", and then ",
    ". oh and ",
    " & also ",
    ", n also ",
]
# the deed, its title
DEEDS = [
    ("call mom", "Call mom"),
    ("top up my leap card", "Top up my leap card"),
    ("get a present for ciara's 21st", "Get a present for ciara's 21st"),
    ("book the dentist", "Book the dentist"),
    ("renew the car tax", "Renew the car tax"),
    ("email the landlord", "Email the landlord"),
    ("pick up the dry cleaning", "Pick up the dry cleaning"),
    ("water the plants", "Water the plants"),
    ("pay the gas bill", "Pay the gas bill"),
    ("return the library books", "Return the library books"),
    ("order new glasses", "Order new glasses"),
    ("buy milk", "Buy milk"),
]
# a date as said, the day it is (the harness's today is Mon 2026-11-23)
DATES = [
    ("before monday", "2026-11-30"),
    ("by friday", "2026-11-27"),
    ("tomorrow", "2026-11-24"),
]


def _said(form: str, deed: str, when: str) -> str:
    """The request ``form`` of ``deed``, with ``when`` said after the deed."""
    return form.format(x=f"{deed} {when}".strip())


def _grid() -> list[tuple[str, list[str]]]:
    cells = []
    for i, first in enumerate(FIRSTS):
        for j, join in enumerate(JOINERS):
            k = (i + j + 1) % len(FIRSTS)
            second = FIRSTS[k]
            a, b = DEEDS[i], DEEDS[(i + j + 5) % len(DEEDS)]
            if a == b:
                b = DEEDS[(i + j + 6) % len(DEEDS)]
            placed = (i + j) % 4  # 0 no date, 1 the first's, 2 the second's, 3 both
            da = DATES[(i + 2 * j) % 3] if placed in (1, 3) else ("", "")
            db = DATES[(i + j) % 3] if placed in (2, 3) else ("", "")
            said = _said(first, a[0], da[0]) + join + _said(second, b[0], db[0])
            after = sorted(
                [a[1] + ("@" + da[1] if da[1] else ""), b[1] + ("@" + db[1] if db[1] else "")]
            )
            cells.append((said, after))
    return cells


GRID = _grid()


@pytest.mark.parametrize(("said", "after"), GRID)
async def test_both_requests_added(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, after: list[str]
) -> None:
    state, reply = await play(store, session_for, SEEDS, [said])
    assert state == sorted([SEEDS, *after]), reply


@pytest.mark.parametrize(
    ("said", "after"),
    [
        ("i need to call mom, and also buy milk", ["Buy milk", "Call mom"]),
        ("need to top up my leap card before monday, and also get a present for ciara's 21st",
         ["Get a present for ciara's 21st", "Top up my leap card@2026-11-30"]),
        ("gotta renew the car insurance by friday plus book the nct",
         ["Book the nct", "Renew the car insurance@2026-11-27"]),
        ("must ring the gp tomorrow, oh and i have to defrost the chicken",
         ["Defrost the chicken", "Ring the gp@2026-11-24"]),
        ("have to send the invoice to clara by friday & also should sort out the attic",
         ["Send the invoice to clara@2026-11-27", "Sort out the attic"]),
        ("remind me to feed the cat, n also gotta water the tomatoes tomorrow",
         ["Feed the cat", "Water the tomatoes@2026-11-24"]),
        ("i have to pay the rent, and also i really need to stop buying coffee",
         ["Pay the rent", "Stop buying coffee"]),
        ("add eggs, also milk", ["Eggs", "Milk"]),
        ("don't let me forget to post the parcel. also need to top up my phone",
         ["Post the parcel", "Top up my phone"]),
        ("should clean the oven before monday; and add buy bin bags",
         ["Buy bin bags", "Clean the oven@2026-11-30"]),
        ("i gotta book the vet, plus return the library books by friday",
         ["Book the vet", "Return the library books@2026-11-27"]),
        ("have to renew my passport by friday, also remind me to call nan",
         ["Call nan", "Renew my passport@2026-11-27"]),
        ("must finish the essay tomorrow and also fill in the census form",
         ["Fill in the census form", "Finish the essay@2026-11-24"]),
        ("should book a haircut. oh and need to buy batteries",
         ["Book a haircut", "Buy batteries"]),
    ],
)  # fmt: skip
async def test_own_wordings(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, after: list[str]
) -> None:
    state, reply = await play(store, session_for, SEEDS, [said])
    assert state == sorted([SEEDS, *after]), reply


@pytest.mark.parametrize(
    ("said", "after"),
    [
        # things joined, never requests: one task
        ("buy salt and pepper", ["Buy salt and pepper"]),
        ("call mom and dad", ["Call mom and dad"]),
        ("pick up the kids and their friends", ["Pick up the kids and their friends"]),
        ("need to sort out bills and also receipts", ["Sort out bills and also receipts"]),
        ("gotta wash and dry the dishes", ["Wash and dry the dishes"]),
        ("remind me to book flights and also the hotel", ["Book flights and also the hotel"]),
        # a need that names the task changed beside it is why, no task: nothing added
        ("need to walk the dog, and also mark it done", []),
        # news beside an add is no task
        ("add buy milk, also the car is making a noise", ["Buy milk"]),
        # a deadline said of the task talked about still dates it, adds nothing
        ("add call the bank. has to be done by friday", ["Call the bank@2026-11-27"]),
    ],
)  # fmt: skip
async def test_near_misses(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, after: list[str]
) -> None:
    state, reply = await play(store, session_for, SEEDS, [said])
    walked = "Walk the dog:done" if "mark it done" in said else SEEDS
    assert state == sorted([walked, *after]), reply


async def test_a_part_not_read_is_said(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    said = "add buy milk, and also whatever the school wants for the trip"
    state, reply = await play(store, session_for, SEEDS, [said])
    assert state == sorted([SEEDS, "Buy milk"])
    assert "whatever the school wants for the trip" in reply

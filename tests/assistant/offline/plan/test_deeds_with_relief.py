"""The plan stage, a deed told with relief or its cost after it ("kids school shoes are bought
thank god, took 3 shops", "gas bill sorted thank god, that was some amount", "..., got 7 euro
back haha"), a thing carried back ("I brought the bottles back to the Rewe": returned) and a
thing booked in for what it needs ("car's booked in for its service next tues": 'Book car
service'). Near wordings that only thank, ask, say it is still to do, carry something else
back, or book what another task goes to change nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

HOME = (
    "Renew car tax|Pay the gas bill|Buy the Christmas tree|Buy school shoes for the kids"
    "|Buy school uniform"
)
PFAND = "Call Tante Helga for her birthday|Return Pfand bottles|Return the drill to Dave"
CAR = "Get a haircut|Book car service|Return parcel to Amazon|Book MOT for the van"


@pytest.mark.parametrize(
    ("seeds", "message", "meant"),
    [
        (
            HOME,
            "kids school shoes are bought thank god, took 3 shops",
            "Buy school shoes for the kids",
        ),
        (HOME, "gas bill sorted thank god, that was some amount", "Pay the gas bill"),
        (HOME, "school shoes finally bought thank goodness", "Buy school shoes for the kids"),
        (HOME, "the gas bill's paid thankfully, cost a bomb", "Pay the gas bill"),
        (HOME, "car tax renewed thank god, took ages on the website", "Renew car tax"),
        (HOME, "christmas tree bought, cost 80 euro", "Buy the Christmas tree"),
        (
            HOME,
            "got the kids school shoes thank god, took 3 shops",
            "Buy school shoes for the kids",
        ),
        (HOME, "gas bill sorted alhamdulillah", "Pay the gas bill"),
        # carried back: returned, with where to
        (
            PFAND,
            "I have brought the bottles back to the Rewe, you can strike it from the list",
            "Return Pfand bottles",
        ),
        (
            PFAND,
            "Finally I brought all the bottles back to Rewe, got 7 euro back haha",
            "Return Pfand bottles",
        ),
        (PFAND, "took the bottles back", "Return Pfand bottles"),
        (
            PFAND,
            "finally, i took the pfand bottles back, got my deposit back",
            "Return Pfand bottles",
        ),
        (PFAND, "gave the drill back to dave", "Return the drill to Dave"),
        (PFAND, "gave dave his drill back", "Return the drill to Dave"),
        # booked in for what it needs
        (CAR, "car's booked in for its service next tues 👍", "Book car service"),
        (CAR, "booked the car in for its service next tuesday", "Book car service"),
        (CAR, "the car is booked in for a service on friday", "Book car service"),
        (CAR, "i've booked the car in for a service tomorrow", "Book car service"),
        (CAR, "the van's booked in for an mot next week", "Book MOT for the van"),
    ],
)
async def test_a_deed_with_relief_or_carried_back_completes_its_task(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    meant: str,
) -> None:
    await assert_changes(store, session_for, seeds, [message], {meant: "done"})


@pytest.mark.parametrize(
    ("seeds", "message"),
    [
        (HOME, "gas bill came thank god"),
        (HOME, "school stuff bought thank god"),
        (HOME, "school shoes still not bought, took 3 shops already"),
        (PFAND, "did you take the bottles back?"),
        (PFAND, "brought the empties back to the shop"),
        ("Return Pfand bottles|Return wine bottles to Aldi", "brought the bottles back"),
        (CAR, "the car's booked in"),
        ("Take the car in for MOT|Get a haircut", "booked the car in for its mot next week"),
        ("Take the car in for a service|Get a haircut", "booked the car service"),
        ("Get a haircut|Book car service", "I'm booked in for a haircut on friday"),
    ],
)
async def test_near_wordings_change_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, message: str
) -> None:
    await assert_changes(store, session_for, seeds, [message])


async def test_thanks_to_god_stays_a_title(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await session_for(store).say("remind me to thank god")
    assert [t["title"] for t in store.tasks.values()] == ["Thank god"]

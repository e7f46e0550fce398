"""The plan stage, an add with a remark glued to its title: what becomes of the speaker if it is
not done ("... or im getting fined", "... or we're off the road", "... b4 the traffic cops catch
me"), what already happened ("..., the final notice came this morning", "..., yikes it ran out
last week", news run on like a list "..., power has been out since 6 and ...", Nigerian Pidgin
"..., the subscription don expire") and a remark that holds the day it is due ("..., it needs to
go back by tuesday"): the title is the thing to do only, the day of the story is no due date,
the day the remark asks for is.

Never harm: a title that truly holds "or" ("decide on the tiles, grey or white"), "before" that
is part of the task ("stretch before the run", "... before the truck comes"), a choice asked
("ask sam whether he's coming or i'm driving alone") and a second task after ", and" are added
as they were."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "Call mum"


@pytest.mark.parametrize(
    ("message", "added"),
    [
        (
            "remind me to renew the car tax, it has to be done by thursday or im getting fined",
            ["Renew the car tax@2026-11-26"],
        ),
        (
            "gotta pay the toll notice before friday or im in trouble lol, add it",
            ["Pay the toll notice@2026-11-27"],
        ),
        (
            "add get the wof done for the van or we're off the road",
            ["Get the wof done for the van"],
        ),
        ("add renew the TV licence, the letter arrived yesterday", ["Renew the TV licence"]),
        (
            "put pay the water bill on my list, the final notice came this morning",
            ["Pay the water bill"],
        ),
        ("add renew my car disc b4 the traffic cops catch me haha", ["Renew my car disc"]),
        ("abeg add pay for DSTV, the subscription don expire since yesterday", ["Pay for DSTV"]),
        ("add renew the parking permit, yikes it ran out last week", ["Renew the parking permit"]),
        (
            "can you add hand in the consent form, it needs to go back by tuesday",
            ["Hand in the consent form@2026-11-24"],
        ),
        (
            "add get new tyres for the ute, the old ones got me a ticket yesterday",
            ["Get new tyres for the ute"],
        ),
        (
            "pls add buy gas for the generator, power has been out since 6 and the kids moan",
            ["Buy gas for the generator"],
        ),
        (
            "añade renovar el seguro del coche, caduca el lunes",
            ["Renovar el seguro del coche@2026-11-30"],
        ),
        ("agrega pagar el gas porfa, vence el jueves", ["Pagar el gas@2026-11-26"]),
        ("add get new gumboots for the kids, theirs are munted", ["Get new gumboots for the kids"]),
        (
            "pls add renew the insurance on the bike, it has to be sorted by monday or else",
            ["Renew the insurance on the bike@2026-11-30"],
        ),
    ],
)
async def test_the_title_is_the_thing_to_do_only(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    added: list[str],
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted([SEEDS, *added])


@pytest.mark.parametrize(
    ("message", "added"),
    [
        ("add decide on the tiles, grey or white", ["Decide on the tiles, grey or white"]),
        ("add stretch before the run", ["Stretch before the run"]),
        (
            "add put the bins out before the truck comes",
            ["Put the bins out before the truck comes"],
        ),
        (
            "add ask sam whether he's coming or i'm driving alone",
            ["Ask sam whether he's coming or i'm driving alone"],
        ),
        ("add buy eggs, and call the plumber", ["Buy eggs", "Call the plumber"]),
    ],
)
async def test_a_title_that_holds_its_words_keeps_them(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    added: list[str],
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    assert state == sorted([SEEDS, *added])

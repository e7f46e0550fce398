"""The plan stage, a deed told in other words than its task's: a verb of the same deed ("rang"
for 'Ring', "called" for 'Ring', "paid" for 'Renew ... subscription', "brought back" for
'Bring ... back'), the people of a firm for its name ("the gas people" for 'British Gas'), a
word for the same thing ("meds" for 'prescription', "the chemist" for 'pharmacy'), when it was
done said between the words ("... this morning about the boiler"): the one task it fits is
ticked, whether or not the person asked ("tick am off", "all sorted now").

Never harm: words two tasks share ("grandma's stuff" with two tasks for Grandma), another deed
for the thing ("I paid the DSTV guy for the dish repair"), a person other than the title's
("rang Sarah about the boiler" for 'Ring British Gas ...'), someone else contacting the user
("the gas people rang me") and a deed for another person ("I called mum" for 'Buy mum's
present') change nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

NAIJA = "Pay house rent|Renew DSTV subscription|Buy aso ebi for Tolu's wedding"
BERLIN = "Anmeldung at Bürgeramt|Kita registration for Lena|Bring Pfand bottles back"
CALLS = (
    "Ring British Gas about boiler service|Ring Sarah re Sunday lunch|Post birthday card to Lily"
)
GRANDMA = (
    "Pick up Grandma's prescription at CVS|Call insurance about the claim|"
    "Pick up Grandma's birthday cake"
)
ERRANDS = "Call the GP about my results|Take Rex to the vet|Return library books"


@pytest.mark.parametrize(
    ("seeds", "message", "done"),
    [
        (NAIJA, "I don pay the DSTV, tick am off", "Renew DSTV subscription"),
        (NAIJA, "paid for the DSTV sub, you can cross it off", "Renew DSTV subscription"),
        (
            BERLIN,
            "I have brought the Pfand bottles back to Rewe, you can mark it as done",
            "Bring Pfand bottles back",
        ),
        (BERLIN, "returned all the pfand bottles, tick that off", "Bring Pfand bottles back"),
        (
            CALLS,
            "I rang the gas people this morning about the boiler, all sorted now. Thank you.",
            "Ring British Gas about boiler service",
        ),
        (
            CALLS,
            "called the gas guys yesterday about the boiler, done",
            "Ring British Gas about boiler service",
        ),
        (CALLS, "phoned Sarah about sunday lunch", "Ring Sarah re Sunday lunch"),
        (
            GRANDMA,
            "just got back from the pharmacy, finally got grandmas meds 🙏",
            "Pick up Grandma's prescription at CVS",
        ),
        (GRANDMA, "picked up nan's pills", "Pick up Grandma's prescription at CVS"),
        (
            GRANDMA,
            "grabbed grandma's medication on the way home",
            "Pick up Grandma's prescription at CVS",
        ),
        (ERRANDS, "rang the doctor about my results", "Call the GP about my results"),
        (ERRANDS, "brought the library books back", "Return library books"),
    ],
)
async def test_the_one_task_the_deed_fits_is_ticked(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    done: str,
) -> None:
    await assert_changes(store, session_for, seeds, [message], {done: "done"})


@pytest.mark.parametrize(
    ("seeds", "message"),
    [
        (NAIJA, "I paid the DSTV guy for the dish repair"),
        (GRANDMA, "got grandmas stuff"),
        (GRANDMA, "finally got grandma's things sorted"),
        (CALLS, "I rang Sarah about the boiler"),
        (CALLS, "the gas people rang me about the boiler"),
        (CALLS, "rang the gas people about the car"),
        ("Buy mum's present|Pay rent", "I called mum, tick it off"),
        (ERRANDS, "rang the vet about rex's jabs"),
        ("Take Rex to the vet|Drive Mia to school", "texted the school about mia"),
        (ERRANDS, "got the pills for rex"),
    ],
)
async def test_words_that_fit_no_one_task_change_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, message: str
) -> None:
    await assert_changes(store, session_for, seeds, [message])


@pytest.mark.parametrize(
    ("seeds", "message", "done"),
    [
        (NAIJA, "I don settle DSTV matter, tick am off", "Renew DSTV subscription"),
        (BERLIN, "went to the Bürgeramt this morning, cross it off", "Anmeldung at Bürgeramt"),
        (BERLIN, "sorted Lena's kita, you can mark it done", "Kita registration for Lena"),
    ],
)
async def test_asked_to_tick_the_one_task_holding_its_word_is_ticked(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    done: str,
) -> None:
    await assert_changes(store, session_for, seeds, [message], {done: "done"})


@pytest.mark.parametrize(
    ("seeds", "message"),
    [
        (NAIJA, "I paid the DSTV guy for the dish repair, tick it off"),
        (GRANDMA, "got grandma's things, tick it off"),
        ("Buy mum's present|Pay rent", "I rang mum about the present, tick it off"),
        ("Book car service|Pay council tax", "did the boiler service, tick it off"),
        ("Ring the bank about the loan|Pay rent", "I emailed the landlord, tick it off"),
    ],
)
async def test_asked_to_tick_words_of_no_one_task_change_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, message: str
) -> None:
    await assert_changes(store, session_for, seeds, [message])

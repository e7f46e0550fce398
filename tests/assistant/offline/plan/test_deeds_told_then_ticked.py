"""The plan stage, a deed told with detail, then asked to be ticked ("I have posted the parcel to
my sister down in Dunedin this morning, you can tick that one off", "sent my roster request off
so tick that", "got the paint from B&Q so tick that off", "the kids dentist is booked for the
3rd so thats one thing off the list"): where, how, when and to whom it was done name no task, the
deed's verb may be another of the task's (sent for submit, posted for send, got for buy), and
the one task it fits is done (it had asked "I'm not sure X means Y", or found nothing). Never
harm: another thing done ("posted a letter" for 'Post birthday card ...'), another deed ("paid
the plumber" for 'Call the plumber'), another person, two tasks that fit, a question: nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = (
    "Post birthday card to Aunt Rosa|Submit timesheet|Buy grout for the bathroom|"
    "Book vet for Biscuit|Send rent money to Kofi|Call the plumber|Water the ferns"
)


@pytest.mark.parametrize(
    ("said", "title"),
    [
        (
            "mailed the birthday card off to my aunt in Brisbane yesterday, you can tick that one "
            "off",
            "Post birthday card to Aunt Rosa",
        ),
        ("handed my timesheet in to Priya before lunch so tick that", "Submit timesheet"),
        ("grabbed the grout from B&M, tick it off pls", "Buy grout for the bathroom"),
        (
            "the vet for Biscuit is booked for tuesday, that's one thing off the list",
            "Book vet for Biscuit",
        ),
        ("sent the rent money to kofi via mpesa, mark it done", "Send rent money to Kofi"),
        ("watered the ferns at like 7:30am before work, mark it done", "Water the ferns"),
        ("watered the ferns - thats another job off my list lol", "Water the ferns"),
    ],
)
async def test_a_deed_told_with_detail_then_ticked_is_done(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], {title: "done"})


@pytest.mark.parametrize(
    "said",
    [
        "posted a letter to my aunt this morning",
        "posted a letter to my aunt, tick that off",
        "paid the plumber this morning, tick it off",
        "mailed the birthday card to Joan, tick that off",
        "did i post the birthday card to my aunt?",
        "the vet for Biscuit is booked for tuesday",
    ],
)
async def test_another_thing_deed_or_person_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])


async def test_two_tasks_the_deed_fits_are_asked_about(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        "Post card to Margaret|Post card to Joan|Water the ferns",
        ["posted the card to my sister down in Timaru, tick that one off"],
    )


@pytest.mark.parametrize(
    ("seeds", "said", "title"),
    [
        (
            "Llamar a la abuela|Renovar el DNI",
            "por fin he llamado a la abuela, táchalo porfa que ya tocaba",
            "Llamar a la abuela",
        ),
        (
            "Fix the aircon|Pay Pag-IBIG",
            "pls delete 'pay pag-ibig' na po, auto debit na kasi",
            "Pay Pag-IBIG",
        ),
    ],
)
async def test_in_spanish_and_with_a_particle_after_the_quote(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, said: str, title: str
) -> None:
    change = "deleted" if said.startswith("pls delete") else "done"
    await assert_changes(store, session_for, seeds, [said], {title: change})

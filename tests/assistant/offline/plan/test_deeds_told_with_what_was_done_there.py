"""The plan stage, a deed told loosely or with detail: coming back from a place with what got
done there ("home from the council office, rates paid"), a thing left at the post shop for
someone ("dropped the package off at the PO for uncle pete"), a part that wears out got changed
("got the tyres changed on the ute"), when in the day it was done ("before school", "after
tea"), a kin word where the title has a name, the rest naming the task ("sent the hamper to my
granddaughter in christchurch" for 'Send the hamper to Aroha in Christchurch'), what it was
done for ("for tomorrow's assembly"), an Irish "there now" ("phoned the insurance company there
now") and a laugh then what someone else will think ("liam's prezzie is wrapped lol he'll never
guess"), a learner's present ("i already finish my science report"): the task is done.

Never harm: a deed of a different thing sharing a word ("changed my mind about the sheets"), a
plan ("I'll get the tyres changed on saturday"), a failure ("went to the council office but it
was shut"), a parcel or hamper left for someone when two such tasks could be meant, a kin word
on a verb alone ("rang my sister" for 'Ring Sarah'), a question ("did i change the sheets?")
and a thing left at the post office to pick up change nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes


@pytest.mark.parametrize(
    ("seeds", "message", "meant"),
    [
        (
            "Pay council rates|Buy dog food",
            "home from the council office, rates paid at last",
            "Pay council rates",
        ),
        (
            "Renew the car rego|Call the bank",
            "just back from service nsw, rego renewed 🙌 took forever",
            "Renew the car rego",
        ),
        (
            "Post package to Uncle Pete|Buy dog food",
            "dropped the package off at the PO for uncle pete",
            "Post package to Uncle Pete",
        ),
        (
            "Post birthday card to Nana|Buy dog food",
            "I took the birthday card to the post office for nana this morning",
            "Post birthday card to Nana",
        ),
        (
            "Get the tyres changed|Book haircut",
            "finally got the tyres changed on the ute",
            "Get the tyres changed",
        ),
        (
            "Change the bedsheets|Hoover the stairs",
            "changed the bedsheets before work",
            "Change the bedsheets",
        ),
        (
            "Change smoke alarm battery|Buy dog food",
            "the smoke alarm battery got changed today 👍",
            "Change smoke alarm battery",
        ),
        ("Get oil changed|Buy dog food", "i got oil change yesterday", "Get oil changed"),
        (
            "Pay the gas bill|Buy dog food",
            "paid the gas bill before brekkie",
            "Pay the gas bill",
        ),
        (
            "Walk the dog|Buy dog food",
            "walked the dog before tea, knackered now",
            "Walk the dog",
        ),
        (
            "Phone the insurance company|Buy dog food",
            "phoned the insurance company there now, grand",
            "Phone the insurance company",
        ),
        (
            "Wrap Liam's christmas present|Buy dog food",
            "liam's prezzie is wrapped lol he'll never guess what it is",
            "Wrap Liam's christmas present",
        ),
        (
            "Hide the Easter eggs|Buy dog food",
            "easter eggs are hidden haha they won't find them",
            "Hide the Easter eggs",
        ),
        (
            "Send the hamper to Aroha in Christchurch|Buy dog food",
            "sent the hamper off to my granddaughter in christchurch this morning",
            "Send the hamper to Aroha in Christchurch",
        ),
        (
            "Buy balloons for the party:done|Decorate the cupcakes|Buy dog food",
            "bought the balloons and decorated the cupcakes for jack's party 🎉",
            "Decorate the cupcakes",
        ),
        (
            "Iron the school shirts|Buy dog food",
            "ironed the school shirts for tomorrow's assembly",
            "Iron the school shirts",
        ),
        (
            "Write science report|Buy dog food",
            "i already finish my science report, very tired now",
            "Write science report",
        ),
    ],
)
async def test_the_deed_told_is_done(
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
        ("Change the bedsheets|Buy dog food", "changed my mind about the bedsheets"),
        ("Get the tyres changed|Buy dog food", "I'll get the tyres changed on saturday"),
        ("Pay council rates|Buy dog food", "went to the council office but it was shut"),
        (
            "Post parcel to Aroha|Post parcel to Nana|Buy dog food",
            "dropped the parcel off at the post shop for my cousin",
        ),
        ("Change the bedsheets|Buy dog food", "did i change the sheets?"),
        ("Dentist appointment|Buy dog food", "changed the dentist appointment"),
        ("Get oil changed|Buy dog food", "the oil needs changing before the trip"),
        (
            "Post parcel to Aroha|Buy dog food",
            "the parcel for aroha is at the post shop to pick up",
        ),
        ("Wrap Liam's christmas present|Buy dog food", "wrapped the leftovers lol he'll eat them"),
        ("Phone the insurance company|Buy dog food", "left the insurance papers there now"),
        (
            "Send the hamper to Aroha in Christchurch|Send the hamper to Tama in Christchurch",
            "sent the hamper to my granddaughter in christchurch",
        ),
        ("Ring Sarah|Buy dog food", "rang my sister"),
        ("Bake the cake|Buy dog food", "delete the cake for mum's party"),
        ("Write science report|Buy dog food", "I finish the science report tomorrow"),
        ("Write science report|Buy dog food", "I finish my science report?"),
    ],
)
async def test_no_deed_of_the_task_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, message: str
) -> None:
    await assert_changes(store, session_for, seeds, [message])

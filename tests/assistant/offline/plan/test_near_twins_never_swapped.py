"""The plan stage, near twins: tasks that share most of their words ('Pay electricity bill',
'Pay water bill'; 'Call mom', 'Call mom's doctor'; 'Buy milk', 'Buy oat milk'). A request
naming one of them by its distinguishing word, said another way (a plural, a possessive, a
typo, a short form, a nickname, the words in another order, a brand or a place for the thing),
changes that one, or asks which, naming them; it never changes a twin it did not name. A request
whose distinguishing word is none of theirs ("the gas bill" when only the electricity and water
bills are listed) changes nothing.

The grid: lists of near twins, in the words of several Englishes (US, UK, Australian, Indian,
Nigerian), crossed with the five changes (tick, delete, rename, a due day, a priority), each
said in a phone's everyday style; and deeds told of them. Before: "calling mom's dentist"
changed 'Call mom' (the twin 'Call mom's doctor' says "doctor" there), "packed mia's bag" ticked
'Pack Mia's lunch', "fixed the bathroom door" 'Fix bathroom tap', "walked the neighbour's dog"
'Walk the dog', "booked the GP for me one" 'Book GP for Sam'; "rename money to chidi to Check
with Ade" asked which money task (read at its first "to"), and "the doggo" named no dog."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore

FRIDAY = "2026-11-27"  # the harness's today is Monday 2026-11-23
NEW_TITLE = "Check with Ade"


@dataclass(frozen=True)
class Twins:
    """A list of near twins, and the ways a request may name one: the words said for the task
    -> its title, or None for a twin that is not on the list."""

    seeds: tuple[str, ...]
    said: tuple[tuple[str, str | None], ...]


LISTS: dict[str, Twins] = {
    "us-bills": Twins(
        ("Pay electricity bill", "Pay water bill", "Email the electrician"),
        (
            ("the electric bill", "Pay electricity bill"),
            ("the water bills", "Pay water bill"),
            ("the electrician email", "Email the electrician"),
            ("the gas bill", None),
            ("the electricty bill", "Pay electricity bill"),
            ("paying the light bill", None),
            ("paying the gas bill", None),
            ("the water bil", "Pay water bill"),
        ),
    ),
    "us-family": Twins(
        ("Call mom", "Call mom's doctor", "Call dad"),
        (
            ("calling moms doctor", "Call mom's doctor"),
            ("the call to mom's doctor", "Call mom's doctor"),
            ("the call to my mother", "Call mom"),
            ("the call to grandma", None),
            ("the call to mom's dentist", None),
            ("calling mom's dentist", None),
            ("calling my mum", "Call mom"),
            ("calling moms doc", "Call mom's doctor"),
        ),
    ),
    "uk-shop": Twins(
        ("Buy milk", "Buy oat milk", "Buy almond milk", "Buy bread"),
        (
            ("the oat milk", "Buy oat milk"),
            ("almond milk", "Buy almond milk"),
            ("the milk of oats", "Buy oat milk"),
            ("the soya milk", None),
            ("the coconut milk", None),
            ("buying soy milk", None),
            ("buying the oat milks", "Buy oat milk"),
            ("buying bread rolls", None),
        ),
    ),
    "au-dentist": Twins(
        ("Book dentist for Sam", "Book dentist for me", "Book GP for Sam"),
        (
            ("Sam's dentist", "Book dentist for Sam"),
            ("sams dentist appt", "Book dentist for Sam"),
            ("the GP for sam", "Book GP for Sam"),
            ("the dentist for Mia", None),
            ("Mia's dentist", None),
            ("the dentist for me one", "Book dentist for me"),
            ("booking the dentist for mia", None),
            ("booking my dentist", "Book dentist for me"),
            ("booking the GP for mia", None),
        ),
    ),
    "in-recharge": Twins(
        ("Recharge Jio prepaid", "Recharge Airtel postpaid", "Pay Airtel broadband bill"),
        (
            ("the jio recharge", "Recharge Jio prepaid"),
            ("airtel postpaid", "Recharge Airtel postpaid"),
            ("the airtel broadband", "Pay Airtel broadband bill"),
            ("the vodafone recharge", None),
            ("the BSNL recharge", None),
            ("recharging jio postpaid", None),
            ("the jio prepaid recharge", "Recharge Jio prepaid"),
            ("paying the jio bill", None),
        ),
    ),
    "ng-fuel": Twins(
        ("Buy fuel for the generator", "Buy fuel for the car", "Service the generator"),
        (
            ("fuel for the gen", "Buy fuel for the generator"),
            ("the car fuel", "Buy fuel for the car"),
            ("the generator service", "Service the generator"),
            ("fuel for the okada", None),
            ("fuel for the bike", None),
            ("buying fuel for the bus", None),
            ("buying fuel for the motor", "Buy fuel for the car"),
            ("servicing the car", None),
        ),
    ),
    "uk-insurance": Twins(
        ("Renew car insurance", "Renew home insurance", "Renew car tax"),
        (
            ("the car insurance", "Renew car insurance"),
            ("the house insurance", "Renew home insurance"),
            ("the car tax", "Renew car tax"),
            ("the pet insurance", None),
            ("the van insurance", None),
            ("renewing the travel insurance", None),
            ("renewing the car insurence", "Renew car insurance"),
            ("renewing the home tax", None),
        ),
    ),
    "au-school": Twins(
        ("Pack Mia's lunch", "Pack Jack's lunch", "Sign Mia's permission slip"),
        (
            ("mias lunch", "Pack Mia's lunch"),
            ("the lunch for jack", "Pack Jack's lunch"),
            ("mia's permission slips", "Sign Mia's permission slip"),
            ("Ollie's lunch", None),
            ("jack's permission slip", None),
            ("mia's bag", None),
            ("packing ollies lunch", None),
            ("packing jacks lunch", "Pack Jack's lunch"),
            ("signing jack's slip", None),
        ),
    ),
    "us-pets": Twins(
        ("Walk the dog", "Feed the dog", "Feed the cat", "Buy cat litter"),
        (
            ("the dog walk", "Walk the dog"),
            ("feeding the cat", "Feed the cat"),
            ("the cat litter", "Buy cat litter"),
            ("feeding the fish", None),
            ("the dog litter", None),
            ("the neighbour's dog", None),
            ("feeding the bird", None),
            ("feeding the doggie", "Feed the dog"),
            ("walking the cat", None),
        ),
    ),
    "in-invoices": Twins(
        ("Send invoice to Infosys", "Send invoice to TCS", "Call TCS accounts"),
        (
            ("the infosys invoice", "Send invoice to Infosys"),
            ("invoice for tcs", "Send invoice to TCS"),
            ("the tcs accounts call", "Call TCS accounts"),
            ("the wipro invoice", None),
            ("the invoice to Wipro", None),
            ("sending the invoice to wipro", None),
            ("sending invoice to Infosys", "Send invoice to Infosys"),
            ("calling infosys accounts", None),
        ),
    ),
    "ng-health": Twins(
        ("Buy malaria drugs for Tunde", "Buy malaria drugs for Ada", "Book Ada's clinic visit"),
        (
            ("Tunde's malaria drugs", "Buy malaria drugs for Tunde"),
            ("the drugs for ada", "Buy malaria drugs for Ada"),
            ("ada clinic visit", "Book Ada's clinic visit"),
            ("the malaria drugs for Chidi", None),
            ("Tunde's clinic visit", None),
            ("buying malaria drugs for chidi", None),
            ("buying ada's malaria drugs", "Buy malaria drugs for Ada"),
            ("booking tunde's clinic visit", None),
        ),
    ),
    "uk-birthdays": Twins(
        ("Buy birthday card for Gran", "Buy birthday card for Tom", "Buy birthday present for Tom"),
        (
            ("gran's card", "Buy birthday card for Gran"),
            ("toms birthday card", "Buy birthday card for Tom"),
            ("the present for tom", "Buy birthday present for Tom"),
            ("the birthday card for Lucy", None),
            ("the present for gran", None),
            ("buying a card for lucy", None),
            ("buying grans birthday card", "Buy birthday card for Gran"),
            ("buying a present for gran", None),
        ),
    ),
    "au-repairs": Twins(
        ("Fix kitchen tap", "Fix bathroom tap", "Fix kitchen drawer"),
        (
            ("the tap in the bathroom", "Fix bathroom tap"),
            ("the kitchen taps", "Fix kitchen tap"),
            ("the kitchen drawers", "Fix kitchen drawer"),
            ("the laundry tap", None),
            ("the bathroom drawer", None),
            ("the kitchen sink", None),
            ("fixing the laundry tap", None),
            ("fixing the bathroom taps", "Fix bathroom tap"),
            ("fixing the bathroom drawer", None),
        ),
    ),
    "us-travel": Twins(
        ("Book flight to Denver", "Book hotel in Denver", "Book flight to Austin"),
        (
            ("the denver flight", "Book flight to Denver"),
            ("flights to austin", "Book flight to Austin"),
            ("the hotel in denver", "Book hotel in Denver"),
            ("the flight to Boston", None),
            ("the austin hotel", None),
            ("booking a flight to boston", None),
            ("booking flights to denver", "Book flight to Denver"),
            ("booking the hotel in austin", None),
        ),
    ),
    "ng-money": Twins(
        ("Send money to Mum", "Send money to Chidi", "Pay Chidi's school fees"),
        (
            ("the money for mum", "Send money to Mum"),
            ("chidis school fees", "Pay Chidi's school fees"),
            ("money to chidi", "Send money to Chidi"),
            ("money to Emeka", None),
            ("Emeka's school fees", None),
            ("sending money to emeka", None),
            ("sending money to mom", "Send money to Mum"),
            ("paying mum's school fees", None),
        ),
    ),
    "uk-garden": Twins(
        ("Water the tomatoes", "Water the roses", "Prune the roses"),
        (
            ("watering the tomatos", "Water the tomatoes"),
            ("the rose pruning", "Prune the roses"),
            ("watering the roses", "Water the roses"),
            ("watering the lawn", None),
            ("pruning the tomatoes", None),
            ("watering the lawn", None),
            ("watering the tomato plants", "Water the tomatoes"),
            ("pruning the apple tree", None),
        ),
    ),
}

# Each change said a few everyday ways; a case takes one by its place in the grid.
SAYINGS: dict[str, tuple[str, ...]] = {
    "done": ("{t} done", "mark {t} as done pls", "tick off {t}", "done with {t} ✅"),
    "delete": ("delete {t}", "remove {t} pls", "take {t} off the list", "get rid of {t}"),
    "rename": (f"rename {{t}} to {NEW_TITLE}", f"change {{t}} to {NEW_TITLE}"),
    "due": ("move {t} to friday", "{t} is due friday", "set {t} for friday pls", "push {t} to fri"),
    "priority": (
        "make {t} high priority",
        "{t} is high priority",
        "set {t} to high priority",
        "bump {t} to high priority pls",
    ),
}


def _grid() -> list[Any]:
    out = []
    for name, twins in LISTS.items():
        for i, (said, meant) in enumerate(twins.said):
            for j, (change, ways) in enumerate(SAYINGS.items()):
                message = ways[(i + j) % len(ways)].format(t=said)
                out.append(
                    pytest.param(twins.seeds, message, meant, change, id=f"{name}-{i}-{change}")
                )
    return out


GRID = _grid()


def snapshot(store: TaskStore) -> dict[int, tuple[str, bool, str | None, str | None]]:
    """Each task (by id) as title, done, due day and priority."""
    return {
        i: (t["title"], bool(t["completed"]), t["due_date"], t.get("priority") or None)
        for i, t in store.tasks.items()
    }


def changed_right(change: str, before: tuple[Any, ...], after: tuple[Any, ...] | None) -> bool:
    """Whether the named twin changed the way asked."""
    title, done, due, priority = before
    want = {
        "done": (title, True, due, priority),
        "rename": (NEW_TITLE, done, due, priority),
        "due": (title, done, FRIDAY, priority),
        "priority": (title, done, due, "high"),
    }
    return after is None if change == "delete" else after == want[change]


async def outcome(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: tuple[str, ...],
    message: str,
    meant: str | None,
    change: str,
) -> tuple[str, str]:
    """ "right" (the named twin changed as asked, nothing else), "ask" (nothing changed),
    "harm" (another twin changed, or a task made), "wrong" (the named twin changed otherwise);
    and the reply."""
    for title in seeds:
        store.create(title)
    before = snapshot(store)
    reply = (await session_for(store).say(message)).reply
    after = snapshot(store)
    if after == before:
        return "ask", reply
    ids = {i for i, t in before.items() if t[0] == meant}
    others = {i for i in before if i not in ids}
    if set(after) - set(before) or any(after.get(i) != before[i] for i in others):
        return "harm", reply
    (i,) = ids
    return ("right" if changed_right(change, before[i], after.get(i)) else "wrong"), reply


@pytest.mark.parametrize(("seeds", "message", "meant", "change"), GRID)
async def test_a_near_twin_named_is_changed_or_asked_never_another(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: tuple[str, ...],
    message: str,
    meant: str | None,
    change: str,
) -> None:
    kind, reply = await outcome(store, session_for, seeds, message, meant, change)
    assert kind in ("right", "ask"), (kind, reply)


# Deeds told of a near twin, said in the past as people tell them: the same lists, read as
# ticks ("called mom's dentist" with 'Call mom' and 'Call mom's doctor' had ticked 'Call mom').
DEEDS: list[tuple[str, str, str | None]] = [
    ("us-family", "called mom's dentist", None),
    ("us-family", "rang mum's dentist", None),
    ("us-family", "called mum's doc", "Call mom's doctor"),
    ("us-family", "rang my mother", "Call mom"),
    ("us-family", "called dad's doctor", None),
    ("us-bills", "paid the phone bill", None),
    ("us-bills", "electrics bill paid", "Pay electricity bill"),
    ("us-bills", "paid the bill for water", "Pay water bill"),
    ("uk-shop", "got the soy milk", None),
    ("uk-shop", "got the oat milk", "Buy oat milk"),
    ("au-dentist", "booked the dentist for me", "Book dentist for me"),
    ("au-dentist", "booked the GP for me one", None),
    ("au-dentist", "booked the dentist for my wife", None),
    ("us-pets", "fed the kitty", "Feed the cat"),
    ("us-pets", "walked the neighbour's dog", None),
    ("us-pets", "fed the neighbour's cat", None),
    ("us-pets", "fed the doggo", "Feed the dog"),
    ("au-school", "packed mia's bag", None),
    ("au-school", "packed jacks bag", None),
    ("au-school", "packed lunch for jack", "Pack Jack's lunch"),
    ("au-school", "signed mias slip", "Sign Mia's permission slip"),
    ("au-repairs", "fixed the kitchen sink", None),
    ("au-repairs", "fixed the bathroom door", None),
    ("au-repairs", "fixed the bathroom taps", "Fix bathroom tap"),
    ("au-repairs", "sorted the kitchen drawers", "Fix kitchen drawer"),
    ("uk-insurance", "renewed the car rego", None),
    ("uk-insurance", "renewed the car insurance", "Renew car insurance"),
    ("us-travel", "booked the denver flights", "Book flight to Denver"),
    ("us-travel", "booked the austin hotel", None),
    ("ng-money", "sent money to mama", "Send money to Mum"),
    ("ng-money", "paid chidi's hostel fees", None),
    ("ng-money", "paid chidis school fees", "Pay Chidi's school fees"),
    ("uk-garden", "roses pruned", "Prune the roses"),
    ("uk-garden", "watered the tomato", "Water the tomatoes"),
    ("uk-birthdays", "bought nan's card", "Buy birthday card for Gran"),
    ("uk-birthdays", "bought gran's present", None),
    ("ng-health", "bought tunde's drugs", "Buy malaria drugs for Tunde"),
    ("ng-health", "booked ada's dentist visit", None),
    ("in-recharge", "recharged my airtel", "Recharge Airtel postpaid"),
    ("in-recharge", "paid the airtel dth bill", None),
]


@pytest.mark.parametrize(("twins", "message", "meant"), DEEDS)
async def test_a_deed_told_of_a_near_twin_ticks_it_or_asks_never_another(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    twins: str,
    message: str,
    meant: str | None,
) -> None:
    seeds = LISTS[twins].seeds
    kind, reply = await outcome(store, session_for, seeds, message, meant, "done")
    assert kind in ("right", "ask"), (kind, reply)

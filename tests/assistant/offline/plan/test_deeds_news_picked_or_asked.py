"""The plan stage, a deed told as news ticks the task it names, and asks when it cannot tell:
"paid the bill, tick it off" with 'Pay phone bill' and 'Pay gas bill' (it had ticked the phone
bill: "phone" reads as a verb, so the loose fit of a deed asked to be ticked found one task, the
first); "the chama meeting has been postponed indefinitely, remove it" (it had asked about
'chama meeting h': the reason was cut at the "as" of "has"); "gave back the drill to kofi" (the
particle said first, as "gave the drill back"); "grabbed the messages in dunnes" (grabbing is
getting, "in" a shop is where); "washing's all hung out finally, sun's out for once" (a remark
after the comma); "got my aadhaar address updated" (the task's verb done to its thing); "the
bins went out last night, tick that off"; "spoke to dave, he's cool with moving the bbq" (of the
two Dave tasks, the one the remark names); "got the wof done on the car today sweet as" (a cheer
in New Zealand's words). Never harm: the bill said without which one, a deed not done, a thing
given where the task borrows it, a remark of what is still to do, a dog that got out."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

BILLS = "Pay phone bill|Pay gas bill|Book the vet for Rex"
DRILL = "Return Kofi's drill|Borrow ladder from Kofi|Buy drill bits"
SHOPPING = "Get the messages|Message Aoife about Saturday|Hoover the stairs|Buy milk"
WASHING = "Hang out the washing|Wash the car|Buy sausage rolls for lunch"
BINS = "Put the bins out|Buy bin bags|Ring Aoife|Put the dog out|Buy dog food"
IDS = "Update address on Aadhaar|Update address on PAN card|Link Aadhaar with bank account"
DAVE = "Talk to Dave about moving the BBQ|Venmo Dave for the concert tix|Buy charcoal"
WOF = "Get WOF for the car|Get the car washed|Book WOF for the trailer"
CHAMA = "Attend chama meeting Saturday|Send chama contribution via M-Pesa|Buy unga"


@pytest.mark.parametrize(
    ("seeds", "said", "title"),
    [
        (BILLS, "paid the phone bill, tick it off", "Pay phone bill"),
        (BILLS, "paid the gas bill, tick it off", "Pay gas bill"),
        (DRILL, "gave back the drill to kofi yesterday evening", "Return Kofi's drill"),
        (DRILL, "took back kofi's drill this morning", "Return Kofi's drill"),
        (DRILL, "handed back the drill to kofi", "Return Kofi's drill"),
        (
            "Return library books|Take the kids to the library|Pay library fine",
            "brought back the library books on the way home",
            "Return library books",
        ),
        (
            SHOPPING,
            "grabbed the messages in dunnes on the way home so thats done",
            "Get the messages",
        ),
        (SHOPPING, "grabbed the messages in tesco", "Get the messages"),
        (SHOPPING, "grabbed the milk in the spar", "Buy milk"),
        (WASHING, "washing's all hung out finally, sun's out for once", "Hang out the washing"),
        (WASHING, "the washing is hung out, lovely drying day", "Hang out the washing"),
        (WASHING, "the car's washed, sun's out for once", "Wash the car"),
        (BINS, "grand so the bins went out last night, tick that off", "Put the bins out"),
        (BINS, "the bins went out last night", "Put the bins out"),
        (BINS, "the bins went out, tick it off", "Put the bins out"),
        (BINS, "bins went out", "Put the bins out"),
        (
            IDS,
            "finally got my aadhaar address updated, took 3 visits to the centre 😤",
            "Update address on Aadhaar",
        ),
        (IDS, "got my pan card address updated", "Update address on PAN card"),
        (IDS, "my aadhaar address got updated", "Update address on Aadhaar"),
        (
            DAVE,
            "spoke to dave, he's cool with moving the bbq to sunday",
            "Talk to Dave about moving the BBQ",
        ),
        (DAVE, "chatted to dave, bbq is moving to sunday", "Talk to Dave about moving the BBQ"),
        (WOF, "got the wof done on the car today sweet as", "Get WOF for the car"),
        (WOF, "car's wof done chur", "Get WOF for the car"),
    ],
)
async def test_a_deed_told_as_news_ticks_its_task(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, said: str, title: str
) -> None:
    await assert_changes(store, session_for, seeds, [said], {title: "done"})


@pytest.mark.parametrize(
    "said",
    [
        "the chama meeting has been postponed indefinitely, remove it",
        "the chama meeting was postponed, remove it",
        "our chama meeting's been put off for now, delete it",
    ],
)
async def test_a_thing_put_off_then_removed_is_deleted(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(
        store, session_for, CHAMA, [said], {"Attend chama meeting Saturday": "deleted"}
    )


@pytest.mark.parametrize(
    "said",
    [
        "paid the bill, tick it off",
        "the bill is paid, mark it done",
        "i paid the bill. tick it off",
        "bill's paid, you can tick it off",
        "paid the bill, delete it",
    ],
)
async def test_a_deed_two_tasks_fit_equally_asks_naming_both(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    reply = await assert_changes(store, session_for, BILLS, [said])
    assert "Pay phone bill" in reply and "Pay gas bill" in reply


@pytest.mark.parametrize(
    ("seeds", "said"),
    [
        (BINS, "the bins didn't go out"),
        (BINS, "the bins never went out"),
        (BINS, "the dog got out"),
        (BINS, "the power went out"),
        (BINS, "the milk went off"),
        (WASHING, "the washing's hung out, but it's raining now"),
        (WASHING, "the car's washed, still needs a polish"),
        (IDS, "my aadhaar address didn't get updated"),
        (DAVE, "spoke to dave, lovely guy"),
        (DAVE, "spoke to dave, still need to venmo him for the tix"),
        (DAVE, "called dave, he's paying me back for the concert"),
        (CHAMA, "the chama meeting has been postponed indefinitely"),
        ("Borrow drill from Kofi|Buy drill bits", "gave the drill to kofi"),
        ("Borrow drill from Kofi|Buy drill bits", "gave back the drill to kofi"),
    ],
)
async def test_a_deed_not_done_or_unclear_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, said: str
) -> None:
    await assert_changes(store, session_for, seeds, [said])

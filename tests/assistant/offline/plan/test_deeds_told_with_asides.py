"""The plan stage, a deed told as news with asides around it: when or on the way to where it
was done ("dropped the library books back on the way home so u can cross that one off"), a
thing got out or off to someone ("finally got the invoice out to okafor & sons"), the place said
more exactly than the title says it ("dropped the permission slips at the school office, one
less thing lol"), a remark after it ("..., one down") and coming back from the shop the task is
a trip to ("just got back from tesco, got everything on the shopping list"): the task is done.

Never harm: a thing got out that is not sent ("got the bins out" for 'Send invoice ...'), a thing
got from someone ('Send invoice to Okafor' for "got the invoice from okafor"), a trip back with
what was not got ("back from tesco but forgot half the list"), coming back from a place a task
only names ('Return parcel to Tesco') and another thing of the title's word ("sorted the car
insurance" for 'Wash the car') change nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes


@pytest.mark.parametrize(
    ("seeds", "message", "meant"),
    [
        (
            "Return library books|Pay the power bill",
            "took the library books back on my way to work, tick that off pls",
            "Return library books",
        ),
        (
            "Return library books|Take jumper back to M&S",
            "brought the jumper back on the way home",
            "Take jumper back to M&S",
        ),
        (
            "Send quote to the Hendersons|Buy printer ink",
            "got the quote off to the hendersons this morning 🙌",
            "Send quote to the Hendersons",
        ),
        ("Send newsletter|Buy printer ink", "finally got the newsletter out!!", "Send newsletter"),
        (
            "Submit the grant application|Call the plumber",
            "got the grant application submitted this morning",
            "Submit the grant application",
        ),
        (
            "Drop off the casserole at Nan's|Buy printer ink",
            "dropped the casserole at nan's house earlier, one less thing",
            "Drop off the casserole at Nan's",
        ),
        (
            "Drop parcel at the post office|Buy printer ink",
            "dropped the parcel at the post office counter, one down",
            "Drop parcel at the post office",
        ),
        (
            "Grocery shopping at Lidl|Call mum",
            "home from lidl finally, knackered",
            "Grocery shopping at Lidl",
        ),
        (
            "Weekly shop at Tesco|Return parcel to Amazon|Book the MOT",
            "just got back from tesco, got everything on the shopping list 🛒 knackered now",
            "Weekly shop at Tesco",
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
        ("Send invoice to Okafor|Call mum", "got the bins out"),
        ("Send invoice to Okafor|Call mum", "got the invoice from okafor"),
        ("Weekly shop at Tesco|Call mum", "back from tesco but forgot half the list"),
        ("Return parcel to Tesco|Call mum", "just back from tesco"),
        ("Wash the car|Call mum", "sorted the car insurance at the garage"),
    ],
)
async def test_no_deed_of_a_task_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, message: str
) -> None:
    await assert_changes(store, session_for, seeds, [message])

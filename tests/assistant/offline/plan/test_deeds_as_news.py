"""The plan stage, a completion told as news of the thing: the state its task brings about
("the recycling's out", "porch lights are off", "the bathroom is spotless"), a participle after
it with a word of how wholly ("shirts all folded na"), a thing that went into the post ("the
invoices went off in the mail yesterday"), a kin word said in full or short ("the
grandchildren" for 'the grandkids'), money sent by an app or a verb of sending it ("wired the
strata payment", "school fee sent via gcash"), a task number with when it was done ("wrapped
up #12 last night"). Near wordings that deny the deed, say it of two tasks, of a day ahead or
of a thing that is no payment change nothing; a state no task brings about ('Bring the washing
in' for "the washing is out") asks."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

HOME = "Fold the kids' laundry|Sign the field trip forms|Buy bread"
POST = "Mail the invoices to the accountant|Send thank-you cards to the grandkids|Book the vet"
FEES = "Pay the strata fee|Pay the school fee|Send money to Lola|Transfer the photos to the laptop"
IDS = "Renew the car rego|Buy flowers for Mum|Return library books"
STATES = (
    "Take the recycling out|Bring the washing in|Switch off the porch lights|Scrub the bathroom"
    "|Hang the bird feeder up|Call Gran"
)


@pytest.mark.parametrize(
    ("seeds", "message", "meant"),
    [
        # the state the task brings about, with or without "is"
        (STATES, "the recycling's out", "Take the recycling out"),
        (STATES, "recycling all out 👍", "Take the recycling out"),
        (STATES, "washing is in now", "Bring the washing in"),
        (STATES, "porch lights are off", "Switch off the porch lights"),
        (STATES, "the bathroom is spotless finally", "Scrub the bathroom"),
        (STATES, "bird feeder's up", "Hang the bird feeder up"),
        # a participle after the thing, with a word of how wholly and a "na" of Taglish
        (HOME, "laundry all folded na, grabe", "Fold the kids' laundry"),
        (HOME, "field trip forms both signed now", "Sign the field trip forms"),
        (HOME, "the forms all signed na po", "Sign the field trip forms"),
        # gone into the post, with when
        (
            POST,
            "the invoices went off in the mail yesterday",
            "Mail the invoices to the accountant",
        ),
        (
            POST,
            "the thank-you cards for the grandchildren got put in the post",
            "Send thank-you cards to the grandkids",
        ),
        # money sent: by an app, or by a verb of sending said of money
        (FEES, "wired the strata payment this morning", "Pay the strata fee"),
        (FEES, "school fee sent via gcash", "Pay the school fee"),
        (FEES, "already venmoed the strata", "Pay the strata fee"),
        (FEES, "sent lola the money through m-pesa", "Send money to Lola"),
        # a task number with when it was done
        (IDS, "wrapped up #2 last night", "Buy flowers for Mum"),
        (IDS, "#3 done this morning", "Return library books"),
    ],
)
async def test_a_deed_told_as_news_completes_its_task(
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
        # a state said of a day ahead, denied, or in a question
        (STATES, "the recycling is out tomorrow"),
        (STATES, "i forgot to take the recycling out"),
        (STATES, "is the washing in?"),
        (STATES, "the recycling isn't out"),
        # a state the task does not bring about, or said of no thing: a question
        (STATES, "the washing is out"),
        (STATES, "gran is out"),
        # denied, or a wish
        (HOME, "the forms still not signed na"),
        (POST, "i forgot to put the invoices in the post"),
        # money sent said of two payments: a question
        (FEES, "transferred the fee by pix"),
        # a verb of sending said of no money moves nothing
        (FEES, "sent the photos to the laptop via bluetooth"),
        (FEES, "transferred the files"),
        # a thing coming in the post is no deed
        (POST, "nothing went in the post today"),
    ],
)
async def test_near_misses_change_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, message: str
) -> None:
    await assert_changes(store, session_for, seeds, [message])

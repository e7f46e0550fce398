"""The plan stage: a guess said with a hedge after the task to add ("add renew the rego, i
reckon it lapses next month", "... i think it runs out next month" with no comma, "... pretty
sure it expires friday") tells when something may happen; the task is added with no due date,
and the guess is no part of its title.

Never harm: a remark with no hedge ("..., it lapses next month"), a deadline said in the
request ("renew the rego by next month") or in the guess ("..., i reckon it's due next month",
"..., i think i need it by friday") still dates the task; "ask tom if i think ..." is what is
asked, kept in the title.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import played_new

SEED = "Feed the cat"


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("add renew the rego, i reckon it lapses next month", "Renew the rego"),
        ("add renew the rego i think it runs out next month", "Renew the rego"),
        ("add renew the rego pretty sure it expires friday", "Renew the rego"),
        ("add book the vet i'm pretty sure they close on friday", "Book the vet"),
        ("add get the smoke alarm battery, i think it dies next week",
         "Get the smoke alarm battery"),
        ("add renew my library card iirc it expires in january", "Renew my library card"),
        ("put down pay the nanny, i guess she finishes at 3 tomorrow", "Pay the nanny"),
        ("add top up the gas bottle, fairly sure it runs out on sunday", "Top up the gas bottle"),
        ("add renew car insurance i reckon it lapses on the 30th", "Renew car insurance"),
        ("remind me to check the tyres, i reckon they wear out next month", "Check the tyres"),
    ],
)  # fmt: skip
async def test_a_hedged_guess_dates_no_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    assert await played_new(store, session_for, SEED, [said]) == [title]


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("add renew the rego, it lapses next month", "Renew the rego@2026-12-01"),
        ("renew the rego by next month", "Renew the rego@2026-12-01"),
        ("add renew the rego, i reckon it's due next month", "Renew the rego@2026-12-01"),
        ("add pay the rates i think they're due friday", "Pay the rates@2026-11-27"),
        ("add post the forms, i think i need to send them by friday", "Post the forms@2026-11-27"),
        ("add buy a card for mum, i need to post it to her on friday",
         "Buy a card for mum@2026-11-27"),
        ("add ask tom if i think it works friday", "Ask tom if i think it works@2026-11-27"),
    ],
)  # fmt: skip
async def test_a_deadline_still_dates_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, kept: str
) -> None:
    assert await played_new(store, session_for, SEED, [said]) == [kept]

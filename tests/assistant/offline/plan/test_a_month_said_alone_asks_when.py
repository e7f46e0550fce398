"""The plan stage, a correction whose new words are only a month ("make it June" after 'Email
Mr Shah', "in august instead", "change it to March"): a month is when, never a new name, and
which day of it is not said, so the reply asks when and nothing changes (it renamed the task
'Email june'). The month words are the date reader's own (todochat.tasks.dates.words).

Never harm: a month with its day ("make it june 3") still moves the due date, a day name
("make it friday") too; a name said anew still renames ("make it Mei" after 'Call Jun about
the lease': "Jun" is a name as well as a month's short form); a whole new title that says a
month ("rename it to June rent") and an old value said with "not" ("August not July" is left
to the correction rules) are read as they were."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "Water the plants"


@pytest.mark.parametrize(
    ("add", "said"),
    [
        ("add Email Mr Shah", "make it June"),
        ("add email mr shah", "make it June"),
        ("add book flights to Porto", "actually make it august"),
        ("remind me to call the bank", "change it to March"),
        ("add renew the passport", "make that in September instead"),
        ("add Ring Dr Okafor", "hmm make it Oct"),
        ("add pay the council rates", "no wait, make it for May"),
        ("add service the car", "change that to january pls"),
        ("add Book July flights", "make it August"),
    ],
)  # fmt: skip
async def test_a_month_alone_asks_when_and_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], add: str, said: str
) -> None:
    added, _ = await play(TaskStore(), session_for, SEEDS, [add])
    state, reply = await play(store, session_for, SEEDS, [add, said])
    assert state == added
    assert "When should" in reply


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("make it june 3", "2027-06-03"),
        ("make it friday", "2026-11-27"),
        ("move it to the 3rd of june", "2027-06-03"),
        ("actually end of june", "2027-06-30"),
    ],
)
async def test_a_month_with_its_day_still_moves_the_due_date(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, due: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, ["add Email Mr Shah", said])
    assert state == sorted([SEEDS, f"Email Mr Shah@{due}"])


@pytest.mark.parametrize(
    ("messages", "after"),
    [
        (["add Call Jun about the lease", "make it Mei"], "Call Mei about the lease"),
        (["add email june about the lease", "make it Mei"], "Email Mei about the lease"),
        (["add Call Mar about the van", "make it Luis"], "Call Luis about the van"),
        (["add Email Mr Shah", "make it Mr Patel"], "Email Mr Patel"),
        (["add pay rent", "rename it to pay June rent"], "Pay June rent"),
    ],
)  # fmt: skip
async def test_names_and_whole_titles_still_rename(
    store: TaskStore, session_for: Callable[..., ChatSession], messages: list[str], after: str
) -> None:
    state, _ = await play(store, session_for, SEEDS, messages)
    assert state == sorted([SEEDS, after])

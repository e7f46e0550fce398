"""The plan stage, a deed with a cheer glued to its end: "FINALLY finished my bio lab report
yesss 😭🎉" completes 'Bio lab report' (it asked "I'm not sure 'bio lab report yesss' means
..."). A cheer or a sigh of relief, drawn out however far ("yayyy", "woohooo", "wooo", "lets
gooo", "phewww", "yusss", "hell yeahhh"), is one shared word list (`cheer` in en.toml), taken off
the end or the start of a sentence, never a word of the task. Never harm: a deed denied ("i
didn't finish it yet lol") changes nothing, a plain "yes" stays an answer, and a title that holds
"yes" keeps it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = (
    "Bio lab report|Pay the water bill|Book flights to Lisbon|Return library books|Email Mrs Okafor"
)


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("FINALLY finished my bio lab report yesss 😭🎉", "Bio lab report"),
        ("paid the water bill yayyy", "Pay the water bill"),
        ("flights to lisbon booked wooo 🎉", "Book flights to Lisbon"),
        ("returned the library books phewww", "Return library books"),
        ("emailed mrs okafor yusss", "Email Mrs Okafor"),
        ("bio lab report submitted lets gooo", "Bio lab report"),
        ("FINALLY booked flights to lisbon woohooo lol", "Book flights to Lisbon"),
        ("done the water bill, hell yeahhh", "Pay the water bill"),
        ("returned the libary books yasss", "Return library books"),
        ("yesss finally finished my bio lab report", "Bio lab report"),
        ("woohoo bio lab report submitted", "Bio lab report"),
        ("finished the bio lab report yesss finally", "Bio lab report"),
    ],
)  # fmt: skip
async def test_the_deed_is_done(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, meant: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], {meant: "done"})


@pytest.mark.parametrize(
    "said",
    [
        "i didn't finish the bio lab report yet lol",
        "still haven't paid the water bill yayyy not",
        "yesss",
        "yay",
        "woohoo",
        "have i booked the flights to lisbon yet?",
        "not done the bio lab report yet, wooo procrastination",
    ],
)
async def test_never_harm(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("add say yes to Priya", "Say yes to Priya"),
        ("add RSVP yes", "RSVP yes"),
        ("add buy cake for the party yay", "Buy cake for the party"),
    ],
)
async def test_a_title_keeps_its_yes(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    await session_for(store).say(said)
    assert [t["title"] for t in store.tasks.values()] == [title]

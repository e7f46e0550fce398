"""The plan stage, a rename said right after an add whose new title starts with a verb of
getting in touch ("put down call Grandad on his birthday", then "no wait, change it to Skype
Grandad"; "change that to whatsapp Sam"): the whole title is replaced, not a word swapped into
the old one ('Call skype Grandad on his birthday'). Never harm: a correction of a thing or a
name ("make it oat milk", "change it to Nana") still edits only that part."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play


@pytest.mark.parametrize(
    ("add", "said", "title"),
    [
        (
            "put down call Grandad on his birthday",
            "no wait, change it to Skype Grandad",
            "Skype Grandad",
        ),
        ("add text Sam about Saturday", "wait, change that to whatsapp Sam", "Whatsapp Sam"),
        ("add ring mum about christmas", "actually change it to facetime mum", "Facetime mum"),
        ("add phone the bank", "change it to ping the bank on slack", "Ping the bank on slack"),
        ("add call the plumber", "no make it email the plumber", "Email the plumber"),
    ],
)
async def test_a_new_title_with_its_own_verb_replaces_the_title(
    store: TaskStore, session_for: Callable[..., ChatSession], add: str, said: str, title: str
) -> None:
    state, _ = await play(store, session_for, "Pay rent", [add, said])
    assert state == sorted(["Pay rent", title])


@pytest.mark.parametrize(
    ("add", "said", "title"),
    [
        ("add buy milk", "no wait, make it oat milk", "Buy oat milk"),
        ("add call Grandad on his birthday", "change it to call Nana", "Call Nana"),
    ],
)
async def test_a_correction_of_a_part_still_edits_that_part(
    store: TaskStore, session_for: Callable[..., ChatSession], add: str, said: str, title: str
) -> None:
    state, _ = await play(store, session_for, "Pay rent", [add, said])
    assert state == sorted(["Pay rent", title])

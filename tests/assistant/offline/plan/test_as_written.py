"""The plan stage, a title said as the user wrote it: "i wrote / typed / put / spelt 'X'" says
what the title says (the task meant), never a deed done ("i typed 'by milk', change it to buy
milk" renames only); with a request after it, only the request, of that task; "i wrote 'X'
instead of Y" / "when i meant Y" renames it. Said alone it changes nothing, and a deed said
with "wrote" ("i wrote the cover letter") is still a deed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "by milk|Write the cover letter|Call the dentst"


@pytest.mark.parametrize(
    ("message", "renamed"),
    [
        ("haha i typed 'by milk' 🙈 change it to buy oat milk 2l", ("by milk", "Buy oat milk 2l")),
        ('oops we put "by milk", make it buy milk', ("by milk", "Buy milk")),
        ("i wrote 'by milk' instead of buy milk, fix it pls", ("by milk", "Buy milk")),
        (
            "i typed call the dentst when i meant call the dentist",
            ("Call the dentst", "Call the dentist"),
        ),
        (
            "i spelt it 'call the dentst', can you change it to call the dentist",
            ("Call the dentst", "Call the dentist"),
        ),
    ],
)
async def test_a_title_as_written_then_a_rename_renames_only(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    renamed: tuple[str, str],
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    old, new = renamed
    assert state == sorted([*(s for s in SEEDS.split("|") if s != old), new])


async def test_a_title_as_written_then_a_delete_deletes_it(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store, session_for, SEEDS, ["i wrote 'by milk' lol, delete it"], {"by milk": "deleted"}
    )


@pytest.mark.parametrize(
    "message",
    [
        "i typed 'by milk'",
        "lol i wrote 'by milk' on the list",
        'we put "call the dentst"',
        "i typed 'call the dentst' lol",
        "i put 'by milk' by mistake",
        "i spelled 'dentst'",
    ],
)
async def test_a_title_as_written_alone_is_no_deed(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [message])


async def test_a_deed_said_with_wrote_is_still_a_deed(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        SEEDS,
        ["finally wrote the cover letter"],
        {"Write the cover letter": "done"},
    )

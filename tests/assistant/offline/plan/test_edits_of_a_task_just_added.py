"""The plan stage, an edit of a task, most often the one just added: named as "the one I just
added" ("the task we only just made, put it on friday"), with a reason that says another day
first ("her birthday is saturday so put it for friday": the day asked for wins), and a task
named as a task before the edit ("the task call Ahmed, make it call Ahmed about the flat": the
task's words, never a report that it was done); a day said again ("sorry i mean the day after
tomorrow, not tomorrow"); a person taken back ("not the plumber, it's the landlord i'm meant to
call": only that part of the title changes); a rename with both titles quoted ("change 'X' to
'Y', for the party"; "the task 'X' please change into 'Y'"); a tick taken back after a cry ("ah
no I ticked off X by accident ... put it back" reopens); a remark after an edit ("..., the coach
make it longer today": no task); a repeat dropped ("doesn't need to repeat anymore, just make it
a one-off").

Never harm: a task named as a task is never ticked off; a thing said to be on a day and then
added with "it" on that same day is still added; "it" with no task just added asks; "not X, it's
Y" on a task with no X renames nothing; "make it a one-off" with no task in view asks."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

SEEDS = "Call mum|Pay the water bill"


@pytest.mark.parametrize(
    ("added", "message", "after"),
    [
        (
            "add buy a piñata for Santi's birthday",
            "the one I just added, put it for saturday",
            "Buy a piñata for Santi's birthday@2026-11-28",
        ),
        (
            "add book the vet for Luna",
            "ok the task I just made, can you put it on friday",
            "Book the vet for Luna@2026-11-27",
        ),
        (
            "add order the cake",
            "the thing we added just now - make it tuesday",
            "Order the cake@2026-11-24",
        ),
        (
            "add renew the car rego",
            "that one i just put in: due thursday pls",
            "Renew the car rego@2026-11-26",
        ),
        (
            "add buy gift for Ana",
            "her birthday is saturday so put it for friday",
            "Buy gift for Ana@2026-11-27",
        ),
        (
            "add order the cake",
            "the party's on sunday, so put it for thursday",
            "Order the cake@2026-11-26",
        ),
        (
            "add get flowers for mum",
            "mother's day is on sunday so make it saturday",
            "Get flowers for mum@2026-11-28",
        ),
        (
            "add buy the wrapping paper",
            "xmas dinner's on friday so can you put it for wednesday",
            "Buy the wrapping paper@2026-11-25",
        ),
    ],
)
async def test_the_task_just_added_gets_the_day_asked_for(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    added: str,
    message: str,
    after: str,
) -> None:
    state, _ = await play(store, session_for, SEEDS, [added, message])
    assert state == sorted([*SEEDS.split("|"), after])


@pytest.mark.parametrize(
    ("seeds", "message", "renamed"),
    [
        (
            "Call Ahmed|Go to the gym|Buy kahk for Eid",
            "please delete gym task, I stop going. and the task call Ahmed, make it call "
            "Ahmed about the apartment",
            {"Go to the gym": "deleted"},
        ),
        ("Call Ahmed|Buy bread", "the task call Ahmed, make it call Ahmed about the rent", {}),
        (
            "Text Khaled|Buy bread",
            "the todo text Khaled, change it to text Khaled about the keys",
            {},
        ),
        (
            "Ring Mohammed|Buy bread",
            "task ring Mohammed - rename it to ring Mohammed re the van",
            {},
        ),
    ],
)
async def test_a_task_named_as_a_task_is_renamed_never_ticked(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    renamed: dict[str, str],
) -> None:
    state, _ = await play(store, session_for, seeds, [message])
    assert not any(t.endswith(":done") for t in state)
    assert len(state) == len(seeds.split("|")) - len(renamed)
    assert any(" about " in t or " re " in t for t in state)


@pytest.mark.parametrize(
    ("seeds", "messages", "changes"),
    [
        # a thing on a day, added with "it" on that day: added
        ("Call mum", ["mum's birthday is on the 12th. put it for the 12th"], None),
        # "it" with no task just added asks
        (
            "Call mum|Buy gift for Ana|Book flights",
            ["her birthday is saturday so put it for friday"],
            {},
        ),
        ("Call mum|Buy gift for Ana", ["the one I just added, put it for saturday"], {}),
        # done said of a task named as a task is done
        ("Call Ahmed|Buy bread", ["the task call Ahmed is done"], {"Call Ahmed": "done"}),
        (
            "Call Ahmed|Email Khaled",
            ["called ahmed and emailed khaled"],
            {"Call Ahmed": "done", "Email Khaled": "done"},
        ),
    ],
)
async def test_near_misses(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    messages: list[str],
    changes: dict[str, str] | None,
) -> None:
    if changes is None:
        state, _ = await play(store, session_for, seeds, messages)
        assert state == sorted([*seeds.split("|"), "Mum's birthday@2026-12-12"])
        return
    await assert_changes(store, session_for, seeds, messages, changes)


# A day taken back and said again ("sorry i mean the day after tomorrow, not tomorrow"), a person
# taken back in the task just added ("not the plumber, it's the landlord i'm meant to call"), a
# rename with both titles quoted (a remark after them is neither), a tick taken back after a cry
# ("ah no I ticked off X by accident"), a remark after an edit (no task of its own), and a task
# that no longer repeats.
@pytest.mark.parametrize(
    ("seeds", "messages", "after"),
    [
        (
            "Call mum",
            ["add pay arisan tomorrow", "sorry i mean the day after tomorrow, not tomorrow"],
            ["Call mum", "Pay arisan@2026-11-25"],
        ),
        (
            "Call mum",
            ["add book the barber for friday", "no sorry i meant thursday, not friday"],
            ["Book the barber@2026-11-26", "Call mum"],
        ),
        (
            "Call mum",
            ["add pay the nanny today", "oops i mean tomorrow"],
            ["Call mum", "Pay the nanny@2026-11-24"],
        ),
        (
            "Call mum",
            [
                "add call the plumber about the dripping tap",
                "no wait not the plumber, it's the landlord i'm meant to call, sorry",
            ],
            ["Call mum", "Call the landlord about the dripping tap"],
        ),
        (
            "Call mum",
            [
                "add pick up my sister from the airport",
                "not my sister, it's my cousin I have to pick up",
            ],
            ["Call mum", "Pick up my cousin from the airport"],
        ),
        (
            "Call Handwerker|Buy Brötchen",
            ["The task 'Call Handwerker' please change into 'Call Handwerker about the heating'"],
            ["Buy Brötchen", "Call Handwerker about the heating"],
        ),
        (
            "Buy rice",
            [
                "change 'buy rice' to 'buy 2 bags of rice and groundnut oil', for the party "
                "on saturday"
            ],
            ["Buy 2 bags of rice and groundnut oil"],
        ),
        (
            "Buy rice|Call mum",
            ['rename "call mum" into "call mum and dad" since dad is back home'],
            ["Buy rice", "Call mum and dad"],
        ),
        (
            "Pay the Panda bin charge:done|Book the NCT:done",
            [
                "ah no I ticked off the bin charge by accident, it's not paid yet at all, can "
                "you put it back"
            ],
            ["Book the NCT:done", "Pay the Panda bin charge"],
        ),
        (
            "Pay the Panda bin charge:done|Book the NCT:done",
            ["oh crap, I marked the NCT as done by mistake, untick it pls"],
            ["Book the NCT", "Pay the Panda bin charge:done"],
        ),
        (
            "Pick up Omar from training|Buy milk",
            ["change time of pick up Omar from training to 7 pm, the coach make it longer today"],
            ["Buy milk", "Pick up Omar from training@2026-11-23T19:00:00+00:00"],
        ),
        (
            "Call mum",
            ["add buy flowers for the wedding", "oops not flowers, it's cake I need to buy"],
            ["Buy cake for the wedding", "Call mum"],
        ),
        (
            "Call mum|Buy gift for Ana",
            ["the party's saturday so make the gift one friday"],
            ["Buy gift for Ana@2026-11-27", "Call mum"],
        ),
        (
            "Call mum|Book the restaurant",
            ["mum's birthday is on sunday, so move the restaurant task to saturday"],
            ["Book the restaurant@2026-11-28", "Call mum"],
        ),
        (
            "Haircut|Buy milk",
            ["move the haircut to friday, my boss want it done before the meeting"],
            ["Buy milk", "Haircut@2026-11-27"],
        ),
    ],
)
async def test_edits_said_after_an_add_or_of_a_task_named(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    messages: list[str],
    after: list[str],
) -> None:
    state, _ = await play(store, session_for, seeds, messages)
    assert state == sorted(after)


@pytest.mark.parametrize(
    "message",
    [
        "term's finished so the swimming lessons one doesn't need to repeat anymore, just make "
        "it a one-off",
        "the swimming one doesn't need to repeat any more",
        "swimming lessons won't recur after this one",
    ],
)
async def test_a_task_no_longer_repeats(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    state, _ = await play(
        store,
        session_for,
        "Buy milk",
        ["add take Nikau to swimming lessons every wednesday", message],
    )
    assert "Take Nikau to swimming lessons@2026-11-25" in state or any(
        t.startswith("Take Nikau") for t in state
    )
    assert not any(t["repeat_text"] for t in store.tasks.values())


@pytest.mark.parametrize(
    ("seeds", "messages"),
    [
        # "not X, it's Y" when the task has no X: nothing renamed
        (
            "Buy milk",
            ["add email the landlord", "not the plumber, it's the electrician i need to call"],
        ),
        # "make it a one-off" with no task in view asks
        ("Buy milk|Call mum", ["make it a one-off"]),
        # a day correction with no task in view asks
        ("Call mum|Pay rent", ["sorry i mean the day after tomorrow, not tomorrow"]),
        # a quoted old title no task has: nothing renamed
        ("Buy rice", ["change 'buy beans' to 'buy 2 bags of beans', for the party"]),
        # "not now, it's later": when, never a new title
        ("Call mum", ["add pay arisan tomorrow", "not now, it's later i need to pay it"]),
        # "i mean it" said in earnest after an add: no rename
        ("Call mum", ["add pay arisan tomorrow", "i mean it"]),
        # a tick told with a cry, no mistake: nothing reopened
        ("Pay the Panda bin charge:done", ["ah no I ticked off the bin charge already"]),
    ],
)
async def test_edit_near_misses_change_nothing(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    messages: list[str],
) -> None:
    state, _ = await play(store, session_for, seeds, messages)
    added = {"Email the landlord"} if "add email the landlord" in messages else set()
    if "add pay arisan tomorrow" in messages:
        added = {"Pay arisan@2026-11-24"}
    assert state == sorted([*seeds.split("|"), *added])

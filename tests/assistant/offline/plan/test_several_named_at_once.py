"""The plan stage, one message naming several tasks at once: "both" or "all three" then a pause
and the things named ("I finished both, the visa photos and the bank transfer", "both are done:
visa photos and bank transfer", "delete both - the plumber and the electrician") ticks or
deletes each thing named (it had asked which task, the names after the pause dropped); "both"
then words two tasks fit, then "that's those done" ticks the two (it had asked which one);
"all 3" / "both" with nothing talked about is every open task when they are as many as said
(it had asked which); "all of them" with no count asks.

Never harm: "both" with three tasks fitting asks; "both" after a reply naming two is those two;
"all of them" after a listing is the tasks listed; "all of the cleaning ones" only those; a
question changes nothing; a thing named that is no task is said so, and no other is ticked; a
reason after "delete both," names nothing; "delete all of them" with nothing talked about
deletes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

SEEDS = (
    "Take visa photos|Make bank transfer to landlord|Book visa appointment|"
    "Buy meat for the asado|Call the plumber|Call the electrician"
)
VISA_BANK = {"Take visa photos": "done", "Make bank transfer to landlord": "done"}
ASADO_PLUMBER = {"Buy meat for the asado": "done", "Call the plumber": "done"}
CALLS = {"Call the plumber": "done", "Call the electrician": "done"}
HOUSE = "Clean the kitchen|Mop the floor|Hang the curtains"
ALL_HOUSE = {"Clean the kitchen": "done", "Mop the floor": "done", "Hang the curtains": "done"}
CVS = "Pick up Ethan's inhaler at CVS|Pick up my allergy meds at CVS|Pick up dry cleaning"


@pytest.mark.parametrize(
    ("said", "changes"),
    [
        ("I finished both, the visa photos and the bank transfer", VISA_BANK),
        ("both are done: visa photos and bank transfer", VISA_BANK),
        ("knocked out both: bank transfer & visa photos", VISA_BANK),
        ("did both - the asado shopping and the plumber call", ASADO_PLUMBER),
        ("finished both, the asado shopping and the call to the plumber", ASADO_PLUMBER),
        ("ok so both of those are finished: the plumber call and the asado meat", ASADO_PLUMBER),
        ("done with both, the plumber and the electrician", CALLS),
        ("called both of them, the plumber and the electrician 👍", CALLS),
        ("both sorted - the electrician and the plumber", CALLS),
        (
            "all 3 done: the visa photos, the bank transfer and the plumber",
            {
                **VISA_BANK,
                "Call the plumber": "done",
            },
        ),
        ("finished both – the plumber and the electrician", CALLS),
        ("both done!! asado meat + plumber", ASADO_PLUMBER),
        (
            "delete both, the plumber and the electrician",
            {"Call the plumber": "deleted", "Call the electrician": "deleted"},
        ),
    ],
)
async def test_both_then_the_things_named_acts_on_each(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, changes: dict[str, str]
) -> None:
    await assert_changes(store, session_for, SEEDS, [said], changes)


@pytest.mark.parametrize(
    "said",
    [
        "completed all three - the kitchen, the floor and the curtains",
        "all 3 of them are sorted: kitchen, floor and curtains",
    ],
)
async def test_all_three_then_the_things_named_ticks_each(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, HOUSE + "|Buy milk", [said], ALL_HOUSE)


@pytest.mark.parametrize(
    "said",
    [
        "got both prescriptions picked up at cvs, so that's those done",
        "picked up both prescriptions at cvs, that's them done",
    ],
)
async def test_both_of_what_two_tasks_fit_then_those_done(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    changes = {"Pick up Ethan's inhaler at CVS": "done", "Pick up my allergy meds at CVS": "done"}
    await assert_changes(store, session_for, CVS, [said], changes)


@pytest.mark.parametrize("said", ["all 3 done", "all three are done yay"])
async def test_a_count_of_all_the_open_tasks_with_nothing_talked_about_is_each_of_them(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, HOUSE + "|Buy curtain rail:done", [said], ALL_HOUSE)


@pytest.mark.parametrize(
    "said",
    [
        "mark all of them done, the whole house is spotless now 💪",
        "tick them all off pls",
        "every one of them is done",
        "mark all of them done na, I'm tired of seeing them haha",
    ],
)
async def test_all_of_them_with_no_count_and_nothing_talked_about_asks(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    """Never a guess at every task: with nothing talked about and no count said, "all of
    them" may mean the tasks the user has in mind, not the whole list (it asks which)."""
    await assert_changes(store, session_for, HOUSE + "|Buy curtain rail:done", [said])


async def test_both_with_three_tasks_fitting_asks(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    reply = await assert_changes(store, session_for, SEEDS + "|Call the bank", ["both calls done"])
    assert "which" in reply.lower()


@pytest.mark.parametrize(("seeds", "said"), [(SEEDS, "both done"), (HOUSE, "all 4 done")])
async def test_a_count_that_is_not_the_open_tasks_asks(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, said: str
) -> None:
    await assert_changes(store, session_for, seeds, [said])


async def test_both_after_a_reply_naming_two_is_those_two(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(store, session_for, SEEDS, ["anything about calls?", "both done"], CALLS)


async def test_all_of_them_after_a_listing_is_the_tasks_listed(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        SEEDS,
        ["anything about the visa?", "mark all of them done"],
        {"Take visa photos": "done", "Book visa appointment": "done"},
    )


async def test_all_of_a_kind_is_only_that_kind(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_changes(
        store,
        session_for,
        "Clean the kitchen|Clean the bathroom|Hang the curtains",
        ["mark all of the cleaning ones done"],
        {"Clean the kitchen": "done", "Clean the bathroom": "done"},
    )


@pytest.mark.parametrize(
    "said",
    [
        "are both done?",
        "did i finish both the plumber and the electrician?",
        "are all of them done?",
        "have i done both, the visa photos and the bank transfer?",
    ],
)
async def test_a_question_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])


@pytest.mark.parametrize(
    "said",
    [
        "I finished both the visa photos and the yoga class",
        "finished both, the visa photos and the yoga class",
    ],
)
async def test_a_thing_that_is_no_task_is_said_and_no_other_ticked(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    reply = await assert_changes(store, session_for, SEEDS, [said], {"Take visa photos": "done"})
    assert "yoga class" in reply


@pytest.mark.parametrize(
    "said",
    [
        "delete both, the client cancelled and we're not going",
        "delete all of them",
        "remove both",
    ],
)
async def test_a_delete_with_nothing_named_deletes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SEEDS, [said])

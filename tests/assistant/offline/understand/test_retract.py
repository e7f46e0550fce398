"""The understand stage, an undo asked with the change it means: "i marked X done by accident,
undo that" undoes that change on X (reopen, restore, delete what was added), never "the last
change"; a change only told of, or asked about, takes nothing back."""

from __future__ import annotations

import pytest

from tests.assistant.offline.understand.reading import one, parse


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("ugh i ticked off the gas bill by mistake, can you undo that", "gas bill"),
        ("i accidentally marked call the vet as complete", "call the vet"),
        ("undo marking the car wash done", "car wash"),
        ("i didn't mean to tick off water the plants", "water the plants"),
        ("the dentist got checked off by accident, put it back", "dentist"),
        ("you ticked off renew passport by mistake lol. undo pls", "renew passport"),
    ],
)
def test_a_completion_described_with_an_undo_reopens_the_task_named(text: str, named: str) -> None:
    intent = one(text)
    assert intent.kind == "reopen"
    assert intent.target is not None and intent.target.text == named


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("i accidentally deleted pay rent, bring it back", "pay rent"),
        ("you deleted the gym task by mistake", "gym"),
        ("the passport renewal was deleted by accident, undo", "passport renewal"),
        ("i didn't mean to remove book flights", "book flights"),
    ],
)
def test_a_delete_described_with_an_undo_restores_the_task_named(text: str, named: str) -> None:
    intent = one(text)
    assert intent.kind == "restore"
    assert intent.target is not None and intent.target.text == named


def test_a_reopen_or_an_add_described_is_undone_by_its_inverse() -> None:
    reopened = one("i reopened the laundry by mistake, undo that")
    assert reopened.kind == "complete"
    added = one("i added eggs by accident, undo")
    assert added.kind == "delete"
    assert added.target is not None and added.target.text.lower() == "eggs"


def test_an_edit_described_keeps_its_description_for_the_planner() -> None:
    """The old title or date is not said: the planner undoes it only if it was its own."""
    intent = one("i renamed the milk to oat milk by accident, undo that")
    assert (intent.kind, intent.query) == ("undo", "rename")
    moved = one("i moved the dentist to friday by mistake, can you undo that")
    assert (moved.kind, moved.query) == ("undo", "due")


@pytest.mark.parametrize(
    "text",
    [
        "i deleted the milk",  # told, not asked back
        "i marked the gas bill as done",
        "did i mark the milk done by mistake?",  # a question
        "i deleted the old list yesterday, add buy bread",
        "i ticked off the gas bill",
    ],
)
def test_a_change_only_told_or_asked_about_takes_nothing_back(text: str) -> None:
    kinds = [i.kind for i in parse(text)]
    assert not {"reopen", "restore", "undo", "delete"} & set(kinds), kinds


@pytest.mark.parametrize("text", ["undo that", "i deleted the wrong one, undo that"])
def test_an_undo_of_the_last_change_stays_one(text: str) -> None:
    intent = one(text)
    assert (intent.kind, intent.target, intent.query) == ("undo", None, "")


@pytest.mark.parametrize(
    ("text", "title", "due"),
    [
        ("add ship the box to dana by wed, no wait thurs", "Ship the box to dana", "thursday"),
        ("add call mom fri, no wait sat", "Call mom", "saturday"),
        ("add pay rent on mon i mean tue", "Pay rent", "tuesday"),
        ("add book the vet friday no sorry sun", "Book the vet", "sunday"),
    ],
)
def test_a_day_said_short_corrects_the_day_said_before(text: str, title: str, due: str) -> None:
    """ "add X by wed, no wait thurs" was due Wednesday: a short day was no correction."""
    intent = one(text)
    assert (intent.kind, intent.title, intent.due) == ("add", title, due)


@pytest.mark.parametrize(
    ("text", "title", "due"),
    [
        ("add buy sun cream friday, no wait saturday", "Buy sun cream", "saturday"),
        ("add sat nav charger friday no wait saturday", "Sat nav charger", "saturday"),
        ("add wed anniversary card monday, i mean tuesday", "Wed anniversary card", "tuesday"),
    ],
)
def test_a_title_word_like_a_short_day_stays_in_the_title(text: str, title: str, due: str) -> None:
    intent = one(text)
    assert (intent.kind, intent.title, intent.due) == ("add", title, due)


@pytest.mark.parametrize(
    ("text", "kind", "ids"),
    [
        ("remove 7, no wait, i meant 8", "delete", (8,)),
        ("get rid of 21, oops, i meant 12", "delete", (12,)),
        ("tick off 30 oops i meant 31", "complete", (31,)),
        ("delete 9, sorry, i meant 19 pls", "delete", (19,)),
        ("mark 3 done, no wait, i meant 4", "complete", (4,)),
    ],
)
def test_an_id_corrected_later_in_the_message_is_the_only_one_changed(
    text: str, kind: str, ids: tuple[int, ...]
) -> None:
    """ "delete 46, no wait, i meant 50" was read as a delete of 46 with a remark after it."""
    intent = one(text)
    assert intent.kind == kind
    assert intent.target is not None and intent.target.ids == ids


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("delete 45 pls", (45,)),
        ("delete 46, i meant to do that ages ago", (46,)),
        ("remove 12, i meant it when i said no more gym", (12,)),
    ],
)
def test_a_remark_with_i_meant_after_a_delete_keeps_the_id(text: str, ids: tuple[int, ...]) -> None:
    """ "i meant to ..." and "i meant it" correct nothing: no rename of "it" follows."""
    intent = one(text)
    assert intent.kind == "delete"
    assert intent.target is not None and intent.target.ids == ids


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("i ticked off the rent but it bounced, can you un-tick it", "rent"),
        ("i marked send invoices as done but the email never went out. untick it", "send invoices"),
        ("i checked off the vet though i never went, can you uncheck it", "vet"),
        ("i marked call mum done though she never picked up, reopen it", "call mum"),
    ],
)
def test_why_a_tick_was_wrong_is_no_part_of_the_task_it_reopens(text: str, named: str) -> None:
    intents = [i for i in parse(text) if i.kind != "unknown"]
    assert [i.kind for i in intents] == ["reopen"]
    assert intents[0].target is not None and intents[0].target.text == named


@pytest.mark.parametrize(
    "text",
    ["i marked the rent done but it bounced", "i ticked off the vet because it was done"],
)
def test_a_tick_told_with_a_reason_and_no_undo_reopens_nothing(text: str) -> None:
    assert not [i for i in parse(text) if i.kind in ("reopen", "undo", "restore")]


@pytest.mark.parametrize(
    ("said", "kind", "meant"),
    [
        (
            "ok I paid the electric bill. oh no wait, I mean the water bill, electric is "
            "still pending ugh sorry",
            "complete",
            "water bill",
        ),
        ("mark call mom done, no sorry call dad, mom can wait", "complete", "call dad"),
        ("delete the gym one, no wait, i mean the yoga one, gym is fine", "delete", "yoga one"),
        ("tick off rent, sorry i meant the gas bill, rent is next week", "complete", "gas bill"),
    ],
)
def test_a_task_meant_instead_then_a_remark_acts_on_that_task_only(
    said: str, kind: str, meant: str
) -> None:
    changes = [i for i in parse(said) if i.kind not in ("unknown", "keep")]
    assert len(changes) == 1 and changes[0].kind == kind
    assert changes[0].target is not None and changes[0].target.text.endswith(meant)


@pytest.mark.parametrize(
    ("said", "kinds"),
    [
        ("oh no I forgot the milk", ["unknown"]),
        ("add nappies size 4 no wait size 5", ["add"]),
    ],
)
def test_near_misses_of_a_task_meant_instead(said: str, kinds: list[str]) -> None:
    assert [i.kind for i in parse(said)] == kinds


@pytest.mark.parametrize(
    "text",
    [
        "delete the car wash and milk - wait no just the car wash",
        "delete the car wash and milk, wait no just the car wash",
        "delete the car wash and milk, no wait, only the car wash",
        "remove car wash and milk... no wait only the car wash",
    ],
)
def test_a_bulk_change_corrected_to_just_one_acts_on_that_one(text: str) -> None:
    # it deleted both ("wait no just X" was not read as a correction)
    intents = [i for i in parse(text) if i.kind == "delete"]
    assert len(intents) == 1 and intents[0].target is not None
    assert intents[0].target.text == "car wash"


@pytest.mark.parametrize(
    "text", ["delete the car wash, wait no just kidding", "delete the car wash, no wait"]
)
def test_a_delete_taken_back_with_just_deletes_nothing(text: str) -> None:
    assert not [i for i in parse(text) if i.kind == "delete"]


@pytest.mark.parametrize(
    ("text", "deletes"),
    [
        ("bin the gym one, who am i kidding lol", True),
        ("delete the gym one, im not kidding", True),
        ("delete the diet plan, who are we kidding", True),
        ("delete the gym one. kidding", False),
        ("delete the gym one, jk", False),
    ],
)
def test_kidding_takes_back_only_when_the_user_is_the_one_kidding(text: str, deletes: bool) -> None:
    """ "who am i kidding" after a delete had been read as "just kidding"."""
    assert bool([i for i in parse(text) if i.kind == "delete"]) is deletes

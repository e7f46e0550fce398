"""Stage 2, split: quotes protected, sentences and clauses apart, one request each."""

from __future__ import annotations

import pytest

from todochat.assistant.offline.split import (
    only_placeholder,
    protect_quotes,
    restore,
    split_clauses,
    split_sentences,
    strip_filler,
)


def test_quoted_text_is_protected_and_restored_verbatim() -> None:
    protected, quotes = protect_quotes('add "Call mom, and delete X" please')
    assert quotes == ("Call mom, and delete X",)
    assert "delete" not in protected
    assert restore(protected, quotes) == "add Call mom, and delete X please"
    assert only_placeholder(protected.split()[1]) == 0


def test_a_message_splits_at_sentence_ends_and_semicolons() -> None:
    assert split_sentences("add milk. show my list; thanks") == [
        "add milk.",
        "show my list;",
        "thanks",
    ]


def test_a_sentence_splits_before_a_command_verb_only() -> None:
    assert split_clauses("add bread and delete the gym task") == [
        "add bread",
        "delete the gym task",
    ]
    # "and" inside a title is not a split point.
    assert split_clauses("add salt and pepper") == ["add salt and pepper"]


def test_a_description_is_never_split() -> None:
    clauses = split_clauses("add call the bank with the description ask and show the id")
    assert len(clauses) == 1


def test_reported_deeds_split_one_per_verb() -> None:
    assert split_clauses("I walked the dog and called mom") == [
        "I walked the dog",
        "called mom",
    ]


def test_politeness_before_a_request_is_stripped() -> None:
    assert strip_filler("ok so could you please add milk") == "add milk"
    assert strip_filler("thanks") == ""


def test_edit_verbs_start_a_clause() -> None:
    assert split_clauses("standup notes done, and move retro to thursday") == [
        "standup notes done",
        "move retro to thursday",
    ]
    assert split_clauses("add dentist at 3pm and make the rent one high priority") == [
        "add dentist at 3pm",
        "make the rent one high priority",
    ]
    assert split_clauses("add buy milk and make pancakes") == ["add buy milk and make pancakes"]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("add buy milk mark call the bank as done", ["add buy milk", "mark call the bank as done"]),
        ("add water plants mark the gym done", ["add water plants", "mark the gym done"]),
        (
            "add book flights mark the visa form complete",
            ["add book flights", "mark the visa form complete"],
        ),
        (
            "add pay rent check off call mum as finished",
            ["add pay rent", "check off call mum as finished"],
        ),
    ],
)
def test_a_completion_said_straight_after_an_add_is_a_request_of_its_own(
    text: str, pieces: list[str]
) -> None:
    assert split_clauses(text) == pieces


@pytest.mark.parametrize(
    "text", ["add mark the register", "add mark homework as done by friday", "add mark exam papers"]
)
def test_a_title_that_starts_with_mark_stays_one_add(text: str) -> None:
    assert split_clauses(text) == [text]


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        (
            "mark the gym as done and oh remind me to call the venue",
            ["mark the gym as done", "oh remind me to call the venue"],
        ),
        ("add milk and um add eggs", ["add milk", "um add eggs"]),
        ("tick off rent and btw delete the gym one", ["tick off rent", "btw delete the gym one"]),
        ("delete the vet one and uh mark rent done", ["delete the vet one", "uh mark rent done"]),
    ],
)
def test_an_interjection_after_and_still_starts_a_request(text: str, clauses: list[str]) -> None:
    """ "... as done and oh remind me to call the venue on monday" was one clause: nothing
    understood it, and both requests were lost."""
    assert split_clauses(text) == clauses


@pytest.mark.parametrize("text", ["add milk and oh my days", "add oh my god socks"])
def test_an_interjection_before_no_request_stays_in_the_clause(text: str) -> None:
    assert split_clauses(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "both the vacuuming and the dishes are done",
        "the ironing and the hoovering are finished",
        "my tax return and the car insurance are sorted",
    ],
)
def test_two_things_sharing_one_state_stay_one_clause(text: str) -> None:
    assert split_clauses(text) == [text]


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        (
            "add buy milk and the gas bill is paid",
            ["add buy milk", "the gas bill is paid"],
        ),
        (
            "the dishes are done, the bins can wait",
            ["the dishes are done", "the bins can wait"],
        ),
        (
            "mark the laundry done and trash will have to wait",
            ["mark the laundry done", "trash will have to wait"],
        ),
    ],
)
def test_a_state_after_a_request_and_a_task_put_off_are_clauses_of_their_own(
    text: str, clauses: list[str]
) -> None:
    assert split_clauses(text) == clauses


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        (
            "Finally sent my forms to the office, you can cross off the paperwork",
            ["Finally sent my forms to the office", "you can cross off the paperwork"],
        ),
        (
            "paid the rent, you can tick off the rent one",
            ["paid the rent", "you can tick off the rent one"],
        ),
        (
            "finished the essay and you could mark it done",
            ["finished the essay", "you could mark it done"],
        ),
        (
            "dropped the car at the garage, you may delete the garage one",
            ["dropped the car at the garage", "you may delete the garage one"],
        ),
    ],
)
def test_you_can_before_a_request_after_a_story_starts_it(text: str, clauses: list[str]) -> None:
    """ "sent my Steuererklärung to the Finanzamt, you can cross off the tax return" was one
    deed: its request, taken for a remark after the deed, was lost."""
    assert split_clauses(text) == clauses


@pytest.mark.parametrize(
    "text",
    ["paid the rent, you can relax now", "sent the forms and you know what that means"],
)
def test_you_can_before_no_request_stays_in_the_clause(text: str) -> None:
    assert split_clauses(text) == [text]


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("you can cross off the paperwork", "cross off the paperwork"),
        ("you could just delete the garage one", "delete the garage one"),
        ("you can relax now", "you can relax now"),
    ],
)
def test_leave_given_before_a_request_is_stripped(text: str, left: str) -> None:
    assert strip_filler(text) == left


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "before the ovens go on — what's still left to do?",
            ["before the ovens go on", "what's still left to do?"],
        ),
        ("on my lunch break – what is due today?", ["on my lunch break", "what is due today?"]),
        ("got 5 mins — how many are left?", ["got 5 mins", "how many are left?"]),
        ("quick check before bed — show my list", ["quick check before bed", "show my list"]),
    ],
)
def test_a_dash_before_a_question_or_a_listing_ends_the_sentence(
    text: str, pieces: list[str]
) -> None:
    """ "quick one before the ovens go on — whats still left to do?" was one sentence, read as
    nothing at all."""
    assert split_sentences(text) == pieces


@pytest.mark.parametrize(
    "text", ["add call the bank — ask about the loan", "add buy milk - what the recipe needs"]
)
def test_a_dash_before_no_question_stays_in_the_sentence(text: str) -> None:
    assert split_sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        (
            "admin day and i've knocked out all the invoice ones",
            ["admin day", "i've knocked out all the invoice ones"],
        ),
        (
            "long shift and i've finally paid the gas bill",
            ["long shift", "i've finally paid the gas bill"],
        ),
        ("busy morning and we've booked the venue", ["busy morning", "we've booked the venue"]),
        ("crazy week and i have sent the forms", ["crazy week", "i have sent the forms"]),
    ],
)
def test_a_remark_before_a_deed_told_is_a_clause_of_its_own(text: str, clauses: list[str]) -> None:
    """ "admin day and i've knocked out all the invoice ones, mark them all done" asked which
    task: the remark hid the deed that "them" stands for."""
    assert split_clauses(text) == clauses


@pytest.mark.parametrize(
    "text",
    [
        "add flour and i've paid for the eggs",
        "mum and i've never spoken about it",
        "long day and i've been thinking about the move",
    ],
)
def test_a_request_or_no_deed_before_and_i_have_stays_one_clause(text: str) -> None:
    assert split_clauses(text) == [text]

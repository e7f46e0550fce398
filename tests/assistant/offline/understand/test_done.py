"""The understand stage, completing and reopening by command or by a statement of state."""

from __future__ import annotations

import pytest

from tests.assistant.offline.understand.reading import one, parse
from todochat.assistant.offline.understand.done import put_off_re


def test_mark_task_n_as_complete_targets_the_id() -> None:
    intent = one("Mark task 3 as complete")
    assert intent.kind == "complete"
    assert intent.target is not None and intent.target.ids == (3,)


def test_hash_id_is_an_id() -> None:
    intent = one("complete task #7")
    assert intent.target is not None and intent.target.ids == (7,)


def test_finished_gerund_completes() -> None:
    intent = one("finished packing my bags")
    assert intent.target is not None and intent.target.text == "packing my bags"


def test_x_is_done_completes() -> None:
    assert one("The laundry is done").kind == "complete"


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("morales cake is out the door!!! 🎉", "morales cake"),
        ("the Smith quote is a wrap", "Smith quote"),
        ("the invoice is in the post", "invoice"),
        ("the tax return's put to bed", "tax return"),
        ("the kitchen reno is all wrapped up", "kitchen reno"),
        ("the rent cheque is in the mail now", "rent cheque"),
    ],
)
def test_an_idiom_of_a_job_finished_and_gone_completes(said: str, named: str) -> None:
    intent = one(said)
    assert intent.kind == "complete"
    assert intent.target is not None and intent.target.text == named


@pytest.mark.parametrize(
    "said",
    [
        "the dog got out the door",
        "the presents are wrapped up warm",
        "what's out the door today",
        "she is out the door",
    ],
)
def test_near_misses_of_a_job_finished_and_gone(said: str) -> None:
    assert one(said).kind != "complete"


def test_passive_participle_completes() -> None:
    assert one("the dog has been walked").kind == "complete"


def test_tick_off_completes() -> None:
    intent = one("tick off the fence task")
    assert intent.target is not None and intent.target.text == "fence"


def test_mark_everything_done_is_a_bulk_complete() -> None:
    intent = one("mark everything as done")
    assert intent.kind == "complete"
    assert intent.target is not None and intent.target.kind == "all"


def test_reopen_task() -> None:
    assert one("reopen task 4").kind == "reopen"


def test_mark_as_not_done_reopens() -> None:
    assert one("mark task 2 as not done").kind == "reopen"


def test_set_task_n_to_complete_is_not_an_add() -> None:
    intent = one("set task 4 to complete")
    assert intent.kind == "complete"
    assert intent.target is not None and intent.target.ids == (4,)


def test_everything_is_done_completes_all() -> None:
    intent = one("everything is done")
    assert intent.kind == "complete"
    assert intent.target is not None and intent.target.kind == "all"


def test_bare_done_completes_it() -> None:
    intent = one("done!")
    assert intent.kind == "complete"
    assert intent.target is not None and intent.target.kind == "it"


def test_negated_past_reopens() -> None:
    assert one("i didn't actually pay the rent").kind == "reopen"


def test_everything_not_done_is_a_status_not_an_exception() -> None:
    intent = one("delete everything not done")
    assert intent.target is not None
    assert (intent.target.status, intent.target.exclude) == ("pending", ())


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "oops i marked the gym membership one done by accident, its not actually done yet",
            "gym membership one",
        ),
        ("I accidentally ticked off the dentist", "dentist"),
        ("we checked the bins one by mistake", "bins one"),
        ("i've mistakenly marked 'Pay rent' as complete, it's not paid yet", "Pay rent"),
        ("I crossed off the vet appointment in error", "vet appointment"),
    ],
)
def test_a_completion_said_to_be_a_mistake_reopens(text: str, target: str) -> None:
    intent = one(text)
    assert (intent.kind, intent.target.text if intent.target else None) == ("reopen", target)


@pytest.mark.parametrize(
    "text",
    [
        "i marked the gym one done",
        "I ticked off the dentist, no mistake",
        "I finished the report by mistake",
    ],
)
def test_a_completion_without_a_mistake_is_no_reopen(text: str) -> None:
    assert all(intent.kind != "reopen" for intent in parse(text))


@pytest.mark.parametrize(
    ("text", "words", "ordinal"),
    [
        ("knock out the 2nd one", "", 2),
        ("knocked out the first one", "", 1),
        ("knock out the rent one", "rent one", 0),
        ("knock the laundry out", "laundry", 0),
    ],
)
def test_a_job_knocked_out_is_done(text: str, words: str, ordinal: int) -> None:
    intent = one(text)
    assert intent.kind == "complete" and intent.target is not None
    assert (intent.target.text, intent.target.ordinal) == (words, ordinal)


def test_knocking_something_out_as_a_task_or_a_level_down_is_no_completion() -> None:
    assert one("add knock out the kitchen wall").title == "Knock out the kitchen wall"
    assert one("knock the gym one down to low").kind == "priority"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("un-tick the rent", "rent"),
        ("can u un-check the gas bill", "gas bill"),
        ("please un-mark the dentist one", "dentist"),
        ("un-complete send invoices", "send invoices"),
    ],
)
def test_un_with_a_hyphen_reopens(text: str, words: str) -> None:
    intent = one(text)
    assert intent.kind == "reopen" and intent.target is not None
    assert intent.target.text.startswith(words)


@pytest.mark.parametrize(
    "text", ["did i un-tick the rent?", "i un-ticked the rent by mistake, ugh"]
)
def test_un_ticked_said_or_asked_reopens_nothing(text: str) -> None:
    assert not [i for i in parse(text) if i.kind == "reopen"]


@pytest.mark.parametrize(
    "said",
    [
        "the staging got pushed back",
        "rent got bumped back a week",
        "the parcel got shifted back",
        "the launch was held up",
        "kickoff got put off",
        "the vet visit got moved up",
    ],
)
def test_a_thing_put_off_is_neither_done_nor_returned(said: str) -> None:
    """One list (en.toml ``put_off``) for the deed rule and the "X back" rewrite."""
    assert put_off_re().search(said)
    assert all(i.kind != "complete" for i in parse(said))


@pytest.mark.parametrize("said", ["the drill's back", "the library books back finally"])
def test_a_thing_back_is_returned(said: str) -> None:
    assert not put_off_re().search(said)
    assert one(said).kind == "complete"


def test_set_up_is_not_put_off() -> None:
    assert not put_off_re().search("the router's set up")


@pytest.mark.parametrize(
    ("text", "ids", "words"),
    [
        ("close out task 41 pls", (41,), ""),
        ("can you close out #3", (3,), ""),
        ("close out the hulu one", (), "hulu one"),
        ("closing out the denver flights", (), "denver flights"),
    ],
)
def test_close_out_completes_and_out_names_no_task(
    text: str, ids: tuple[int, ...], words: str
) -> None:
    intent = one(text)
    assert intent.kind == "complete" and intent.target is not None
    assert (intent.target.ids, intent.target.text) == (ids, words)


@pytest.mark.parametrize("text", ["we close out the quarter on friday", "did i close out task 4?"])
def test_close_out_told_or_asked_completes_nothing(text: str) -> None:
    assert all(intent.kind != "complete" for intent in parse(text))


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("c'est fait: the logo revisions for Atelier Lune", "logo revisions for Atelier Lune"),
        ("c'est fait : facture Dupont 🎉", "facture Dupont"),
        ("fini - the flyers for Boulangerie Paul", "flyers for Boulangerie Paul"),
        ("finie: maquette Roux", "maquette Roux"),
        ("la facture Dupont, c'est fait", "la facture Dupont"),
    ],
)
def test_cest_fait_before_or_after_a_task_completes_it(said: str, named: str) -> None:
    intent = parse(said)[0]
    assert intent.kind == "complete" and intent.target is not None
    assert intent.target.text == named


@pytest.mark.parametrize("said", ["c'est fait pour demain?", "fait maison: pain"])
def test_near_misses_of_cest_fait_complete_nothing(said: str) -> None:
    assert all(i.kind != "complete" for i in parse(said))

"""Bulk scopes: the words of "all my X" cut to what names the tasks (a relation idiom is
"about", a deed clause makes the scope the completed tasks, a clause after the scope's noun
is a reason), and the tasks they name by title or by tag, chatter left out."""

from __future__ import annotations

import pytest

from todochat.assistant.offline.matching import TaskInfo
from todochat.assistant.offline.scope import (
    kind_tasks,
    names_a_kind,
    read_scope,
    scope_tasks,
    spoken_topic,
    word_named,
)
from todochat.assistant.offline.targets import parse_target


@pytest.mark.parametrize(
    ("said", "words", "status"),
    [
        ("my shift tasks the cafe is closed for renos", "my shift tasks", None),  # batch 28
        ("the boat jobs we sold her last month", "the boat jobs", None),
        ("my gym stuff im injured", "my gym stuff", None),
        ("the stuff i already did", "the stuff", "completed"),
        ("the ones we've knocked out", "the ones", "completed"),
        ("the things you marked done", "the things", "completed"),
        ("the bits I've dealt with, its a mess", "the bits", "completed"),
        ("the tasks due tomorrow", "the tasks due tomorrow", None),
        ("tasks for the wedding", "tasks for the wedding", None),
    ],
)
def test_a_scope_keeps_the_words_that_name_its_tasks(
    said: str, words: str, status: str | None
) -> None:
    text, found = read_scope(said)
    assert (text.strip(), found) == (words, status)


@pytest.mark.parametrize(
    ("said", "words"),
    [
        # after a comma any reason word, or a new clause's subject, ends the scope
        ("my shift tasks, since the cafe is closed", "my shift tasks"),
        ("my shift tasks, so the cafe can close", "my shift tasks"),
        ("my shift tasks, we closed", "my shift tasks"),
        # without one, only a word that is always a reason does ("so far" goes on describing)
        ("my shift tasks since the cafe is closed", "my shift tasks"),
        ("the tasks so far", "the tasks so far"),
    ],
)
def test_a_reason_after_the_scope_names_nothing(said: str, words: str) -> None:
    assert read_scope(said)[0].strip() == words


@pytest.mark.parametrize(
    ("phrase", "text", "status"),
    [
        ("everything to do with the wedding", "wedding", "all"),
        ("all the stuff related to the move", "move", "all"),
        ("every task tagged garden", "garden", "all"),
        ("all my gig stuff, the band split up", "gig", "all"),
        ("all the ones I already finished", "", "completed"),
        ("everything I've crossed off", "", "completed"),
    ],
)
def test_scope_targets_read_through_chatter(phrase: str, text: str, status: str) -> None:
    target = parse_target(phrase)
    assert (target.kind, target.text, target.status) == ("all", text, status)


def test_a_scope_about_a_pronoun_is_unclear_on_its_own() -> None:
    target = parse_target("everything to do with it")
    assert (target.kind, target.text, target.relative) == ("all", "", True)


TASKS = [
    TaskInfo(1, "Finish stats problem set", tags=("uni",)),
    TaskInfo(2, "Buy mulch", tags=("garden-club",)),
    TaskInfo(3, "Drop off seedlings", tags=("garden-club",)),
    TaskInfo(4, "Saturday opening shift"),
    TaskInfo(5, "Cover Maya's shift"),
    TaskInfo(6, "Join the golf club"),
    TaskInfo(7, "Empty the dishwasher", tags=("chores",)),
]


@pytest.mark.parametrize(
    ("phrase", "ids"),
    [
        ("uni", [1]),
        ("garden club", [2, 3]),  # not the golf club: the tag's words are all said
        ("chores", [7]),
        ("shift", [4, 5]),
        ("shift cafe renos", [4, 5]),  # words naming no task are chatter
        ("dentist", []),  # words naming nothing leave the scope empty, never everything
        ("dentist appointment", []),
    ],
)
def test_scope_tasks_by_title_or_tag(phrase: str, ids: list[int]) -> None:
    assert [t.id for t in scope_tasks(phrase, TASKS)] == ids


def test_the_topic_of_it_is_the_nearest_phrase_naming_tasks() -> None:
    assert spoken_topic("raised money for the kids\nthe shift", TASKS) == "the shift"
    assert spoken_topic("raised money for the kids", TASKS) == ""


def test_a_reason_is_never_cut_down_to_every_task() -> None:
    text, _ = read_scope("the ones we sold")
    assert text == "the ones we sold"


@pytest.mark.parametrize(
    ("word", "titles", "tags", "named"),
    [
        (
            "inv",
            ["Send invoice to Baker", "Chase unpaid invoice", "Fix leaking tap"],
            (),
            "invoice",
        ),
        ("pres", ["Finish the presentation", "Call mom"], (), "presentation"),
        ("rec", ["File the receipts", "Walk the dog"], (), "receipts"),
        ("uni", ["Read chapter 4"], ("university",), "university"),
    ],
)
def test_a_word_cut_short_names_the_word_of_the_list_it_starts(
    word: str, titles: list[str], tags: tuple[str, ...], named: str
) -> None:
    """ "what inv stuff have i still got to do" listed every task: 'inv' named none."""
    tasks = [TaskInfo(i, title, tags=tags) for i, title in enumerate(titles, 1)]
    assert word_named(word, tasks) == named


@pytest.mark.parametrize(
    ("word", "titles"),
    [
        ("fin", ["Finish the essay", "Final exam prep"]),
        ("xyz", ["Buy groceries"]),
        ("ca", ["Call mom", "Cancel the gym"]),
    ],
)
def test_a_short_word_of_several_meanings_or_none_names_nothing(
    word: str, titles: list[str]
) -> None:
    tasks = [TaskInfo(i, title) for i, title in enumerate(titles, 1)]
    assert word_named(word, tasks) == ""


def test_the_scope_words_are_read_from_the_word_lists() -> None:
    # (en.toml `shopping_kind`, `scope_noun`, `scope_describing`, `scope_kind`)
    assert names_a_kind("the groceries") and names_a_kind("all the shoping ones")
    assert not names_a_kind("the garden ones")
    tasks = [TaskInfo(1, "Buy atta"), TaskInfo(2, "Get the car serviced"), TaskInfo(3, "Call mum")]
    assert [t.id for t in kind_tasks("the shopping stuff", tasks) or []] == [1]
    assert read_scope("my shift tasks the cafe is closed")[0] == "my shift tasks"
    assert read_scope("the tasks for the sale")[0] == "the tasks for the sale"
    assert read_scope("all my chores we sold it")[0] == "all my chores"

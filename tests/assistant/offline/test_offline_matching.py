"""Title matching: one clear match acts, several ask, none says so."""

from __future__ import annotations

from todochat.assistant.offline.matching import TaskInfo, filter_by_words, match_tasks

TASKS = [
    TaskInfo(1, "Weekly meeting notes"),
    TaskInfo(2, "Call mom"),
    TaskInfo(3, "Buy groceries"),
    TaskInfo(4, "Paint fence"),
    TaskInfo(5, "Buy paint"),
]


def _ids(phrase: str, tasks: list[TaskInfo] = TASKS) -> tuple[int, ...]:
    return tuple(t.id for t in match_tasks(phrase, tasks).tasks)


def test_single_word_matches_the_only_title_containing_it() -> None:
    assert _ids("meeting") == (1,)


def test_past_tense_sentence_matches_the_base_verb_title() -> None:
    assert _ids("called mom") == (2,)
    assert _ids("bought the groceries") == (3,)


def test_more_shared_words_win() -> None:
    assert _ids("paint fence") == (4,)


def test_equal_matches_are_ambiguous() -> None:
    tasks = [TaskInfo(1, "Call Ann"), TaskInfo(2, "Call Ben")]
    result = match_tasks("call", tasks)
    assert result.kind == "ambiguous"
    assert {t.id for t in result.tasks} == {1, 2}


def test_unrelated_words_match_nothing() -> None:
    assert match_tasks("dragon", TASKS).kind == "none"


def test_shared_light_verb_alone_is_not_a_match() -> None:
    assert match_tasks("bought bread", TASKS).kind == "none"


def test_one_letter_typo_still_matches() -> None:
    assert _ids("grocries") == (3,)


def test_exact_title_beats_longer_title() -> None:
    tasks = [TaskInfo(1, "Call mom"), TaskInfo(2, "Call mom tonight")]
    assert _ids("call mom", tasks) == (1,)


def test_status_preference_breaks_a_tie() -> None:
    tasks = [TaskInfo(1, "Water plants", completed=True), TaskInfo(2, "Water plants")]
    result = match_tasks("water plants", tasks, prefer_completed=False)
    assert [t.id for t in result.tasks] == [2]


def test_filter_by_words_keeps_every_matching_task() -> None:
    tasks = [TaskInfo(1, "Call Ann"), TaskInfo(2, "Call Ben"), TaskInfo(3, "Mow lawn")]
    assert [t.id for t in filter_by_words("call", tasks)] == [1, 2]

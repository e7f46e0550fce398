"""Stemming and word helpers: inflections of one word must compare equal."""

from __future__ import annotations

import re

import pytest

from todochat.assistant.offline.text import (
    DAY_SHORT,
    DAY_STEM,
    capitalise,
    content_stems,
    edit_distance_at_most_one,
    is_past_tense,
    stem,
    task_noun,
    verb_base,
    without_article,
)


def test_regular_past_tense_stems_to_the_base_verb() -> None:
    assert stem("painted") == stem("paint")
    assert stem("called") == stem("call")


def test_irregular_past_tense_stems_to_the_base_verb() -> None:
    assert stem("bought") == stem("buy")
    assert stem("paid") == stem("pay")
    assert stem("took") == stem("take")


def test_gerund_and_plural_stem_like_the_base() -> None:
    assert stem("packing") == stem("pack")
    assert stem("bags") == stem("bag")
    assert stem("shopping") == stem("shop")


def test_ies_plural_matches_y_singular() -> None:
    assert stem("groceries") == stem("grocery")
    assert stem("parties") == stem("party")


def test_synonyms_share_a_stem() -> None:
    assert stem("mum") == stem("mom")


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("docs", "documents"),
        ("docs", "document"),
        ("appt", "appointment"),
        ("meds", "medication"),
    ],
)
def test_a_short_form_shares_the_stem_of_the_word_it_shortens(short: str, full: str) -> None:
    assert stem(short) == stem(full)


def test_docs_are_no_doctor() -> None:
    assert stem("docs") != stem("doctor")
    assert stem("doc") == stem("doctor")


def test_content_stems_drop_articles_and_task_words() -> None:
    assert content_stems("the meeting task") == ["meet"]


def test_is_past_tense_accepts_finished_actions() -> None:
    assert is_past_tense("called")
    assert is_past_tense("bought")


def test_is_past_tense_rejects_words_that_do_not_report_done_work() -> None:
    assert not is_past_tense("needed")
    assert not is_past_tense("added")
    assert not is_past_tense("need")


def test_edit_distance_allows_one_typo() -> None:
    assert edit_distance_at_most_one("grocery", "grocey")
    assert not edit_distance_at_most_one("grocery", "gravy")


def test_capitalise_keeps_the_users_spelling() -> None:
    assert capitalise("email Priya") == "Email Priya"
    assert capitalise("iPhone case") == "IPhone case"


def test_task_noun_is_the_shared_words_with_what_a_reading_adds() -> None:
    plain = re.compile(rf"^{task_noun()}$", re.IGNORECASE)
    assert all(plain.match(w) for w in ("task", "Todos", "to-do", "items", "reminder"))
    assert not plain.match("note") and not plain.match("one")
    assert re.match(rf"^{task_noun('note')}$", "notes")
    singular = re.compile(rf"^{task_noun(plural=False)}$")
    assert singular.match("task") and not singular.match("tasks")


def test_shorthand_and_inflected_synonyms_stem_like_the_word_they_stand_for() -> None:
    assert stem("xmas") == stem("Christmas")
    assert stem("hw") == stem("homework")
    assert stem("hoovering") == stem("Hoover") == stem("vacuum")
    assert stem("rings") == stem("call")
    # a word that only looks like a shorthand is itself
    assert stem("hoover") != stem("hover")


def test_without_article_drops_one_leading_article_and_with_owner_my_or_our() -> None:
    assert without_article("the 1041") == "1041"
    assert without_article("An invoice") == "invoice"
    assert without_article("my car") == "my car"  # a value keeps its owner
    assert without_article("the the") == "the"  # one article, never the whole name
    assert without_article("the") == "the"
    assert without_article("theatre tickets") == "theatre tickets"
    assert without_article("Our plumber", owner=True) == "plumber"
    assert without_article("my 1099 task", owner=True) == "1099 task"


@pytest.mark.parametrize(
    "day", ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)
def test_every_day_is_its_stem_and_day_and_is_typed_short(day: str) -> None:
    assert re.fullmatch(rf"{DAY_STEM}day", day)
    assert re.fullmatch(DAY_SHORT, day[:3])


@pytest.mark.parametrize("word", ["weds", "thurs", "tues"])
def test_a_day_typed_short_may_be_four_letters(word: str) -> None:
    assert re.fullmatch(DAY_SHORT, word)


_FORMS = (
    "handed:hand paid:pay updated:update submitted:submit tidied:tidy booked:book "
    "scheduled:schedule changed:change replaced:replace completed:complete filed:file "
    "visited:visit edited:edit used:use cleared:clear ordered:order cancelled:cancel "
    "canceled:cancel handled:handle served:serve received:receive raised:raise queued:queue "
    "invited:invite deleted:delete budgeted:budget called:call filled:fill added:add "
    "played:play messaged:message arranged:arrange sorted:sort"
)


@pytest.mark.parametrize(("form", "base"), [pair.split(":") for pair in _FORMS.split()])
def test_a_past_form_gives_its_base_verb(form: str, base: str) -> None:
    assert verb_base(form) == base


@pytest.mark.parametrize("word", ["bread", "need", "been", "had", "red", "tomorrow"])
def test_a_word_of_no_past_form_gives_no_base(word: str) -> None:
    assert verb_base(word) is None

"""The understand stage, renames and corrections of part of a title."""

from __future__ import annotations

import pytest

from tests.assistant.offline.understand.reading import one, parse


def test_change_task_to_quoted_title_renames() -> None:
    intent = one("Change task 1 to 'Call mom tonight'")
    assert (intent.kind, intent.title) == ("rename", "Call mom tonight")


def test_rename_by_quoted_old_title() -> None:
    intent = one("change 'Paint fence' to 'Paint fence white'")
    assert intent.target is not None and intent.target.exact
    assert intent.title == "Paint fence white"


def test_change_to_done_completes_instead_of_renaming() -> None:
    assert one("change task 2 to done").kind == "complete"


def test_make_that_is_a_correction() -> None:
    intent = one("actually make that AA batteries")
    assert (intent.kind, intent.title, intent.text) == ("rename", "AA batteries", "correction")


@pytest.mark.parametrize(
    ("said", "text"),
    [
        ("change the milk one to oat milk", "correction"),
        ("switch the dentist one to the kids dentist", "correction"),
        # the task named by its whole title, a new verb, or no shared word: a whole new title
        ("rename buy milk to oat milk", ""),
        ("change the milk one to buy almond milk", ""),
        ("rename the milk one to groceries", ""),
    ],
)
def test_a_value_that_keeps_the_word_that_named_the_task_corrects_that_part(
    said: str, text: str
) -> None:
    intent = one(said)
    assert (intent.kind, intent.text) == ("rename", text)


def test_update_the_x_task_colon_renames() -> None:
    intent = one("update the plants task: water the balcony plants")
    assert (intent.kind, intent.title) == ("rename", "Water the balcony plants")


def test_a_rename_to_a_title_that_starts_with_a_level_still_renames() -> None:
    intent = one("rename the milk one to high shelf cleaning")
    assert (intent.kind, intent.title) == ("rename", "High shelf cleaning")


@pytest.mark.parametrize(
    ("text", "value", "was"),
    [
        ("actually make it flat 4 not 2", "Flat 4", "2"),
        ("change the straw order to thirty bales not twenty", "thirty bales", "twenty"),
        ("no wait make it 4", "4", ""),
    ],
)
def test_a_correction_names_the_new_and_the_old_value(text: str, value: str, was: str) -> None:
    intent = one(text)
    assert (intent.kind, intent.title, intent.query) == ("rename", value, was)


def test_a_question_with_not_is_never_a_correction() -> None:
    assert one("show me which tasks is still not finish").kind == "list"


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("the parent teacher meeting is 4:30 pm pala, not 3", "4:30 pm"),
        ("the standup is 9:15 sharp not 9", "9:15"),
        ("the yoga class is 6pm ok not 5", "6pm"),
        ("the dentist is 10am ok, not 9", "10am"),
    ],
)
def test_a_corrected_clock_time_with_words_after_it_is_a_time_never_a_title(
    text: str, time: str
) -> None:
    intent = one(text)
    assert (intent.kind, intent.due, intent.text) == ("due", time, "time")


def test_a_corrected_number_in_a_title_is_still_a_rename() -> None:
    intent = one("it's 30 bolsters not 20")
    assert (intent.kind, intent.title, intent.query) == ("rename", "30 bolsters", "20")


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("Patel LLC is now Patel & Sons LLC (new EIN, don't ask)", "Patel LLC", "Patel & Sons LLC"),
        ("the book club is now called the reading circle", "book club", "reading circle"),
        (
            "Dr Shah's clinic has been renamed to Riverside Health",
            "Dr Shah's clinic",
            "Riverside Health",
        ),
        ("the Tuesday league got renamed the Monday league", "Tuesday league", "Monday league"),
        ("Mike is now known as Michael", "Mike", "Michael"),
    ],
)
def test_a_rename_told_as_news_replaces_the_old_name(text: str, old: str, new: str) -> None:
    intent = one(text)
    assert (intent.kind, intent.text, intent.query, intent.title) == ("rename", "renamed", old, new)


@pytest.mark.parametrize(
    "text",
    [
        "the milk is now sour",  # no word shared, no "called": a state, not a name
        "Sarah is now my manager",
        "the book club is now called off",
        "the meeting is now friday",
    ],
)
def test_a_state_told_as_news_is_no_rename(text: str) -> None:
    assert all(i.kind != "rename" for i in parse(text))


@pytest.mark.parametrize(
    ("text", "target", "title", "was"),
    [
        ("lol i wrote 'call jon' but its john with an h, fix pls", "call jon", "john", "jon"),
        (
            "i spelled book dentsit wrong, it should be dentist",
            "book dentsit",
            "dentist",
            "dentsit",
        ),
        ("i typed email the scool but it's school, fix it", "email the scool", "school", "scool"),
        ("we put pick up Sara but it's Sarah", "pick up Sara", "Sarah", "Sara"),
    ],
)
def test_a_word_said_to_be_miswritten_is_respelt(
    text: str, target: str, title: str, was: str
) -> None:
    intent = one(text)
    assert intent.kind == "rename"
    assert intent.target is not None and intent.target.text == target
    assert (intent.title, intent.query) == (title, was)


@pytest.mark.parametrize(
    ("text", "target", "title"),
    [
        ("i typed 'bye milk' but i meant buy milk", "bye milk", "Buy milk"),
        ("we typed call mum but it should say call mom", "call mum", "Call mom"),
    ],
)
def test_a_title_said_to_be_miswritten_is_replaced(text: str, target: str, title: str) -> None:
    intent = one(text)
    assert intent.kind == "rename"
    assert intent.target is not None and intent.target.text == target
    assert intent.title == title


@pytest.mark.parametrize(
    "text",
    [
        "i wrote the report but its not finished",
        "i wrote the essay but it's too long",
        "i typed up the minutes but it's done",
    ],
)
def test_a_deed_with_a_but_is_no_correction(text: str) -> None:
    assert all(i.kind != "rename" for i in parse(text))


@pytest.mark.parametrize(
    ("said", "title"),
    [
        (
            "change the name of 'call bank' to be 'Call bank about mortgage rate'",
            "Call bank about mortgage rate",
        ),
        ("rename the gym task to be gym at 6 with Tom", "Gym at 6 with Tom"),
        ("rename task 3 to say pick up parcel from depot", "Pick up parcel from depot"),
        ("change the title of the vet one to read vet for Biscuit", "Vet for Biscuit"),
        ("can you rename task 7 to become order new glasses", "Order new glasses"),
    ],
)
def test_a_new_title_after_to_be_or_to_say_is_only_the_title(said: str, title: str) -> None:
    """ "to be 'X'" gave 'Be X' (batch 33)."""
    intent = one(said)
    assert (intent.kind, intent.title) == ("rename", title)


@pytest.mark.parametrize(
    ("said", "title"),
    [("rename task 2 to Be kind to Sam", "Be kind to Sam"), ("rename task 2 to Say hi", "Say hi")],
)
def test_a_title_starting_with_be_said_as_a_title_keeps_it(said: str, title: str) -> None:
    assert one(said).title == title


@pytest.mark.parametrize(
    ("message", "repeat"),
    [
        ("make it mondays only", "mondays"),
        ("make it weekly", "weekly"),
        ("make that a daily thing", "daily"),
        ("only on weekdays", "on weekdays"),
        ("just tuesdays and thursdays from now on", "tuesdays and thursdays"),
        ("change the stretching to weekdays only", "weekdays"),
        ("switch the yoga to just saturdays", "saturdays"),
    ],
)
def test_how_often_said_with_only_changes_the_repeat(message: str, repeat: str) -> None:
    """ "make it mondays only" renamed a repeating task 'Monday only': how often a task
    repeats from now on is its repeat, never its title."""
    intent = one(message)
    assert (intent.kind, intent.repeat, intent.title) == ("due", repeat, "")


def test_one_day_only_asks_when_and_renames_nothing() -> None:
    """ "make it monday only": one Monday, or every one? It asks; no title 'Monday only'."""
    intent = one("make it monday only")
    assert (intent.kind, intent.text) == ("due", "ask")


@pytest.mark.parametrize("message", ["vitamins stay daily obviously", "the vitamins stay daily"])
def test_a_repeat_that_stays_as_it_is_changes_nothing(message: str) -> None:
    assert one(message).kind == "unknown"


def test_a_title_that_starts_with_a_repeat_word_is_still_renamed() -> None:
    """Near miss: "daily standup notes" is a title (words after the repeat)."""
    intent = one("rename task 2 to daily standup notes")
    assert (intent.kind, intent.title) == ("rename", "Daily standup notes")


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("oops i meant to add milk", "Milk"),
        ("i meant to add oat milk", "Oat milk"),
        ("sorry i meant to say call the bank", "Call the bank"),
    ],
)
def test_i_meant_to_add_x_corrects_the_task_to_x(message: str, title: str) -> None:
    """ "add eggs" then "oops i meant to add milk" renamed 'Eggs' to 'To add milk'."""
    intent = one(message)
    assert (intent.kind, intent.title) == ("rename", title)


@pytest.mark.parametrize(
    ("said", "title"),
    [
        (
            "the 'call Mike' one should actually say call Mike about the couch, there are "
            "like four Mikes in my life",
            "Call Mike about the couch",
        ),
        ("the dentist one should really say book dentist for Sam", "Book dentist for Sam"),
        ("the milk task should now read buy oat milk", "Buy oat milk"),
        ("it should actually say call dad", "Call dad"),
    ],
)
def test_should_actually_say_renames(said: str, title: str) -> None:
    intent = parse(said)[0]
    assert (intent.kind, intent.title) == ("rename", title)


def test_a_near_miss_of_should_actually_say() -> None:
    assert all(i.kind != "rename" for i in parse("the report should actually be done by friday"))


@pytest.mark.parametrize(
    ("said", "title"),
    [
        (
            "Can you rename 'Call the notary' in 'Call the notary for the flat signature' please",
            "Call the notary for the flat signature",
        ),
        ('rename "buy cake" in "order cake"', "Order cake"),
    ],
)
def test_a_rename_with_in_between_two_quoted_titles(said: str, title: str) -> None:
    """Other languages say "in" where English says "to" (Italian "rinomina X in Y"): read so
    only between two quoted titles, never inside words ("the meeting in the calendar")."""
    intent = one(said)
    assert (intent.kind, intent.title) == ("rename", title)


def test_in_inside_the_words_of_a_rename_is_no_new_title() -> None:
    intent = one("rename the meeting in the calendar to team sync")
    assert intent.kind == "rename" and intent.title == "Team sync"

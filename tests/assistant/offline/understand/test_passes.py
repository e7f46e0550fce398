"""The understand stage's passes: a date in a sentence about the list, or in a statement
beside a request, adds no task; a dated task said on its own still does."""

from __future__ import annotations

import pytest

from tests.assistant.offline.understand.reading import one, parse
from todochat.assistant.offline.understand.passes import hollow_title, only_names_a_field


def test_a_dated_sentence_about_the_list_beside_a_request_adds_nothing() -> None:
    got = parse(
        "clear all the finished ones please. The list is way too long and I'd love a fresh "
        "start on monday"
    )
    assert [i.kind for i in got] == ["delete", "unknown"]


def test_a_dated_task_beside_a_request_is_still_added() -> None:
    got = parse("delete the gym task. dentist tomorrow at 3")
    assert [(i.kind, i.title) for i in got][1] == ("add", "Dentist")


@pytest.mark.parametrize(
    ("message", "title"),
    [
        (
            "My grandson Theo turns six on friday and I must not forget to wrap his present, "
            "put that down for me",
            "Wrap Theo's present",
        ),
        ("my niece Mia starts school monday, add label her uniform", "Label Mia's uniform"),
        ("our neighbour Priya is away, add water her plants", "Water Priya's plants"),
        ("my dad Ken is moving house so add book his van", "Book Ken's van"),
        # the "her" of whom is passed over for the one of whose after it
        ("my wife Ana is turning 40, add take her to her party", "Take her to Ana's party"),
        # "her" said of whom, two people introduced, or no one: the pronoun stays
        ("my wife Ana is sad, add buy her flowers", "Buy her flowers"),
        ("my sister Jo is in hospital, add call her back", "Call her back"),
        ("my sister Jo and my brother Tom are here, add make up his bed", "Make up his bed"),
        ("add iron his shirts", "Iron his shirts"),
    ],
)
def test_a_pronoun_in_a_title_names_the_one_person_the_message_introduced(
    message: str, title: str
) -> None:
    assert [i.title for i in parse(message) if i.kind == "add"] == [title]


def test_a_misspelt_family_word_in_a_title_is_spelt_right() -> None:
    got = parse("add buy a card for my grandaughter Emma")
    assert [i.title for i in got] == ["Buy a card for my granddaughter Emma"]


@pytest.mark.parametrize(
    "said",
    [
        "the dentist called, move the checkup to friday",
        "mum rang, add buy eggs",
        "the school emailed. tag the trip form urgent",
        "the garage phoned, push the MOT back a week",
    ],
)
def test_someone_who_got_in_touch_before_a_request_completes_nothing(said: str) -> None:
    """ "X rang" reads as "rang X", a deed of the user's; before a request it is the news
    that prompted it, and 'Call the dentist' must stay open."""
    intents = parse(said)
    assert all(i.kind != "complete" for i in intents), intents
    assert any(i.kind not in ("unknown", "complete") for i in intents)


def test_a_call_said_alone_or_by_the_user_is_still_a_deed() -> None:
    assert [i.kind for i in parse("called the dentist, move the checkup to friday")] == [
        "complete",
        "due",
    ]
    assert [i.kind for i in parse("mum rang")] == ["complete"]


@pytest.mark.parametrize(
    ("message", "title", "level", "due"),
    [
        ("i need to refill my meds by friday. urgent", "Refill my meds", "high", "friday"),
        (
            "i have to renew my passport by friday. really important",
            "Renew my passport",
            "high",
            "friday",
        ),
        ("i need to call the bank. super urgent pls", "Call the bank", "high", None),
        ("i have to sort the loft. low priority", "Sort the loft", "low", None),
    ],
)
def test_a_level_said_after_a_wish_is_the_wishs_own(
    message: str, title: str, level: str, due: str | None
) -> None:
    """ "i need to X by friday. SUPER urgent": X is added at that level (it was read as the
    name of a task to change, and nothing was added)."""
    got = parse(message)
    assert [(i.kind, i.title, i.priority, i.due) for i in got] == [("add", title, level, due)]


def test_a_wish_then_another_request_about_it_still_only_names_the_task() -> None:
    assert [i.kind for i in parse("i need to redo the kitchen, reopen it")] == [
        "unknown",
        "reopen",
    ]


@pytest.mark.parametrize(
    ("message", "title", "tags", "level"),
    [
        (
            "i want to learn to crochet. put it on the list #hobby",
            "Learn to crochet",
            ("hobby",),
            None,
        ),
        (
            "not important at all but someday i want to learn to crochet lol. put it on the "
            "list #hobby",
            "Learn to crochet",
            ("hobby",),
            "low",
        ),
        (
            "i need to renew my card by friday put that on there #admin",
            "Renew my card",
            ("admin",),
            None,
        ),
        (
            "not important but one day i want to learn the ukulele. add it #music",
            "Learn the ukulele",
            ("music",),
            "low",
        ),
    ],
)
def test_an_add_of_that_keeps_its_tags(
    message: str, title: str, tags: tuple[str, ...], level: str | None
) -> None:
    got = parse(message)
    assert [(i.kind, i.title, i.tags, i.priority) for i in got] == [("add", title, tags, level)]


@pytest.mark.parametrize(
    "message",
    [
        "which ones have i already finished? need a win today lol",
        "whats left for today? need a break tonight honestly",
        "i need a nap today lol",
        "what have i finished this week? could really use a win",
    ],
)
def test_a_feeling_beside_a_question_adds_nothing(message: str) -> None:
    assert not [i for i in parse(message) if i.kind == "add"]


@pytest.mark.parametrize(
    ("message", "title"),
    [("need a haircut tomorrow", "Need a haircut"), ("add take a break at 3pm", "Take a break")],
)
def test_a_task_that_sounds_like_a_feeling_is_still_added(message: str, title: str) -> None:
    assert [(i.kind, i.title) for i in parse(message)] == [("add", title)]


@pytest.mark.parametrize(
    ("message", "title", "repeat"),
    [
        (
            "i wanna start journaling every night before bed. can u make that a daily thing",
            "Journaling before bed",
            "daily",
        ),
        ("i need to call grandma more. make that a weekly thing", "Call grandma more", "weekly"),
        ("i want to start stretching. make it weekdays only", "Stretching", "weekdays"),
        ("I should water the herbs, make it every monday", "Water the herbs", "every monday"),
    ],
)
def test_a_wish_then_how_often_is_one_repeating_add(message: str, title: str, repeat: str) -> None:
    """ "make that a daily thing" after a wish: the thing just said, repeating (it asked
    which task to rename 'A daily thing'); a habit is named without its "start"."""
    got = parse(message)
    assert [(i.kind, i.title, i.repeat) for i in got] == [("add", title, repeat)]


def test_a_wish_to_start_something_once_keeps_its_start() -> None:
    """Near miss: "I want to start running again" is 'Start running again' (no repeat)."""
    got = parse("I want to start running again")
    assert [(i.kind, i.title) for i in got] == [("add", "Start running again")]


@pytest.mark.parametrize(
    "said",
    [
        "and make it repeat so i dont have to keep adding it every week lol",
        "make that one recurring so i stop forgetting",
        "change it to urgent so i see it first",
        "add the standup notes, make it a reminder",
        "make that a reminder pls",
        "set the hendricks one to priority",
        "set the hendricks one to deadline",
        "it says call mum, should be due date",
    ],
)
def test_a_new_title_that_only_names_a_field_renames_nothing(said: str) -> None:
    """ "make it repeat so i dont have to keep adding it" renamed the task 'Repeat'."""
    assert all(i.kind != "rename" for i in parse(said))


@pytest.mark.parametrize(
    ("title", "field"),
    [
        ("Repeat", True),
        ("high", True),
        ("Due date", True),
        ("deadline", True),
        ("priority", True),
        ("Deadline prep", False),
        ("Repeat prescription", False),
    ],
)
def test_a_title_names_a_field_only_when_it_is_all_it_says(title: str, field: bool) -> None:
    """Field names ("due date", the rename rules' own ``FIELD_NAMES``) and values alike."""
    assert only_names_a_field(title) is field


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("rename it to repeat prescription", "Repeat prescription"),
        ("change it to daily standup notes", "Daily standup notes"),
    ],
)
def test_a_title_that_starts_with_a_field_word_still_renames(said: str, title: str) -> None:
    assert [(i.kind, i.title) for i in parse(said)] == [("rename", title)]


@pytest.mark.parametrize(
    ("message", "title", "tags"),
    [
        (
            "tomorrow at 6 i have to pick up the cake from the bakery, add it with #party",
            "Pick up the cake from the bakery",
            ("party",),
        ),
        (
            "gotta email the landlord about the leak, add it w/ #flat",
            "Email the landlord about the leak",
            ("flat",),
        ),
        (
            "i need to renew my passport, put that on my list tagged #travel",
            "Renew my passport",
            ("travel",),
        ),
    ],
)
def test_an_add_of_it_with_a_tag_adds_the_task_said_before(
    message: str, title: str, tags: tuple[str, ...]
) -> None:
    got = [(i.kind, i.title, i.tags) for i in parse(message)]
    assert got == [("add", title, tags)]


@pytest.mark.parametrize(
    ("message", "title", "due", "repeat"),
    [
        (
            "the school says we have to pay the trip fee. remind me to pay it tomorrow",
            "Pay the trip fee",
            "tomorrow",
            None,
        ),
        (
            "my landlord said i must water the garden. remind me water it every evening",
            "Water the garden",
            None,
            "every evening",
        ),
        (
            "the doctor told me i should book a blood test. pls remind me to book it next week",
            "Book a blood test",
            "next week",
            None,
        ),
        ("add pay the gas bill. remind me to pay it friday", "Pay the gas bill", "friday", None),
        (
            "from now on we must file the timesheets. so remind me to file them every friday",
            "File the timesheets",
            None,
            "every friday",
        ),
    ],
)
def test_a_reminder_to_do_it_names_the_task_said_before(
    message: str, title: str, due: str | None, repeat: str | None
) -> None:
    adds = [(i.title, i.due, i.repeat) for i in parse(message) if i.kind == "add"]
    assert adds == [(title, due, repeat)]


@pytest.mark.parametrize(
    ("message", "title"),
    [
        (
            "ugh just realised my student ID expired, put renewing it on the list before exams",
            "Renew my student ID",
        ),
        ("my passport expires next month, add renewing it", "Renew my passport"),
        ("our kettle broke, can u add replacing it", "Replace our kettle"),
        ("the dog's collar is falling apart. remind me to replace it", "Replace the dog's collar"),
        ("my phone died again lol add charging it", "Charge my phone"),
    ],
)
def test_a_deed_of_it_after_news_of_a_thing_names_the_thing(message: str, title: str) -> None:
    adds = [i.title for i in parse(message) if i.kind == "add"]
    assert adds == [title]


def test_a_question_before_a_deed_of_it_names_nothing() -> None:
    adds = [
        i.title for i in parse("is my passport still valid? add renewing it") if i.kind == "add"
    ]
    assert "passport" not in " ".join(adds).lower()


@pytest.mark.parametrize(
    ("message", "forbidden"),
    [
        ("the report is finished. remind me to send it", "finished"),
        ("we must send the report. remind me to call mum", "report"),
        ("what's due on friday? remind me to do it", "due"),
    ],
)
def test_a_reminder_of_another_deed_takes_no_title_from_before(
    message: str, forbidden: str
) -> None:
    titles = [i.title.lower() for i in parse(message) if i.kind == "add"]
    assert not [t for t in titles if forbidden in t]


@pytest.mark.parametrize(
    "message",
    [
        "what have i finished this week?? need a lil win today",
        "what did i finish? feeling lazy tonight",
        "what have i done so far? could use some good news today",
        "whats on my list? need a tiny bit of motivation today",
        "what's left? need some sleep tonight",
        "what have i finished? wish me luck for tomorrow",
        "how many are left? long day today",
    ],
)
def test_a_remark_about_oneself_after_a_question_adds_nothing(message: str) -> None:
    got = parse(message)
    assert got[0].kind in ("list", "count")
    assert not [i for i in got if i.kind == "add"]


@pytest.mark.parametrize(
    "message",
    [
        "feeling rubbish today, can u move everything due today to tmrw pls",
        "feeling a bit under the weather, push the gym to friday",
        "im feeling so sick today. move the dentist to monday",
        "feeling awful tonight, delete the run",
    ],
)
def test_how_one_feels_before_a_request_adds_nothing(message: str) -> None:
    """ "feeling rubbish today, can u move ..." had added 'Feeling rubbish' for today."""
    got = parse(message)
    assert got and not [i for i in got if i.kind == "add"]


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("what's on my list? also add milk", "Milk"),
        ("what's left for today? add fix the break pads tomorrow", "Fix the break pads"),
        ("need a sleep mask today", "Need a sleep mask"),
        ("need a holiday card for gran today", "Need a holiday card for gran"),
        ("need a new phone charger today", "Need a new phone charger"),
    ],
)
def test_a_task_beside_a_question_or_near_a_feeling_is_still_added(
    message: str, title: str
) -> None:
    assert [i.title for i in parse(message) if i.kind == "add"] == [title]


@pytest.mark.parametrize(
    ("message", "title", "due", "repeat"),
    [
        ("plants. water them. every sunday.", "Water the plants", None, "every sunday"),
        ("milk. need it by tmrw.", "Get milk", "tomorrow", None),
        ("bins. take them out tonight", "Take out the bins", "tonight", None),
        ("the gutters. clean them saturday", "Clean the gutters", "saturday", None),
        ("dog food. buy it friday", "Buy dog food", "friday", None),
        ("my passport. renew it by friday", "Renew my passport", "friday", None),
        ("eggs. buy them tomorrow", "Buy eggs", "tomorrow", None),
    ],
)
def test_a_thing_named_alone_then_a_deed_of_it_is_one_task(
    message: str, title: str, due: str | None, repeat: str | None
) -> None:
    got = [i for i in parse(message) if i.kind != "due"]
    assert [(i.kind, i.title) for i in got] == [("add", title)]
    dated = [i for i in parse(message) if i.due or i.repeat]
    assert [(i.due, i.repeat) for i in dated][:1] == ([(due, repeat)] if due or repeat else [])


@pytest.mark.parametrize(
    "message",
    [
        # a sentence with a verb is a remark, not the thing a deed is done to
        "the heifers got out. fix it",
        "i forgot. do it",
        # a request of another kind keeps its own target
        "the old bike. delete it",
    ],
)
def test_a_remark_or_a_request_before_a_deed_of_it_names_no_thing(message: str) -> None:
    titles = [i.title for i in parse(message) if i.kind == "add"]
    assert not any(t.lower().startswith(("fix the heifers", "do i", "delete")) for t in titles)
    assert "Delete the old bike" not in titles


@pytest.mark.parametrize(
    ("said", "title"),
    [
        (
            "the bins go out every week and i always forget. can you add take out the "
            "recycling and make it repeat weekly",
            "Take out the recycling",
        ),
        ("the gym opens at 6 tomorrow so add pack gym bag tonight", "Pack gym bag"),
        ("the bus leaves at 8 tomorrow. add set an alarm", "Set an alarm"),
        ("the movers come on friday, add label the boxes", "Label the boxes"),
    ],
)
def test_a_routine_told_beside_a_request_adds_nothing(said: str, title: str) -> None:
    adds = [i.title for i in parse(said) if i.kind == "add"]
    assert adds == [title]


@pytest.mark.parametrize(
    ("said", "titles"),
    [
        ("the dentist tomorrow at 3. also add buy milk", ["The dentist", "Buy milk"]),
        ("the book club every tuesday. also add buy the book", ["The book club", "Buy the book"]),
    ],
)
def test_near_misses_of_a_routine_told(said: str, titles: list[str]) -> None:
    assert [i.title for i in parse(said) if i.kind == "add"] == titles


@pytest.mark.parametrize(
    "message",
    [
        "can we do it monday",
        "could that be done by the 5th",
        "can it be thursday instead",
        "can that be tomorrow",
        "let's make it saturday",
    ],
)
def test_an_add_of_no_thing_with_a_date_dates_the_task_pointed_at(message: str) -> None:
    got = one(message)
    assert (got.kind, got.target and got.target.kind) == ("due", "it")
    assert got.due


@pytest.mark.parametrize("message", ["can we", "is it possible", "could you do that", "what if"])
def test_an_add_of_no_thing_without_a_date_adds_nothing(message: str) -> None:
    assert all(i.kind != "add" for i in parse(message))


@pytest.mark.parametrize(
    ("message", "title"),
    [
        # one word naming a thing is enough for a task
        ("add do the gutters monday", "Do the gutters"),
        ("add get it fixed by friday", "Get it fixed"),
        ("add do it", None),
    ],
)
def test_a_title_with_a_thing_to_do_is_still_added(message: str, title: str | None) -> None:
    adds = [i.title for i in parse(message) if i.kind == "add"]
    assert adds == ([title] if title else [])


@pytest.mark.parametrize(
    ("title", "hollow"),
    [
        ("Can it be", True),
        ("Can we do it", True),
        ("Is it possible", True),
        ("what", True),
        ("Do it", True),
        ("Get it fixed", False),
        ("Call him", False),
        ("It support ticket", False),
    ],
)
def test_hollow_title(title: str, hollow: bool) -> None:
    assert hollow_title(title) is hollow


@pytest.mark.parametrize(
    ("said", "title"),
    [
        (
            "Ugh just realised my passport runs out in March so I really need to renew it. Can "
            "you stick that on the list",
            "Renew my passport",
        ),
        ("the gutters are full again, add clean them out", "Clean the gutters out"),
        ("the dog's bowl is empty, remind me to fill it", "Fill the dog's bowl"),
    ],
)
def test_a_deed_done_to_it_is_done_to_the_thing_the_news_was_about(said: str, title: str) -> None:
    assert [(i.kind, i.title) for i in parse(said)] == [("add", title)]


def test_a_clause_a_rewrite_reads_alone_is_read_so_inside_a_longer_sentence() -> None:
    """Visible batch 81: "mark the council rates as paid and add a reminder to ..." lost the
    completion (the rewrite of "mark X as paid" reads a whole sentence only)."""
    got = parse(
        "Could you mark the council rates as paid and add a reminder to renew the dog's "
        "registration please"
    )
    assert [i.kind for i in got] == ["complete", "add"]

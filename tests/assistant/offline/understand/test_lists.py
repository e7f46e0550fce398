"""The understand stage, lists of adds: after a colon, numbered, quoted, verb-led items; a
last item that is a command of its own stays one, and a single title stays whole."""

from __future__ import annotations

import pytest

from tests.assistant.offline.understand.reading import one, parse


def kinds_titles(text: str) -> list[tuple[str, str]]:
    return [(i.kind, i.title) for i in parse(text)]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "Would you please add the following for the bake sale: buy flour, print the price "
            "tags, and borrow Jo's trestle table. Cheers!",
            ["Buy flour", "Print the price tags", "Borrow Jo's trestle table"],
        ),
        ("add: water the ferns, renew parking permit, update the rota", None),
        ("put down these for next week: oil change; book vet; pay council tax", None),
        ("add these 1. buy stamps 2. post the parcel 3. ring the landlord", None),
        ('add "Sand the deck", "Oil the deck" and "Buy brushes"', None),
        ("I need to: phone the bank, email Priya about the lease, and book a haircut", None),
    ],
)
def test_a_list_after_a_colon_is_one_task_per_item(text: str, titles: list[str] | None) -> None:
    got = kinds_titles(text)
    assert all(kind == "add" for kind, _ in got), got
    assert len(got) == 3, got
    if titles is not None:
        assert [title for _, title in got] == titles


def test_a_last_item_that_is_a_command_is_read_as_one() -> None:
    got = parse("add: buy eggs, buy flour, and mark the sugar one done")
    assert [(i.kind, i.title) for i in got[:2]] == [("add", "Buy eggs"), ("add", "Buy flour")]
    assert got[2].kind == "complete" and got[2].target is not None
    assert got[2].target.text == "sugar one"


def test_two_verb_led_items_are_two_tasks_but_a_reason_is_not_an_item() -> None:
    assert [i.title for i in parse("add ring the plumber, book the MOT")] == [
        "Ring the plumber",
        "Book the MOT",
    ]
    assert len(parse("add ring the plumber, she's expecting my call")) == 1


def test_a_task_colon_is_one_title_not_a_list() -> None:
    got = parse("add task: ring mum, email the bank")
    assert [(i.kind, i.title) for i in got] == [("add", "Ring mum, email the bank")]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("add: ring Brighton & Hove council about the parking permit", "Brighton & Hove"),
        ("add: return the jumper to Marks & Spencer, buy socks", "Marks & Spencer"),
        ("add these: email Johnson & Johnson, book the van", "Johnson & Johnson"),
        ("add ring Procter & Gamble, call the bank and pay rent", "Procter & Gamble"),
    ],
)
def test_an_ampersand_between_capitalised_words_joins_a_name(text: str, title: str) -> None:
    titles = [i.title for i in parse(text)]
    assert any(title in t for t in titles), titles
    assert not any(t.startswith(title.split(" & ")[1]) for t in titles), titles


def test_an_ampersand_between_items_still_splits_them() -> None:
    assert [i.title for i in parse("add: buy milk & call mum")] == ["Buy milk", "Call mum"]


@pytest.mark.parametrize(
    ("said", "titles"),
    [
        (
            "add two things: first, call the bank, second, book the vet",
            ["Call the bank", "Book the vet"],
        ),
        (
            "add 2 tasks - the first is to email Sara and the second is to print the tickets",
            ["Email Sara", "Print the tickets"],
        ),
        ("add these: number one call mum, number two water plants", ["Call mum", "Water plants"]),
        (
            "pls add 3 things, first one is to fix the gate, second one is sweep the yard and "
            "third one is to feed the goats.",
            ["Fix the gate", "Sweep the yard", "Feed the goats"],
        ),
        (
            "Could you add two things, please? First, 'book the MOT', and second, 'buy a cover'.",
            ["Book the MOT", "Buy a cover"],
        ),
    ],
)
def test_an_items_ordinal_marker_is_no_part_of_its_title(said: str, titles: list[str]) -> None:
    """ "first one, X, second one is to Y": the markers number the items; they were titles
    ('One is to restock the rice bags'), or the rewrite failed on a message with no words
    before "add" or a full stop after the last item."""
    assert [(i.kind, i.title) for i in parse(said)] == [("add", t) for t in titles]


@pytest.mark.parametrize(
    ("said", "titles"),
    [
        ("add these: the second hand bike and a bell", ["The second hand bike", "A bell"]),
        ("add two things: first aid kit and plasters", ["First aid kit", "Plasters"]),
        (
            "add two tasks: a bike, the second hand one and a bell",
            ["A bike", "The second hand one", "A bell"],
        ),
    ],
)
def test_an_ordinal_inside_a_title_is_no_marker(said: str, titles: list[str]) -> None:
    assert [(i.kind, i.title) for i in parse(said)] == [("add", t) for t in titles]


@pytest.mark.parametrize(
    ("typed", "status", "tag"),
    [
        ("which tasks are tagged home? just the list pls", "all", "home"),
        ("show me my list, what's still pending?", "pending", None),
        ("what's left to do? show me the list", "pending", None),
        ("list the ones tagged work, show me my tasks", "all", "work"),
    ],
)
def test_a_plain_listing_beside_a_narrower_one_is_the_same_request(
    typed: str, status: str, tag: str | None
) -> None:
    lists = [i for i in parse(typed) if i.kind == "list"]
    assert [(i.status, i.filter.tag) for i in lists] == [(status, tag)]


@pytest.mark.parametrize(
    "typed",
    ["show my tasks and what's done", "show me my list. show me my list"],
)
def test_two_plain_listings_show_the_whole_list_once(typed: str) -> None:
    lists = [i for i in parse(typed) if i.kind == "list"]
    assert [(i.status, bool(i.filter)) for i in lists] == [("all", False)]


def test_a_listing_beside_a_change_keeps_the_change() -> None:
    kinds = [i.kind for i in parse("delete task 3 and show me what's left")]
    assert kinds == ["delete", "list"]


@pytest.mark.parametrize(
    ("typed", "kind", "status"),
    [
        ("kya pending hai abhi?", "list", "pending"),
        ("kya kya reh gaya hai", "list", "pending"),
        ("meri list dikhao yaar, kya baqi hai?", "list", "pending"),
        ("sab kaam dikhao, kitne baqi hain", "count", "pending"),
        ("kitne reh gaye?", "count", "pending"),
        ("kya kal pending hai?", "list", "pending"),
        ("yaar kitne kaam reh gaye hain abhi?", "count", "pending"),
        ("kitne tasks pending hain ab", "count", "pending"),
        ("kitne baqi hain abhi", "count", "pending"),
        # "baqi reh gaye" said together; "kaun kaun se" (which) asked
        ("yaar abhi kitne kaam baqi reh gaye hain?", "count", "pending"),
        ("Mujhe batao abhi kaun kaun se kaam baqi hain?", "list", "pending"),
        ("konse tasks pending hain", "list", "pending"),
        ("kaun se kaam ho gaye?", "list", "completed"),
        ("abhi kya reh gaya", "list", "pending"),
        ("aur kya baqi hai", "list", "pending"),
        ("sab dikhao", "list", "all"),
        ("sab kuch dikha do", "list", "all"),
        ("saara batao yaar", "list", "all"),
        ("qué me falta", "list", "pending"),
        ("¿qué me falta por hacer?", "list", "pending"),
        ("qué más tengo que hacer", "list", "pending"),
        ("que nos falta todavía", "list", "pending"),
    ],
)
def test_roman_urdu_asks_what_is_left(typed: str, kind: str, status: str) -> None:
    assert [(i.kind, i.status) for i in parse(typed) if i.kind in ("list", "count")][-1] == (
        kind,
        status,
    )


@pytest.mark.parametrize(
    "typed", ["¿cuántas tareas me quedan?", "cuántas cosas me quedan", "¿cuántos pendientes tengo?"]
)
def test_spanish_asks_how_many_are_left_with_or_without_the_opening_mark(typed: str) -> None:
    """ "¿" is glued to the first word: the count is read with it as without it."""
    assert [(i.kind, i.status) for i in parse(typed)] == [("count", "pending")]


@pytest.mark.parametrize(
    "typed",
    [
        "doodh lena kya pending hai",
        "kya doodh pending hai",
        "gym ki photo dikhao",
        "qué me falta para el pastel",
        "me quedo en casa",
    ],
)
def test_roman_urdu_words_around_pending_change_nothing(typed: str) -> None:
    assert all(i.kind in ("unknown", "list", "count") for i in parse(typed))


@pytest.mark.parametrize(
    "typed",
    [
        "anything high priority i shud do first??",
        "anything urgent?",
        "is there anything important i should get to first",
        "anything pressing?",
    ],
)
def test_anything_urgent_lists_the_high_priority_tasks(typed: str) -> None:
    intents = parse(typed)
    assert [(i.kind, i.filter.priority) for i in intents] == [("list", "high")]


@pytest.mark.parametrize(
    "typed", ["set the fence one to high priority", "make the gutter task high priority"]
)
def test_a_priority_set_on_a_named_task_is_no_listing(typed: str) -> None:
    assert [i.kind for i in parse(typed)] == ["priority"]


@pytest.mark.parametrize(
    "typed",
    [
        "full list pls, done + not done",
        "show everything, done and undone",
        "list done/undone",
        "show me pending & done",
    ],
)
def test_done_and_not_done_together_is_the_whole_list(typed: str) -> None:
    assert [(i.kind, i.status, i.query) for i in parse(typed)] == [("list", "all", "")]


@pytest.mark.parametrize("typed", ["show what's not done", "list the undone ones"])
def test_not_done_alone_is_what_is_pending(typed: str) -> None:
    assert [(i.kind, i.status) for i in parse(typed)] == [("list", "pending")]


def test_a_request_after_a_full_stop_is_no_item_of_the_list_before_it() -> None:
    """ "add two things: X, Y. also tick off Z, did that": the items end at the full stop and
    "also tick off Z" is a request of its own (it became a task 'Tick off Z, ...')."""
    got = parse("add two things: renew the permit, book a skip. also mark the gutters done")
    assert [(i.kind, i.title) for i in got][:2] == [
        ("add", "Renew the permit"),
        ("add", "Book a skip"),
    ]
    assert [i.kind for i in got][2:] == ["complete"]


@pytest.mark.parametrize(
    ("said", "titles"),
    [
        ("need 3 things on the list: eggs, flour, and butter", ["Eggs", "Flour", "Butter"]),
        ("2 things to add - call the bank and buy stamps", ["Call the bank", "Buy stamps"]),
        ("put these on my list: water plants, fix the tap", ["Water plants", "Fix the tap"]),
        (
            "i need 2 things added: renew passport and book flights",
            ["Renew passport", "Book flights"],
        ),
        (
            "i've got three jobs to add: wash the car, mow the lawn and call gran",
            ["Wash the car", "Mow the lawn", "Call gran"],
        ),
        (
            "we need a couple of things on the shopping list - oat milk, bin bags",
            ["Oat milk", "Bin bags"],
        ),
        ("I've got 2 tasks for you: ring the vet and pay rent", ["Ring the vet", "Pay rent"]),
        ("can you add these - milk, bread, jam", ["Milk", "Bread", "Jam"]),
    ],
)
def test_a_list_announced_by_its_count_is_one_task_per_item(said: str, titles: list[str]) -> None:
    """ "need 3 things on the list: X, Y, and Z": the count (or "these") announces the list
    and is never a title; the whole message was not understood, or 'These - milk' was added."""
    assert [(i.kind, i.title) for i in parse(said)] == [("add", t) for t in titles]


@pytest.mark.parametrize(
    "said",
    [
        "I have 3 things to do today",
        "I need 3 things from the shop",
        "there are 3 things on my list: milk, eggs, bread",
        "what are the 3 things on my list?",
    ],
)
def test_a_count_that_announces_no_list_to_add_adds_nothing(said: str) -> None:
    assert [i.kind for i in parse(said) if i.kind == "add"] == []


@pytest.mark.parametrize(
    ("said", "title"),
    [("add 3 eggs to the shopping", "3 eggs to the shopping"), ("buy 2 loaves", "Buy 2 loaves")],
)
def test_a_number_inside_one_request_stays_in_its_one_title(said: str, title: str) -> None:
    assert [(i.kind, i.title) for i in parse(said)] == [("add", title)]


def test_a_counted_list_of_requests_is_not_read_as_titles() -> None:
    """ "two things to do: tick off X and delete Y": the items are requests, never tasks
    named 'Tick off ...'."""
    got = parse("two things to do: tick off the vet and delete the gym one")
    assert "add" not in [i.kind for i in got], got


@pytest.mark.parametrize(
    "said", ["anything ive let slide?", "what's slipped through the cracks?", "what have i missed"]
)
def test_what_was_let_slide_is_what_is_overdue(said: str) -> None:
    intent = one(said)
    assert intent.kind == "list" and intent.filter.due == "overdue"


@pytest.mark.parametrize(
    ("said", "tag"), [("what've i got for work", "work"), ("whatve we got for home", "home")]
)
def test_a_question_words_have_written_short_still_asks(said: str, tag: str) -> None:
    intent = one(said)
    assert intent.kind == "list" and intent.query == tag


@pytest.mark.parametrize(
    ("said", "tag"),
    [("Can you show me the tasks of work please?", "work"), ("what are the tasks of home", "home")],
)
def test_the_tasks_of_a_part_of_life_are_those_for_it(said: str, tag: str) -> None:
    """Visible batch 84: "the tasks of work" listed every task."""
    intent = one(said)
    assert intent.kind == "list" and intent.query == tag

"""The understand stage, lists, counts, searches and status questions; a question changes
nothing."""

from __future__ import annotations

import pytest

from tests.assistant.offline.understand.reading import one, parse


def test_show_all_lists_everything() -> None:
    intent = one("Show me all my tasks")
    assert (intent.kind, intent.status) == ("list", "all")


def test_whats_pending_lists_pending() -> None:
    assert one("What's pending?").status == "pending"


def test_still_open_lists_pending() -> None:
    assert one("what's still open?").status == "pending"


def test_what_have_i_completed_lists_completed() -> None:
    assert one("What have I completed?").status == "completed"


def test_todo_list_is_not_a_pending_filter() -> None:
    assert one("show me everything on my to-do list").status == "all"


def test_how_many_is_a_count() -> None:
    intent = one("how many tasks are pending?")
    assert (intent.kind, intent.status) == ("count", "pending")


def test_search_words_become_a_query() -> None:
    intent = one("find tasks about mom")
    assert (intent.kind, intent.query) == ("list", "mom")


def test_status_question_about_one_task() -> None:
    intent = one("did I mow the lawn?")
    assert intent.kind == "status"
    assert intent.target is not None and intent.target.kind == "words"


def test_question_about_done_does_not_complete() -> None:
    assert one("is the fence task done?").kind == "status"


def test_negated_done_question_lists_pending() -> None:
    assert one("what haven't I done yet").status == "pending"


def test_question_with_numbers_is_not_a_status_request() -> None:
    assert one("what is 2 + 2").kind == "unknown"


def test_a_question_in_statement_order_changes_nothing() -> None:
    assert one("I have finished already the insurance call?").kind == "status"
    assert one("I have finished the insurance call").kind == "complete"


@pytest.mark.parametrize(
    "said",
    [
        "please tell me my list, only which are not done yet",
        "show me my list but only the ones that aren't done",
        "can you read me my tasks, just those which are not finished",
        "give me the list - only what is not done yet",
        "which tasks aren't done yet",
    ],
)
def test_a_listing_with_its_status_said_as_a_relative_clause_lists_pending(said: str) -> None:
    """ "only which are not done" describes the tasks wanted; it was read as news that
    "tell me my list" was not done (a reopen), or as a search for "only"."""
    intent = one(said)
    assert (intent.kind, intent.status, intent.query) == ("list", "pending", "")


@pytest.mark.parametrize(
    ("said", "named"),
    [("the fence is not done yet", "fence"), ("the vet bill isn't finished", "vet bill")],
)
def test_a_task_said_not_done_is_still_reopened(said: str, named: str) -> None:
    intent = one(said)
    assert intent.kind == "reopen" and intent.target is not None
    assert intent.target.text == named


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        ("show me what's still open pls, on the bus rn 🚌", "list", "pending"),
        ("what's on my list, at work rn", "list", "all"),
        ("show me everything, the big picture", "list", "all"),
        ("how many are left, asking for a friend", "count", "pending"),
    ],
)
def test_a_remark_after_a_listing_is_not_what_to_list(text: str, kind: str, status: str) -> None:
    intent = one(text)
    assert (intent.kind, intent.status, intent.target) == (kind, status, None)


@pytest.mark.parametrize(
    ("text", "kind", "due"),
    [
        ("what all is due today, running around like mad", "list", "today"),
        ("whats due tomorrow, long day lol", "list", "tomorrow"),
        ("what's overdue, been a crazy week", "list", "overdue"),
        ("how many are due today, so stressed", "count", "today"),
        ("long day lol what's due today", "list", "today"),
        ("omg so tired lol what do i have tomorrow", "list", "tomorrow"),
        ("show me today's stuff, in a rush", "list", "today"),
        ("show me tomorrow's things", "list", "tomorrow"),
    ],
)
def test_a_remark_after_a_filtered_listing_keeps_its_filter(text: str, kind: str, due: str) -> None:
    """ "what all is due today, running around like mad" listed every pending task: the
    listing before a remark was read without its filter."""
    (intent,) = [i for i in parse(text) if i.kind != "unknown"]
    assert (intent.kind, intent.filter.due) == (kind, due)


def test_a_filter_or_a_request_after_the_comma_is_no_remark() -> None:
    tagged = one("show me my tasks, tagged work")
    assert (tagged.kind, tagged.filter.tag) == ("list", "work")
    assert [i.kind for i in parse("show my list, add milk")] == ["list", "add"]


@pytest.mark.parametrize(
    "said",
    [
        "the report updation is pending",
        "report updation still pending",
        "the rent is still pending",
        "the passport renewal is pending only",
    ],
)
def test_a_task_said_to_be_pending_is_a_status_question(said: str) -> None:
    """Indian English "the report updation is pending" says a task is still to do: it asks
    after it and changes nothing (it was not understood)."""
    intent = one(said)
    assert intent.kind == "status"


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("the report updation is done", "complete"),
        ("what is pending", "list"),
        ("everything is pending", "list"),
    ],
)
def test_near_misses_of_a_task_said_pending(said: str, kind: str) -> None:
    assert one(said).kind == kind


@pytest.mark.parametrize(
    ("said", "status"),
    [("ls", "all"), ("ls done", "completed"), ("ls pending", "pending"), ("ls -a", "all")],
)
def test_ls_is_a_listing(said: str, status: str) -> None:
    """ "ls" (a developer's shorthand, like "rm 66") lists; "ls done" looked for a task 'ls'
    to complete."""
    intent = one(said)
    assert (intent.kind, intent.status) == ("list", status)


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("what do i have to get done today", "today"),
        ("what do I need to get done this week", "week"),
        ("what have i got to get done tomorrow", "tomorrow"),
        ("is there anything to get done today", "today"),
        ("what do i gotta get done today", "today"),
    ],
)
def test_what_is_still_to_get_done_lists_pending(said: str, due: str) -> None:
    """ "to get done" is still to do: it listed the completed tasks."""
    intent = one(said)
    assert (intent.kind, intent.status, intent.filter.due) == ("list", "pending", due)


@pytest.mark.parametrize(
    "said", ["what did i get done today", "what have i got done this week", "what got done today"]
)
def test_what_was_got_done_lists_completed(said: str) -> None:
    assert one(said).status == "completed"


@pytest.mark.parametrize(
    ("message", "status"),
    [
        ("what do i have", "pending"),
        ("what have i got", "pending"),
        ("whats on", "pending"),
        ("what's on my plate", "pending"),
        ("so what do we have on our list", "all"),
    ],
)
def test_what_do_i_have_lists_what_is_left(message: str, status: str) -> None:
    """A list a later "the first one" can count in (it was not understood, so nothing showed);
    what one has (on one's plate) is what is still to do, what is on the list all of it."""
    intent = one(message)
    assert (intent.kind, intent.status, intent.query) == ("list", status, "")


@pytest.mark.parametrize("message", ["whats on for friday", "what do i have to do today"])
def test_what_do_i_have_with_more_after_it_is_no_whole_list(message: str) -> None:
    intent = one(message)
    assert intent.kind != "list" or intent.status != "all" or bool(intent.filter)


@pytest.mark.parametrize(
    "text",
    [
        "remind me what i already finished?",
        "remind me what ive done so far",
        "can you remind me what i completed",
        "tell me again what we already ticked off",
    ],
)
def test_remind_me_what_i_finished_lists_the_completed(text: str) -> None:
    intent = one(text)
    assert (intent.kind, intent.status) == ("list", "completed")


def test_remind_me_what_is_left_still_lists_the_pending() -> None:
    assert one("remind me what i have left").status == "pending"


def test_remind_me_to_check_what_i_finished_is_an_add() -> None:
    intent = one("remind me to check what i finished at work")
    assert (intent.kind, intent.title) == ("add", "Check what i finished at work")


@pytest.mark.parametrize(
    "said",
    [
        "which ones have i cleared so far?",
        "what have we already cleared this week",
        "which tasks have i gotten through?",
        "show me what i've cleared already",
        "what have i gotten through today",
        "what's been cleared so far?",
        "which ones have been ticked off",
    ],
)
def test_what_was_cleared_or_gotten_through_lists_the_completed(said: str) -> None:
    intent = one(said)
    assert (intent.kind, intent.status) == ("list", "completed")


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("have i cleared the gutters?", "status"),
        ("i cleared out the garage", "complete"),
        ("clear the done ones", "delete"),
    ],
)
def test_near_misses_of_what_was_cleared(said: str, kind: str) -> None:
    assert one(said).kind == kind


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("what did i just add?", "list"),
        ("wait what have i added so far", "list"),
        ("remind me what i added", "list"),
        ("what did you just put on the list", "list"),
        ("which tasks did we add today?", "list"),
        ("what were the things i just added", "list"),
        ("show me what i've added", "list"),
        ("how many did i add?", "count"),
    ],
)
def test_what_was_added_lists_what_this_chat_added(said: str, kind: str) -> None:
    intent = one(said)
    assert (intent.kind, intent.status, intent.text) == (kind, "all", "added")


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("did i add milk?", "status"),
        ("what did i do today", "list"),
        ("add what i need for the trip", "add"),
    ],
)
def test_near_misses_of_what_was_added(said: str, kind: str) -> None:
    intent = one(said)
    assert intent.kind == kind and intent.text != "added"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("when is the dentist?", "dentist"),
        ("when's the rent due", "rent"),
        ("what's the deadline for the report", "report"),
        ("when do i have to pay the gas bill by?", "pay the gas bill"),
        ("what day is the bin one?", "bin"),
        ("when is task 4 due", ""),
    ],
)
def test_when_a_task_is_due_asked_is_a_status_question(text: str, target: str) -> None:
    intent = one(text)
    assert (intent.kind, intent.query) == ("status", "when")
    assert intent.target is not None and target in intent.target.text


def test_when_it_is_due_asks_about_the_task_just_named() -> None:
    intent = one("when's it due?")
    assert (intent.kind, intent.query) == ("status", "when")
    assert intent.target is not None and intent.target.kind == "it"


@pytest.mark.parametrize(
    "text", ["what time is it", "when is a good time to call mom?", "when is it ok to go"]
)
def test_when_asked_of_no_task_is_no_status_question(text: str) -> None:
    assert all(i.query != "when" for i in parse(text))


@pytest.mark.parametrize(
    "said",
    [
        "i wanna see it all in one place",
        "i'd like to see everything at once",
        "i need to see the whole list",
        "we just want to see all of it together",
    ],
)
def test_a_wish_to_see_it_all_lists_everything(said: str) -> None:
    intent = one(said)
    assert (intent.kind, intent.status) == ("list", "all")


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("before i do anything else today can you just show me the whole list", "list"),
        ("before i start can you show me my list", "list"),
        ("once i'm home could you add water the plants", "add"),
        ("before i forget can you tick off the rent one", "complete"),
    ],
)
def test_a_time_clause_before_a_request_is_when_it_is_asked(said: str, kind: str) -> None:
    assert one(said).kind == kind


@pytest.mark.parametrize(
    "said",
    [
        "when i get paid please mark the rent one done",
        "after i finish work can you believe it rained",
        "i want to see the dentist tomorrow",
    ],
)
def test_near_misses_of_a_time_clause_or_a_wish_to_see(said: str) -> None:
    assert all(i.kind not in ("list", "complete") for i in parse(said))


@pytest.mark.parametrize(
    ("said", "status", "query"),
    [
        ("whats left for the kim wedding", "pending", "kim wedding"),
        ("what is still open on the bathroom reno", "pending", "bathroom reno"),
        ("what do i still have for the garden party", "pending", "garden party"),
        ("what's still to do for the kim wedding", "pending", "kim wedding"),
        ("how many are left for the garden party", "pending", "garden party"),
        ("what's done for the kim wedding", "completed", "kim wedding"),
    ],
)
def test_words_after_a_status_scope_the_listing(said: str, status: str, query: str) -> None:
    intent = one(said)
    assert (intent.status, intent.query) == (status, query)
    assert intent.kind in ("list", "count")


@pytest.mark.parametrize(
    ("said", "kind", "query"),
    [
        ("what's left?", "list", ""),
        ("what's left for today", "list", ""),
        ("is the kim wedding timeline done?", "status", ""),
        ("how many jobs left across all the flats", "count", ""),
    ],
)
def test_near_misses_of_a_scoped_status_listing(said: str, kind: str, query: str) -> None:
    intent = one(said)
    assert (intent.kind, intent.query) == (kind, query)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("¿Cuántas tareas tengo ya completadas?", "completed"),
        ("cuántas tengo hechas", "completed"),
        ("¿cuántas cosas llevo terminadas?", "completed"),
        ("cuantas tareas hay completadas", "completed"),
        ("¿Cuántas tareas tengo?", "pending"),
        ("¿cuántas tareas me quedan?", "pending"),
    ],
)
def test_how_many_done_in_spanish_counts_the_done_ones(text: str, status: str) -> None:
    intent = one(text)
    assert (intent.kind, intent.status) == ("count", status)


@pytest.mark.parametrize(
    "said",
    [
        "which all tasks are urgent?",
        "what's urgent?",
        "which ones are most important",
        "what is urgent today",
        "which of my tasks are high priority",
        "what tasks are important",
    ],
)
def test_which_tasks_are_urgent_lists_the_high_priority_ones(said: str) -> None:
    intent = one(said)
    assert (intent.kind, intent.filter.priority) == ("list", "high")


@pytest.mark.parametrize(
    ("said", "kind"),
    [("which tasks are done?", "list"), ("the tasks are urgent", "unknown")],
)
def test_near_misses_of_a_question_of_the_level(said: str, kind: str) -> None:
    intent = one(said)
    assert (intent.kind, intent.filter.priority) == (kind, None)

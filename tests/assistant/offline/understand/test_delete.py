"""The understand stage, deletes, restores and bulk scopes ("everything except X")."""

from __future__ import annotations

import pytest

from tests.assistant.offline.understand.reading import one, parse


def test_delete_the_x_task_targets_words() -> None:
    intent = one("Delete the meeting task")
    assert intent.kind == "delete"
    assert intent.target is not None and intent.target.text == "meeting"


def test_the_verb_said_rides_in_its_own_field() -> None:
    """The planner asks before a delete whose verb repeats a title ("wipe the counters"):
    the verb is kept on the intent, apart from the free text other kinds use."""
    intent = one("wipe the counters")
    assert (intent.kind, intent.verb, intent.text) == ("delete", "wipe", "")
    assert one("take the counters off my list").verb == ""


def test_no_longer_need_to_deletes() -> None:
    assert parse("I no longer need to sell the old bike, remove it")[0].kind == "delete"


def test_delete_completed_tasks_is_a_completed_scope() -> None:
    intent = one("delete all completed tasks")
    assert intent.target is not None
    assert (intent.target.kind, intent.target.status) == ("all", "completed")


def test_several_ids_in_one_target() -> None:
    intent = one("delete tasks 3 and 4")
    assert intent.target is not None and intent.target.ids == (3, 4)


def test_x_can_go_deletes() -> None:
    assert one("the landlord email can go").kind == "delete"


def test_removing_everything_finished_is_a_completed_scope() -> None:
    intent = one("Clean up my list by removing everything I've finished")
    assert intent.target is not None
    assert (intent.target.kind, intent.target.status, intent.target.text) == (
        "all",
        "completed",
        "",
    )


def test_everything_except_names_what_to_spare() -> None:
    intent = one("finished evrything except the visa form")
    assert intent.kind == "complete"
    assert intent.target is not None
    assert (intent.target.kind, intent.target.exclude) == ("all", ("visa form",))


def test_delete_all_but_the_one_about_x() -> None:
    intent = one("delete all but the one about mum")
    assert intent.kind == "delete" and intent.target is not None
    assert intent.target.exclude == ("mum",)


def test_bring_back_is_a_restore() -> None:
    intent = one("bring back the gym task")
    assert intent.kind == "restore" and intent.target is not None
    assert intent.target.text == "gym"


def test_only_keep_x_spares_x() -> None:
    intent = one("delete all, only keep translate diploma")
    assert intent.target is not None and intent.target.exclude == ("translate diploma",)


def test_only_x_not_yet_spares_x() -> None:
    intents = [i for i in parse("I finish everything, only the garbage not yet") if i.target]
    assert intents and intents[0].target is not None
    assert intents[0].target.exclude == ("garbage",)


def test_words_beside_a_turn_around_make_a_bulk_request_unclear() -> None:
    intent = one("delete all the tasks but not really the call ones maybe")
    assert intent.target is not None and (intent.target.relative or intent.target.exclude)


def test_tasks_that_are_completed_is_a_scope() -> None:
    target = one("delete the tasks that are completed").target
    assert target is not None and (target.kind, target.status) == ("all", "completed")


def test_all_of_them_except_x_spares_x() -> None:
    target = one("I finished all of them, except the visa form").target
    assert target is not None and (target.kind, target.exclude) == ("all", ("visa form",))


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("gym wala hata do, not going anymore 😅", "gym"),
        ("doodh wala delete karo, ab zaroorat nahi", "doodh"),
        ("netflix wali hata do, subscription khatam", "netflix"),
        ("bijli ka bill list se nikal do, abbu ne bhar diya", "bijli ka bill"),
    ],
)
def test_a_roman_urdu_delete_with_a_reason_after_the_comma_deletes_what_it_names(
    said: str, named: str
) -> None:
    intents = parse(said)
    assert [(i.kind, i.target.text if i.target else "") for i in intents] == [("delete", named)]


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("pakitanggal yung gym sa list ko, hindi na ako pupunta", "gym"),
        ("paki delete po yung netflix sa listahan ko, kasi mahal na", "netflix"),
        ("pakibura na yung dentist, di na tuloy", "dentist"),
        ("pa-delete naman ng laundry sa list ko", "laundry"),
    ],
)
def test_a_tagalog_delete_names_no_list_and_no_reason(said: str, named: str) -> None:
    """ "sa list ko" (from my list) and a reason after the comma ("hindi na...", "kasi...")
    are no part of what to delete."""
    intents = parse(said)
    assert [(i.kind, i.target.text if i.target else "") for i in intents] == [("delete", named)]


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("pakitanggal yung gym, laundry", "gym, laundry"),  # a second task, no reason
        ("pakitanggal yung bayad sa tubig", "bayad sa tubig"),  # "sa" inside the title
    ],
)
def test_a_tagalog_delete_keeps_words_that_are_no_reason(said: str, named: str) -> None:
    targets = [i.target.text for i in parse(said) if i.target]
    assert named in " ".join(targets)


@pytest.mark.parametrize(
    "said", ["gym wala hata do, not going anymore. doodh lena hai add karo", "gym wala hata do"]
)
def test_a_roman_urdu_delete_keeps_a_request_said_after_it(said: str) -> None:
    kinds = [i.kind for i in parse(said)]
    assert kinds[0] == "delete" and kinds.count("delete") == 1
    assert ("add" in kinds) == ("add karo" in said)


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("netflix wali hata do, aur anday add karo", [("delete", "netflix"), ("add", "Anday")]),
        (
            "chai patti add karo aur bill wala delete karo",
            [("add", "Chai patti"), ("delete", "bill")],
        ),
        (
            "purana task hata do aur phir meri list dikhao",
            [("delete", "purana"), ("list", "")],
        ),
        ("atta add kar do phir cable wala nikal do", [("add", "Atta"), ("delete", "cable")]),
    ],
)
def test_roman_urdu_aur_after_a_request_joins_two_requests(
    said: str, read: list[tuple[str, str]]
) -> None:
    """ "aur" (and) after a request's verb starts the next request: the delete before it never
    swallows the add after it ("gym wala hata do, aur doodh add karo")."""
    got = [(i.kind, i.title or (i.target.text if i.target else "")) for i in parse(said)]
    assert got == read


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("doodh aur anday add karo", [("add", "Doodh aur anday")]),
        ("gym aur yoga wala hata do", [("delete", "gym and yoga")]),
    ],
)
def test_roman_urdu_aur_between_two_things_is_one_request(
    said: str, read: list[tuple[str, str]]
) -> None:
    got = [(i.kind, i.title or (i.target.text if i.target else "")) for i in parse(said)]
    assert got == read


@pytest.mark.parametrize(
    ("said", "target"),
    [
        ("gym aur yoga wala hata do", "gym and yoga"),
        ("netflix aur spotify wali delete karo", "netflix and spotify"),
        ("borra gym y yoga", "gym and yoga"),
        ("elimina la tarea de pan y la de leche", "pan and la de leche"),
        ("delete gym aur yoga", "gym and yoga"),
    ],
)
def test_aur_and_y_between_two_targets_of_a_delete_join_them(said: str, target: str) -> None:
    """Roman Urdu "aur" and Spanish "y" between two things to delete are "and": each names a
    task of its own (the planner deletes both, or asks)."""
    intent = one(said)
    assert intent.kind == "delete" and intent.target is not None
    assert intent.target.text == target


@pytest.mark.parametrize(
    ("message", "named"),
    [
        ("i'm not doing the marathon training anymore, knee's wrecked", "marathon training"),
        ("we don't need the babysitter after all, grandma's visiting", "babysitter"),
        ("no need to renew the gym membership anymore, back's shot", "renew the gym membership"),
        ("not bothering with the sourdough anymore, starter died lol", "sourdough"),
        ("im not doing pottery class anymore - wrist is sore", "pottery class"),
    ],
)
def test_a_remark_after_anymore_is_why_not_a_task(message: str, named: str) -> None:
    """ "anymore" / "after all" ends the name of a task given up; what follows a comma is why
    (the words "knee's wrecked" deleted 'Ice knee' as well)."""
    intent = parse(message)[0]
    assert intent.kind == "delete"
    assert intent.target is not None and intent.target.text == named


def test_more_tasks_after_anymore_stay_named() -> None:
    """ "..., or the knee icing" goes on naming what is given up: no remark to drop."""
    intent = one("i'm not doing the marathon training anymore, or the knee icing")
    assert intent.target is not None and "knee icing" in intent.target.text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("That pooja items shopping is not required now", "That pooja items shopping"),
        ("the extra chairs are no longer needed", "extra chairs"),
        ("the spare key copy isn't needed anymore", "spare key copy"),
        ("the hotel booking is not necessary any more", "hotel booking"),
    ],
)
def test_a_task_said_to_be_needed_no_more_is_deleted(text: str, words: str) -> None:
    intent = parse(text)[0]
    assert intent.kind == "delete" and intent.target is not None
    assert intent.target.text == words


@pytest.mark.parametrize(
    "text",
    [
        "the deposit is not needed until march",
        "the visa is not required for spain",
        "the spare key is not needed yet",
        "is the form not required now?",
    ],
)
def test_needed_later_or_for_something_else_deletes_nothing(text: str) -> None:
    """ "the deposit is not needed until march" deleted 'Pay the deposit' (harmful)."""
    assert all(i.kind != "delete" for i in parse(text))


@pytest.mark.parametrize(
    "said",
    [
        "trash can wait",
        "bin is full again",
        "drop is fine",
        "scratch has to wait",
        "trash taken out",
        "trash put out for tmrw",
        "bin emptied out",
    ],
)
def test_a_delete_verb_followed_by_a_verb_is_the_thing_named_not_a_delete(said: str) -> None:
    assert all(i.kind != "delete" for i in parse(said))


@pytest.mark.parametrize(
    "said",
    [
        "trash the can",
        "bin the old gym task",
        "drop it",
        "trash finished ones",
        "bin the taken one",
    ],
)
def test_a_delete_verb_before_its_object_still_deletes(said: str) -> None:
    assert parse(said)[0].kind == "delete"


@pytest.mark.parametrize(
    ("said", "text", "status"),
    [
        ("delete the Mehta one which is already done", "Mehta one", "completed"),
        ("delete the Mehta one that's done", "Mehta one", "completed"),
        ("remove the rent task that i already ticked off", "rent task", "completed"),
        ("delete the Mehta one which is still open", "Mehta one", "pending"),
        ("remove the returns one that's not done yet", "returns one", "pending"),
        # a title's own "done" is no clause of status
        ("delete get nails done", "get nails done", "all"),
        ("delete the hair done appointment", "hair done appointment", "all"),
    ],
)
def test_a_clause_of_status_after_a_task_says_which_of_them(
    said: str, text: str, status: str
) -> None:
    intent = one(said)
    assert intent.kind == "delete" and intent.target is not None
    assert (intent.target.text, intent.target.status) == (text, status)


def test_the_x_one_keep_it_keeps_it() -> None:
    intents = parse("delete the Mehta one which is already done. the returns one keep it")
    assert [i.kind for i in intents] == ["delete", "keep"]

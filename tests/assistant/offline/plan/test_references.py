"""The plan stage, references: "the first of those two", "both" after adds in one message,
"both X and Y", a pronoun with a reason after it; an unclear reference asks and changes
nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


async def test_the_second_of_those_two_is_the_later_add(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    session = session_for(store)
    await session.say("add wash the van")
    await session.say("add pay the water bill")
    await session.say("tick off the second of those two")
    assert store.titles(done=True) == ["Pay the water bill"]


async def test_the_first_of_them_after_one_add_asks(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Oil the gate")
    session = session_for(store)
    await session.say("add paint the shed")
    turn = await session.say("delete the first of them")
    assert store.titles() == ["Oil the gate", "Paint the shed"]
    assert "?" in turn.reply


async def test_both_after_two_adds_in_one_message_names_both(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await session_for(store).say(
        'Add "Clear the gutters" and "Fix the fence". Make both high priority'
    )
    assert {t["title"]: t["priority"] for t in store.tasks.values()} == {
        "Clear the gutters": "high",
        "Fix the fence": "high",
    }


async def test_both_x_and_y_deletes_the_two_named_tasks(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    for title in ("Book the marquee", "Order name badges", "Hire a photo booth"):
        store.create(title)
    await session_for(store).say(
        "please remove both the badges one and the photo booth, the client cancelled them"
    )
    assert store.titles() == ["Book the marquee"]


async def test_that_with_a_reason_after_a_comma_is_the_task_just_added(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Water the plants")
    session = session_for(store)
    await session.say("add buy printer ink")
    await session.say("actually delete that, found some in the drawer")
    assert store.titles() == ["Water the plants"]


async def test_an_elliptic_edit_sets_each_task_its_own_value(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    for title in ("Renew passport", "Sort the loft", "Call the vet"):
        store.create(title)
    await session_for(store).say("set priority low on 1; high on 3")
    assert [t["priority"] for t in store.tasks.values()] == ["low", None, "high"]


async def test_a_second_task_said_after_done_with_too_is_completed_as_well(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    """ "mark X done and Y too, i got both done at the shop" (batch 33): both are done, the
    reason after them ("i got both done") is no third request, and a task named by neither
    stays open; "... and add Y too" still adds Y."""
    for title in ("Oil change", "Tire rotation", "Renew CDL medical card", "Pay gas bill"):
        store.create(title)
    session = session_for(store)
    await session.say("mark the oil change done and the tire rotation too, got both done today")
    await session.say("mark the gas bill as done and add the water bill too")
    assert store.titles(done=True) == ["Oil change", "Tire rotation", "Pay gas bill"]
    assert store.titles(done=False) == ["Renew CDL medical card", "The water bill"]


def _four(store: TaskStore) -> None:
    for title in ("Send rent receipt", "Call plumber", "Buy lightbulbs", "Research standing desks"):
        store.create(title)


@pytest.mark.parametrize(
    ("said", "done"),
    [
        ("first ones done", ["Send rent receipt"]),
        ("2nd ones finished", ["Call plumber"]),
        ("the third ones sorted", ["Buy lightbulbs"]),
        ("last ones done lol", ["Research standing desks"]),
    ],
)
async def test_an_ordinal_with_ones_typed_for_ones_is_reported_done(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, done: list[str]
) -> None:
    """ "first ones done" after a listing is "the first one's done" typed without its
    apostrophe; it looked for a task named 'first ones'."""
    _four(store)
    session = session_for(store)
    await session.say("whats on my plate")
    await session.say(said)
    assert store.titles(done=True) == done


@pytest.mark.parametrize(
    ("said", "left"),
    [
        ("kill the last one, not buying a desk lol", 3),
        ("delete the second one, dont need it anymore", 1),
        ("remove the 3rd one; changed my mind", 2),
        ("scrap the first one - sorted it already", 0),
    ],
)
async def test_an_ordinal_with_a_reason_after_it_names_the_listed_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, left: int
) -> None:
    """A reason after the comma is no part of "the last one": it found no task 'last one, not
    buying a desk'."""
    _four(store)
    titles = store.titles()
    session = session_for(store)
    await session.say("show my tasks")
    await session.say(said)
    assert store.titles() == [t for i, t in enumerate(titles) if i != left]


@pytest.mark.parametrize(
    "said", ["first ones on the list are all work stuff", "the last one, is that the desk one?"]
)
async def test_near_misses_of_an_ordinal_report_change_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    _four(store)
    session = session_for(store)
    await session.say("show my tasks")
    await session.say(said)
    assert len(store.titles()) == 4 and store.titles(done=True) == []


def _seed_home(store: TaskStore) -> None:
    for title in (
        "Descale the kettle",
        "Submit timesheet",
        "Sort out the loft",
        "Bleed the radiators",
    ):
        store.create(title)


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("what have i got for home?", "the second one is done"),
        ("how many tasks do i have", "the second one is done"),
        ("", "delete the last one"),
        ("", "tick off the third one"),
        ("hi", "bump the first one up to high"),
    ],
)
async def test_an_ordinal_with_no_list_shown_asks_and_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], first: str, then: str
) -> None:
    """The user may be counting in a list this chat never showed (a listing that found
    nothing, a count, another screen): the place in the whole list is only a guess."""
    _seed_home(store)
    session = session_for(store)
    if first:
        await session.say(first)
    turn = await session.say(then)
    assert len(store.tasks) == 4
    assert not any(t["completed"] or t["priority"] for t in store.tasks.values())
    assert "?" in turn.reply and "(#" in turn.reply


async def test_yes_after_an_ordinal_asked_about_acts_on_the_task_named(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    _seed_home(store)
    session = session_for(store)
    await session.say("what have i got for home?")
    await session.say("the second one is done")
    await session.say("yes")
    assert store.titles(done=True) == ["Submit timesheet"]


@pytest.mark.parametrize(
    ("listing", "then", "done"),
    [
        ("show my tasks", "the second one is done", ["Submit timesheet"]),
        ("what's pending", "mark the last one done", ["Bleed the radiators"]),
    ],
)
async def test_an_ordinal_after_a_list_shown_acts_on_its_place_in_it(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    listing: str,
    then: str,
    done: list[str],
) -> None:
    _seed_home(store)
    session = session_for(store)
    await session.say(listing)
    await session.say(then)
    assert store.titles(done=True) == done


@pytest.mark.parametrize(
    "listing",
    [
        "whats left for the kim wedding",
        "what's still open for kim's wedding?",
        "what do i still have for the Kim wedding",
    ],
)
async def test_an_ordinal_after_a_scoped_list_counts_in_the_tasks_shown(
    store: TaskStore, session_for: Callable[..., ChatSession], listing: str
) -> None:
    """ "the second one" counts in what the listing showed: the scoped tasks, not the whole list
    (completing the second task of the whole list would complete the wrong one)."""
    for title in (
        "Call Bella's Bistro",
        "Send Kim wedding timeline",
        "Print Kim wedding shot list",
    ):
        store.create(title)
    session = session_for(store)
    turn = await session.say(listing)
    assert "Bella" not in turn.reply
    await session.say("the second one's done")
    assert store.titles(done=True) == ["Print Kim wedding shot list"]


_RUN_AND_KNEE = ("Marathon training run", "Ice knee", "Buy foam roller")


@pytest.mark.parametrize(
    "message",
    [
        "i'm not doing the marathon run and the knee ice anymore. take it off my list",
        "the marathon run and the knee ice can go, bin it",
        "no need to do the marathon run and the knee ice anymore. delete it",
    ],
)
async def test_an_it_that_could_be_either_of_two_tasks_asks_and_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    """ "it" names one task: when the clause before it names two, the message asks which and
    changes neither (it deleted both, then asked "which one? I haven't changed anything")."""
    for title in _RUN_AND_KNEE:
        store.create(title)
    turn = await session_for(store).say(message)
    assert [t for t in store.titles() if t in _RUN_AND_KNEE] == list(_RUN_AND_KNEE)
    assert store.titles(done=True) == []
    assert "Which one did you mean?" in turn.reply


async def test_two_tasks_named_without_it_are_both_changed(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    """Near miss: "delete the marathon and the knee" names two tasks, no "it": both go."""
    for title in _RUN_AND_KNEE:
        store.create(title)
    await session_for(store).say("delete the marathon run and the knee ice")
    assert store.titles() == ["Buy foam roller"]


async def test_a_question_after_a_change_never_says_nothing_changed(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    """ "add X and delete the marathon one" with two marathon tasks: the add is made and
    reported; the question that follows says that change is not made yet, never that
    nothing was changed."""
    store.create("Marathon training run")
    store.create("Marathon entry fee")
    turn = await session_for(store).say("add stretch hamstrings and delete the marathon one")
    assert store.titles() == ["Marathon training run", "Marathon entry fee", "Stretch hamstrings"]
    assert "I've added 'Stretch hamstrings'" in turn.reply
    assert "changed anything" not in turn.reply
    assert "I haven't made that change yet." in turn.reply


@pytest.mark.parametrize(
    "message",
    [
        'Delete every task tagged "boat". Sold it.',
        "add stretch hamstrings and delete the antifoul and the outboard. then mark it done",
    ],
)
async def test_no_question_about_tasks_just_deleted(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    """ "sold it" after deleting both boat tasks is news, not a question of which one: the
    reply asked "which one did you mean? I haven't changed anything yet" after the deletes."""
    store.create("Antifoul the hull", tags=["boat"])
    store.create("Back up the NAS", tags=["house"])
    store.create("Service the outboard", tags=["boat"])
    turn = await session_for(store).say(message)
    assert [t for t in store.titles() if t != "Stretch hamstrings"] == ["Back up the NAS"]
    assert "?" not in turn.reply


@pytest.mark.parametrize(
    ("message", "changed", "field", "value"),
    [
        (
            "move therapy to thursday at 5pm pls. and also add a task to write down stuff to "
            "talk about in therapy",
            "Therapy session",
            "due_date",
            "2026-11-26T17:00:00",
        ),
        (
            "set the vet to high priority, also add call the vet about the bill",
            "Vet appointment",
            "priority",
            "high",
        ),
        (
            "add pack for the beach trip and move the beach trip to sunday",
            "Beach trip",
            "due_date",
            "2026-11-29",
        ),
        (
            "mark the dentist done and add find the dentist's card",
            "Dentist appointment",
            "completed",
            True,
        ),
    ],
)
async def test_words_beside_an_add_name_the_task_that_was_there(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    changed: str,
    field: str,
    value: object,
) -> None:
    """A task added in the message is no candidate for words said beside the add (it asked
    "which therapy task?", the new one among them)."""
    for title in ("Therapy session", "Vet appointment", "Beach trip", "Dentist appointment"):
        store.create(title)
    turn = await session_for(store).say(message)
    task = next(t for t in store.tasks.values() if t["title"] == changed)
    assert str(task[field]).startswith(str(value)) if field == "due_date" else task[field] == value
    assert "?" not in turn.reply


async def test_words_that_name_only_the_task_just_added_still_name_it(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    """Near miss: with nothing older it could be, the words name the task just added."""
    store.create("Call the bank")
    await session_for(store).say("add water the ferns, then make water the ferns high priority")
    ferns = next(t for t in store.tasks.values() if t["title"] == "Water the ferns")
    assert ferns["priority"] == "high"


_LISTED = ("Order hearing aid batteries", "Write to cousin Edna", "Renew bus pass")


@pytest.mark.parametrize(
    ("said", "done"),
    [
        ("The third one has been finished, please tick it", "Renew bus pass"),
        ("the first one's been sorted now, you can mark it off", "Order hearing aid batteries"),
        ("Lovely. The last one was done yesterday, you can mark it", "Renew bus pass"),
        ("the second has been completed now, could you mark it", "Write to cousin Edna"),
        ("Cheers. the third one has been done today, you may tick it off", "Renew bus pass"),
    ],
)
async def test_an_ordinal_said_done_in_the_passive_completes_that_listed_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, done: str
) -> None:
    for title in _LISTED:
        store.create(title)
    session = session_for(store)
    await session.say("show my list")
    turn = await session.say(said)
    assert store.titles(done=True) == [done]
    assert "couldn't find" not in turn.reply


@pytest.mark.parametrize(
    "said",
    ["has the second one been done?", "The second one hasn't been done yet, don't mark it."],
)
async def test_an_ordinal_asked_about_or_said_open_completes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    for title in _LISTED:
        store.create(title)
    session = session_for(store)
    await session.say("show my list")
    await session.say(said)
    assert store.titles(done=True) == []


async def test_put_this_in_the_notes_describes_the_task_just_added(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Water the ferns")
    session = session_for(store)
    await session.say("add collect the dry cleaning")
    await session.say("put this in the notes: ticket is in the blue wallet")
    notes = {t["title"]: t["description"] for t in store.tasks.values()}
    assert notes == {
        "Water the ferns": None,
        "Collect the dry cleaning": "ticket is in the blue wallet",
    }


async def test_put_in_the_notes_with_nothing_talked_about_asks_and_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Water the ferns")
    store.create("Collect the dry cleaning")
    turn = await session_for(store).say("add to the notes: ticket is in the blue wallet")
    assert [t["description"] for t in store.tasks.values()] == [None, None]
    assert store.titles() == ["Water the ferns", "Collect the dry cleaning"]
    assert "?" in turn.reply


async def test_it_after_the_help_reply_is_never_the_task_its_example_names(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    """The help says "mark task 3 as done": task 3 was never talked about."""
    for title in ("Walk dog", "Pay rent", "Call mum"):
        store.create(title)
    session = session_for(store)
    await session.say("add order 2 cases of oat milk")
    await session.say("blah blah whatever")
    await session.say("actually make it 4 cases")
    assert store.titles() == ["Walk dog", "Pay rent", "Call mum", "Order 4 cases of oat milk"]


@pytest.mark.parametrize(
    ("message", "done_first", "left"),
    [
        (
            "delete the Mehta one which is already done. the returns one keep it",
            True,
            ["Call wholesaler Mehta about returns", "Update Tally entries"],
        ),
        (
            "delete the Mehta one that's done",
            True,
            ["Call wholesaler Mehta about returns", "Update Tally entries"],
        ),
        # none of them is done: the words alone do not decide, it asks
        (
            "delete the Mehta one which is already done",
            False,
            [
                "Call wholesaler Mehta",
                "Call wholesaler Mehta about returns",
                "Update Tally entries",
            ],
        ),
        (
            "the returns one keep it",
            True,
            [
                "Call wholesaler Mehta",
                "Call wholesaler Mehta about returns",
                "Update Tally entries",
            ],
        ),
    ],
)
async def test_a_task_named_with_its_status_is_the_one_of_that_status(
    message: str, done_first: bool, left: list[str]
) -> None:
    store = TaskStore()
    store.create("Call wholesaler Mehta")["completed"] = done_first
    store.create("Call wholesaler Mehta about returns")
    store.create("Update Tally entries")
    await ChatSession(store).say(message)
    assert store.titles() == left
    assert [t["completed"] for t in store.tasks.values()][-2:] == [False, False]


@pytest.mark.parametrize(
    ("said", "reopened"),
    [
        (
            "oh no, I marked the tax return as done but the office sent it back, something is "
            "missing. can you open it again?",
            "File the tax return",
        ),
        ("can you open the parcel one again", "Return the parcel"),
        ("pls open the tax return up again", "File the tax return"),
    ],
)
async def test_open_it_again_reopens_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, reopened: str
) -> None:
    """ "open it again" had listed the open tasks ("open" as a status)."""
    for title in ("File the tax return", "Return the parcel"):
        store.create(title)["completed"] = True
    store.create("Book the Kita visit")
    await session_for(store).say(said)
    assert set(store.titles(done=False)) == {reopened, "Book the Kita visit"}


@pytest.mark.parametrize(
    "message",
    [
        "scrap what you just added",
        "oops wrong thing, delete the thing you just put in",
        "no sorry, get rid of whatever you just added",
        "remove what i added just now",
    ],
)
async def test_what_was_just_added_is_the_task_just_added(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    store.create("Buy dog food")
    session = session_for(store)
    await session.say("add buy cat litter")
    await session.say(message)
    assert store.titles() == ["Buy dog food"]


@pytest.mark.parametrize(
    "message",
    ["actually delete the first one i just added", "ok scrap the first one i added"],
)
async def test_the_first_one_just_added_after_two_adds(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    store.create("Fix the ute tyre")
    session = session_for(store)
    await session.say("add call the electrician")
    await session.say("and another one to order the tiles")
    await session.say(message)
    assert store.titles() == ["Fix the ute tyre", "Order the tiles"]

"""The plan stage, a reason said after the task's name: deletes and completions that go on
with why ("im not doing it anymore", "- she filed it herself", "service starts in 10") act on
the words before it; a quoted title then a reason is that title; "yeet" and "take X off the
list it isn't mine" delete."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, Say, TaskStore


def seed(store: TaskStore) -> None:
    for title in ("Sign up for chess tournament", "Renew the boat licence", "Water the ferns"):
        store.create(title)


@pytest.fixture
def say(store: TaskStore, session_for: Callable[..., ChatSession]) -> Say:
    """A chat over the tasks ``seed`` adds: its ``say``."""
    seed(store)
    return session_for(store).say


@pytest.mark.parametrize(
    "message",
    [
        "nvm abt the chess tourney im not doing it anymore take it off",
        "delete the chess tournament - my knee is bad",
        "remove 'sign up for chess tournament', entries closed yesterday",
        "scrap the chess tournament we're away that weekend",
        "yeet the chess tournament task",
        "take the chess tournament off the list it aint happening",
    ],
)
async def test_a_delete_with_a_reason_deletes_the_task_named_before_it(
    store: TaskStore, say: Say, message: str
) -> None:
    await say(message)
    assert store.titles() == ["Renew the boat licence", "Water the ferns"]


@pytest.mark.parametrize(
    "message",
    [
        "mark the ferns done my neighbour watered them",
        "tick the ferns off mum sorted it",
        "mark all the fern ones done rain came in",
    ],
)
async def test_a_completion_with_a_reason_after_done(
    store: TaskStore, say: Say, message: str
) -> None:
    await say(message)
    assert store.titles(done=True) == ["Water the ferns"]


async def test_an_exception_after_done_is_no_reason(store: TaskStore, say: Say) -> None:
    await say("mark everything done except the boat licence")
    assert store.titles(done=False) == ["Renew the boat licence"]


@pytest.mark.parametrize(
    "answer",
    [
        "ok mark it done, it came in fine",
        "yep that one's sorted, it went fine",
        "yes done, he signed it this morning",
        "that's finished now, the courier took it",
        "yes that's done now, thanks",
        "tick off the contract, they got it back to me signed",
    ],
)
async def test_a_done_report_after_a_question_with_a_remark_completes_the_task_asked_about(
    store: TaskStore, session_for: Callable[..., ChatSession], answer: str
) -> None:
    store.create("Send the contract to Sam")
    store.create("Clean the fryer")
    session = session_for(store)
    await session.say("do i have anything about the contract?")
    await session.say(answer)
    assert store.titles(done=True) == ["Send the contract to Sam"]
    assert store.titles() == ["Send the contract to Sam", "Clean the fryer"]


@pytest.mark.parametrize(
    "answer",
    [
        "mark it done, it wasn't me who sent it though, oh wait no",
        "mark the contract done, the fryer one too",
    ],
)
async def test_a_remark_that_turns_around_or_names_more_is_not_dropped_as_chatter(
    store: TaskStore, session_for: Callable[..., ChatSession], answer: str
) -> None:
    store.create("Send the contract to Sam")
    store.create("Clean the fryer")
    session = session_for(store)
    await session.say("do i have anything about the contract?")
    await session.say(answer)
    assert store.titles(done=True) != ["Send the contract to Sam"]


async def test_a_request_after_a_remark_is_still_made(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Send the contract to Sam")
    store.create("Clean the fryer")
    await session_for(store).say(
        "mark the contract done, they sent it back, and set the fryer one to high"
    )
    assert store.titles(done=True) == ["Send the contract to Sam"]
    assert store.tasks[2]["priority"] == "high"


@pytest.mark.parametrize(
    "message",
    [
        "add buy bait and tick off the ferns, just got in",
        "add buy bait, mark the ferns done, the rain did it",
        "add buy bait then mark the ferns as done, my neighbour watered them",
        "add buy bait and also tick the ferns, it's sorted",
    ],
)
async def test_a_remark_after_a_later_request_of_a_message_is_no_part_of_its_target(
    store: TaskStore, say: Say, message: str
) -> None:
    await say(message)
    assert store.titles(done=True) == ["Water the ferns"]
    assert "Buy bait" in store.titles()


async def test_after_a_request_a_request_after_the_comma_is_no_remark(
    store: TaskStore, say: Say
) -> None:
    await say("add buy bait and tick off the ferns, then delete the chess one")
    assert store.titles(done=True) == ["Water the ferns"]
    assert "Sign up for chess tournament" not in store.titles()


async def test_after_a_request_a_second_name_after_the_comma_is_no_remark(
    store: TaskStore, say: Say
) -> None:
    await say("add buy bait and tick off the licence, the boat one")
    assert store.titles(done=True) == ["Renew the boat licence"]


@pytest.mark.parametrize(
    ("message", "gone"),
    [
        (
            "not doing the pottery class anymore, wrist is sore. take it off my list",
            "Pottery class",
        ),
        (
            "we don't need the babysitter after all, grandma's visiting. delete it",
            "Book babysitter",
        ),
        (
            "no need to renew the gym membership anymore, back's shot. scrap it",
            "Renew gym membership",
        ),
        ("not bothering with the sourdough anymore, starter died lol. remove it", "Bake sourdough"),
    ],
)
async def test_a_task_given_up_with_a_reason_then_it_deletes_that_task_only(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, gone: str
) -> None:
    """ "not doing X anymore, <why>. take it off": "it" is X; the words of the reason name no
    task (a story about the knee deleted 'Ice knee' too, then asked which one it meant)."""
    titles = [
        "Pottery class",
        "Wrist physio",
        "Book babysitter",
        "Call grandma",
        "Renew gym membership",
        "Back stretches",
        "Bake sourdough",
        "Buy starter jar",
    ]
    for title in titles:
        store.create(title)
    turn = await session_for(store).say(message)
    assert store.titles() == [t for t in titles if t != gone]
    assert "?" not in turn.reply


@pytest.mark.parametrize(
    "message",
    [
        "bin 2 pls, sorted it last week",
        "remove task 2 please, did it already",
        "scrap #2 pls, my brother took care of it",
        "delete 2, already paid it online",
        "Please would you take 'Renew the boat licence' off my list altogether. I sold the boat.",
        "kindly delete the boat licence from the list entirely, the boat is gone",
        # any delete verb, then please and a remark
        "yeet 2 pls, sold the boat last week",
        "get rid of #2 please, sorted it myself",
    ],
)
async def test_a_delete_by_id_or_quote_then_a_remark_deletes_that_task(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    for title in ("Sign up for chess tournament", "Renew the boat licence", "Water the ferns"):
        store.create(title)  # ids 1, 2, 3
    turn = await session_for(store).say(message)
    assert store.titles() == ["Sign up for chess tournament", "Water the ferns"]
    assert "couldn't find" not in turn.reply


@pytest.mark.parametrize(
    "message",
    [
        "i deleted 2 pls, sorry",
        "should i delete 2, already paid it?",
        "delete 2 please, no wait, keep it",
    ],
)
async def test_a_remark_after_please_never_turns_a_non_request_into_a_delete(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    for title in ("Sign up for chess tournament", "Renew the boat licence", "Water the ferns"):
        store.create(title)
    await session_for(store).say(message)
    assert len(store.titles()) == 3


@pytest.mark.parametrize(
    "message",
    [
        "because i misread, can you uncheck it",
        "since I haven't actually done it, reopen the gas bill",
        "cause the payment bounced, put the gas bill back to not done",
        "since the bank reversed it, can you reopen that one",
    ],
)
async def test_a_reason_before_a_reopen_reopens_the_task_and_nothing_else(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    store.create("Pay the gas bill")
    store.create("Pay rent")
    session = session_for(store)
    await session.say("mark the gas bill done")
    turn = await session.say(message)
    assert store.titles(done=True) == []
    assert "couldn't" not in turn.reply


@pytest.mark.parametrize(
    "message",
    [
        "scrap the PTA cupcakes thing they cancelled the sale",
        "delete the cupcakes for the PTA sale we aren't doing it",
        "remove the PTA cupcakes one they called it off",
        "scrap the cupcake baking cause the sale got cancelled",
        "delete the PTA cupcakes bc they cancelled the sale",
        "get rid of the PTA cupcakes task since the sale is off",
        "scrap the PTA cupcakes thing as the sale got cancelled",
        "delete the PTA cupcakes the sale was cancelled",
        "ugh scrap the PTA cupcakes thing they cancelled the sale",
        "scrap the PTA cupcakes thing. they cancelled the sale",
        "long day. delete the PTA cupcakes task, sale's cancelled",
    ],
)
async def test_a_reason_said_without_a_pause_names_no_task(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    """ "scrap the PTA cupcakes thing they cancelled the sale" asked whether 'PTA cupcakes
    thing they cancelled the sale' meant the task: the reason's words weakened the match."""
    store.create("Bake cupcakes for PTA sale")
    store.create("Pick up dry cleaning")
    turn = await session_for(store).say(message)
    assert store.titles() == ["Pick up dry cleaning"]
    assert "?" not in turn.reply


@pytest.mark.parametrize(
    ("message", "tasks"),
    [
        # the words before the reason name nothing: ask or say so, never guess
        ("delete the task they cancelled", ["Bake cupcakes for PTA sale", "Call the school"]),
        ("mark done the thing mum asked for", ["Buy flowers for mum", "Call mum"]),
        # "it" with nothing named before: which one is meant is unclear
        ("scrap it they cancelled the sale", ["Bake cupcakes for PTA sale", "Call the school"]),
        ("ugh so tired, delete the one they moved", ["Bake cupcakes for PTA sale", "Gym"]),
    ],
)
async def test_a_reason_that_leaves_the_task_unclear_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, tasks: list[str]
) -> None:
    for title in tasks:
        store.create(title)
    await session_for(store).say(message)
    assert store.titles() == tasks
    assert store.titles(done=True) == []


@pytest.mark.parametrize(
    "message",
    [
        "delete all my uni tasks, semester is over 🎉🎉",
        "delete all my uni tasks since semester is over",
        "remove all the uni stuff, exams are finished",
        "clear everything tagged uni, term has ended",
        "delete all uni tasks, done with uni",
        "delete all my uni tasks cause semester's over",
        "delete all my uni tasks, my semester is over",
    ],
)
async def test_a_reason_after_a_scope_is_no_status_of_it(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    """ "delete all my uni tasks, semester is over" answered that no completed tasks matched
    'uni semester': the reason without an article was read as part of the scope, "over" as
    done."""
    store.create("Write lab report", tags=["uni"])
    store.create("Revise for final exam", tags=["uni"])
    store.create("Renew phone contract")
    await session_for(store).say(message)
    assert store.titles() == ["Renew phone contract"]


async def test_a_scope_said_again_after_a_comma_is_no_reason(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Write lab report", tags=["uni"])
    store.create("Revise for final exam", tags=["uni"])
    store.create("Renew phone contract")
    session = session_for(store)
    await session.say("mark the lab report done")
    await session.say("delete all my uni tasks, the ones that are done")
    assert store.titles() == ["Revise for final exam", "Renew phone contract"]


@pytest.mark.parametrize(
    "message",
    [
        "take off ask manager for more hours, i dont need it anymore got a raise 🎉",
        "take off ask manager for more hours",
        "take off the ask manager one, got a raise",
        "take ask manager for more hours off, got a raise",
        "take off ask manager for more hours i got a raise",
        "i dont need to ask manager for more hours anymore got a raise",
        "no need to ask manager for more hours anymore i got a raise lol",
    ],
)
async def test_take_off_a_task_deletes_it(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    """ "take off ask manager for more hours, ..." added 'Take off ask manager for more hours',
    and read "i dont need it anymore got a raise" as a task 'it anymore got a raise'."""
    store.create("Ask manager for more hours")
    store.create("Swap shift with Tom")
    turn = await session_for(store).say(message)
    assert store.titles() == ["Swap shift with Tom"]
    assert "couldn't" not in turn.reply


@pytest.mark.parametrize(
    ("message", "added"),
    [
        ("take off work friday", "Take off work"),
        ("take the day off friday", "Take the day off"),
        ("take off my makeup", "Take off my makeup"),
    ],
)
async def test_time_taken_off_or_a_thing_taken_off_that_names_no_task_is_added(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: str
) -> None:
    store.create("Finish work report")
    store.create("Swap shift with Tom")
    await session_for(store).say(message)
    assert store.titles() == ["Finish work report", "Swap shift with Tom", added]


@pytest.mark.parametrize(
    "message",
    [
        "nvm the flat viewing on saturday, they gave it to someone else. remove it",
        "delete the flat viewing on saturday, they gave it to someone else",
        "nvm the flat viewing, they gave it to someone else. remove it",
        "scrap the flat viewing they let it to someone else",
        "the flat viewing is off, someone else got it. delete it",
        "cancel the saturday flat viewing, they rented it out already",
        "remove saturday's flat viewing, she sold it",
    ],
)
async def test_a_day_said_of_a_task_due_then_and_a_reason_in_a_sentence_delete_it(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    """ "nvm the flat viewing on saturday, they gave it to someone else. remove it" asked
    about 'flat viewing on saturday' and read 'it to someone else' as a task done."""
    store.create("Flat viewing in Kreuzberg", due_date="2026-11-28")  # the Saturday
    store.create("Email landlord about heating")
    turn = await session_for(store).say(message)
    assert store.titles() == ["Email landlord about heating"]
    assert "couldn't" not in turn.reply


async def test_a_day_said_that_is_not_the_tasks_day_asks(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Flat viewing in Kreuzberg", due_date="2026-11-27")  # a Friday
    store.create("Email landlord about heating")
    turn = await session_for(store).say("delete the flat viewing on saturday")
    assert len(store.titles()) == 2
    assert "?" in turn.reply


@pytest.mark.parametrize(
    "message",
    [
        "bc the sale's off pls delete the cupcakes",
        "since the sale got cancelled, scrap the cupcakes",
        "they cancelled the PTA sale. scrap the cupcakes thing",
        "sale got cancelled lol delete the cupcakes one",
        "scrap the cupcakes, no sale this year",
        "can you delete the cupcakes? they cancelled the sale",
        "delete the cupcakes coz the sale's off",
        "cupcakes can go, they cancelled the sale",
    ],
)
async def test_a_reason_before_or_after_a_delete_in_any_order(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    for title in ("Bake cupcakes for PTA sale", "Pick up dry cleaning", "Call the school"):
        store.create(title)
    await session_for(store).say(message)
    assert store.titles() == ["Pick up dry cleaning", "Call the school"]


@pytest.mark.parametrize(
    "message",
    [
        "long day but i picked up the dry cleaning",
        "omg so tired, picked up the dry cleaning tho",
        "picked up the dry cleaning on the way home, long day",
    ],
)
async def test_a_remark_before_or_after_a_deed_told_completes_it(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    store.create("Pick up dry cleaning")
    store.create("Water the plants")
    await session_for(store).say(message)
    assert store.titles(done=True) == ["Pick up dry cleaning"]


async def test_a_deed_told_after_a_delete_is_no_second_thing_to_delete(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    """ "delete the gym one, and mum picked up the dry cleaning" deleted both tasks: the news
    after the comma was read as a second thing named."""
    store.create("Gym session")
    store.create("Pick up dry cleaning")
    await session_for(store).say("delete the gym one, and mum picked up the dry cleaning")
    assert store.titles() == ["Pick up dry cleaning"]


async def test_someone_elses_deed_on_it_after_a_completion_is_why(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Send the report to Tom")
    store.create("Water the plants")
    turn = await session_for(store).say("mark the report done, tom sent it")
    assert store.titles(done=True) == ["Send the report to Tom"]
    assert "couldn't" not in turn.reply


@pytest.mark.parametrize(
    "message",
    [
        "set the essay to high, teacher said it counts double",
        "change the essay to high cause it's due monday",
        "make the essay high priority bc the teacher moved the deadline",
    ],
)
async def test_a_level_then_why_sets_the_level_and_renames_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    """ "set the essay to high, teacher said it counts double" renamed the task 'High, teacher
    said it counts double'."""
    store.create("Write history essay")
    store.create("Gym session")
    await session_for(store).say(message)
    assert store.titles() == ["Write history essay", "Gym session"]
    assert store.tasks[1]["priority"] == "high"


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("rename the gym one to leg day cause thats what it is", "Leg day"),
        ("omg so tired, rename the gym one to leg day", "Leg day"),
        ("rename the gym one to 'leg day cause why not'", "Leg day cause why not"),
    ],
)
async def test_why_a_task_is_renamed_is_no_part_of_its_new_title(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str
) -> None:
    store.create("Write history essay")
    store.create("Gym session")
    await session_for(store).say(message)
    assert store.titles() == ["Write history essay", title]


@pytest.mark.parametrize(
    "message",
    [
        "the dentist cancelled on me so remove it",
        "the dentist cancelled again, delete it",
        "the team lunch got cancelled so just delete that one",
    ],
)
async def test_who_called_it_off_then_remove_it_deletes_that_task(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    """ "the dentist cancelled on me so remove it" asked whether 'dentist cancelled on me'
    meant the dentist appointment."""
    store.create("Dentist appointment")
    store.create("Team lunch")
    store.create("Gym session")
    await session_for(store).say(message)
    gone = "Team lunch" if "lunch" in message else "Dentist appointment"
    assert store.titles() == [
        t for t in ("Dentist appointment", "Team lunch", "Gym session") if t != gone
    ]

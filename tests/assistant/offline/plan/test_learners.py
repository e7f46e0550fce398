"""The plan stage, requests in a second language's English (the grammar of Hindi, Vietnamese,
Chinese, Arabic, Spanish, Polish...): a task's number said first, a plain-present deed with
"already", "mark all like done", a pronoun before the task it stands for, "<date> itself"; and
the near misses that must keep their meaning (a deed not done yet, a question)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore

FEE, GIFT, BRAKE = "Pay school fee for Bao", "Buy gift for Teachers Day", "Fix motorbike brake"


def _three(store: TaskStore) -> None:
    for title in (FEE, GIFT, BRAKE):
        store.create(title)


@pytest.mark.parametrize(
    ("said", "done"),
    [
        # the task's number first (batch 80's done-80-5)
        ("task 2 I finish already, mark done for me", GIFT),
        ("task 2 I already finish", GIFT),
        ("#2 i already do it", GIFT),
        ("no. 2 we finished, make it done", GIFT),
        ("2 make it done", GIFT),
        ("number 2 put done please", GIFT),
        ("task 2, mark it like finish", GIFT),
        # a plain-present deed with "already"
        ("I already fix the motorbike brake", BRAKE),
        ("we already pay the school fee", FEE),
        ("already fix motorbike brake", BRAKE),
        ("I finish pay school fee already", FEE),
        ("I buy the gift already", GIFT),
        # the task first, then the deed
        ("school fee I already pay", FEE),
        ("the gift we already buy it", GIFT),
        ("the motorbike brake, I already fix", BRAKE),
        ("motorbike brake fix already", BRAKE),
        ("school fee pay already, thank you", FEE),
        # "like" for "as", "finish" for "finished"
        ("mark the gift like done", GIFT),
        ("mark the gift as finish", GIFT),
    ],
)
async def test_a_learners_report_or_mark_completes_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, done: str
) -> None:
    _three(store)
    await session_for(store).say(said)
    assert store.titles(done=True) == [done]


@pytest.mark.parametrize(
    "said",
    [
        "task 1 I finish tomorrow",
        "task 1 I not finish yet",
        "task 1 I already finish, no wait, not yet",
        "I not finish the motorbike brake yet",
        "I still not pay the school fee",
        "I will pay the school fee already tomorrow",
        "I already pay the school fee but they not give receipt",
        "I already add the gift",
        "I already have the gift",
        "the gift is finish or not?",
        "school fee already done or not",
        "I already want to fix the brake",
        "just fix the motorbike brake",
    ],
)
async def test_a_learners_deed_not_done_or_a_question_ticks_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    _three(store)
    await session_for(store).say(said)
    assert store.titles(done=True) == []
    assert {FEE, GIFT, BRAKE} <= set(store.titles())  # nothing deleted either


async def test_a_question_of_state_in_a_learners_words_answers_it(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    _three(store)
    result = await session_for(store).say("the gift is finish or not?")
    assert "pending" in result.reply and "Buy gift" in result.reply


@pytest.mark.parametrize(
    "said",
    [
        "Mark all like done except the laundry, that one I still not do it",  # batch 80
        "mark all as done except the laundry, I still not do it",
        "mark everything done except the laundry, that one not yet",
        "tick everything off but the laundry, I not do it yet",
        "all finish except the laundry",
    ],
)
async def test_a_bulk_mark_with_its_exception_and_why(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    for title in ("Do the laundry", "Buy tortillas", "Call the landlord", "Pay the gas"):
        store.create(title)
    await session_for(store).say(said)
    assert store.titles(done=False) == ["Do the laundry"]


async def test_a_request_after_an_exception_is_no_reason_to_drop(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    """ "..., that one delete it": a request of its own, never dropped as a reason (so the
    exception is never ticked off with the rest)."""
    for title in ("Do the laundry", "Buy tortillas"):
        store.create(title)
    await session_for(store).say("mark all done except the laundry, that one delete it")
    assert "Do the laundry" not in store.titles(done=True)


@pytest.mark.parametrize(
    "said",
    [
        "delete it the task of the gift",
        "remove it the gift one",
        "kindly do the needful and remove the gift task",
    ],
)
async def test_a_pronoun_before_the_task_it_stands_for(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    _three(store)
    await session_for(store).say(said)
    assert store.titles() == [FEE, BRAKE]


@pytest.mark.parametrize(
    ("said", "title", "due"),
    [
        (
            "please add one task, I have to submit the electricity bill tomorrow itself",
            "Submit the electricity bill",
            "2026-11-24",
        ),
        ("kindly add pay the water bill today itself", "Pay the water bill", "2026-11-23"),
        ("add renew passport by friday itself", "Renew passport", "2026-11-27"),
        ("put for tomorrow: call the landlord", "Call the landlord", "2026-11-24"),
        ("note it: meeting with the manager on friday", "Meet with the manager", "2026-11-27"),
    ],
)
async def test_a_learners_add_keeps_its_date_out_of_the_title(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str, due: str
) -> None:
    await session_for(store).say(said)
    [task] = store.tasks.values()
    assert (task["title"], task["due_date"]) == (title, due)


async def test_itself_after_no_date_stays_in_the_title(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await session_for(store).say("add check the machine cleans itself")
    [task] = store.tasks.values()
    assert task["title"] == "Check the machine cleans itself"


@pytest.mark.parametrize(
    ("said", "priority"),
    [
        ("add buy milk, is very important", "high"),
        ("add pay rent, is urgent", "high"),
        ("add call the bank, is not urgent", "low"),
        ("add fix the roof, it is not so important", "low"),
    ],
)
async def test_a_level_said_without_its_it(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, priority: str
) -> None:
    await session_for(store).say(said)
    [task] = store.tasks.values()
    assert task["priority"] == priority
    assert "is" not in task["title"].split()


CHORES = ("Do the laundry", "Dentist appointment", "Go to the gym", "Buy rice")


@pytest.mark.parametrize(
    ("said", "gone"),
    [
        # the task first, the delete last
        ("the rice, help me delete", "Buy rice"),
        ("the gym task delete please", "Go to the gym"),
        ("the gym I am not need it, delete", "Go to the gym"),
        ("the gym I don't go anymore, delete", "Go to the gym"),
        ("no need of the rice task, remove", "Buy rice"),
        ("the gym task, no need, delete it", "Go to the gym"),
        # a wish or a plea for help said without its "to"
        ("I want delete the gym task", "Go to the gym"),
        ("you help me delete the rice", "Buy rice"),
    ],
)
async def test_a_learners_delete_in_their_own_order(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, gone: str
) -> None:
    for title in CHORES:
        store.create(title)
    await session_for(store).say(said)
    assert store.titles() == [t for t in CHORES if t != gone]


@pytest.mark.parametrize(
    "said",
    [
        "the one I should delete?",
        "the tasks I can't delete",
        "the gym, should I delete?",
        "I want delete",
        "laundry not finish already",
        "I am not finished from the laundry",
        "my brother already finish his homework",
        "the machine finish already but I not hang the clothes",
    ],
)
async def test_a_learners_near_miss_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    for title in CHORES:
        store.create(title)
    await session_for(store).say(said)
    assert store.titles(done=False) == list(CHORES)


@pytest.mark.parametrize(
    "said",
    [
        "I am finished from the laundry",
        "we are done of the laundry",
        "already finish the laundry",
        "laundry finish already",
        "I want mark the laundry as done",
    ],
)
async def test_a_learners_finish_completes_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    for title in CHORES:
        store.create(title)
    await session_for(store).say(said)
    assert store.titles(done=True) == ["Do the laundry"]


@pytest.mark.parametrize(
    ("said", "title", "due"),
    [
        ("you help me add buy milk", "Buy milk", None),
        ("I want add task call mom", "Call mom", None),
        ("give me add one task buy bread", "Buy bread", None),
        ("tomorrow remind me call mother", "Call mother", "2026-11-24"),
        ("friday please remind me pay the rent", "Pay the rent", "2026-11-27"),
    ],
)
async def test_a_learners_add_without_its_to(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    due: str | None,
) -> None:
    await session_for(store).say(said)
    [task] = store.tasks.values()
    assert (task["title"], task["due_date"]) == (title, due)


@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("which tasks I finish already?", "completed 1 task"),
        ("which tasks I finish?", "completed 1 task"),
        ("what are the works I did?", "completed 1 task"),
        ("show me the finish tasks", "completed 1 task"),
        ("I have any pending work?", "3 pending tasks"),
        ("I have any task for tomorrow?", "no tasks due tomorrow"),
        ("the bill, I paid or not?", "still pending"),
        ("the vegetables we buy or not", "is done"),
    ],
)
async def test_a_learners_question_answers_and_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, answer: str
) -> None:
    for title in ("Pay electricity bill", "Call Raj uncle", "Buy vegetables", "Submit assignment"):
        store.create(title)
    store.tasks[3]["completed"] = True
    result = await session_for(store).say(said)
    assert answer in result.reply
    assert store.titles(done=True) == ["Buy vegetables"]
    assert len(store.titles()) == 4
    assert not [name for name, _ in result.tool_calls if name != "list_tasks"]


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("mark the bill done", "please revert, I did mistake"),
        ("mark the bill done", "I did mistake, undo please"),
        ("mark the bill done", "undo it, I made a mistake"),
    ],
)
async def test_a_learners_apology_after_an_undo_is_no_task(
    store: TaskStore, session_for: Callable[..., ChatSession], first: str, then: str
) -> None:
    store.create("Pay electricity bill")
    session = session_for(store)
    await session.say(first)
    result = await session.say(then)
    assert store.titles(done=True) == []
    assert "couldn't find" not in result.reply


@pytest.mark.parametrize(
    ("said", "title", "due"),
    [
        ("add pay rent, the date is 5th", "Pay rent", "2026-12-05"),
        ("add call insurance company, date is tomorrow", "Call insurance company", "2026-11-24"),
        ("add pay rent, deadline 5th", "Pay rent", "2026-12-05"),
        ("add renew visa, last date is 12th", "Renew visa", "2026-12-12"),
        ("after tomorrow I need to pay the internet", "Pay the internet", "2026-11-25"),
        ("write down for me: buy the diapers", "Buy the diapers", None),
        ("put reminder call Ania friday", "Call Ania", "2026-11-27"),
        ("tomorrow I have meeting with boss, please add", "Meet with boss", "2026-11-24"),
        ("I need go to the doctor on monday", "Go to the doctor", "2026-11-30"),
        ("we want buy a new fridge", "Buy a new fridge", None),
    ],
)
async def test_a_learners_add_with_its_date_said_their_way(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    due: str | None,
) -> None:
    await session_for(store).say(said)
    [task] = store.tasks.values()
    assert (task["title"], task["due_date"]) == (title, due)


@pytest.mark.parametrize(
    "said",
    [
        "mark the rent done, the date is friday",
        "add pay rent, the date is not decided",
        "I need go",
    ],
)
async def test_a_date_remark_outside_an_add_sets_no_date(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.create("Pay rent")
    await session_for(store).say(said)
    assert all(task["due_date"] is None for task in store.tasks.values())
    assert [t for t in store.titles() if t.lower() == "go"] == []


@pytest.mark.parametrize(
    "said",
    [
        "everything is done only the kitchen no",
        "I finish all only the kitchen no",
        "everything finish but the kitchen no",
        "I finish all, only the kitchen not yet",
        "all done only the kitchen not",
    ],
)
async def test_never_harm_the_one_left_after_a_bulk_report_stays_open(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    """ "everything is done only the kitchen no" ticked off the kitchen too."""
    for title in ("Buy milk", "Call the bank", "Clean the kitchen", "Pay the gas"):
        store.create(title)
    await session_for(store).say(said)
    assert "Clean the kitchen" in store.titles(done=False)
    assert store.titles(done=True) in ([], ["Buy milk", "Call the bank", "Pay the gas"])


async def test_itself_after_yesterday_is_no_part_of_the_deed(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Buy milk")
    store.create("Call the bank")
    await session_for(store).say("the milk I bought it yesterday itself")
    assert store.titles(done=True) == ["Buy milk"]


@pytest.mark.parametrize(
    ("said", "field", "value"),
    [
        ("the milk task, change the name to buy oat milk", "title", "Buy oat milk"),
        ("the name of the milk task put buy oat milk", "title", "Buy oat milk"),
        ("change the milk for buy oat milk", "title", "Buy oat milk"),
        ("change the milk for friday", "due_date", "2026-11-27"),
        ("the milk one put on friday", "due_date", "2026-11-27"),
        ("the milk task move to tomorrow", "due_date", "2026-11-24"),
    ],
)
async def test_a_learners_edit_with_the_task_first(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, field: str, value: str
) -> None:
    store.create("Buy milk")
    store.create("Call the bank")
    await session_for(store).say(said)
    assert store.tasks[1][field] == value
    assert store.tasks[2]["title"] == "Call the bank" and store.tasks[2]["due_date"] is None


async def test_a_date_as_a_new_name_renames_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Buy milk")
    await session_for(store).say("the milk, change the name to friday")
    assert store.titles() == ["Buy milk"]

"""The plan stage, corrections: a statement of what a title should say ("X is A not B"), a
short correction with its reason after it, a topic then "make it ...", "actually no X" and
"nvm" right after a change. The part named changes, nothing else does; an unclear target
changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, assert_titles


@pytest.mark.parametrize(
    ("title", "said", "new"),
    [
        # a statement of what the title should say
        (
            "Collect Sam's football kit",
            "the football one is for amy not sam",
            "Collect Amy's football kit",
        ),
        (
            "Ship parcel to Leeds",
            "the parcel one is actually to York not Leeds, fix that",
            "Ship parcel to York",
        ),
        ("Pay Q2 VAT return", "VAT return is Q3 not Q2; fix pls", "Pay Q3 VAT return"),
        (
            "Buy size 8 shoes for Ella",
            "change ella shoes size 8 to size 9 her feet grew",
            "Buy size 9 shoes for Ella",
        ),
        # a rename whose value keeps the word that named the task keeps its verb ("change
        # the milk one to oat milk": the thing bought changes, the buying does not)
        ("Buy milk", "change the milk one to oat milk", "Buy oat milk"),
        (
            "Book flight to Rome",
            "change the rome task to rome and florence",
            "Book flight to Rome and florence",
        ),
        (
            "Pick up dry cleaning",
            "rename the cleaning one to dry cleaning and shoes",
            "Pick up dry cleaning and shoes",
        ),
        ("Call dentist", "switch the dentist one to the kids dentist", "Call the kids dentist"),
        ("Book flight to Rome", "update the flight one to flight to Milan", "Book flight to Milan"),
        # a new title with a verb, or with none of the words that named the task, is whole
        ("Buy milk", "change the milk one to buy almond milk", "Buy almond milk"),
        ("Buy milk", "rename the milk one to groceries", "Groceries"),
        # a task named with 'with' keeps its name
        (
            "Piano lesson with Jake",
            "the lesson with jake is guitar not piano, fix the title",
            "Guitar lesson with Jake",
        ),
        (
            "Lunch with Sam at Zizzi",
            "the lunch w/ sam is at Wagamama not Zizzi, fix the name",
            "Lunch with Sam at Wagamama",
        ),
        (
            "Coffee with Ana on the roof",
            "the coffee with ana is on the terrace not the roof, correct the title",
            "Coffee with Ana on the terrace",
        ),
        (
            "Call with Bob about Q2",
            "the call with bob is about Q3 not Q2",
            "Call with Bob about Q3",
        ),
        # what a title says and should say
        (
            "by flowers for mum",
            "fix the typo in my task, it says by flowers for mum, shud be buy flowers for mum",
            "Buy flowers for mum",
        ),
        (
            "Recieve parcel",
            "fix the spelling, it reads recieve parcel, should read receive parcel",
            "Receive parcel",
        ),
        ("Pick up kds", "the task says pick up kds, should be pick up kids", "Pick up kids"),
        (
            "Call margret",
            "it says 'call margret' but it should say 'call Margaret'",
            "Call Margaret",
        ),
    ],
)
async def test_a_correction_of_a_named_task_changes_the_part_it_names(
    store: TaskStore, session_for: Callable[..., ChatSession], title: str, said: str, new: str
) -> None:
    await assert_titles(
        store, session_for, [title, "Water the plants"], [said], [new, "Water the plants"]
    )


@pytest.mark.parametrize(
    ("add", "said", "new"),
    [
        # a correction after an add keeps the rest of the title
        (
            "add book room 204 for the review",
            "make that 214 I misread the email",
            "Book room 214 for the review",
        ),
        (
            "add pick up dog food from Pets Plus",
            "sorry make that cat litter from Pets Plus",
            "Pick up cat litter from Pets Plus",
        ),
        (
            "add order the 2019 report",
            "actually it's the 2021 not the 2019",
            "Order the 2021 report",
        ),
        # an interjection before the correction ("ay", "naku", "uy") is no task's name
        (
            "add top up load for globe po",
            "ay sorry make that smart not globe haha",
            "Top up load for smart",
        ),
        ("add book bus to Baguio", "naku make it Sagada not Baguio", "Book bus to Sagada"),
        # Tagalog: "X pala, hindi Y" (it's X after all, not Y)
        ("add top up load for globe", "ay mali, smart pala hindi globe", "Top up load for smart"),
        ("add book bus to Baguio", "Sagada pala po, hindi Baguio", "Book bus to Sagada"),
        # a remark after a comma, once the title's list is closed with "and", is no title
        (
            "add get eggs",
            "actually make that get eggs and flour, craving pancakes 🥞",
            "Get eggs and flour",
        ),
        (
            "add call the plumber",
            "make it call the plumber and the electrician, both broke",
            "Call the plumber and the electrician",
        ),
        # "make that buy eggs, flour" is a list of two: the second is no remark
        ("add buy eggs", "actually make that buy eggs, flour", "Buy eggs, flour"),
        # 'I meant A, not B' changes only B
        (
            "add book the caterer for the Lim party",
            "sorry i meant the DJ, not the caterer",
            "Book the DJ for the Lim party",
        ),
        (
            "add email the landlord about the boiler",
            "no wait i meant the agent, not the landlord. he never answers",
            "Email the agent about the boiler",
        ),
        ("add buy oat milk", "I meant almond, not oat", "Buy almond milk"),
        (
            "add call Priya re the budget",
            "i meant Pria, not Priya, fix the name pls",
            "Call Pria re the budget",
        ),
        # a correction that says the title's verb again is the whole title
        (
            "add buy milk powder for baby",
            "sorry i mean buy nappies, not the milk powder",
            "Buy nappies",
        ),
        (
            "add call the plumber about the tap",
            "i meant call the electrician, not the plumber",
            "Call the electrician",
        ),
        # the old words first, then the right ones
        (
            "add order more coffee beans for the shop",
            "ah no sorry, not coffee beans, condensed milk. coffee beans still have a lot",
            "Order more condensed milk for the shop",
        ),
        ("add buy 2 bags of rice", "oops not 2, 3", "Buy 3 bags of rice"),
        ("add buy chicken thighs", "wait not thighs, drumsticks", "Buy chicken drumsticks"),
    ],
)
async def test_a_correction_after_an_add_changes_the_title_just_added(
    store: TaskStore, session_for: Callable[..., ChatSession], add: str, said: str, new: str
) -> None:
    await assert_titles(store, session_for, [], [add, said], [new])


async def test_a_topic_then_make_it_edits_the_task_the_topic_names(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_titles(
        store,
        session_for,
        ["Buy plain envelopes", "Book the van"],
        ["the envelopes one make it padded envelopes theyre for the glass"],
        ["Buy padded envelopes", "Book the van"],
    )


async def test_a_statement_correction_whose_task_is_unclear_asks(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    tasks = ["Email Tom about the Q2 plan", "Send Tom the Q2 slides"]
    reply = await assert_titles(store, session_for, tasks, ["the tom one is Q3 not Q2"], tasks)
    assert "?" in reply


@pytest.mark.parametrize(
    "said",
    [
        "nvm",
        "scratch that, they already sent it",
        "oh never mind",
        # after a discourse marker, or with chatter
        "ok so nvm",
        "hey, never mind",
        "um scratch that",
        "nvm 🙏",
        "nvm pls",
        # the words that take back are one list (``says_no``, ``takes_back``), drawn out too
        "nahh forget it",
        "on second thought nvm",
        "hold on, scrap that",
    ],
)
async def test_a_bare_retraction_right_after_an_add_takes_it_back(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_titles(
        store,
        session_for,
        ["Water the plants"],
        ["add chase the invoice", said],
        ["Water the plants"],
    )


async def test_a_bare_retraction_with_nothing_changed_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_titles(
        store,
        session_for,
        ["Water the plants"],
        ["what's on my list?", "nvm"],
        ["Water the plants"],
    )


@pytest.mark.parametrize(
    "said",
    [
        "actually no pears, we have loads",
        # after a discourse marker
        "alright, actually no pears, we have loads",
        "hey no pears lol",
        "ok so no pears 🙏",
        "quick one: no pears",
    ],
)
async def test_no_x_right_after_adding_x_drops_only_x(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_titles(
        store, session_for, [], ["add buy apples and buy pears", said], ["Buy apples"]
    )


async def test_no_x_naming_nothing_just_added_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_titles(
        store,
        session_for,
        ["Buy pears"],
        ["add buy apples", "no pears though"],
        ["Buy pears", "Buy apples"],
    )


@pytest.mark.parametrize("said", ["ooh make that high priority hun!", "oh make it high prio pls"])
async def test_an_interjection_before_make_it_is_no_topic(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    session = session_for(store)
    await session.say("add book the MOT")
    await session.say(said)
    assert [t["priority"] for t in store.tasks.values()] == ["high"]


@pytest.mark.parametrize(
    ("title", "said", "new"),
    [
        # a correction of one word changes the task that has it
        ("Send invoice to Jonhson Ltd", "its Johnson not Jonhson", "Send invoice to Johnson Ltd"),
        (
            "Call Pedals florist",
            "could you fix the typo in the florist one? It's Petals, not Pedals.",
            "Call Petals florist",
        ),
        (
            "Hire 10 chairs for the hall",
            "sorry, it's actually 12 chairs not 10! can you fix that on the hall one",
            "Hire 12 chairs for the hall",
        ),
        (
            "Email Bob's accountant",
            "I typed it wrong. The task that reads 'Email Bob's accountant' should say "
            "'Email Rob's accountant'",
            "Email Rob's accountant",
        ),
        # a title quoted as it should be respells the task it nearly is
        (
            "Book resturant for Friday",
            "oops typo, it's 'Book restaurant for Friday'",
            "Book restaurant for Friday",
        ),
        (
            "Renew pasport",
            "I misspelt that, it should say 'Renew passport' pls fix",
            "Renew passport",
        ),
        ("Call the plumbr", "that's 'Call the plumber' - correct it", "Call the plumber"),
    ],
)
async def test_a_correction_of_one_word_or_a_quoted_title_respells_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], title: str, said: str, new: str
) -> None:
    await assert_titles(
        store, session_for, ["Water the plants", title], [said], ["Water the plants", new]
    )
    assert all(not t["completed"] for t in store.tasks.values())


async def test_a_correction_two_tasks_could_take_asks(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    tasks = ["Call Don about the van", "Email Don the receipts"]
    reply = await assert_titles(store, session_for, tasks, ["its Dan not Don"], tasks)
    assert "haven't changed anything" in reply


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("the stocktake got moved, it's monday now not tuesday", "2026-11-30"),
        ("the stocktake is on the 12th, not the 10th", "2026-12-12"),
        ("stocktake: thursday, not tuesday", "2026-11-26"),
    ],
)
async def test_a_date_said_as_a_correction_sets_the_date_never_the_title(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, due: str
) -> None:
    store.create("Quarterly stocktake", due_date="2026-11-24")
    await session_for(store).say(said)
    assert [(t["title"], t["due_date"]) for t in store.tasks.values()] == [
        ("Quarterly stocktake", due)
    ]


async def test_a_quoted_title_like_no_task_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    tasks = ["Water the plants", "Call the plumber"]
    await assert_titles(store, session_for, tasks, ["it's 'Order a new boiler'"], tasks)


async def test_a_rename_told_as_news_renames_the_one_task_with_the_old_name(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_titles(
        store,
        session_for,
        ["Bring snacks to the book club", "Call mom"],
        ["fyi the book club is now called the reading circle"],
        ["Bring snacks to the reading circle", "Call mom"],
    )


async def test_a_rename_told_as_news_asks_when_two_tasks_have_the_old_name(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    tasks = ["Send 1099s to Patel LLC", "Call Patel LLC about the W-9"]
    reply = await assert_titles(
        store, session_for, tasks, ["Patel LLC is now Patel & Sons LLC"], tasks
    )
    assert "#1" in reply and "#2" in reply


async def test_a_rename_told_as_news_then_the_task_named_renames_only_that_one(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_titles(
        store,
        session_for,
        ["Send 1099s to Patel LLC", "Call Patel LLC about the W-9"],
        ["Patel LLC is now Patel & Sons LLC (new EIN, don't ask). update the 1099 task"],
        ["Send 1099s to Patel & Sons LLC", "Call Patel LLC about the W-9"],
    )


async def test_a_name_said_to_be_miswritten_is_respelt_never_completed(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Call Jon")
    store.create("Email the school")
    await session_for(store).say("lol i wrote 'call jon' but its john with an h, fix pls")
    tasks = list(store.tasks.values())
    assert [(t["title"], t["completed"]) for t in tasks] == [
        ("Call John", False),
        ("Email the school", False),
    ]


async def test_i_meant_a_not_b_with_b_in_no_task_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    tasks = ["Book the caterer", "Email the landlord"]
    await assert_titles(store, session_for, tasks, ["i meant the DJ, not the florist"], tasks)


async def test_i_meant_a_not_b_with_b_in_two_tasks_asks(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    tasks = ["Call Don about the van", "Email Don the receipts"]
    reply = await assert_titles(store, session_for, tasks, ["i meant Dan, not Don"], tasks)
    assert "?" in reply or "haven't changed anything" in reply


async def test_replace_a_with_b_still_parts_at_with(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_titles(
        store, session_for, ["Buy sugar"], ["replace buy sugar with buy honey"], ["Buy honey"]
    )


@pytest.mark.parametrize(
    "said",
    [
        "it says pay rent, should be done by friday",  # a date, not a title
        "it says call mum, should be high",  # a priority
        "it says call the vet, should be call the dentist",  # names no task
    ],
)
async def test_what_it_should_say_that_is_no_title_or_names_no_task_renames_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    tasks = ["Pay rent", "Call mum"]
    await assert_titles(store, session_for, tasks, [said], tasks)


@pytest.mark.parametrize(
    ("correction", "due"),
    [
        ("sorry not friday, monday. he is on holiday", "2026-11-30"),
        ("no not friday, sunday", "2026-11-29"),
    ],
)
async def test_the_old_day_first_then_the_right_one_moves_the_task_just_added(
    store: TaskStore, session_for: Callable[..., ChatSession], correction: str, due: str
) -> None:
    session = session_for(store)
    await session.say("add send invoice to Mr Kowalski on friday")
    await session.say(correction)
    (task,) = store.tasks.values()
    assert (task["title"], str(task["due_date"])[:10]) == ("Send invoice to Mr Kowalski", due)


@pytest.mark.parametrize("reply", ["not now, maybe later", "not yet, i'll do it tonight"])
async def test_not_now_or_not_yet_corrects_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], reply: str
) -> None:
    session = session_for(store)
    await session.say("add call the vet")
    await session.say(reply)
    assert [(t["title"], t["completed"]) for t in store.tasks.values()] == [("Call the vet", False)]


async def test_a_delete_with_not_and_a_remark_after_it_renames_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_titles(
        store,
        session_for,
        ["Go to the gym", "Meal prep on sunday"],
        ["scrap the gym thing, not happening this week 😂"],
        ["Meal prep on sunday"],
    )


@pytest.mark.parametrize(
    ("said", "done", "deleted"),
    [
        (
            "mark email professor done — no wait not that one, the lab report one. i havent "
            "emailed the prof yet",
            ["Submit lab report"],
            [],
        ),
        ("tick off email professor... sorry i meant the lab report", ["Submit lab report"], []),
        ("mark call mom done, oh no sorry, call dad", ["Call dad"], []),
        ("delete the gym one, no wait, not the gym, i mean yoga", [], ["Yoga class"]),
        ("remove call mom, no wait, call dad instead", [], ["Call dad"]),
    ],
)
async def test_a_task_named_again_after_a_retraction_gets_the_request_instead(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    done: list[str],
    deleted: list[str],
) -> None:
    """ "no wait, not that one, the lab report one": the request taken back is made on the
    task named after it; it reopened 'emailed the prof', renamed a task 'The gas bill', or
    looked for 'mark call dad'."""
    titles = ["Email professor", "Submit lab report", "Call mom", "Call dad", "Gym", "Yoga class"]
    for title in titles:
        store.create(title)
    await session_for(store).say(said)
    assert store.titles(done=True) == done
    assert [t for t in titles if t not in store.titles()] == deleted


@pytest.mark.parametrize(
    "said",
    [
        "delete milk, no wait, keep it",
        "delete milk no wait",
        "tick off milk, no wait, i need to check the fridge first",
        "remove milk, no wait, don't",
    ],
)
async def test_a_retraction_that_names_no_other_task_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    tasks = ["Buy milk", "Call dad"]
    await assert_titles(store, session_for, tasks, [said], tasks)
    assert store.titles(done=True) == []


@pytest.mark.parametrize(
    ("title", "said", "new"),
    [
        (
            "Recieve package from DHL",
            "lol i spelled it 'recieve' in the package task, can u fix the spelling? its "
            "bugging me so much",
            "Receive package from DHL",
        ),
        ("Book dentest appointmnet", "fix the typo in the dentist one", "Book dentist appointment"),
        ("Call the plummer", "the plumber task is spelt wrong, can you fix it", "Call the plumber"),
        (
            "Pick up perscription",
            "correct the spelling of the prescription task pls",
            "Pick up prescription",
        ),
    ],
)
async def test_a_spelling_fix_asked_for_respells_the_words_known_as_misspelt(
    store: TaskStore, session_for: Callable[..., ChatSession], title: str, said: str, new: str
) -> None:
    reply = await assert_titles(
        store, session_for, [title, "Return shoes"], [said], [new, "Return shoes"]
    )
    assert new in reply


async def test_a_spelling_fix_with_no_known_misspelling_asks_and_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    tasks = ["Call Jonh", "Return shoes"]
    reply = await assert_titles(store, session_for, tasks, ["fix the typo in the call task"], tasks)
    assert "How should it read?" in reply


async def test_a_word_named_as_misspelt_is_the_only_one_respelt(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await assert_titles(
        store,
        session_for,
        ["Recieve the seperate parcels"],
        ["i spelled it recieve in the parcels task, fix it"],
        ["Receive the seperate parcels"],
    )


@pytest.mark.parametrize(
    ("first", "said", "due"),
    [
        ("add dinner w/ sam fri 7pm", "actually make it 8, shes running late", "20:00"),
        ("add dinner w/ sam fri 7pm", "make that 9", "21:00"),
        ("add drinks with jo friday at 6pm", "change it to 10", "22:00"),
        ("add dinner w/ sam fri 7pm", "make it 8:30", "20:30"),
        ("add call with the lawyer fri 1pm", "make it 3", "15:00"),
        # near misses: a half of the day said, or a task due in the morning, stays as said
        ("add dinner w/ sam fri 7pm", "make it 9am", "09:00"),
        ("add dentist fri 9am", "make it 8", "08:00"),
        ("add dinner w/ sam fri 7pm", "make it 20:30", "20:30"),
        ("add lunch with ana fri 1pm", "make it 12", "12:00"),
    ],
)
async def test_a_bare_time_keeps_the_half_of_the_day(
    first: str, said: str, due: str, store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    """Batch 43: after "dinner fri 7pm", "actually make it 8" set 08:00; an hour of 1 to 11
    said alone keeps the afternoon or evening the task was at."""
    session = session_for(store)
    await session.say(first)
    await session.say(said)
    (task,) = store.tasks.values()
    assert task["due_date"] == f"2026-11-27T{due}:00+00:00"


@pytest.mark.parametrize(
    ("message", "repeat"),
    [
        ("the stretching is too much every day, make it mondays only", "every Monday"),
        ("stretching doesn't have to be daily. just tuesdays and thursdays from now on", None),
        ("change the stretching to weekdays only", "every weekday"),
        (
            "stretching every day is a lot lol. only on weekdays. vitamins stay daily",
            "every weekday",
        ),
        ("make the stretching weekly. the vitamins stay daily obviously", "every week"),
    ],
)
async def test_how_often_changes_the_repeat_never_the_title(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, repeat: str | None
) -> None:
    """ "make it mondays only" about a repeating task renamed it 'Monday only' (harmful): how
    often said with "only", "just", "from now on" sets its repeat; "X stays daily" changes X
    in no way."""
    store.create("Stretching", repeat_text="every day")
    store.create("Take vitamins", repeat_text="every day")
    await session_for(store).say(message)
    assert store.titles() == ["Stretching", "Take vitamins"]
    stretching, vitamins = store.tasks.values()
    assert vitamins["repeat_text"] == "every day"
    assert stretching["repeat_text"] != "every day"
    if repeat is not None:
        assert stretching["repeat_text"] == repeat


@pytest.mark.parametrize("said", ["ok so", "hey 🙏", "so far so good"])
async def test_a_marker_alone_or_with_words_of_its_own_keeps_the_add(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    session = session_for(store)
    await session.say("add chase the invoice")
    await session.say(said)
    assert "Chase the invoice" in store.titles()


@pytest.mark.parametrize(
    ("said", "changes"),
    [
        ("delete the boat one, no the shed one", {"Clean the shed": "deleted"}),
        ("delete the boat one, no, the shed one", {"Clean the shed": "deleted"}),
        ("can you bin the boat one, no, my shed one pls", {"Clean the shed": "deleted"}),
        ("mark the boat one done, no the shed one", {"Clean the shed": "done"}),
        ("tick off the shed task, no the milk one", {"Buy milk": "done"}),
    ],
)
async def test_no_then_the_task_meant_changes_only_that_task(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    changes: dict[str, str],
) -> None:
    # "no the shed one" had been one more target: both tasks deleted, or the first one
    await assert_changes(
        store, session_for, "Sell the boat|Clean the shed|Buy milk", [said], changes
    )

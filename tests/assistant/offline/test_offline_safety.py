"""Never harm a list by misreading: negations, retractions and field words change no task.

Each case seeds tasks, says messages in one conversation and checks the tasks after: a
delete, rename or completion the user did not clearly ask for must not happen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

import pytest

from tests.assistant.offline.harness import SPEC_TOOLS, ChatSession, TaskStore, build_tools

SEEDS = ("Pay rent", "Call mom")


async def _play(messages: Sequence[str], seeds: Sequence[str] = SEEDS) -> TaskStore:
    store = TaskStore()
    for title in seeds:
        store.create(title)
    session = ChatSession(store)
    for message in messages:
        await session.say(message)
    return store


def _state(store: TaskStore) -> list[tuple[str, bool]]:
    return sorted((t["title"], bool(t["completed"])) for t in store.tasks.values())


UNCHANGED = [("Call mom", False), ("Pay rent", False)]


@pytest.mark.parametrize(
    "message",
    [
        # negated commands
        "don't delete pay rent",
        "do not mark pay rent as done",
        "please don't remove call mom, I still need it",
        "wait don't delete anything",
        "no need to delete call mom",
        "keep call mom on the list",
        # a request taken back in the same message
        "remove pay rent, actually no keep it",
        "delete call mom? no wait",
        "mark call mom done. jk don't",
        "delete pay rent... on second thought, never mind",
        "tick off call mom - hold on",
        # a contradiction: open, then "tick it"
        "pay rent is not done yet, tick it off",
        "pay rent isn't done, don't tick it",
        # questions
        "should I delete call mom?",
        # a question about a request to change everything ("really", "should we", "do I need to")
        "should we really delete everything?",
        "do i need to clear all of them?",
        "is it ok to delete everything",
        "should we really clear them all",
        "should i mark everything done?",
        "do we have to get rid of all of it?",
        # a field of the task, never the task
        "I don't need a priority on call mom anymore",
    ],
)
async def test_nothing_changes(message: str) -> None:
    assert _state(await _play([message])) == UNCHANGED


@pytest.mark.parametrize(
    "message",
    [
        "I don't need a date on pay rent anymore",
        "no date on pay rent anymore pls",
        "pay rent doesn't need a deadline",
        "remove the due date from pay rent",
        "take the date off pay rent",
    ],
)
async def test_a_date_no_longer_needed_clears_the_date_and_keeps_the_task(message: str) -> None:
    store = TaskStore()
    store.create("Pay rent", due_date="2026-11-30")
    store.create("Call mom")
    session = ChatSession(store)
    await session.say(message)
    assert _state(store) == UNCHANGED
    assert store.tasks[1]["due_date"] is None


async def test_the_rest_of_a_retracted_message_still_happens() -> None:
    store = await _play(["delete the rent one and add buy eggs, no wait don't delete it"])
    assert _state(store) == sorted([*UNCHANGED, ("Buy eggs", False)])


async def test_a_retraction_then_another_request_makes_the_other() -> None:
    store = await _play(["delete pay rent, no wait, delete call mom"])
    assert _state(store) == [("Pay rent", False)]


@pytest.mark.parametrize("answer", ["no wait, keep it", "noo don't delete pay rent!!"])
async def test_keep_it_right_after_a_delete_brings_the_task_back(answer: str) -> None:
    store = await _play(["delete pay rent", answer])
    assert _state(store) == UNCHANGED


async def test_keep_it_after_an_add_keeps_the_new_task() -> None:
    store = await _play(["add buy milk", "keep it"])
    assert _state(store) == sorted([*UNCHANGED, ("Buy milk", False)])


async def test_yes_to_an_unsure_match_acts_on_the_one_task_named() -> None:
    store = TaskStore()
    store.create("Spray the east field")
    session = ChatSession(store)
    asked = await session.say("mark the west field spraying done")
    assert "Is that the one?" in asked.reply and not store.tasks[1]["completed"]
    await session.say("yes")
    assert store.tasks[1]["completed"]


async def test_no_to_an_unsure_match_changes_nothing() -> None:
    store = TaskStore()
    store.create("Spray the east field")
    session = ChatSession(store)
    await session.say("mark the west field spraying done")
    await session.say("no")
    assert not store.tasks[1]["completed"]


@pytest.mark.parametrize(
    "message",
    [
        "Thank you so much for your help today, you are very kind! Have a blessed day po",
        "thanks a million, you're the best, have a great weekend",
        "have a blessed day",
    ],
)
async def test_a_message_of_thanks_adds_nothing(message: str) -> None:
    assert _state(await _play([message])) == UNCHANGED


async def test_a_wish_for_a_task_on_the_list_adds_no_second_one() -> None:
    store = await _play(["I still need to pay rent"])
    assert _state(store) == UNCHANGED


async def test_a_day_for_a_task_on_the_list_moves_it() -> None:
    store = await _play(["call mom sunday instead"])
    assert _state(store) == UNCHANGED
    assert store.tasks[2]["due_date"] == "2026-11-29"


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ("Call the plumber", "paid the plumber"),
        ("Book dinner", "cooked dinner"),
        ("Sell the car", "I washed the car"),
        ("Sell the car", "car washed"),
    ],
)
async def test_a_deed_done_to_a_thing_never_completes_another_deed_on_it(
    seed: str, message: str
) -> None:
    store = await _play([message], seeds=(seed, "Pay rent"))
    assert not any(t["completed"] for t in store.tasks.values())


@pytest.mark.parametrize(
    ("seed", "message", "done"),
    [
        ("Buy fried chicken for the party", "fried chicken friday", False),
        ("Get scrambled eggs mix", "scrambled eggs lol", False),
        ("Visit the used car lot", "used car lot tomorrow?", False),
        ("Buy smoked salmon", "smoked salmon for christmas eve", False),
        ("Buy fried chicken for the party", "bought the fried chicken", True),
        ("Call mom", "called mom", True),
        ("Get the car fixed", "fixed the car", True),
        ("Finish lit review", "finished the lit review", True),
    ],
)
async def test_a_past_form_that_is_the_things_name_is_no_deed(
    seed: str, message: str, done: bool
) -> None:
    """ "fried chicken friday" names the chicken of 'Buy fried chicken', nothing done to it."""
    store = await _play([message], seeds=(seed, "Pay rent"))
    assert store.tasks[1]["completed"] is done
    assert store.tasks[2]["title"] == "Pay rent" and not store.tasks[2]["completed"]


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ("Wash the car", "car insurance sorted"),
        ("Wash the car", "the car insurance is paid"),
        ("Walk the dog", "dog food bought"),
        ("Clean the kitchen", "kitchen tap fixed, delete it"),
        ("Feed the cat", "cat flap sorted"),
    ],
)
async def test_a_thing_named_only_as_a_modifier_changes_no_task(seed: str, message: str) -> None:
    """'Wash the car' shares "car" with "car insurance", but insurance is another thing."""
    store = await _play([message], seeds=(seed, "Pay rent"))
    assert _state(store) == sorted([(seed, False), ("Pay rent", False)])


@pytest.mark.parametrize(
    ("seeds", "message", "done"),
    [
        (("Send Okafor the signed lease", "Pay rent"), "okafor has the signed lease", True),
        (("Return the hired drill", "Pay rent"), "the hired drill is back", True),
        (("Viewing at 9 Elm Rd", "Pay rent"), "9 elm rd viewing done, they loved it", True),
        (("Clean the gutters", "Restock the salt"), "gutters are done and salt's restocked", True),
        (("Fix the car's flat tyre", "Pay rent"), "the car has the same problem", False),
        (("Pick up the kids", "Pay rent"), "bring them back", False),
        (("Call mom", "Pay rent"), "mom is back", False),
    ],
)
async def test_a_deed_said_as_a_statement_completes_the_task_it_names(
    seeds: tuple[str, str], message: str, done: bool
) -> None:
    store = await _play([message], seeds=seeds)
    assert store.tasks[1]["completed"] is done
    assert store.tasks[2]["completed"] is (done and message.endswith("restocked"))


@pytest.mark.parametrize(
    ("seeds", "message", "done"),
    [
        (("Sabzi khareedna", "Gas ka bill bharna"), "sabzi wala kaam ho gaya, done kar do", 1),
        (("Anday khareedna", "Gas ka bill bharna"), "anday le aaya, done kar do", 1),
        (("Anday khareedna", "Gas ka bill bharna"), "gas ka bill bhar diya", 2),
        (("Anday khareedna", "Gas ka bill bharna"), "anday khareedne hain", 0),
        (("Anday khareedna", "Gas ka bill bharna"), "chai wala kaam ho gaya, done kar do", 0),
        (("Anday khareedna", "Gas ka bill bharna"), "anday le aayi hoon, usko complete kar do", 1),
        (("Gym", "Gas ka bill bharna"), "aaj ka gym ho gaya", 1),
        (("Yoga class", "Gas ka bill bharna"), "aaj ki yoga class ho gayi yaar", 1),
        (("Gym", "Gas ka bill bharna"), "aaj ka gym nahi ho paya", 0),
        (("Gym", "Gas ka bill bharna"), "aaj ka gym kab hai?", 0),
        (("Anday khareedna", "Gas ka bill bharna"), "maine gas ka bill bhar diya", 2),
        (("Anday khareedna", "Gas ka bill bharna"), "gas ka bill nahi bhar diya", 0),
        (("Anday khareedna", "Gas ka bill bharna"), "maine gas ka bill nahi bhar diya", 0),
        (("Anday khareedna", "Gas ka bill bharna"), "kya maine gas ka bill bhar diya?", 0),
        (("Anday khareedna", "Gas ka bill bharna"), "chai le aaya hoon, usko complete kar do", 0),
        (("Anday khareedna", "Gas ka bill bharna"), "anday le aaunga, usko complete kar do", 0),
        (("Anday khareedna", "Gas ka bill bharna"), "anday lene hain, usko complete mat karo", 0),
    ],
)
async def test_roman_urdu_deeds_complete_only_the_task_they_name(
    seeds: tuple[str, str], message: str, done: int
) -> None:
    store = await _play([message], seeds=seeds)
    completed = [i for i, t in store.tasks.items() if t["completed"]]
    assert completed == ([done] if done else [])


@pytest.mark.parametrize(
    ("message", "done"),
    [
        ("he comprado el regalo", 2),
        ("ya he llamado a la abuela, márcalo como hecho", 1),
        ("llamar a la abuela, márcala como hecha", 1),
        ("no he llamado a la abuela todavía", 0),
        ("¿ya he comprado el regalo?", 0),
        ("he lavado el coche, márcalo como hecho", 0),
        ("acabo de llamar a la abuela", 1),
        ("el regalo ya está comprado", 2),
        ("el regalo ya lo compré", 2),
        ("listo lo de la abuela", 1),
        ("acabo de ver el regalo", 0),
        ("el regalo está roto", 0),
        ("el regalo no está comprado", 0),
        ("¿el regalo ya está comprado?", 0),
    ],
)
async def test_spanish_deeds_in_the_perfect_complete_only_the_task_they_name(
    message: str, done: int
) -> None:
    """ "he llamado" (I have called) is a deed like "llamé"; a negation, a question, or a deed
    no task names changes nothing."""
    store = await _play([message], seeds=("Llamar a la abuela", "Comprar regalo para Lucía"))
    completed = [i for i, t in store.tasks.items() if t["completed"]]
    assert completed == ([done] if done else [])


@pytest.mark.parametrize(
    ("message", "done", "gone"),
    [
        ("nabili ko na yung bigas", 1, 0),
        ("natawagan ko na si tita", 2, 0),
        ("pakimark as done po yung bigas", 1, 0),
        ("pakitanggal na yung bigas", 0, 1),
        ("hindi ko pa nabili yung bigas", 0, 0),
        ("nakalimutan ko na yung bigas", 0, 0),
        ("naalala ko na yung bigas", 0, 0),
        ("nabili ko na ba yung bigas?", 0, 0),
        ("done na ba yung bigas", 0, 0),
        ("huwag mo munang i-delete yung bigas", 0, 0),
    ],
)
async def test_tagalog_deeds_and_requests_change_only_the_task_they_name(
    message: str, done: int, gone: int
) -> None:
    """ "nabili ko na X" (I have bought X) completes X; forgetting, remembering, "not yet" and
    "don't delete it yet" change nothing."""
    store = await _play([message], seeds=("Bumili ng bigas", "Tawagan si tita"))
    completed = [i for i, t in store.tasks.items() if t["completed"]]
    assert completed == ([done] if done else [])
    assert sorted({1, 2} - set(store.tasks)) == ([gone] if gone else [])


async def test_slang_for_finished_work_deletes_only_the_finished_tasks() -> None:
    store = TaskStore()
    for title in ("REQ-101 reset password", "REQ-102 new laptop", "Renew SSL cert"):
        store.create(title)
    store.tasks[1]["completed"] = True
    session = ChatSession(store)
    await session.say("purge the resolved cases")
    titles = sorted(t["title"] for t in store.tasks.values())
    assert titles == ["REQ-102 new laptop", "Renew SSL cert"]


async def test_an_acronym_names_the_tasks_that_carry_it() -> None:
    store = await _play(["mark all the REQ tickets done"], seeds=("REQ-7 printer", "Pay rent"))
    assert _state(store) == [("Pay rent", False), ("REQ-7 printer", True)]


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ("Wipe the counters", "wipe the counters"),
        ("Clear the gutters", "clear the gutters"),
        ("Cancel the gym membership", "cancel gym membership"),
        ("Drop off the parcel", "drop off the parcel"),
        ("Scrap the old car", "scrap the old car pls"),
    ],
)
async def test_a_delete_verb_that_repeats_a_title_asks_first(seed: str, message: str) -> None:
    """A title that starts with a delete verb, said again, may be the task itself (to add, or
    as done): the model asks before deleting, and "yes" then deletes that one task."""
    store = await _play([message], seeds=(seed, "Pay rent"))
    assert sorted(t["title"] for t in store.tasks.values()) == sorted([seed, "Pay rent"])
    store = await _play([message, "yes"], seeds=(seed, "Pay rent"))
    assert [t["title"] for t in store.tasks.values()] == ["Pay rent"]


@pytest.mark.parametrize(
    "message", ["delete the wipe the counters task", "remove 'Wipe the counters'", "delete task 1"]
)
async def test_a_delete_that_names_the_task_as_a_task_deletes_it(message: str) -> None:
    store = await _play([message], seeds=("Wipe the counters", "Pay rent"))
    assert [t["title"] for t in store.tasks.values()] == ["Pay rent"]


async def test_a_reason_after_an_exception_is_no_second_exception() -> None:
    seeds = ("Return library books", "Stats homework", "Clear canteen dues")
    store = await _play(["mark everything done except the stats hw, term's basically over"], seeds)
    assert _state(store) == [
        ("Clear canteen dues", True),
        ("Return library books", True),
        ("Stats homework", False),
    ]


async def test_a_second_exception_that_names_nothing_still_asks() -> None:
    seeds = ("Return library books", "Stats homework", "Clear canteen dues")
    store = await _play(["mark everything done except the stats hw, the canten dews"], seeds)
    assert not any(done for _, done in _state(store))


@pytest.mark.parametrize(
    ("message", "left"),
    [
        ("we finally paid it, mark everything done", [("Call mom", True), ("Pay rent", True)]),
        ("the move is over so delete everything", []),
        ("mom called back so you can delete it all", []),
    ],
)
async def test_a_run_on_request_after_a_remark_still_acts(
    message: str, left: list[tuple[str, bool]]
) -> None:
    """Near misses of the question family: a remark before the request is no question."""
    assert _state(await _play([message])) == left


@pytest.mark.parametrize(
    ("message", "then"),
    [
        (
            "can we mark pay rent done? not sure it went through",
            [("Call mom", False), ("Pay rent", True)],
        ),
        ("tick off pay rent, idk if the bank sent it", [("Call mom", False), ("Pay rent", True)]),
        ("delete call mom. i'm not sure she still needs it", [("Pay rent", False)]),
        ("remove call mom, maybe not yet", [("Pay rent", False)]),
        ("pay rent done but not sure", [("Call mom", False), ("Pay rent", True)]),
        ("delete the call mom one, dunno if that's right", [("Pay rent", False)]),
    ],
)
async def test_a_doubt_after_a_request_asks_first(
    message: str, then: list[tuple[str, bool]]
) -> None:
    """A doubt said after a request ("not sure", "idk if", "maybe not yet") holds it back until
    a yes; the doubt itself names no task."""
    assert _state(await _play([message])) == UNCHANGED
    assert _state(await _play([message, "yes"])) == then


@pytest.mark.parametrize(
    ("message", "left"),
    [
        ("mark pay rent done, sure it went through", [("Call mom", False), ("Pay rent", True)]),
        ("delete call mom, she's fine now", [("Pay rent", False)]),
        (
            "tick off pay rent, not sure why it was still open",
            [("Call mom", False), ("Pay rent", True)],
        ),
    ],
)
async def test_a_request_without_a_doubt_acts(message: str, left: list[tuple[str, bool]]) -> None:
    assert _state(await _play([message])) == left


@pytest.mark.parametrize(
    ("doubtful", "check"),
    [
        ("rename call mom to call mum, not sure tho", ("title", "Call mum")),
        ("move the dentist to friday? idk", ("due_date", "2026-11-27")),
        ("change pay rent to pay the rent, maybe not", ("title", "Pay the rent")),
        ("push the dentist to tomorrow, idk if thats right", ("due_date", "2026-11-24")),
        ("rename task 2 to dentist checkup? not sure", ("title", "Dentist checkup")),
    ],
)
async def test_a_doubt_after_a_rename_or_date_change_asks_then_a_yes_makes_it(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    doubtful: str,
    check: tuple[str, str],
) -> None:
    for title in ("Call mom", "Dentist appointment", "Pay rent"):
        store.create(title)
    session = session_for(store)
    turn = await session.say(doubtful)
    assert [t["title"] for t in store.tasks.values()] == [
        "Call mom",
        "Dentist appointment",
        "Pay rent",
    ]
    assert not any(t["due_date"] for t in store.tasks.values())
    assert "?" in turn.reply
    await session.say("yes")
    field, value = check
    assert value in [t[field] for t in store.tasks.values()]


@pytest.mark.parametrize(
    "message",
    [
        "rename call mom to call mum, not sure why i wrote mom",
        "move the dentist to friday, no idea why they changed it",
    ],
)
async def test_a_remark_that_only_wonders_after_a_change_still_makes_it(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    for title in ("Call mom", "Dentist appointment"):
        store.create(title)
    await session_for(store).say(message)
    assert [(t["title"], t["due_date"]) for t in store.tasks.values()] != [
        ("Call mom", None),
        ("Dentist appointment", None),
    ]


@pytest.mark.parametrize(
    "message",
    [
        "delete the one about the car wash",
        "car wash is done",
        "scrap the car wash pls",
    ],
)
async def test_words_split_between_two_tasks_change_neither(message: str) -> None:
    """ "car wash": "car" is in one title and "wash" in the other, so it is neither for sure."""
    store = await _play([message], seeds=("Wash the dog", "Renew car registration"))
    assert _state(store) == [("Renew car registration", False), ("Wash the dog", False)]


@pytest.mark.parametrize(
    "message",
    [
        "the maple ave staging got pushed back",
        "the staging was moved back a week",
        "maple ave staging has been bumped back to next month",
        "the staging got put back again ugh",
    ],
)
async def test_a_task_put_off_is_not_done(message: str) -> None:
    """ "pushed back" is later, not returned: the "X back" of "the drill's back" is another."""
    store = await _play([message], seeds=("Stage the Maple Ave house", "Pay rent"))
    assert not any(t["completed"] for t in store.tasks.values())


async def test_a_task_put_off_then_a_new_date_moves_it() -> None:
    store = await _play(
        ["the maple ave staging got pushed back, make it due friday instead"],
        seeds=("Stage the Maple Ave house", "Send offer docs to the Parks"),
    )
    staging = next(t for t in store.tasks.values() if t["title"].startswith("Stage"))
    assert not staging["completed"]
    assert staging["due_date"] is not None
    assert date.fromisoformat(str(staging["due_date"])[:10]).weekday() == 4  # a Friday


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ("Push the code to github", "code pushed"),
        ("Pack up the boxes", "the boxes got packed up"),
        ("Take out the trash", "trash taken out"),
        ("Return the hired drill", "the hired drill is back"),
    ],
)
async def test_a_deed_with_a_particle_that_is_not_a_delay_still_completes(
    seed: str, message: str
) -> None:
    store = await _play([message], seeds=(seed, "Pay rent"))
    assert _state(store) == sorted([(seed, True), ("Pay rent", False)])


TRADES = (
    "Call the plumber",
    "Pay electricity bill",
    "Send invoice to Dave",
    "Pick up kids from school",
    "Renew car insurance",
    "Email the landlord",
    "Give mum a lift",
)


@pytest.mark.parametrize(
    "message",
    [
        # something received is not a task of giving it (found by the lead's risky statements)
        "got a reminder about the car insurance",
        "i got a letter about the electricity bill",
        "just got an email from dave about the invoice",
        "received the renewal for the car insurance",
        "got the invoice from dave",
        # someone contacting the user, or news about a task, is not the task done
        "the landlord emailed back",
        "school rang, kids need picking up early",
        "mum texted about the lift",
        "the school sent a note about picking up the kids",
        # contacting someone about a thing is not sending or paying it
        "texted dave about the invoice",
        "sent dave a text about the invoice",
        "daves invoice bounced back",
    ],
)
async def test_news_received_or_contact_about_a_task_does_not_complete_it(message: str) -> None:
    store = await _play([message], seeds=TRADES)
    assert not any(t["completed"] for t in store.tasks.values())
    assert sorted(t["title"] for t in store.tasks.values()) == sorted(TRADES)


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ("Send invoice to Dave", "sent the invoice to dave"),
        ("Send invoice to Dave", "sent dave the invoice"),
        ("Email Sarah about the report", "sent sarah an email about the report"),
        ("Get the quote from the builder", "got the quote from the builder"),
        ("Buy milk", "got milk"),
        ("Return library books", "library books back finally"),
    ],
)
async def test_the_deed_itself_still_completes_its_task(seed: str, message: str) -> None:
    store = await _play([message], seeds=(seed, "Call mom"))
    assert _state(store) == sorted([(seed, True), ("Call mom", False)])


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        # a thing called off: a task of doing something for it asks first
        ("Book Zugticket to Leipzig", "the train to Leipzig is cancelled because of strike"),
        ("Book flights", "flights got cancelled"),
        ("Plan the party", "the party's off"),
        # cancelled, closed for a time, extended: undone, shut or later, never done
        ("Book dentist", "dentist cancelled"),
        ("Book dentist", "the dentist is closed on mondays"),
        ("Finish history essay", "essay got extended"),
        ("Pay phone bill", "the phone bill email came"),
    ],
)
async def test_news_of_the_thing_neither_deletes_nor_completes_a_deed_for_it(
    seed: str, message: str
) -> None:
    store = await _play([message], seeds=(seed, "Call mom"))
    assert _state(store) == sorted([(seed, False), ("Call mom", False)])


@pytest.mark.parametrize(
    ("seed", "message", "left"),
    [
        ("Dentist appointment", "dentist appointment is cancelled", []),
        ("Jen's party", "the party is off", []),
        ("Go to Leila's party", "leila's party got cancelled", []),
        ("Cancel netflix", "netflix cancelled", [("Cancel netflix", True)]),
        ("Close the ticket", "the ticket is closed", [("Close the ticket", True)]),
    ],
)
async def test_news_of_the_task_itself_still_acts_on_it(
    seed: str, message: str, left: list[tuple[str, bool]]
) -> None:
    store = await _play([message], seeds=(seed, "Call mom"))
    assert _state(store) == sorted([*left, ("Call mom", False)])


@pytest.mark.parametrize(
    "message",
    ["the flights got cancelled, take it off", "flights are cancelled so delete that"],
)
async def test_news_then_a_request_makes_the_request(message: str) -> None:
    store = await _play([message], seeds=("Book flights", "Call mom"))
    assert _state(store) == [("Call mom", False)]


@pytest.mark.parametrize(
    ("message", "done"),
    [
        ("fed the dog not the cat", []),  # the lead's probe: completed 'Feed the cat'
        ("cleaned the car, not my room", []),
        ("fed the cat not the dog", ["Feed the cat"]),
        ("fed the cat, but not the dog", ["Feed the cat"]),
    ],
)
async def test_what_follows_not_names_no_task_done(message: str, done: list[str]) -> None:
    store = await _play([message], seeds=("Feed the cat", "Walk the dog", "Clean my room"))
    assert sorted(t["title"] for t in store.tasks.values() if t["completed"]) == done


async def test_not_inside_a_title_still_names_it() -> None:
    store = await _play(["printed the do not disturb sign"], seeds=("Print do not disturb sign",))
    assert _state(store) == [("Print do not disturb sign", True)]


@pytest.mark.parametrize(
    "message",
    [
        "maybe the plumber can go",  # the lead's probe: deleted 'Call the plumber'
        "i think i paid the electricity",
        "probably delete the plumber one",
        "perhaps move the plumber to friday",
        "i guess the plumber is done",
    ],
)
async def test_a_hedged_change_waits_for_a_yes(message: str) -> None:
    store = TaskStore()
    store.create("Call the plumber")
    store.create("Pay electricity bill")
    session = ChatSession(store)
    turn = await session.say(message)
    assert [(t["title"], t["completed"], t["due_date"]) for t in store.tasks.values()] == [
        ("Call the plumber", False, None),
        ("Pay electricity bill", False, None),
    ]
    assert "?" in turn.reply


async def test_a_hedged_add_is_made() -> None:
    store = await _play(["maybe add buy milk"], seeds=())
    assert _state(store) == [("Buy milk", False)]


# Held-out batches 61 and 62's harmful misses, read after their last scoring (2026-12-02),
# fixed as families in other words.


async def test_a_correction_before_a_pictograph_and_a_remark_retargets_never_renames() -> None:
    store = await _play(
        ["tick off the dentist one. oops i mean the dog one 🙈 dentist is tomorrow lol"],
        seeds=("Book dentist", "Walk the dog"),
    )
    assert _state(store) == [("Book dentist", False), ("Walk the dog", True)]


@pytest.mark.parametrize(
    "message",
    [
        "the call make it 3 15 today theyre running late",
        "bank call, make it 4 30 tomorrow, theyre running late",
        "the call, make it 9 45 am they changed it",
    ],
)
async def test_a_dictated_time_then_a_remark_is_the_time_never_a_title(message: str) -> None:
    store = await _play([message], seeds=("Call with the bank", "Pay rent"))
    titles = sorted(t["title"] for t in store.tasks.values())
    assert titles == ["Call with the bank", "Pay rent"]
    assert store.tasks[1]["due_date"] is not None


@pytest.mark.parametrize(
    ("message", "done"),
    [
        ("dropped them parcels at the post office mark that off", True),
        ("dropped the boxes at the depot", True),
        ("dropped the return to the shop", True),
    ],
)
async def test_a_thing_dropped_somewhere_was_delivered_never_deleted(
    message: str, done: bool
) -> None:
    store = await _play(
        [message],
        seeds=("Drop parcels at post office", "Drop boxes at depot", "Drop the return to shop"),
    )
    assert len(store.tasks) == 3 and any(t["completed"] for t in store.tasks.values()) == done


@pytest.mark.parametrize(
    "message",
    [
        "book flights to denver is high priority?",  # a helper's probe: it set the level
        "the flights one is due friday?",
        "flights are p1?",
    ],
)
async def test_a_change_said_as_a_question_asks_first(message: str) -> None:
    store = TaskStore()
    store.create("Book flights to Denver")
    turn = await ChatSession(store).say(message)
    assert (store.tasks[1]["priority"], store.tasks[1]["due_date"]) == (None, None)
    assert "?" in turn.reply


@pytest.mark.parametrize(
    "message", ["can you move the flights one to friday?", "move the flights one to friday pls?"]
)
async def test_a_request_asked_politely_is_made(message: str) -> None:
    store = await _play([message], seeds=("Book flights to Denver",))
    assert store.tasks[1]["due_date"] == "2026-11-27"


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        # contacted by them, not contacting them
        ("Call the pharmacy about my prescription", "the pharmacy called about my prescription"),
        ("Email prof about extension", "prof replied about the extension"),
        ("Ring the garage", "the garage rang back this morning"),
        ("Text Siobhan about the rota", "siobhan texted about the rota"),
        # given to the user what the task is to give
        ("Send money to Mama", "Mama sent me money"),
        ("Pay Jake back", "jake paid me back"),
        ("Return Tunde's drill", "tunde returned me the drill"),
        # a thing received is not paid or sent
        ("Pay the gas bill", "the gas bill came today"),
        ("Renew the car tax", "car tax reminder arrived"),
        ("Send the signed contract", "the signed contract came back"),
        # run out: to get again
        ("Pay KPLC tokens", "the tokens are finished"),
        ("Buy milk", "milk is finished"),
        ("Order printer ink", "the printer ink is finished again"),
        # a person's life changed
        ("Call Dr Patel", "Dr Patel retired"),
        ("Pay the nanny", "nanny resigned today"),
        ("Email Kofi about the contract", "kofi got fired lol"),
        # a deed denied
        ("Book flights to Manila", "booked nothing yet for manila"),
        ("Call the landlord", "called no one today, too tired"),
    ],
)
async def test_news_that_sounds_like_a_deed_asks_before_ticking_a_task(
    seed: str, message: str
) -> None:
    store = await _play([message], seeds=(seed, "Pay rent"))
    assert _state(store) == sorted([(seed, False), ("Pay rent", False)])


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ("Call the plumber", "called the plumber about the leak"),
        ("Email prof about extension", "emailed prof about the extension"),
        ("Send money to Mama", "sent mama the money"),
        ("Pay the gas bill", "paid the gas bill"),
        ("Order new scrubs", "the new scrubs arrived"),
        ("Finish the essay", "the essay is finished"),
        ("Write report", "report is finished"),
        ("Buy milk", "bought the milk"),
        ("Book flights to Manila", "booked the flights to manila"),
    ],
)
async def test_the_deed_itself_still_ticks_the_task(seed: str, message: str) -> None:
    store = await _play([message], seeds=(seed, "Pay rent"))
    assert _state(store) == sorted([(seed, True), ("Pay rent", False)])


@pytest.mark.parametrize(
    "message",
    [
        "the dentist moved my appointment to friday",
        "sarah changed the meeting to monday",
        "school rescheduled the play to thursday 6pm",
    ],
)
async def test_someones_news_about_a_date_adds_no_task(message: str) -> None:
    store = await _play([message])
    assert _state(store) == UNCHANGED


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("used car viewing saturday 11am", "Used car viewing"),
        ("planned parenthood appt friday", "Planned parenthood appt"),
        ("dentist tmrw 3pm", "Dentist"),
    ],
)
async def test_a_dated_phrase_with_a_past_form_in_its_name_is_still_added(
    message: str, title: str
) -> None:
    store = await _play([message])
    assert (title, False) in _state(store)


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ("Return library books", "I also dropped the library books back on the way home"),
        ("Return library books", "dropped the library books back"),
        ("Visit nan", "dropped in at nan's this morning"),
        ("Return the drill to Tunde", "we dropped tunde's drill back"),
    ],
)
async def test_a_thing_dropped_back_or_in_is_never_called_off(seed: str, message: str) -> None:
    """Held-out 65 (read after its last scoring): "dropped the library books back" deleted
    'Return library books' ("dropped" as in called off)."""
    store = await _play([message], seeds=(seed, "Pay rent"))
    assert seed in store.titles()


@pytest.mark.parametrize("message", ["cancelled the trip to rome", "we dropped the rome trip"])
async def test_a_trip_called_off_is_still_deleted(message: str) -> None:
    store = await _play([message], seeds=("Book the trip to Rome", "Pay rent"))
    assert store.titles() == ["Pay rent"]


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ("Pay the gas bill", "the gas bill was received"),
        ("Pay the gas bill", "mark the gas bill received"),
        ("Pay the gas bill", "mark the gas bill as received"),
        ("Send the parcel to Gran", "the parcel to Gran has been delivered"),
    ],
)
async def test_a_thing_received_never_ticks_off_giving_it(seed: str, message: str) -> None:
    """ "the gas bill was received" ticked off 'Pay the gas bill': a bill received is still to
    pay; whether sending is done when a parcel arrives is the user's to say."""
    store = await _play([message], seeds=(seed, "Pay rent"))
    assert store.titles(done=True) == []


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ("Order new glasses", "the new glasses were delivered"),
        ("Get parcel from post office", "the parcel from the post office was received"),
    ],
)
async def test_a_thing_received_still_ticks_off_getting_it(seed: str, message: str) -> None:
    store = await _play([message], seeds=(seed, "Pay rent"))
    assert store.titles(done=True) == [seed]


@pytest.mark.parametrize(
    ("message", "due"),
    [
        ("Dad's appointment is at 2 not 3", "T14:00"),
        ("Dad's appointment's at 2pm not 3pm", "T14:00"),
        ("the appointment should be at half 2, not 3", "T14:30"),
        ("Dad's appointment is at 10:30 not 11", "T10:30"),
    ],
)
async def test_a_bare_hour_said_as_a_correction_is_a_time_never_a_title(
    message: str, due: str
) -> None:
    """ "Dad's appointment is at 2 not 3" renamed 'Take Dad to his appointment' to 'Take
    Appointment to 2 to his appointment'."""
    store = await _play([message], seeds=("Take Dad to his appointment", "Call Mum"))
    assert store.titles() == ["Take Dad to his appointment", "Call Mum"]
    task = next(t for t in store.tasks.values() if t["title"].startswith("Take Dad"))
    assert due in task["due_date"]


@pytest.mark.parametrize(
    "message",
    [
        "the dentist is at the hospital not the clinic",
        "the dentist appointment is with Dr Patel not Dr Shah",
    ],
)
async def test_a_correction_whose_old_value_is_in_no_title_renames_nothing(message: str) -> None:
    store = await _play([message], seeds=("Dentist appointment", "Call Mum"))
    assert store.titles() == ["Dentist appointment", "Call Mum"]


async def test_a_correction_whose_old_value_is_in_the_title_still_renames() -> None:
    store = await _play(
        ["the football one is for amy not sam"], seeds=("Collect Sam's football kit",)
    )
    assert store.titles() == ["Collect Amy's football kit"]


@pytest.mark.parametrize(
    "message",
    [
        "Grandad's in hospital so the visit is off for now",
        "the Rome trip is off for now",
        "the visit is on hold for now",
        "the Rome trip is off for the moment",
    ],
)
async def test_a_thing_off_for_now_is_never_deleted(message: str) -> None:
    store = await _play([message], seeds=("Visit Grandad", "Book the trip to Rome"))
    assert store.titles() == ["Visit Grandad", "Book the trip to Rome"]


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ("Wash the car", "the car wash was closed"),
        ("Return library books", "the library was shut"),
        ("Take rubbish to the tip", "the tip's closed today"),
        ("Pick up Nan's prescription", "the pharmacy was closed"),
    ],
)
async def test_a_place_found_shut_does_no_task(seed: str, message: str) -> None:
    store = await _play([message], seeds=(seed, "Pay rent"))
    assert store.titles(done=True) == []


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ("Close the bank account", "the bank account is closed"),
        ("Close the ticket with IT", "the ticket with IT is closed"),
    ],
)
async def test_a_thing_closed_that_is_no_place_is_still_done(seed: str, message: str) -> None:
    store = await _play([message], seeds=(seed, "Pay rent"))
    assert store.titles(done=True) == [seed]


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ("Sign permission slip", "they sent the permission slip back unsigned"),
        ("Pay the invoice", "the invoice came back unpaid"),
        ("Post the card", "the card was returned unopened"),
        ("Return the form", "the form is still unsubmitted"),
    ],
)
async def test_a_thing_back_undone_does_not_tick_it_off(seed: str, message: str) -> None:
    store = await _play([message], seeds=(seed, "Pay rent"))
    assert store.titles(done=True) == []


@pytest.mark.parametrize(
    ("seed", "message"),
    [("Unpack the boxes", "unpacked the boxes"), ("Sign permission slip", "signed the slip")],
)
async def test_a_deed_whose_verb_starts_with_un_still_ticks_it_off(seed: str, message: str) -> None:
    store = await _play([message], seeds=(seed, "Pay rent"))
    assert store.titles(done=True) == [seed]


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ("Cancel Netflix", "netflix is cancelled from next month"),
        ("Cancel Netflix", "netflix is cancelled"),
        ("Stop the milk delivery", "the milk delivery is cancelled"),
        ("Cancel the gym membership", "the gym membership's been cancelled"),
    ],
)
async def test_news_that_a_thing_is_off_never_deletes_the_task_of_calling_it_off(
    seed: str, message: str
) -> None:
    """ "netflix is cancelled from next month" deleted 'Cancel Netflix': the news may be the
    task done; it asks."""
    store = await _play([message], seeds=(seed, "Pay rent"))
    assert seed in store.titles()


async def test_a_party_called_off_still_goes() -> None:
    store = await _play(["Leila's party is cancelled"], seeds=("Go to Leila's party", "Pay rent"))
    assert store.titles() == ["Pay rent"]


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ("Bleed the radiators", "I bled one of the radiators"),
        ("Bleed the radiators", "I bled some of the radiators"),
        ("Pay the invoices", "paid one of the invoices"),
        ("Pay dinner money", "I paid the dinner money for last term not this one"),
        ("Pay the parking fine", "the parking fine was appealed"),
        ("Pay the parking fine", "I disputed the parking fine"),
    ],
)
async def test_a_deed_done_in_part_or_for_another_time_or_contested_is_not_done(
    seed: str, message: str
) -> None:
    store = await _play([message], seeds=(seed, "Call mum"))
    assert store.titles(done=True) == []


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ("Bleed the radiators", "bled the radiators"),
        ("Pay the invoices", "paid the invoices"),
        ("Pay the parking fine", "the parking fine was paid"),
        ("Stop the milk delivery", "the milk delivery has been stopped"),
    ],
)
async def test_the_whole_deed_still_ticks_it_off(seed: str, message: str) -> None:
    store = await _play([message], seeds=(seed, "Call mum"))
    assert store.titles(done=True) == [seed]


@pytest.mark.parametrize(
    ("seed", "message", "day"),
    [
        ("Call mum", "call mum sat", date(2026, 11, 28)),
        ("Pick up dry cleaning", "pick up dry cleaning sat", date(2026, 11, 28)),
        ("Take the bins out", "take the bins out sun", date(2026, 11, 29)),
        ("Book the vet", "book the vet wed", date(2026, 11, 25)),
    ],
)
async def test_a_request_with_its_day_said_short_dates_the_task_never_ticks_it(
    seed: str, message: str, day: date
) -> None:
    store = await _play([message], seeds=(seed,))
    (task,) = store.tasks.values()
    assert not task["completed"]
    assert str(task["due_date"]).startswith(day.isoformat())


@pytest.mark.parametrize("message", ["exam sat", "the exam sat"])
async def test_an_exam_sat_is_still_done(message: str) -> None:
    store = await _play([message], seeds=("Sit exam", "Call mom"))
    assert ("Sit exam", True) in _state(store)


async def _play_tagged(message: str) -> TaskStore:
    store = TaskStore()
    store.create("Fix login bug", tags=["sprint12"])
    store.create("Write release notes", tags=["sprint12"])
    store.create("Plan next sprint", tags=["sprint13"])
    store.create("Update OKR doc")
    await ChatSession(store).say(message)
    return store


@pytest.mark.parametrize(
    "message",
    [
        "sprint 12 is finished, close out everything in it",
        "mark all sprint 12 tasks done",
        "close all the sprint-12 stuff",
        "everything tagged sprint12 is done",
        "sprint12 wrapped, mark everything under it complete",
    ],
)
async def test_a_tag_said_with_a_space_or_a_dash_scopes_a_bulk_change_to_it(message: str) -> None:
    store = await _play_tagged(message)
    done = sorted(t["title"] for t in store.tasks.values() if t["completed"])
    assert done == ["Fix login bug", "Write release notes"]


@pytest.mark.parametrize(
    "message", ["wrap up sprint-12 items", "sprint 14 is done", "mark everything in it done"]
)
async def test_a_scope_naming_no_task_ticks_off_nothing(message: str) -> None:
    """A number after a word names which one ('sprint 12' is not 'Plan next sprint'); a
    pronoun topic with nothing named before it is asked about."""
    store = await _play_tagged(message)
    assert not any(t["completed"] for t in store.tasks.values())


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ("Call suppliers", "called 2 suppliers"),
        ("Read chapter 7", "chapter 7 done"),
        ("Clean flat 3", "flat 3 cleaned"),
    ],
)
async def test_a_number_the_title_has_or_a_count_still_names_the_task(
    seed: str, message: str
) -> None:
    store = await _play([message], seeds=(seed, "Pay rent"))
    assert (seed, True) in _state(store)


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ("Book flights", "looked at flights, will book tmrw"),
        ("Book flights", "i'll book the flights tonight"),
        ("Call the bank", "gonna call the bank after lunch"),
        ("Pay the phone bill", "going to pay the phone bill later"),
        ("Renew passport", "looked into renewing my passport"),
        ("Send invoice to Dave", "about to send dave the invoice"),
    ],
)
async def test_a_deed_still_to_come_ticks_nothing(seed: str, message: str) -> None:
    store = await _play([message], seeds=(seed, "Pay rent"))
    assert (seed, False) in _state(store)


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ("Book flights", "booked the flights"),
        ("Call the bank", "called the bank"),
    ],
)
async def test_a_deed_done_still_ticks_the_task(seed: str, message: str) -> None:
    store = await _play([message], seeds=(seed, "Pay rent"))
    assert (seed, True) in _state(store)


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ("Walk the dog", "skip the dog walk today"),
        ("Book flights", "forget the flights for now"),
        ("Go to the gym", "skipping the gym tonight"),
        ("Water the plants", "leave the plants for today"),
    ],
)
async def test_a_task_dropped_for_a_while_is_asked_about_never_deleted(
    seed: str, message: str
) -> None:
    store = await _play([message], seeds=(seed, "Pay rent"))
    assert seed in store.titles()


@pytest.mark.parametrize("message", ["delete the dog walk", "forget the dog walk"])
async def test_a_task_dropped_for_good_is_still_deleted(message: str) -> None:
    store = await _play([message], seeds=("Walk the dog", "Pay rent"))
    assert store.titles() == ["Pay rent"]


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ("Pick up dry cleaning", "the dry cleaning is ready"),
        ("Collect glasses", "my glasses are ready"),
        ("Get prescription from the pharmacy", "prescription's ready at the pharmacy"),
        ("Fetch the car from the garage", "the car is ready at the garage"),
    ],
)
async def test_a_thing_ready_to_collect_is_asked_about_never_ticked(
    seed: str, message: str
) -> None:
    """Found by a helper's probe: "the dry cleaning is ready" ticked off 'Pick up dry
    cleaning' (ready read as done)."""
    store = await _play([message], seeds=(seed, "Pay rent"))
    assert (seed, False) in _state(store)


@pytest.mark.parametrize(
    ("seed", "message"),
    [("Finish the report", "the report is ready"), ("Cook biryani", "biryani is ready already")],
)
async def test_a_thing_made_ready_is_done(seed: str, message: str) -> None:
    store = await _play([message], seeds=(seed, "Pay rent"))
    assert (seed, True) in _state(store)


@pytest.mark.parametrize(
    "message",
    [
        "Everything with tag sprint12 is erledigt, please mark it all as done",
        "the sprint 12 stuff is finished, tick it all off",
        "sprint12 tasks: all done, mark all of it complete",
    ],
)
async def test_it_all_after_naming_a_scope_is_that_scope(message: str) -> None:
    """Held-out 70's harmful miss, read after its last scoring: "mark it all as done" after
    naming the sprint12 tag ticked off every task."""
    store = await _play_tagged(message)
    done = sorted(t["title"] for t in store.tasks.values() if t["completed"])
    assert done == ["Fix login bug", "Write release notes"]


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ("Fix the car", "the car got towed"),
        ("Fix the car", "got the car towed this morning"),
        ("Fix the bike", "the bike got stolen"),
        ("Paint the fence", "the fence got knocked down in the storm"),
        ("Return the jacket", "the jacket got ripped"),
    ],
)
async def test_another_deed_done_to_the_same_thing_ticks_nothing(seed: str, message: str) -> None:
    """Found by the lead: "the car got towed" ticked off 'Fix the car' (a verb outside the
    known deed verbs was no contradiction)."""
    store = await _play([message], seeds=(seed, "Pay rent"))
    assert (seed, False) in _state(store)


@pytest.mark.parametrize(
    ("seed", "message"),
    [
        ("Submit tax return", "Finally got the tax return submitted!! tick it off"),
        ("Renew passport", "got my passport renewed"),
        ("Get the boiler serviced", "had the boiler serviced this morning"),
        ("Pay the gas bill", "the gas bill got handled"),
        ("Fix the car", "got the car fixed at last"),
    ],
)
async def test_a_thing_had_done_is_that_deed_done(seed: str, message: str) -> None:
    store = await _play([message], seeds=(seed, "Pay rent"))
    assert (seed, True) in _state(store)


@pytest.mark.parametrize(
    "message",
    ["the old bike is in the shed, delete it", "the neighbours' cat got out again, tick it off"],
)
async def test_it_after_news_naming_no_task_is_never_the_task_added_before(message: str) -> None:
    """Found by the lead: "the old bike is in the shed, delete it" deleted the task added just
    before (news naming no task, then "it")."""
    store = TaskStore()
    store.create("Pay rent")
    session = ChatSession(store)
    await session.say("add clean the gutters")
    await session.say(message)
    assert _state(store) == [("Clean the gutters", False), ("Pay rent", False)]


@pytest.mark.parametrize(
    "message",
    [
        "my boss gave me more work again today, i dont know how i will finish everything 😩",
        "not sure how ill get it all done",
        "cant get it all done today",
        "no idea how i get it all done this week",
        "how will i finish everything",
        "i will finish everything tomorrow",
    ],
)
async def test_a_doubt_or_a_deed_to_come_about_everything_ticks_nothing(message: str) -> None:
    """Final batch 78's harmful miss, read after its one scoring: "i dont know how i will
    finish everything" ticked off every task."""
    store = await _play([message])
    assert _state(store) == UNCHANGED


async def test_a_bare_undo_beside_the_change_it_names_undoes_nothing_else() -> None:
    """Final batch 78's other harmful miss, read after its one scoring: "the passport photos
    one is not done actually, i clicked it by mistake. can u undo" reopened it and also undid
    the latest change on the list (a task added elsewhere went to the trash)."""
    store = TaskStore()
    store.create("Get passport photos")["completed"] = True
    store.create("Fill visa form")
    store.create("Old flyer")
    store.delete_task({"task_id": 3})  # the latest change, made elsewhere
    tools = build_tools(store, [*SPEC_TOOLS, "undo", "restore_task"])
    await ChatSession(store, tools=tools).say(
        "oops the passport photos one is not done actually, i clicked it by mistake. can u undo"
    )
    assert _state(store) == [("Fill visa form", False), ("Get passport photos", False)]


@pytest.mark.parametrize(
    "message",
    [
        "dealt with the vet thing this morning, biscuit was not impressed",
        "sorted the vet thing, the cat was not amused lol",
    ],
)
async def test_a_remark_that_something_was_not_so_after_a_deed_reopens_nothing(
    message: str,
) -> None:
    """ "..., biscuit was not impressed" had been read as "<the deed> was not done" (a reopen
    across the comma), so the deed completed nothing."""
    store = await _play([message], seeds=("Book vet for Biscuit's jabs", "Pay rent"))
    assert store.tasks[1]["completed"] is True and store.tasks[2]["completed"] is False

"""The plan stage, grids of messages that mention deleting, cancelling, removing, renaming or
changing a task without asking for it, or that take the ask back, crossed with everyday lists
(home, travel, money, health, kids, work, family, transport, pets, garden, study, errands).

Never harm: a question ("should I delete the flight?", "did you remove the vet?"), a hedge
("maybe get rid of the cake? not sure"), a negation ("don't delete the essay", "keep the
lawn"), a condition not yet met ("if they call off the trip, delete the slides"), a plan for
later ("I'll clear the vet out next week"), a request taken back in any punctuation
("delete the milk... no wait", "remove the tap - actually no, keep it") and the words "off",
"drop", "clear" and "cancel" in their other senses ("drop off the kids", "took the day off
work", "cancel" inside the title 'Cancel gym membership' asked about) leave every seeded task
as it was: none deleted, renamed, ticked or re-dated (a new task for an errand told, such as
"drop off the kids", is allowed: it is not a harm to the list).

Someone else's cancel told as news ("they cancelled my flight" beside 'Book flight to
Lisbon') changes nothing either: the task is to book a flight, and an airline cancelling one
more likely means a flight still has to be booked; a report of what others did is not a
request, and a careful assistant asks rather than deletes. (A cancel the person told of their
own doing, "I cancelled the DSTV", still deletes, as test_a_cancel_told_then_ticked.py holds.)

Must still work: real deletes and renames in everyday phone style change exactly the task
named, and a delete corrected to another task ("delete the gym sorry I mean the yoga",
"remove the tap, no wait, the plumber") deletes the second only."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

# Each list: its tasks as (title, what a person calls it), and a new title for the first
# task named ("x"), for the renames. "x" is the task at the list's index mod its length and
# "y" the next, so the grid does not always name the first task.
LISTS: list[tuple[list[tuple[str, str]], str]] = [
    (
        [
            ("Clean the gutters", "gutters"),
            ("Fix the leaking tap", "tap"),
            ("Buy lightbulbs", "lightbulbs"),
            ("Call the plumber", "plumber"),
        ],
        "clean the gutters and drains",
    ),
    (
        [
            ("Book flight to Lisbon", "flight"),
            ("Renew passport", "passport"),
            ("Pack the suitcase", "suitcase"),
            ("Order euros", "euros"),
        ],
        "renew passport and visa",
    ),
    (
        [
            ("Pay electricity bill", "electricity bill"),
            ("Email the accountant", "accountant"),
            ("Call the bank", "bank"),
            ("Cancel gym membership", "gym membership"),
        ],
        "call the bank about the loan",
    ),
    (
        [
            ("Dentist appointment", "dentist"),
            ("Yoga class", "yoga"),
            ("Gym session", "gym"),
            ("Refill prescription", "prescription"),
            ("Book eye test", "eye test"),
        ],
        "refill inhaler prescription",
    ),
    (
        [
            ("Sign permission slip", "permission slip"),
            ("Buy school shoes", "school shoes"),
            ("Book swim lessons", "swim lessons"),
        ],
        "buy school shoes and socks",
    ),
    (
        [
            ("Send the quarterly report", "quarterly report"),
            ("Prepare slides for the review", "slides"),
            ("Reply to Karen", "Karen"),
            ("Update the budget sheet", "budget sheet"),
            ("Book a meeting room", "meeting room"),
        ],
        "send the quarterly report to finance",
    ),
    (
        [
            ("Buy a birthday present for Mum", "present for mum"),
            ("RSVP to the wedding", "wedding"),
            ("Plan the surprise party", "party"),
            ("Order the cake", "cake"),
        ],
        "plan the surprise party for dad",
    ),
    (
        [
            ("MOT for the van", "MOT"),
            ("Renew car insurance", "car insurance"),
            ("Fix the bike tyre", "bike tyre"),
        ],
        "renew car and home insurance",
    ),
    (
        [
            ("Take Rex to the vet", "vet"),
            ("Buy cat food", "cat food"),
            ("Book the dog groomer", "groomer"),
            ("Order flea treatment", "flea treatment"),
        ],
        "take rex to the vet for jabs",
    ),
    (
        [
            ("Mow the lawn", "lawn"),
            ("Paint the fence", "fence"),
            ("Return the drill to Sam", "drill"),
            ("Pick up the parcel", "parcel"),
        ],
        "paint the fence and shed",
    ),
    (
        [
            ("Finish the history essay", "essay"),
            ("Return library books", "library books"),
            ("Revise for the exam", "exam"),
            ("Email my tutor", "tutor"),
        ],
        "revise chapter four for the exam",
    ),
    (
        [
            ("Buy milk", "milk"),
            ("Collect dry cleaning", "dry cleaning"),
            ("Post the letter to Gran", "letter"),
            ("Get a haircut", "haircut"),
        ],
        "get a haircut and beard trim",
    ),
]


def _seeds(index: int) -> tuple[str, str, str, str, str]:
    """List ``index``'s seeds as ``seed`` takes them, the titles and names of its "x" and "y"
    tasks (the task at the index mod the list's length, and the next)."""
    tasks, _ = LISTS[index]
    x = tasks[index % len(tasks)]
    y = tasks[(index + 1) % len(tasks)]
    return "|".join(title for title, _ in tasks), x[0], x[1], y[0], y[1]


def _say(frame: str, x: str, y: str, new: str = "") -> str:
    """The frame with the lists' names put in."""
    return frame.format(x=x, y=y, new=new)


# Messages that mention a delete, cancel, remove, rename or change without asking for it, or
# ask and take it back, or use the words in another sense: no seeded task may change.
NO_CHANGE = [
    # questions
    "should I delete the {x}?",
    "did you remove the {x}?",
    "can I cancel the {x} later?",
    "wait did i delete the {x} already",
    "is the {x} still on my list or did it get removed?",
    "what happens if I delete the {x}?",
    "should i rename the {x} one?",
    # hedges
    "maybe get rid of the {x}? not sure",
    "thinking about deleting the {x}, let me check with my wife first",
    "I might drop the {x}, I'll let you know",
    "not sure whether to cancel the {x} or keep it",
    # negations
    "don't delete the {x}",
    "keep the {x}, I still need it",
    "pls dont remove the {x} one",
    "no need to rename the {x}",
    "leave the {x} as it is",
    # conditions not met yet, and plans for later
    "if they call off the trip, delete the {x}",
    "we'll see on friday, if it's not needed I'll remove the {x}",
    "I'll clear the {x} out next week",
    "im gonna delete the {x} at some point",
    # asks taken back
    "delete the {x}... no wait",
    "remove the {x} - actually no, keep it",
    "delete the {x}. wait no, don't",
    "get rid of the {x}, never mind",
    "rename the {x}. actually leave it",
    "cancel the {x} oh hang on no, leave it",
    # other senses of off, drop, clear, cancel; others' news
    "I have to drop off the kids first, then I'll sort out the {x}",
    "took the day off work, the {x} can wait till I'm back",
    "the {x} is off the table for now but keep it on the list",
    "just cleared my inbox, feeling good about the {x}",
    "my sister cancelled her trip to see us, so sad",
    "removing the {x} would be a mistake",
    # more questions, negations and asks taken back
    "you didn't delete the {x} did you",
    "why did you rename the {x}?",
    "was the {x} deleted?",
    "do I still need the {x} or can I delete it",
    "ok so the {x} - should I keep it or bin it",
    "do you think I should scrap the {x}?",
    "whatever you do, don't delete the {x}",
    "ask me before deleting the {x}",
    "I was going to delete the {x} but I'll keep it",
    "I'd rather not remove the {x}",
    "can I change the {x} later?",
    "no don't remove the {x}!!",
    "the {x} can stay",
    "I'd like to delete the {x} but not yet",
    "could you delete the {x}? actually no, leave it",
    "delete the {x}?? no no keep it",
    "delete the {x}? nah",
    "remove the {x} jk",
    "cancel that, keep the {x}",
    "cancel the {x}. Hmm, no. Leave it.",
    "rename the {x} to {new}... nah leave it",
    "delete the {x} and the {y}. wait, no, keep both",
]

NO_CHANGE_CASES = [
    pytest.param(index, frame, id=f"{index}-{number}")
    for number, frame in enumerate(NO_CHANGE)
    for index in range(len(LISTS))
]


@pytest.mark.parametrize(("index", "frame"), NO_CHANGE_CASES)
async def test_a_mention_that_asks_nothing_changes_no_task(
    store: TaskStore, session_for: Callable[..., ChatSession], index: int, frame: str
) -> None:
    seeds, _, x, _, y = _seeds(index)
    after, _ = await play(store, session_for, seeds, [_say(frame, x, y, LISTS[index][1])])
    assert [said for said in seeds.split("|") if said not in after] == []


@pytest.mark.parametrize(
    ("seeds", "message"),
    [
        ("Book flight to Lisbon|Renew passport|Order euros", "they cancelled my flight"),
        ("Book flight to Lisbon|Renew passport|Order euros", "ugh the airline cancelled my flight"),
        ("Dentist appointment|Yoga class|Buy milk", "the dentist cancelled on me again"),
        ("Plan the surprise party|Order the cake|Buy balloons", "Tom cancelled his party"),
        ("Cancel gym membership|Buy milk|Call the bank", "should I cancel the gym membership?"),
        ("Cancel gym membership|Buy milk|Call the bank", "did I cancel the gym membership?"),
        ("Cancel gym membership|Buy milk|Call the bank", "can I cancel the gym membership online?"),
        ("Pick up the parcel|Buy milk|Mow the lawn", "I need to pick up and drop off the parcel"),
        ("Clean the gutters|Buy milk|Call the plumber", "gonna clear the gutters saturday"),
        ("Mow the lawn|Buy milk|Call mum", "taking off work friday"),
    ],
)  # fmt: skip
async def test_others_news_and_other_senses_change_no_task(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, message: str
) -> None:
    after, _ = await play(store, session_for, seeds, [message])
    assert [said for said in seeds.split("|") if said not in after] == []


# Real deletes of "x", in everyday phone style.
DELETES = [
    "delete the {x}",
    "nuke the {x} one pls",
    "remove {x} from my list thx",
    "{x} can go",
    "the {x} one, delete it",
    "pls remove {x}",
    "get rid of the {x} one",
    "can you delete the {x}?",
    "take {x} off my list",
    "{x} isn't happening anymore, delete it",
    "bin the {x} thing pls",
    "scrap {x}",
    "drop the {x} from the list",
]

# Deletes corrected or redirected to "y": only "y" goes.
DELETES_OF_Y = [
    "delete the {x} sorry I mean the {y}",
    "remove the {x}, no wait, the {y}",
    "delete the {x}... actually no, delete the {y}",
    "delete the {x}. wait no, not the {x}, the {y}",
    "don't delete the {x}, delete the {y}",
    "keep the {x} but get rid of the {y}",
    "delete the {x} oops I meant the {y}",
    "bin the {x}, wait no, the {y} one",
]

RENAMES = [
    "rename {x} to {new}",
    "can you rename the {x} task to {new}",
    "change the {x} one to {new}",
    "{x} should be called {new}",
    "rename the {x} one to {new} pls",
]


@pytest.mark.parametrize(
    ("index", "frame", "gone"),
    [
        pytest.param(index, frame, "x", id=f"{index}-x{number}")
        for number, frame in enumerate(DELETES)
        for index in range(len(LISTS))
    ]
    + [
        pytest.param(index, frame, "y", id=f"{index}-y{number}")
        for number, frame in enumerate(DELETES_OF_Y)
        for index in range(len(LISTS))
    ],
)
async def test_a_delete_asked_deletes_only_the_task_named(
    store: TaskStore, session_for: Callable[..., ChatSession], index: int, frame: str, gone: str
) -> None:
    seeds, x_title, x, y_title, y = _seeds(index)
    after, _ = await play(store, session_for, seeds, [_say(frame, x, y)])
    deleted = x_title if gone == "x" else y_title
    assert after == sorted(said for said in seeds.split("|") if said != deleted)


@pytest.mark.parametrize(
    ("index", "frame"),
    [
        pytest.param(index, frame, id=f"{index}-{number}")
        for number, frame in enumerate(RENAMES)
        for index in range(len(LISTS))
    ],
)
async def test_a_rename_asked_renames_only_the_task_named(
    store: TaskStore, session_for: Callable[..., ChatSession], index: int, frame: str
) -> None:
    seeds, x_title, x, _, y = _seeds(index)
    new = LISTS[index][1]
    after, _ = await play(store, session_for, seeds, [_say(frame, x, y, new)])
    kept = sorted(said for said in seeds.split("|") if said != x_title)
    assert [said for said in after if said.lower() != new] == kept
    assert [said.lower() for said in after if said not in kept] == [new]

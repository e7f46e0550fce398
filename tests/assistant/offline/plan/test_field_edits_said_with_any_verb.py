"""The plan stage, a change to a named task's fields said with any common edit verb: "update the
electrician visit to saturday", "edit my vet appointment for friday", "bump the dentist appointment
one to high priority", "switch vet to high priority", "elif's dentist appointment is tmrw at 10:30,
pls put the date and time on it". The task named is changed, as "move X to saturday" always did;
the verb had been read as the first word of a new task ('Update the electrician visit', due that
day), or the message fell back.

A grid checks the family: 13 verbs x 6 ways of naming the task x 8 fields said (624 cells), over a
seeded list with distractors that share words with the targets ('Dentist bill', 'Pay the
electricity bill'). A cell whose wording makes no sense ("reschedule the vet as urgent") only has
to do no harm: change what it says or nothing, and never add a task.

Never harm: an edit verb that is also a deed ("update", "edit", "fix", "change", "set up", "move
house") said of words that name no task adds a task, as a deed said by a day ("fix the fence for
tomorrow") does when the task it names has another verb ('Paint the fence'); "update my resume",
"update the website by friday", "change the oil on saturday", "fix the fence tomorrow", "set up
the printer", "move house in march". Said with no field of a task on the list ("update the vet")
it adds nothing. A name that fits two tasks asks which.

Not covered: a field named with the task as a possessive ("the vet's date"), the old value said
("from thursday to saturday"), "to" said of a deed ("change the oil to saturday" with no such task
says it found none), and "switch"/"edit" naming a level without "to" or "as"."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore, read_due
from tests.assistant.offline.plan.seeded import assert_changes, played_new
from todochat.assistant.offline import OfflineModel

VERBS = [
    "update",
    "change",
    "set",
    "move",
    "push",
    "make",
    "put",
    "switch",
    "bump",
    "shift",
    "reschedule",
    "edit",
    "fix",
]

# The targets (title, due day seeded) and distractors sharing their words.
SEEDED = (
    ("Electrician visit", "2026-11-25"),
    ("Rex's vet appointment", "2026-11-26"),
    ("Elif's dentist appointment", "2026-11-25"),
    ("Buy milk", None),
    ("Pay the electricity bill", None),
    ("Dentist bill", None),
    ("Call the plumber", None),
)
# Each target as its name is said, in every form: "the X", "X", "my X", "the X task", "the X
# one", "X's".
NAMES = {
    "Electrician visit": {
        "the X": "the electrician visit",
        "X": "electrician visit",
        "my X": "my electrician visit",
        "the X task": "the electrician visit task",
        "the X one": "the electrician one",
        "X's": "the electrician's visit",
    },
    "Rex's vet appointment": {
        "the X": "the vet",
        "X": "vet",
        "my X": "my vet appointment",
        "the X task": "the vet task",
        "the X one": "the vet one",
        "X's": "rex's vet",
    },
    "Elif's dentist appointment": {
        "the X": "the dentist appointment",
        "X": "dentist appointment",
        "my X": "my dentist appointment",
        "the X task": "the dentist appointment task",
        "the X one": "the dentist appointment one",
        "X's": "elif's dentist appointment",
    },
}
TARGETS = tuple(NAMES)
FORMS = tuple(NAMES[TARGETS[0]])

# The fields said: (template, the change, the verbs it is natural with; None: all). {v} the
# verb, {t} the name. A cell of another verb need only do no harm.
_DATES = {"update", "change", "set", "move", "push", "make", "put", "switch", "bump", "shift"}
_DATES |= {"reschedule", "edit", "fix"}
_LEVELS = {"update", "change", "set", "make", "put", "switch", "bump", "move", "edit"}
FIELDS = (
    ("{v} {t} to saturday", {"due": "saturday"}, _DATES),
    ("{v} {t} to tomorrow at 10:30", {"due": "tomorrow at 10:30"}, _DATES),
    ("{v} {t} for friday", {"due": "friday"}, _DATES),
    ("{v} {t} to next week", {"due": "next week"}, _DATES),
    ("{v} {t} to 5pm", {"due": "5pm"}, _DATES),
    ("{v} {t} to high priority", {"priority": "high"}, _LEVELS),
    ("{v} {t} as urgent", {"priority": "high"}, {"update", "change", "set", "make", "put"}),
    (
        "{T} is tmrw at 10:30, pls {v} the date and time on it",
        {"due": "tomorrow at 10:30"},
        {"update", "change", "set", "put", "fix", "edit"},
    ),
)


@dataclass(frozen=True)
class Cell:
    verb: str
    form: str
    field: int
    target: str
    message: str
    strict: bool

    def __str__(self) -> str:
        return f"{self.verb}/{self.form}/{self.field}: {self.message!r}"


def grid() -> Iterator[Cell]:
    """Every verb x name form x field, each with a target in turn (the seeded order)."""
    n = 0
    for verb in VERBS:
        for form in FORMS:
            for i, (template, _, natural) in enumerate(FIELDS):
                target = TARGETS[n % len(TARGETS)]
                n += 1
                name = NAMES[target][form]
                message = template.format(v=verb, t=name, T=name[:1].upper() + name[1:])
                yield Cell(verb, form, i, target, message, verb in natural)


Row = tuple[str, bool, str | None, str | None]


def seed(store: TaskStore) -> None:
    for title, due in SEEDED:
        store.create(title, due_date=due)


def rows(store: TaskStore) -> list[Row]:
    return sorted(
        (t["title"], t["completed"], t["due_date"], t["priority"]) for t in store.tasks.values()
    )


def expected(cell: Cell) -> list[Row]:
    change = FIELDS[cell.field][1]
    out: list[Row] = []
    for title, due in SEEDED:
        level = None
        if title == cell.target:
            level = change.get("priority")
            said = change.get("due")
            if said == "5pm":
                due = f"{due}T17:00:00+00:00"
            elif said:
                due = read_due(said)
        out.append((title, False, due, level))
    return sorted(out)


async def verdict(cell: Cell, model: OfflineModel) -> bool:
    """Whether the cell passes: the change made; or, when not natural, nothing changed."""
    store = TaskStore()
    seed(store)
    before = rows(store)
    await ChatSession(store, model=model).say(cell.message)
    after = rows(store)
    return after == expected(cell) or (not cell.strict and after == before)


async def test_the_grid(model: OfflineModel) -> None:
    cells = list(grid())
    failed = [str(cell) for cell in cells if not await verdict(cell, model)]
    assert not failed, f"{len(cells) - len(failed)}/{len(cells)} pass; failing:\n" + "\n".join(
        failed
    )


OWN = (
    "Boiler service@2026-11-25|Haircut|Passport renewal|Team lunch|Parents evening|"
    "Physio@2026-11-26|Car insurance|Book club|Mum's birthday dinner|Buy milk"
)


@pytest.mark.parametrize(
    ("message", "changes"),
    [
        ("update the boiler service to next friday", {"Boiler service": "@2026-12-04"}),
        ("change my haircut to thursday at 4pm", {"Haircut": "@2026-11-26T16:00:00+00:00"}),
        ("switch the team lunch to monday pls", {"Team lunch": "@2026-11-30"}),
        ("edit the parents evening task for wednesday", {"Parents evening": "@2026-11-25"}),
        ("reschedule my physio to 9:15", {"Physio": "@2026-11-26T09:15:00+00:00"}),
        ("fix the car insurance one for the 30th", {"Car insurance": "@2026-11-30"}),
        ("push the book club to next week", {"Book club": "@2026-11-30"}),
        ("update mum's birthday dinner to saturday", {"Mum's birthday dinner": "@2026-11-28"}),
        (
            "the physio is on thursday at 2pm, can you update the date and time on it",
            {"Physio": "@2026-11-26T14:00:00+00:00"},
        ),
        (
            "elif's dentist appointment is tmrw at 10:30, pls put the date and time on it",
            {"Elif's dentist appointment": "@2026-11-24T10:30:00+00:00"},
        ),
        ("haircut is friday, pls edit the date on it", {"Haircut": "@2026-11-27"}),
    ],
)
async def test_an_edit_said_with_any_verb_changes_the_task(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    changes: dict[str, str],
) -> None:
    seeds = OWN + "|Elif's dentist appointment"
    await assert_changes(store, session_for, seeds, [message], changes)


@pytest.mark.parametrize(
    ("message", "title", "level"),
    [
        ("bump the passport renewal one to high priority", "Passport renewal", "high"),
        ("switch the team lunch to low priority", "Team lunch", "low"),
        ("edit my haircut as urgent", "Haircut", "high"),
        ("update the book club task to high priority", "Book club", "high"),
    ],
)
async def test_a_level_said_with_any_verb_sets_it(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    title: str,
    level: str,
) -> None:
    await assert_changes(store, session_for, OWN, [message])
    levels = {t["title"]: t["priority"] for t in store.tasks.values() if t["priority"]}
    assert levels == {title: level}


NEAR = "Electrician visit|Rex's vet appointment|Paint the fence|Buy milk"


@pytest.mark.parametrize(
    ("message", "added"),
    [
        ("update my resume", "Update my resume"),
        ("update the website by friday", "Update the website@2026-11-27"),
        ("change the oil on saturday", "Change the oil@2026-11-28"),
        ("fix the fence tomorrow", "Fix the fence@2026-11-24"),
        ("set up the printer", "Set up the printer"),
        ("move house in march", "Move house in march"),
        # own: a deed on a listed thing, said by a day, is another task ('Paint the fence')
        ("fix the fence for tomorrow", "Fix the fence@2026-11-24"),
        ("edit the wedding video by sunday", "Edit the wedding video@2026-11-29"),
        ("set up the vet portal for friday", "Set up the vet portal@2026-11-27"),
        ("update the budget spreadsheet on monday", "Update the budget spreadsheet@2026-11-30"),
    ],
)
async def test_an_edit_verb_naming_no_task_adds_one(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: str
) -> None:
    assert await played_new(store, session_for, NEAR, [message]) == [added]


@pytest.mark.parametrize(
    "message",
    [
        "update the vet to saturday",
        "change the vet for friday",
        "bump the vet to high priority",
        "the vet is tmrw at 10:30, pls put the date and time on it",
    ],
)
async def test_a_name_that_fits_two_tasks_asks(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str
) -> None:
    seeds = NEAR + "|Pay the vet bill"
    reply = await assert_changes(store, session_for, seeds, [message])
    assert "which" in reply.lower() or "is that the one" in reply.lower()
    assert all(t["priority"] is None for t in store.tasks.values())

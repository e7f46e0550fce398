"""What a message means: the data the understand stage hands to the planner.

An ``Intent`` is one thing the user asked for (add, complete, delete, ...); its ``Target``
is the phrase naming the task(s) it acts on, read but not yet resolved to ids (the planner
resolves it against the task list). Every stage after "understand" only sees these.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal, Protocol

Status = Literal["all", "pending", "completed"]
TargetKind = Literal["ids", "words", "it", "them", "ordinal", "all"]
IntentKind = Literal[
    "add",
    "list",
    "count",
    "status",
    "complete",
    "delete",
    "reopen",
    "rename",
    "describe",
    "priority",
    "due",
    "tag",
    "restore",
    "undo",
    "greet",
    "thanks",
    "help",
    "bye",
    "keep",
    "unknown",
]
Priority = Literal["low", "medium", "high"]
DueFilter = Literal["today", "tomorrow", "week", "overdue", "none"]

TARGETED_KINDS = frozenset(
    {
        "complete",
        "delete",
        "reopen",
        "rename",
        "describe",
        "status",
        "priority",
        "due",
        "tag",
        "restore",
    }
)
# "keep" is a request to change nothing ("don't delete X", "no wait", "keep it").
SOCIAL_KINDS = frozenset({"greet", "thanks", "help", "bye", "keep", "unknown"})


@dataclass(frozen=True)
class Target:
    """What a command points at: ids, title words, a pronoun, an ordinal or a scope."""

    kind: TargetKind
    ids: tuple[int, ...] = ()
    text: str = ""
    exact: bool = False
    ordinal: int = 0
    status: Status = "all"
    hint: str = ""
    within: tuple[int, ...] = ()
    span: int = 1
    ordinals: tuple[int, ...] = ()
    exclude: tuple[str, ...] = ()
    relative: bool = False
    # "4412 resolved": a bare number of three digits or more may be a number in a title
    bare: bool = False
    # "I ran all my garden club errands": the words of the scope a deed was said of, which
    # a "them" after it names ("..., so mark every one of them done")
    scope: str = ""
    # "delete one of them" after "I added X twice", "remove the duplicate": one copy of a
    # title listed more than once (the newest), never a task listed once
    copy: bool = False
    # "the other one": of the candidates (``within``, else the tasks ``text`` loosely names),
    # the ones not in ``ids`` (the task in focus: acted on, or asked about, just before)
    other: bool = False
    # "mark them all done except the car one, still haven't got round to the NCT": why the last
    # exception is left, said after it, whose words may name it better than the exception does
    why: str = ""
    # "all of them", "them all", "all three", "both": each of the tasks meant, said as such
    # (with nothing talked about, a completion of them is of every open task, when as many as
    # said); a bare "them" or "those" never is
    every: bool = False


@dataclass(frozen=True, slots=True)
class ListFilter:
    """What a listing asks for by due date, priority or tag, as `list_tasks` arguments."""

    due: DueFilter | None = None
    priority: Priority | None = None
    tag: str | None = None
    # "what's due friday", "what do i have for next monday": one day, as its words ("next
    # monday"), which `list_tasks` reads as its `due_on` (in the user's time zone)
    day: str | None = None

    def __bool__(self) -> bool:
        return bool(self.due or self.priority or self.tag or self.day)

    def args(self) -> dict[str, str]:
        """The filters `list_tasks` takes by name (``day`` goes as `due_on` when the date
        parser reads a day in its words: the planner checks that against today)."""
        given = {"due": self.due, "priority": self.priority, "tag": self.tag}
        return {key: value for key, value in given.items() if value}


@dataclass(frozen=True)
class Intent:
    """One thing the user asked for, with the details a tool call needs."""

    kind: IntentKind
    target: Target | None = None
    title: str = ""
    description: str | None = None
    priority: Priority | None = None
    due: str | None = None  # the date words as typed ("tomorrow 5pm"): the tools read them
    status: Status = "all"
    query: str = ""
    text: str = ""
    verb: str = ""  # a delete's own verb as said ("wipe", "clear"); "" when none was said
    repeat: str | None = None  # "every month on the 1st"; "" ends a repeat
    tags: tuple[str, ...] = ()
    filter: ListFilter = field(default_factory=ListFilter)  # a listing's due, priority, tag
    # "rename X to Y, not sure tho", "move X to friday? idk": a doubt said with a change; the
    # planner asks before making it, and a yes makes it
    doubt: bool = False
    # a correction's first capital as typed ("make it Porto", a name; "make it porridge", not)
    capital: bool = False
    # the value a change says to replace ("every fortnight not every week": "every week"); of
    # the tasks the words name, the one carrying it is meant
    replaced: str = ""


class Slots(Protocol):
    """What can give a task its fields: an ``Intent``, or the slots taken from some words."""

    @property
    def priority(self) -> Priority | None: ...
    @property
    def due(self) -> str | None: ...
    @property
    def repeat(self) -> str | None: ...
    @property
    def tags(self) -> tuple[str, ...]: ...


def with_slots_of(intent: Intent, said: Slots) -> Intent:
    """``intent`` with the level, date, repeat and tags ``said`` gives it, where it has none of
    its own (its own tags first): "add X, high priority pls, and Y", "add X. This I do every
    Saturday."."""
    return replace(
        intent,
        priority=intent.priority or said.priority,
        due=intent.due or said.due,
        repeat=intent.repeat or said.repeat,
        tags=tuple(dict.fromkeys([*intent.tags, *said.tags])),
    )

"""The tools' argument types and result models: the MCP face of the task schemas.

Arguments are declared with plain JSON types (plus the limits as schema hints) so a model
sees simple schemas with no `$ref`; the rules themselves (trimming, lengths, priorities,
dates) are checked once, by `TaskCreate`/`TaskUpdate` in `todochat.tasks.models`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, ValidationError

from todochat.core.inputs import ROW_ID_MAX
from todochat.tasks.dates import REPEAT_MAX
from todochat.tasks.models import (
    DESCRIPTION_MAX,
    DUE_WORDS_MAX,
    LIST_LIMIT_MAX,
    TAG_MAX,
    TAGS_PER_TASK_MAX,
    TITLE_MAX,
    TaskRead,
)

TaskIdArg = Annotated[
    int,
    Field(
        ge=1,
        le=ROW_ID_MAX,
        description="The task's id, as list_tasks shows it. Never guess an id.",
    ),
]
TitleArg = Annotated[
    str,
    Field(
        description=f"What to do, in a few words (1 to {TITLE_MAX} characters).",
        json_schema_extra={"minLength": 1, "maxLength": TITLE_MAX},
    ),
]
NewTitleArg = Annotated[
    str | None,
    Field(
        description=f"A new title (1 to {TITLE_MAX} characters); leave out to keep the title.",
        json_schema_extra={"maxLength": TITLE_MAX},
    ),
]
DescriptionArg = Annotated[
    str | None,
    Field(
        description=f"Optional details (up to {DESCRIPTION_MAX} characters).",
        json_schema_extra={"maxLength": DESCRIPTION_MAX},
    ),
]
NewDescriptionArg = Annotated[
    str | None,
    Field(
        description=(
            f"A new description (up to {DESCRIPTION_MAX} characters); an empty string clears "
            "it; leave out to keep it."
        ),
        json_schema_extra={"maxLength": DESCRIPTION_MAX},
    ),
]
PriorityArg = Annotated[
    Literal["none", "low", "medium", "high"] | None,
    Field(description="Optional priority: none, low, medium or high."),
]
NewPriorityArg = Annotated[
    Literal["none", "low", "medium", "high"] | None,
    Field(description="A new priority: none, low, medium or high; leave out to keep it."),
]
_DUE_FORMS = (
    "in the user's words or ISO 8601, read in the user's time zone: 'today', 'tomorrow 5pm', "
    "'next friday', 'in 2 weeks', 'on the 3rd', 'end of month', 'sept 14 at 9:30', "
    "'2026-05-01'"
)
DueArg = Annotated[
    str | None,
    Field(
        description=f"Optional due date, {_DUE_FORMS}. Pass the user's own date words; "
        "never compute a date yourself.",
        json_schema_extra={"maxLength": DUE_WORDS_MAX},
    ),
]
NewDueArg = Annotated[
    str | None,
    Field(
        description=f"A new due date, {_DUE_FORMS}; or a shift of the task's own due date: "
        "'back 2 days', 'earlier by a week'; an empty string clears it (and ends a repeat); "
        "leave out to keep it.",
        json_schema_extra={"maxLength": DUE_WORDS_MAX},
    ),
]
_REPEAT_FORMS = (
    "'every day', 'every weekday', 'every monday', 'every 2 weeks', 'every month on the 1st', "
    "'every year on may 5', 'every morning' (09:00), or an RFC 5545 RRULE. Completing a "
    "repeating task moves it to its next date"
)
RepeatArg = Annotated[
    str | None,
    Field(
        description=f"Optional repeat: {_REPEAT_FORMS}; without a due date it starts at the "
        "next occurrence.",
        json_schema_extra={"maxLength": REPEAT_MAX},
    ),
]
NewRepeatArg = Annotated[
    str | None,
    Field(
        description=f"A new repeat: {_REPEAT_FORMS}; an empty string stops it repeating; "
        "leave out to keep it.",
        json_schema_extra={"maxLength": REPEAT_MAX},
    ),
]
TagsArg = Annotated[
    list[str] | None,
    Field(
        description=f"Optional tags: the user's own labels, e.g. ['work'] (at most "
        f"{TAGS_PER_TASK_MAX}, each up to {TAG_MAX} characters, kept lower case).",
    ),
]
NewTagsArg = Annotated[
    list[str] | None,
    Field(
        description="The task's new tags, replacing its old ones ([] removes them all); to "
        "add a tag, pass the tags list_tasks shows plus the new one; leave out to keep them.",
    ),
]
StatusArg = Annotated[
    Literal["all", "pending", "completed", "deleted"],
    Field(
        description="Which tasks: pending (still to do), completed (done), all (the default), "
        "or deleted (the trash: tasks restore_task can bring back).",
    ),
]
DueFilterArg = Annotated[
    Literal["today", "tomorrow", "week", "overdue", "none"] | None,
    Field(
        description="Optional: only tasks due today, tomorrow, this week (today and the next "
        "6 days), overdue (pending and past due), or with no due date, in the user's time zone.",
    ),
]
DueOnArg = Annotated[
    str | None,
    Field(
        description="Optional: only tasks due on this one day (at any time of it), in the "
        "user's words or ISO 8601, read in the user's time zone: 'friday', 'next monday', "
        "'the 27th', 'dec 7', '2026-12-07'. Pass the user's own day words (\"what's due "
        "friday?\": 'friday'); never compute a date yourself. For today, tomorrow or the "
        "week ahead use due instead.",
        json_schema_extra={"maxLength": DUE_WORDS_MAX},
    ),
]
PriorityFilterArg = Annotated[
    Literal["none", "low", "medium", "high"] | None,
    Field(description="Optional: only tasks of this priority."),
]
TagFilterArg = Annotated[
    str | None,
    Field(description="Optional: only tasks with this tag ('work' for \"my work tasks\")."),
]
SortArg = Annotated[
    Literal["created", "due", "priority"],
    Field(
        description="Order: created (oldest first, the default), due (soonest first, no due "
        "date last) or priority (high first)."
    ),
]
LimitArg = Annotated[
    int,
    Field(ge=1, le=LIST_LIMIT_MAX, description=f"At most this many tasks (1 to {LIST_LIMIT_MAX})."),
]
CursorArg = Annotated[
    str | None,
    Field(description="To get the next page: the next_cursor of the previous list_tasks."),
]
ForGoodArg = Annotated[
    bool | None,
    Field(
        description="For a repeating task: true completes it for good and ends the repeat "
        "(otherwise it moves to its next date)."
    ),
]
CompletedArg = Annotated[
    bool | None,
    Field(description="Set false to reopen a completed task (true marks it done)."),
]
UserIdArg = Annotated[
    str | None,
    Field(
        description=(
            "Optional, for compatibility only: the server already knows who is calling. "
            "If given it must be the caller's own id; any other value is refused."
        ),
    ),
]


class TaskCreated(BaseModel):
    """add_task's result (`due` and `repeat` in words when set)."""

    task_id: int
    status: Literal["created"]
    title: str
    due: str | None = Field(default=None, description="'Fri 5 Dec, 17:00'")
    repeat: str | None = Field(default=None, description="'every month on the 1st'")


class TaskCompleted(BaseModel):
    """complete_task's result; a repeating task stays pending and names its next date."""

    task_id: int
    status: Literal["completed"]
    title: str
    next_due: str | None = Field(
        default=None, description="For a repeating task: when it is due next ('Fri 5 Dec')"
    )


class TaskDeleted(BaseModel):
    """delete_task's result."""

    task_id: int
    status: Literal["deleted"]
    title: str


class TaskUpdated(BaseModel):
    """update_task's result (`due` and `repeat` in words when set)."""

    task_id: int
    status: Literal["updated"]
    title: str
    due: str | None = Field(default=None, description="'Fri 5 Dec, 17:00'")
    repeat: str | None = Field(default=None, description="'every month on the 1st'")


class TaskRestored(BaseModel):
    """restore_task's result."""

    task_id: int
    status: Literal["restored"]
    title: str


class UndoneChange(BaseModel):
    """One task undo changed, and what it did to it."""

    task_id: int
    title: str
    action: Literal["created", "updated", "completed", "reopened", "deleted", "restored"] = Field(
        description="What undo did: restored (a deleted task is back), deleted (an added task "
        "went to the trash), reopened, updated (earlier fields back)"
    )


class Undone(BaseModel):
    """undo's result: what the latest change group was and how it was reverted."""

    status: Literal["undone"]
    summary: str = Field(description="One sentence to tell the user")
    changes: list[UndoneChange]


class TaskListing(BaseModel):
    """list_tasks' structured result; its text content is the bare JSON array."""

    result: list[TaskRead]
    next_cursor: str | None = Field(
        default=None, description="More tasks match: pass this as cursor to list_tasks"
    )


def explain(error: ValidationError, *, tool: str | None = None) -> str:
    """One line a model can act on, from a validation error (field: problem; ...)."""
    problems = []
    for item in error.errors():
        location = ".".join(str(part) for part in item["loc"])
        message = _plain_message(item["type"], str(item["msg"]), item.get("ctx") or {})
        problems.append(f"{location}: {message}" if location else message)
    target = f" for {tool}" if tool else ""
    return f"Invalid arguments{target}: {'; '.join(problems)}. Fix them and call again."


def _plain_message(kind: str, message: str, context: dict[str, Any]) -> str:
    """Length errors in words a model reads right (pydantic speaks of "items" here)."""
    if kind in {"too_short", "string_too_short"}:
        minimum = context.get("min_length", 1)
        return "must not be empty" if minimum == 1 else f"must have at least {minimum} characters"
    if kind in {"too_long", "string_too_long"}:
        actual = context.get("actual_length")
        return f"must be at most {context.get('max_length')} characters" + (
            f" (got {actual})" if actual is not None else ""
        )
    return message.removeprefix("Value error, ")

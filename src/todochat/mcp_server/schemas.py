"""The tools' argument types and result models: the MCP face of the task schemas.

Arguments are declared with plain JSON types (plus the limits as schema hints) so a model
sees simple schemas with no `$ref`; the rules themselves (trimming, lengths, priorities,
dates) are checked once, by `TaskCreate`/`TaskUpdate` in `todochat.tasks.models`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, ValidationError

from todochat.tasks.models import DESCRIPTION_MAX, TITLE_MAX, TaskRead

TaskIdArg = Annotated[
    int,
    Field(description="The task's id, as list_tasks shows it. Never guess an id."),
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
    Literal["low", "medium", "high"] | None,
    Field(description="Optional priority: low, medium or high."),
]
NewPriorityArg = Annotated[
    Literal["low", "medium", "high"] | None,
    Field(description="A new priority: low, medium or high; leave out to keep it."),
]
DueDateArg = Annotated[
    str | None,
    Field(
        description=(
            "Optional due date, ISO 8601: a date (2026-05-01) or a date-time "
            "(2026-05-01T09:00:00Z)."
        ),
    ),
]
NewDueDateArg = Annotated[
    str | None,
    Field(
        description=(
            "A new due date, ISO 8601: a date (2026-05-01) or a date-time "
            "(2026-05-01T09:00:00Z); an empty string clears it; leave out to keep it."
        ),
    ),
]
StatusArg = Annotated[
    Literal["all", "pending", "completed"],
    Field(
        description="Which tasks: pending (still to do), completed (done), or all (the default).",
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
    """add_task's result."""

    task_id: int
    status: Literal["created"]
    title: str


class TaskCompleted(BaseModel):
    """complete_task's result."""

    task_id: int
    status: Literal["completed"]
    title: str


class TaskDeleted(BaseModel):
    """delete_task's result."""

    task_id: int
    status: Literal["deleted"]
    title: str


class TaskUpdated(BaseModel):
    """update_task's result."""

    task_id: int
    status: Literal["updated"]
    title: str


class TaskListing(BaseModel):
    """list_tasks' structured result; its text content is the bare JSON array."""

    result: list[TaskRead]


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

"""The tasks table and the task schemas shared by REST, MCP tools and the assistant."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any
from uuid import uuid4

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, model_validator
from pydantic import Field as PydanticField
from sqlalchemy import JSON, Boolean, Column, Date, ForeignKey, Index, Integer, String, false
from sqlalchemy import Enum as SQLEnum
from sqlmodel import Field, SQLModel

from todochat.core.db import UTCDateTime, utcnow
from todochat.core.inputs import CleanText
from todochat.core.pagination import Page
from todochat.tasks.dates import REPEAT_MAX

TITLE_MAX = 200
DESCRIPTION_MAX = 1000
LIST_LIMIT_MAX = 100
DUE_WORDS_MAX = 100
TAG_MAX = 40
TAGS_PER_TASK_MAX = 20


class Priority(StrEnum):
    """How much a task matters; `none` when unset (lists sort high, medium, low, none)."""

    none = "none"
    low = "low"
    medium = "medium"
    high = "high"


class DueFilter(StrEnum):
    """Tasks by due date, in the user's time zone: due today, tomorrow, within the next 7
    days (today included), already past their date or time, or with no due date."""

    today = "today"
    tomorrow = "tomorrow"
    week = "week"
    overdue = "overdue"
    none = "none"


class SortOrder(StrEnum):
    """created: oldest first; due: soonest first (no due date last); priority: high first."""

    created = "created"
    due = "due"
    priority = "priority"


class StatusFilter(StrEnum):
    """Which tasks a list shows: all, pending (not completed) or completed, or the trash
    (deleted, most recently deleted first)."""

    all = "all"
    pending = "pending"
    completed = "completed"
    deleted = "deleted"


class Task(SQLModel, table=True):
    """One task of one user. Only `todochat.tasks.service` writes these rows."""

    __tablename__ = "tasks"
    __table_args__ = (
        Index("ix_tasks_user_id_completed", "user_id", "completed"),
        Index("ix_tasks_user_id_due_date", "user_id", "due_date"),
        Index("ix_tasks_deleted_at", "deleted_at"),
    )

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True))
    user_id: str = Field(
        sa_column=Column(String(255), ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    )
    title: str = Field(sa_column=Column(String(TITLE_MAX), nullable=False))
    description: str | None = Field(default=None, sa_column=Column(String(DESCRIPTION_MAX)))
    completed: bool = Field(
        default=False, sa_column=Column(Boolean, nullable=False, server_default=false())
    )
    priority: Priority = Field(
        default=Priority.none,
        sa_column=Column(
            SQLEnum(
                Priority,
                name="task_priority",
                native_enum=False,
                create_constraint=True,
                length=6,
                values_callable=lambda kinds: [kind.value for kind in kinds],
            ),
            nullable=False,
            server_default=Priority.none.value,
        ),
    )
    # The day it is due in the user's time zone, and for a task due at a time that instant
    # (UTC) too; the day is kept for every due task, so filters and sorting use one column.
    due_date: date | None = Field(default=None, sa_column=Column(Date))
    due_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    repeat: str | None = Field(
        default=None, sa_column=Column(String(REPEAT_MAX)), description="An RFC 5545 RRULE"
    )
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )
    updated_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )
    # Set while the task is in the trash: hidden from every list, count and tool until it
    # is restored or purged (TRASH_RETENTION_DAYS after this instant).
    deleted_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))


class TaskTag(SQLModel, table=True):
    """One of a task's tags: the user's own labels, lower case, many per task."""

    __tablename__ = "task_tags"

    task_id: int = Field(
        sa_column=Column(Integer, ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True)
    )
    name: str = Field(sa_column=Column(String(TAG_MAX), primary_key=True))


def _strip(value: object) -> object:
    """Titles and descriptions are trimmed before their length is checked."""
    return value.strip() if isinstance(value, str) else value


def _empty_to_none(value: object) -> object:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


Title = Annotated[
    CleanText,
    BeforeValidator(_strip),
    PydanticField(min_length=1, max_length=TITLE_MAX, description="1 to 200 characters, trimmed."),
]
# The length limit sits on the text alone: on the union it would be applied to `null` too
# (a TypeError, so a 500, for `"description": null` or `""`).
Description = Annotated[
    Annotated[CleanText, PydanticField(max_length=DESCRIPTION_MAX)] | None,
    BeforeValidator(_empty_to_none),
    PydanticField(description="Up to 1000 characters; empty or `null` for none."),
]


def _tag(value: object) -> object:
    """`#Work`, ` work ` and `WORK` are one tag, `work`; inner spaces become dashes."""
    if isinstance(value, str):
        return re.sub(r"\s+", "-", value.strip().lstrip("#").strip().lower())
    return value


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


Tag = Annotated[
    CleanText,
    BeforeValidator(_tag),
    PydanticField(
        min_length=1,
        max_length=TAG_MAX,
        pattern=r"^[^\W_][\w./-]*$",
        description="A label: letters, digits, `-`, `_`, `.`, `/`; kept lower case.",
    ),
]
Tags = Annotated[
    list[Tag],
    PydanticField(
        max_length=TAGS_PER_TASK_MAX,
        description=f"The task's tags (at most {TAGS_PER_TASK_MAX}); `[]` removes them all.",
    ),
    AfterValidator(_unique),
]
DueWords = Annotated[
    Annotated[CleanText, PydanticField(max_length=DUE_WORDS_MAX)] | None,
    BeforeValidator(_empty_to_none),
    PydanticField(
        description=(
            "When it is due, in plain words or ISO 8601, read in your time zone: `today`, "
            "`tomorrow 5pm`, `next friday`, `in 2 weeks`, `on the 3rd`, `end of month`, "
            "`sept 14 at 9:30`, `2026-05-01`, `2026-05-01T09:00:00Z`. `null` or empty: none."
        ),
        examples=["tomorrow 5pm"],
    ),
]
RepeatWords = Annotated[
    Annotated[CleanText, PydanticField(max_length=REPEAT_MAX)] | None,
    BeforeValidator(_empty_to_none),
    PydanticField(
        description=(
            "How it repeats, in plain words or as an RFC 5545 RRULE: `every day`, "
            "`every weekday`, `every monday`, `every 2 weeks`, `every month on the 1st`, "
            "`every year on may 5`, `every morning` (09:00), `FREQ=WEEKLY;BYDAY=MO`. "
            "Completing a repeating task moves it to its next date. `null` or empty: none."
        ),
        examples=["every month on the 1st"],
    ),
]


class _TaskInput(BaseModel):
    """What a request may send about a task; `due_date` (the field's earlier name) is
    read like `due`."""

    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _due_date_is_due(cls, data: Any) -> Any:
        if isinstance(data, dict) and "due_date" in data:
            if "due" in data:
                raise ValueError("give due or due_date, not both")
            data = {("due" if key == "due_date" else key): value for key, value in data.items()}
        return data


class TaskCreate(_TaskInput):
    """A new task."""

    title: Title
    description: Description = None
    completed: bool = False
    priority: Priority | None = PydanticField(
        default=None, description="none, low, medium or high; `null` is none."
    )
    due: DueWords = None
    repeat: RepeatWords = None
    tags: Tags = PydanticField(default_factory=list)


class TaskReplace(TaskCreate):
    """PUT: the whole task; fields left out return to their defaults."""


class TaskUpdate(_TaskInput):
    """PATCH: only the fields given change; `null` clears an optional field."""

    title: Title | None = None
    description: Description = None
    completed: bool | None = None
    priority: Priority | None = PydanticField(
        default=None, description="none, low, medium or high; `null` is none."
    )
    due: DueWords = None
    repeat: RepeatWords = None
    tags: Tags | None = None

    @model_validator(mode="after")
    def _title_and_completed_not_null(self) -> TaskUpdate:
        for name in ("title", "completed", "tags"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name} cannot be null")
        return self


class TaskRead(BaseModel):
    """A task as every face of the API shows it."""

    id: int
    title: str
    description: str | None
    completed: bool
    priority: Priority
    due_date: date | datetime | None = PydanticField(
        description="The day it is due (`2026-12-05`), or the instant when it has a time "
        "(`2026-12-05T12:00:00Z`, UTC)."
    )
    due_text: str | None = PydanticField(
        description="The due date as your time zone shows it: `Fri 5 Dec, 17:00`."
    )
    overdue: bool = PydanticField(description="Pending and past its due date or time.")
    repeat: str | None = PydanticField(description="The repeat rule (RFC 5545 RRULE).")
    repeat_text: str | None = PydanticField(description="`every month on the 1st`.")
    tags: list[str]
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = PydanticField(
        default=None, description="When it was moved to the trash; `null` for a live task."
    )


class TagCount(BaseModel):
    """One of the user's tags and how many of their tasks carry it."""

    name: str
    tasks: int


class TaskList(Page[TaskRead]):
    """One page of tasks and how many match in all."""


# --- the change log ----------------------------------------------------------------------


class ChangeAction(StrEnum):
    """What a change did to a task."""

    created = "created"
    updated = "updated"
    completed = "completed"
    reopened = "reopened"
    deleted = "deleted"
    restored = "restored"


class ChangeSource(StrEnum):
    """The door a change came through: the REST API, the web app, a chat turn, an MCP client."""

    rest = "rest"
    web = "web"
    chat = "chat"
    mcp = "mcp"


def new_group_id() -> str:
    return uuid4().hex


@dataclass(frozen=True)
class Origin:
    """Who asked for a change: its source, and the group of changes it belongs to (one REST
    request, one MCP tool call, one chat turn); chat changes name their conversation."""

    source: ChangeSource
    group_id: str = field(default_factory=new_group_id)
    conversation_id: int | None = None


GROUP_ID_MAX = 32


def _enum_column(kind: type[StrEnum], name: str, length: int) -> Column[Any]:
    return Column(
        SQLEnum(
            kind,
            name=name,
            native_enum=False,
            create_constraint=True,
            length=length,
            values_callable=lambda kinds: [item.value for item in kinds],
        ),
        nullable=False,
    )


class TaskChange(SQLModel, table=True):
    """One change to one task, written by the task service in the change's own transaction.

    `before` and `after` are `TaskSnapshot`s (`before` is null for a created task). Undo
    marks a group's rows `undone_at` and writes the changes that revert them, naming the
    group in `reverts`; those are never undone themselves.
    """

    __tablename__ = "task_changes"
    __table_args__ = (
        Index("ix_task_changes_user_id_id", "user_id", "id"),
        Index("ix_task_changes_user_id_group_id", "user_id", "group_id"),
        Index("ix_task_changes_task_id", "task_id"),
    )

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True))
    user_id: str = Field(
        sa_column=Column(String(255), ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    )
    task_id: int = Field(
        sa_column=Column(Integer, ForeignKey("tasks.id", ondelete="CASCADE"), nullable=False)
    )
    group_id: str = Field(sa_column=Column(String(GROUP_ID_MAX), nullable=False))
    action: ChangeAction = Field(sa_column=_enum_column(ChangeAction, "task_change_action", 9))
    source: ChangeSource = Field(sa_column=_enum_column(ChangeSource, "task_change_source", 4))
    conversation_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("conversations.id", ondelete="SET NULL")),
    )
    before: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    after: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )
    undone_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    reverts: str | None = Field(default=None, sa_column=Column(String(GROUP_ID_MAX)))


class TaskSnapshot(BaseModel):
    """A task's stored fields at one moment: what undo and restore put back."""

    title: str
    description: str | None
    completed: bool
    priority: Priority
    due_date: date | None
    due_at: datetime | None
    repeat: str | None
    tags: list[str]
    updated_at: datetime
    deleted_at: datetime | None


class ChangeRead(BaseModel):
    """One entry of the activity list."""

    id: int
    group_id: str = PydanticField(description="Changes made by one request, tool call or turn")
    task_id: int
    action: ChangeAction
    source: ChangeSource
    conversation_id: int | None = PydanticField(description="The chat that made it, if any")
    before: TaskSnapshot | None = PydanticField(description="`null` for a created task")
    after: TaskSnapshot
    created_at: datetime
    undone: bool = PydanticField(description="Reverted by undo")
    reverts: str | None = PydanticField(description="The group this change undid, if any")


class ChangeList(Page[ChangeRead]):
    """One page of the caller's changes, newest first."""


class UndoResult(BaseModel):
    """What undo reverted: the group, the changes that reverted it, the tasks as they are now."""

    group_id: str = PydanticField(description="The group that was undone")
    source: ChangeSource = PydanticField(description="The door that group came through")
    summary: str = PydanticField(description="One sentence: what was put back")
    changes: list[ChangeRead] = PydanticField(description="The changes undo made")
    tasks: list[TaskRead] = PydanticField(
        description="Each task undo touched, as it is now (`deleted_at` set when in the trash)"
    )

"""The tasks table and the task schemas shared by REST, MCP tools and the assistant."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, model_validator
from pydantic import Field as PydanticField
from sqlalchemy import Boolean, Column, ForeignKey, Index, Integer, String, false
from sqlmodel import Field, SQLModel

from todochat.core.db import UTCDateTime, utcnow

TITLE_MAX = 200
DESCRIPTION_MAX = 1000
LIST_LIMIT_MAX = 100


class Priority(StrEnum):
    """How much a task matters; `null` when unset."""

    low = "low"
    medium = "medium"
    high = "high"


class StatusFilter(StrEnum):
    """Which tasks a list shows: all, pending (not completed) or completed."""

    all = "all"
    pending = "pending"
    completed = "completed"


class Task(SQLModel, table=True):
    """One task of one user. Only `todochat.tasks.service` writes these rows."""

    __tablename__ = "tasks"
    __table_args__ = (Index("ix_tasks_user_id_completed", "user_id", "completed"),)

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True))
    user_id: str = Field(
        sa_column=Column(String(255), ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    )
    title: str = Field(sa_column=Column(String(TITLE_MAX), nullable=False))
    description: str | None = Field(default=None, sa_column=Column(String(DESCRIPTION_MAX)))
    completed: bool = Field(
        default=False, sa_column=Column(Boolean, nullable=False, server_default=false())
    )
    priority: str | None = Field(default=None, sa_column=Column(String(16)))
    due_date: str | None = Field(
        default=None, sa_column=Column(String(40)), description="ISO date or date-time"
    )
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )
    updated_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )


def _strip(value: object) -> object:
    """Titles and descriptions are trimmed before their length is checked."""
    return value.strip() if isinstance(value, str) else value


def _empty_to_none(value: object) -> object:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


Title = Annotated[
    str,
    BeforeValidator(_strip),
    PydanticField(min_length=1, max_length=TITLE_MAX, description="1 to 200 characters, trimmed."),
]
# The length limit sits on the text alone: on the union it would be applied to `null` too
# (a TypeError, so a 500, for `"description": null` or `""`).
Description = Annotated[
    Annotated[str, PydanticField(max_length=DESCRIPTION_MAX)] | None,
    BeforeValidator(_empty_to_none),
    PydanticField(description="Up to 1000 characters; empty or `null` for none."),
]


def _parse_due_date(value: object) -> object:
    """`YYYY-MM-DD` stays a date; anything longer is a date-time (midnight included)."""
    value = _empty_to_none(value)
    if isinstance(value, str):
        try:
            if len(value) == 10:
                return date.fromisoformat(value)
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError as exc:
            raise ValueError("due_date must be an ISO date or date-time") from exc
    return value


DueDate = Annotated[
    date | datetime | None,
    BeforeValidator(_parse_due_date),
    PydanticField(description="A date (`2026-05-01`) or a date-time (`2026-05-01T09:00:00Z`)."),
]


class TaskCreate(BaseModel):
    """A new task."""

    model_config = ConfigDict(extra="forbid")

    title: Title
    description: Description = None
    completed: bool = False
    priority: Priority | None = None
    due_date: DueDate = None


class TaskReplace(TaskCreate):
    """PUT: the whole task; fields left out return to their defaults."""


class TaskUpdate(BaseModel):
    """PATCH: only the fields given change; `null` clears an optional field."""

    model_config = ConfigDict(extra="forbid")

    title: Title | None = None
    description: Description = None
    completed: bool | None = None
    priority: Priority | None = None
    due_date: DueDate = None

    @model_validator(mode="after")
    def _title_and_completed_not_null(self) -> TaskUpdate:
        for name in ("title", "completed"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name} cannot be null")
        return self


class TaskRead(BaseModel):
    """A task as every face of the API shows it."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    description: str | None
    completed: bool
    priority: Priority | None
    # Parsed by length like the input: a midnight date-time must not come back as a date.
    due_date: DueDate
    created_at: datetime
    updated_at: datetime


class TaskList(BaseModel):
    """One page of tasks and how many match in all."""

    items: list[TaskRead]
    total: int
    limit: int
    offset: int

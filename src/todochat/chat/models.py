"""The conversations and messages tables and the chat schemas."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, StrictBool, field_validator, model_validator
from pydantic import Field as PydanticField
from sqlalchemy import JSON, Column, ForeignKey, Index, Integer, String, Text
from sqlmodel import Field, SQLModel

from todochat.core.db import UTCDateTime, utcnow
from todochat.core.inputs import ROW_ID_MAX, CleanText
from todochat.core.pagination import Page

MESSAGE_MAX = 5000
CLIENT_MESSAGE_ID_MAX = 64
CONVERSATION_TITLE_MAX = 200
APPROVAL_ID_MAX = 32
AUTO_TITLE_MAX = 60


class Role(StrEnum):
    """Who wrote a message: the user or the assistant (tool calls belong to the assistant)."""

    user = "user"
    assistant = "assistant"


class Conversation(SQLModel, table=True):
    """A thread of messages between one user and the assistant."""

    __tablename__ = "conversations"
    __table_args__ = (
        Index("ix_conversations_user_id_updated_at", "user_id", "updated_at"),
        Index("ix_conversations_updated_at", "updated_at"),
    )

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True))
    user_id: str = Field(
        sa_column=Column(String(255), ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    )
    title: str = Field(default="New conversation", sa_column=Column(String(200), nullable=False))
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )
    updated_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )
    # The lease of the turn under way (chat/locks.py); NULL or expired when none runs.
    turn_lease: str | None = Field(default=None, sa_column=Column(String(32), nullable=True))
    turn_lease_expires_at: datetime | None = Field(
        default=None, sa_column=Column(UTCDateTime(), nullable=True)
    )


class Message(SQLModel, table=True):
    """One message; an assistant message keeps the tool calls (with results) it made."""

    __tablename__ = "messages"
    __table_args__ = (
        Index("ix_messages_conversation_id_id", "conversation_id", "id"),
        Index("ix_messages_created_at", "created_at"),
        Index("ix_messages_user_id", "user_id"),
        Index("ux_messages_user_id_client_message_id", "user_id", "client_message_id", unique=True),
    )

    id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True))
    conversation_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("conversations.id", ondelete="CASCADE"), nullable=False
        )
    )
    user_id: str = Field(
        sa_column=Column(String(255), ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    )
    role: str = Field(sa_column=Column(String(16), nullable=False))
    content: str = Field(default="", sa_column=Column(Text, nullable=False))
    tool_calls: list[dict[str, Any]] | None = Field(default=None, sa_column=Column(JSON))
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )
    # The id the client gave a user message, so that a resend is the same turn.
    client_message_id: str | None = Field(
        default=None, sa_column=Column(String(CLIENT_MESSAGE_ID_MAX), nullable=True)
    )


class PendingApproval(SQLModel, table=True):
    """A chat turn paused until the user approves or rejects its deletes (chat/approvals.py).

    `state` is the Agents SDK's serialized RunState, so any process can resume the turn;
    `actions` are the calls waiting, as the client was shown them. One per conversation.
    """

    __tablename__ = "pending_approvals"
    __table_args__ = (Index("ix_pending_approvals_user_id", "user_id"),)

    id: str = Field(sa_column=Column(String(APPROVAL_ID_MAX), primary_key=True))
    user_id: str = Field(
        sa_column=Column(String(255), ForeignKey("users.id", ondelete="CASCADE"), nullable=False)
    )
    conversation_id: int = Field(
        sa_column=Column(
            Integer,
            ForeignKey("conversations.id", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        )
    )
    state: str = Field(sa_column=Column(Text, nullable=False))
    actions: list[dict[str, Any]] = Field(sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )


class ApprovalAnswer(BaseModel):
    """The user's answer to a pending approval."""

    model_config = ConfigDict(extra="forbid")

    id: str = PydanticField(
        min_length=1,
        max_length=APPROVAL_ID_MAX,
        pattern=r"^[A-Za-z0-9_-]+$",
        description="The id of the `approval_required` event being answered.",
    )
    approve: StrictBool = PydanticField(description="true runs the waiting actions; false not")


class ApprovalAction(BaseModel):
    """One tool call waiting for approval, with a sentence saying what it would do."""

    name: str
    arguments: dict[str, Any] | str
    summary: str


class ApprovalRequired(BaseModel):
    """Sent instead of running the actions: answer it with `approval` on the chat endpoint."""

    id: str
    actions: list[ApprovalAction]


class ChatRequest(BaseModel):
    """One user message, or the answer to a pending approval (`approval`).

    Without `conversation_id` a new conversation starts; an answer names its conversation.
    """

    model_config = ConfigDict(extra="forbid")

    message: CleanText | None = PydanticField(
        default=None,
        min_length=1,
        max_length=MESSAGE_MAX,
        description="1 to 5000 characters, trimmed; required unless `approval` is given.",
    )
    approval: ApprovalAnswer | None = PydanticField(
        default=None,
        description="Answer the conversation's pending approval instead of sending a message:"
        " the paused turn resumes and streams the rest.",
    )
    conversation_id: int | None = PydanticField(default=None, ge=1, le=ROW_ID_MAX)
    client_message_id: str | None = PydanticField(
        default=None,
        min_length=1,
        max_length=CLIENT_MESSAGE_ID_MAX,
        pattern=r"^[!-~]+$",
        description="A client-made id for this message (1 to 64 printable ASCII characters,"
        " no spaces): sending the same id again after a failure retries that turn, and"
        " answers the stored reply if the turn had finished.",
    )
    stream: bool | None = PydanticField(
        default=None, description="false for one JSON answer; default: SSE unless Accept is JSON"
    )

    @field_validator("message", mode="before")
    @classmethod
    def _strip_message(cls, value: object) -> object:
        return value.strip() if isinstance(value, str) else value

    @model_validator(mode="after")
    def _message_or_approval(self) -> ChatRequest:
        if (self.message is None) == (self.approval is None):
            raise ValueError("Send either a message or an approval, not both.")
        if self.approval is not None:
            if self.conversation_id is None:
                raise ValueError("An approval needs the conversation_id it belongs to.")
            if self.client_message_id is not None:
                raise ValueError("client_message_id goes with a message, not an approval.")
        return self


class ToolCallRecord(BaseModel):
    """A tool the assistant called in a turn, with its arguments and result."""

    id: str | None = None
    name: str
    arguments: dict[str, Any] | str
    result: Any = None


class ChatResponse(BaseModel):
    """The JSON-mode answer of one chat turn."""

    conversation_id: int
    response: str
    tool_calls: list[ToolCallRecord]
    error: dict[str, str] | None = PydanticField(
        default=None, description="Set when the reply ended early: {code, message}"
    )
    approval_required: ApprovalRequired | None = PydanticField(
        default=None, description="Set when the turn paused for the user's approval"
    )


class ConversationRead(BaseModel):
    """A conversation in lists: its id, title and when it was last active."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    created_at: datetime
    updated_at: datetime


class ConversationList(Page[ConversationRead]):
    """One page of conversations, most recently active first, with the total."""


class ConversationRename(BaseModel):
    """A new title (1 to 200 characters, trimmed)."""

    model_config = ConfigDict(extra="forbid")

    title: CleanText = PydanticField(min_length=1, max_length=CONVERSATION_TITLE_MAX)

    @field_validator("title", mode="before")
    @classmethod
    def _strip_title(cls, value: object) -> object:
        return value.strip() if isinstance(value, str) else value


class MessageRead(BaseModel):
    """One stored message; assistant messages carry the tool calls they made."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    role: Role
    content: str
    tool_calls: list[ToolCallRecord] | None = None
    created_at: datetime


class MessageList(Page[MessageRead]):
    """One page of a conversation's messages, oldest first, with the total."""

    pending_approval: ApprovalRequired | None = PydanticField(
        default=None,
        description="The approval the conversation's last reply is waiting for, if any:"
        " answer it with `approval` on the chat endpoint",
    )

"""Chat turns paused for approval: kept in the database, answered, resumed on any process.

When a turn's deletes pass DELETE_APPROVAL_AFTER (assistant/approvals.py), the Agents SDK
stops the run with its `interruptions`. The turn then stores the run's RunState here (one
`pending_approvals` row per conversation, in the transaction that stores the reply so far),
asks the question in words, and sends `{"approval_required": {"id", "actions"}}` before
`done`. The user answers with `{"conversation_id", "approval": {"id", "approve"}}` on the
chat endpoint, or by saying yes or no as the next message; any other message abandons the
approval, and nothing it held back runs. An answer claims the row under the
conversation's turn lease (chat/locks.py), so it resumes exactly once, on whichever
process receives it, after a restart too.

The stored state carries no secret: the run context is written as the user, conversation
and time zone only, and rebuilt for the resumed turn with its own bearer token.

The chat routes and service import this module before the agent stack has loaded
(core/deferred.py): what a turn alone uses of assistant/ is imported where it is used.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, bindparam, exists
from sqlalchemy import delete as sql_delete
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from todochat.chat.models import ApprovalRequired, PendingApproval
from todochat.core.errors import NotFound
from todochat.tasks import service as tasks

if TYPE_CHECKING:
    from agents import ToolApprovalItem

__all__ = ["Resume", "answer_in", "claim", "discard", "keep", "pending_in"]

_YES = {
    "y", "yes", "yeah", "yep", "yup", "sure", "ok", "okay", "confirm", "confirmed",
    "approve", "approved", "do it", "go ahead", "yes please", "yes do it", "please do",
    "yes delete them", "yes delete it", "delete them", "delete it", "go on",
    "sí", "si", "claro", "vale", "de acuerdo", "haan", "haan ji", "ji haan", "theek hai",
}  # fmt: skip
_NO = {
    "n", "no", "nope", "nah", "cancel", "stop", "don't", "dont", "do not", "reject",
    "no thanks", "no thank you", "keep them", "keep it", "never mind", "nevermind",
    "no don't", "no dont", "abort",
    "no gracias", "cancelar", "nahi", "nahin", "nahi ji", "mat karo",
}  # fmt: skip
_NOT_WORDS = re.compile(r"[^\w\s']+")


def answer_in(message: str) -> bool | None:
    """True for a plain yes, False for a plain no, None for anything else (a new request).

    English, and the Spanish and Urdu (romanised) the offline model reads.
    """
    words = " ".join(_NOT_WORDS.sub(" ", message.lower().replace("’", "'")).split())
    if words in _YES:
        return True
    if words in _NO:
        return False
    return None


def new_approval_id() -> str:
    return secrets.token_urlsafe(16)  # 22 characters, unguessable


@dataclass(frozen=True)
class Resume:
    """A paused turn to continue: its stored run state and the user's answer."""

    state: str
    approve: bool
    actions: list[dict[str, Any]]


def context_payload(context: Any) -> dict[str, Any]:
    """The run context as stored with the state: no bearer token, no budget."""
    from todochat.assistant.tools import TurnContext

    if isinstance(context, TurnContext):
        return {
            "user_id": context.user_id,
            "conversation_id": context.conversation_id,
            "time_zone": context.time_zone,
        }
    return {}


def _arguments(item: ToolApprovalItem) -> dict[str, Any] | str:
    raw = item.arguments or ""
    try:
        value = json.loads(raw) if raw else {}
    except json.JSONDecodeError:
        return raw
    return value if isinstance(value, dict) else raw


async def actions_of(
    session: AsyncSession, user_id: str, items: Sequence[ToolApprovalItem]
) -> list[dict[str, Any]]:
    """The waiting calls as the client is shown them: name, arguments, a summary, call id."""
    actions = []
    for item in items:
        arguments = _arguments(item)
        name = item.tool_name or item.name or "tool"
        actions.append(
            {
                "id": item.call_id,
                "name": name,
                "arguments": arguments,
                "summary": await _summary(session, user_id, name, arguments),
            }
        )
    return actions


async def _summary(
    session: AsyncSession, user_id: str, name: str, arguments: dict[str, Any] | str
) -> str:
    from todochat.assistant.approvals import DELETE_TOOL

    task_id = arguments.get("task_id") if isinstance(arguments, dict) else None
    if name != DELETE_TOOL:
        return f"Run {name}"
    if not isinstance(task_id, int) or isinstance(task_id, bool):
        return "Delete a task"
    try:
        task = await tasks.get(session=session, user_id=user_id, task_id=task_id)
    except NotFound:
        return f"Delete task #{task_id}"
    return f"Delete '{task.title}' (#{task_id})"


LISTED_MAX = 10  # titles named in the question; the rest are counted


def question(actions: Sequence[dict[str, Any]], *, owned: int | None = None) -> str:
    """The question the assistant asks, in words, for clients that show only text.

    `owned` is how many tasks the user has: deleting every one of them says "all".
    """
    from todochat.assistant.approvals import DELETE_TOOL

    deletes = [action for action in actions if action["name"] == DELETE_TOOL]
    if len(deletes) == len(actions) and len(deletes) > 1:
        titles = [action["summary"].removeprefix("Delete ") for action in deletes]
        if len(titles) > LISTED_MAX:
            titles = [*titles[:LISTED_MAX], f"{len(titles) - LISTED_MAX} more"]
        listed = ", ".join(titles[:-1]) + " and " + titles[-1]
        which = "all" if owned == len(deletes) else "these"
        return (
            f"Delete {which} {len(deletes)} tasks: {listed}?"
            " Say yes to confirm, or no to keep them."
        )
    if len(actions) == 1:
        return f"{actions[0]['summary']}? Say yes to confirm, or no to keep it."
    listed = "; ".join(action["summary"] for action in actions)
    return f"{listed}? Say yes to confirm, or no to cancel."


async def tasks_owned(session: AsyncSession, user_id: str) -> int:
    """How many tasks the user has (outside the trash)."""
    return (await tasks.get_all(session=session, user_id=user_id, limit=1)).total


def public_actions(actions: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The actions as the API shows them (without the SDK's call ids)."""
    return [{key: action[key] for key in ("name", "arguments", "summary")} for action in actions]


def required_of(pending: PendingApproval) -> ApprovalRequired:
    """A stored approval as clients see it (the stream's `approval_required` object)."""
    return ApprovalRequired.model_validate(
        {"id": pending.id, "actions": public_actions(pending.actions)}
    )


@cache
def waiting_in() -> ColumnElement[bool]:
    """Whether an approval waits in the conversation in the parameter `conversation`, as
    an expression a statement reads along with its own work (the one that takes a turn's
    lease). Built once, as that statement is."""
    return exists().where(col(PendingApproval.conversation_id) == bindparam("conversation"))


async def pending_in(
    session: AsyncSession, *, user_id: str, conversation_id: int
) -> PendingApproval | None:
    """The conversation's pending approval, if any (the caller holds its turn lease)."""
    query = select(PendingApproval).where(
        col(PendingApproval.conversation_id) == conversation_id,
        col(PendingApproval.user_id) == user_id,
    )
    return (await session.exec(query)).first()


async def claim(
    session: AsyncSession, *, user_id: str, conversation_id: int, approval_id: str
) -> PendingApproval:
    """Take the pending approval out of the table to resume it; `NotFound` if it is not
    this user's, not this conversation's, or already answered."""
    row = await session.get(PendingApproval, approval_id)
    if row is None or row.user_id != user_id or row.conversation_id != conversation_id:
        raise NotFound(f"Approval {approval_id} not found")
    await session.delete(row)
    await session.commit()
    return row


async def discard(session: AsyncSession, *, conversation_id: int) -> None:
    """Forget the conversation's pending approval (abandoned, or replaced); no commit."""
    await session.exec(
        sql_delete(PendingApproval).where(col(PendingApproval.conversation_id) == conversation_id)
    )


async def keep(
    session: AsyncSession,
    *,
    approval_id: str,
    user_id: str,
    conversation_id: int,
    state: str,
    actions: list[dict[str, Any]],
) -> None:
    """Store a paused turn's state (replacing an older one); committed with the reply."""
    await discard(session, conversation_id=conversation_id)
    session.add(
        PendingApproval(
            id=approval_id,
            user_id=user_id,
            conversation_id=conversation_id,
            state=state,
            actions=actions,
        )
    )

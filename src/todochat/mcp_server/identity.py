"""How a tool finds its caller: never from the model, always from the transport.

- Over HTTP the caller is the verified bearer token's subject (`get_access_token()`); a
  `_meta` sent by the client is ignored.
- A server built for one user (`todochat mcp --user`, stdio) serves only that user.
- A change group in `_meta` (`CHANGE_META_KEY`) groups a chat turn's changes for undo;
  in process it also names the conversation. Over HTTP it is taken as the group of the
  caller's own changes (all a client could do with it is group its own), without the
  conversation, which the server cannot check there.
- Otherwise the call came from in-process code (the chat agent's `mcp.Client(server)`),
  which puts the user id in the call's `_meta` under `IDENTITY_META_KEY`. Only code in
  this process can make such calls, so that metadata is trusted there and nowhere else.
  A chat turn also sends the user's time zone, read as the turn started, so that its tools
  need not read it again (`caller_zone`); elsewhere the task service reads it.
"""

from __future__ import annotations

from typing import Any, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mcp.server.auth.middleware.auth_context import get_access_token
from mcp.server.auth.provider import AccessToken
from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError
from mcp_types import RequestParamsMeta

from todochat.accounts.deps import UserDirectory
from todochat.accounts.tokens import TokenVerifier
from todochat.core.db import Database
from todochat.core.errors import Unauthorized
from todochat.tasks.models import GROUP_ID_MAX, ChangeSource, Origin

IDENTITY_META_KEY = "todochat/user_id"
TIME_ZONE_META_KEY = "todochat/time_zone"
CHANGE_META_KEY = "todochat/change"
NOT_AUTHENTICATED = "not authenticated"


def identity_meta(
    user_id: str,
    *,
    group_id: str | None = None,
    conversation_id: int | None = None,
    time_zone: str | None = None,
) -> RequestParamsMeta:
    """The `_meta` in-process code sends with a call made for `user_id`; a chat turn adds
    its change group and conversation, so its changes are logged (and undone) together,
    and the user's time zone, which it has read already."""
    meta: dict[str, Any] = {IDENTITY_META_KEY: user_id}
    if time_zone is not None:
        meta[TIME_ZONE_META_KEY] = time_zone
    if group_id is not None:
        meta.update(change_meta(group_id, conversation_id))
    return cast(RequestParamsMeta, meta)


def change_meta(group_id: str, conversation_id: int | None = None) -> RequestParamsMeta:
    """The `_meta` that puts a call's changes in a chat turn's group."""
    return cast(
        RequestParamsMeta,
        {CHANGE_META_KEY: {"group_id": group_id, "conversation_id": conversation_id}},
    )


def caller_origin(ctx: Context[Any, Any], *, fixed_user_id: str | None) -> Origin:
    """The change-log origin of this call: its own group from an MCP client (stdio, or HTTP
    without a chat turn's group); a chat turn's group from the agent (with its conversation
    when in process)."""
    try:
        request_context = ctx.request_context
    except ValueError:
        request_context = None
    if request_context is None or fixed_user_id:
        return Origin(ChangeSource.mcp)
    over_http = request_context.request is not None
    change = (request_context.meta or {}).get(CHANGE_META_KEY)
    group_id = change.get("group_id") if isinstance(change, dict) else None
    if not isinstance(group_id, str) or not 0 < len(group_id) <= GROUP_ID_MAX:
        return Origin(ChangeSource.mcp if over_http else ChangeSource.chat)
    assert isinstance(change, dict)
    conversation_id = None if over_http else change.get("conversation_id")
    return Origin(
        ChangeSource.chat,
        group_id=group_id,
        conversation_id=conversation_id if isinstance(conversation_id, int) else None,
    )


def caller_id(ctx: Context[Any, Any], *, fixed_user_id: str | None) -> str:
    """The user this tool call acts for; `ToolError("not authenticated")` when there is none."""
    try:
        request_context = ctx.request_context
    except ValueError:  # called outside any request (server.call_tool without a context)
        request_context = None
    if request_context is not None and request_context.request is not None:
        token = get_access_token()
        if token is None or not token.subject:
            raise ToolError(NOT_AUTHENTICATED)
        return token.subject
    if fixed_user_id is not None:
        return fixed_user_id
    meta = request_context.meta if request_context is not None else None
    user_id = meta.get(IDENTITY_META_KEY) if meta else None
    if not isinstance(user_id, str) or not user_id:
        raise ToolError(NOT_AUTHENTICATED)
    return user_id


def caller_zone(ctx: Context[Any, Any], *, fixed_user_id: str | None) -> ZoneInfo | None:
    """The caller's time zone when an in-process chat turn sent it with the identity; None
    (the task service reads it) for any other caller or a zone it cannot load."""
    try:
        request_context = ctx.request_context
    except ValueError:
        return None
    if request_context.request is not None or fixed_user_id is not None:
        return None
    name = (request_context.meta or {}).get(TIME_ZONE_META_KEY)
    if not isinstance(name, str) or not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def check_claimed_user(caller: str, claimed: str | None) -> None:
    """Refuse a `user_id` argument that names anyone but the caller (empty means not given)."""
    if claimed and claimed != caller:
        raise ToolError(
            "user_id does not match the signed-in user: you can only manage your own tasks. "
            "Leave user_id out."
        )


class BearerTokenVerifier:
    """The SDK's `TokenVerifier` protocol over todochat's own verifier (one set of rules).

    With a user directory it also provisions the token's user, as the REST API does, so an
    HTTP app built from the server alone behaves like `/api/mcp` (whose gate does it first).
    """

    def __init__(
        self, verifier: TokenVerifier, users: UserDirectory | None, database: Database
    ) -> None:
        self._verifier = verifier
        self._users = users
        self._database = database

    async def verify_token(self, token: str) -> AccessToken | None:
        try:
            identity = await self._verifier.verify(token)
        except Unauthorized:
            return None
        if self._users is not None:
            await self._users.ensure(self._database, identity)
        return AccessToken(
            token=token,
            client_id="todochat",
            scopes=[],
            subject=identity.user_id,
            expires_at=int(identity.expires_at) or None,
        )

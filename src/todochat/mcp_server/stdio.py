"""`todochat mcp`: the task tools over stdio for desktop MCP clients, bound to one user.

stdout carries the protocol, so everything else (logs, migration output, errors) goes to
stderr. The user is fixed when the process starts, from `--user` (an id or e-mail of a
user that exists) or `--token` (verified like any bearer token, which provisions its user).
"""

from __future__ import annotations

import asyncio
import logging
import sys
from contextlib import redirect_stdout

from todochat.accounts import service as accounts
from todochat.accounts.deps import UserDirectory
from todochat.accounts.secret import load_secret
from todochat.accounts.tokens import TokenVerifier
from todochat.core.config import Settings
from todochat.core.db import Database
from todochat.core.errors import ServiceUnavailable, Unauthorized
from todochat.core.logging import configure_logging
from todochat.core.migrate import upgrade
from todochat.mcp_server.server import build_mcp_server

logger = logging.getLogger("todochat.mcp")


class StdioSetupError(Exception):
    """The server cannot start: the message tells the person what to fix."""


async def resolve_user(
    database: Database,
    verifier: TokenVerifier,
    users: UserDirectory,
    *,
    user: str | None,
    token: str | None,
) -> str:
    """The id every tool call of this process acts for."""
    if token is not None:
        try:
            identity = await verifier.verify(token)
        except Unauthorized as exc:
            raise StdioSetupError(f"the token was refused: {exc.detail}") from exc
        except ServiceUnavailable as exc:  # Better Auth's keys could not be fetched
            raise StdioSetupError(f"the token could not be checked: {exc.detail}") from exc
        await users.ensure(database, identity)
        return identity.user_id
    if not user:
        raise StdioSetupError("give --user USER_ID (or e-mail) or --token TOKEN")
    async with database.session() as session:
        found = await accounts.get(session=session, user_id=user)
        if found is None and "@" in user:
            found = await accounts.get_by_email(session=session, email=user)
    if found is None:
        raise StdioSetupError(
            f"no user {user!r} in this database: register or sign in once through the API "
            "(or use --token, which provisions the token's user)"
        )
    return found.id


async def serve(settings: Settings, *, user: str | None, token: str | None) -> None:
    """Serve the tools on stdin/stdout until the client closes them."""
    database = Database(settings.database_url, timeouts=settings.database_timeouts)
    try:
        verifier = TokenVerifier(settings, await load_secret(settings, database))
        users = UserDirectory()
        user_id = await resolve_user(database, verifier, users, user=user, token=token)
        server = build_mcp_server(
            database=database,
            settings=settings,
            verifier=verifier,
            users=users,
            fixed_user_id=user_id,
        )
        logger.info("serving the task tools over stdio for user_id=%s", user_id)
        await server.run_stdio_async()
    finally:
        await database.dispose()


def run(settings: Settings, *, user: str | None, token: str | None) -> int:
    """Migrate, then serve; the exit status for the command line."""
    configure_logging(settings.log_level)
    try:
        with redirect_stdout(sys.stderr):
            asyncio.run(upgrade(settings.database_url))
        asyncio.run(serve(settings, user=user, token=token))
    except StdioSetupError as exc:
        print(f"todochat mcp: {exc}", file=sys.stderr)
        return 2
    return 0

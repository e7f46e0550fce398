"""The caller as a typed dependency: `CurrentUser` (any valid token) and `PathUser`."""

from __future__ import annotations

from typing import Annotated, cast

from fastapi import Depends, Path, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from todochat.accounts import service
from todochat.accounts.passwords import PasswordHashing
from todochat.accounts.tokens import Identity, TokenVerifier
from todochat.core.db import Database
from todochat.core.deps import DatabaseDep
from todochat.core.errors import Forbidden, Unauthorized
from todochat.core.logging import bind_user

_bearer = HTTPBearer(auto_error=False, description="A JWT from /api/auth/login or Better Auth")


class UserDirectory:
    """Provisions token subjects once per process, so known users cost no database trip."""

    def __init__(self) -> None:
        self._known: set[str] = set()

    async def ensure(self, database: Database, identity: Identity) -> None:
        if identity.user_id in self._known:
            return
        async with database.session() as session:
            await service.provision(
                session=session,
                user_id=identity.user_id,
                email=identity.email,
                name=identity.name,
            )
        self._known.add(identity.user_id)


# `async def` so that FastAPI calls these inline rather than in a worker thread.
async def get_verifier(request: Request) -> TokenVerifier:
    return cast(TokenVerifier, request.app.state.verifier)


async def get_hashing(request: Request) -> PasswordHashing:
    return cast(PasswordHashing, request.app.state.hashing)


HashingDep = Annotated[PasswordHashing, Depends(get_hashing)]


async def get_user_directory(request: Request) -> UserDirectory:
    return cast(UserDirectory, request.app.state.users)


async def get_current_user(
    database: DatabaseDep,
    verifier: Annotated[TokenVerifier, Depends(get_verifier)],
    users: Annotated[UserDirectory, Depends(get_user_directory)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Identity:
    """The verified caller; 401 for a missing or bad token."""
    if credentials is None or not credentials.credentials:
        raise Unauthorized("Not authenticated: send Authorization: Bearer <token>")
    identity = await verifier.verify(credentials.credentials)
    await users.ensure(database, identity)
    bind_user(identity.user_id)
    return identity


CurrentUser = Annotated[Identity, Depends(get_current_user)]

UserIdPath = Annotated[str, Path(description="The caller's user id (the token's subject)")]


async def get_path_user(user_id: UserIdPath, current: CurrentUser) -> Identity:
    """The caller, when the path names them; 403 when it names someone else."""
    if user_id != current.user_id:
        raise Forbidden("You may only access your own data")
    return current


PathUser = Annotated[Identity, Depends(get_path_user)]

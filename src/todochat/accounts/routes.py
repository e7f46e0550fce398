"""Built-in accounts: register, log in, and who am I."""

from __future__ import annotations

from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends

from todochat.accounts import service
from todochat.accounts.deps import CurrentUser, get_verifier
from todochat.accounts.models import (
    LoginRequest,
    RegisterRequest,
    TokenResponse,
    User,
    UserRead,
    UserUpdate,
)
from todochat.accounts.tokens import TokenVerifier
from todochat.core.deps import SessionDep
from todochat.core.errors import NotFound, error_responses
from todochat.tasks import service as tasks_service

router = APIRouter(prefix="/api/auth", tags=["auth"])
VerifierDep = Annotated[TokenVerifier, Depends(get_verifier)]


def _token_response(verifier: TokenVerifier, user: User) -> TokenResponse:
    token, expires_at = verifier.issue(user.id, email=user.email)
    return TokenResponse(token=token, expires_at=expires_at, user=UserRead.model_validate(user))


@router.post(
    "/register",
    status_code=201,
    response_model=TokenResponse,
    responses=error_responses(409, 422, 503),
)
async def register(
    account_in: RegisterRequest, session: SessionDep, verifier: VerifierDep
) -> TokenResponse:
    """Create a built-in account and return a token for it."""
    user = await service.register(session=session, account_in=account_in)
    return _token_response(verifier, user)


@router.post("/login", response_model=TokenResponse, responses=error_responses(401, 422, 503))
async def login(
    credentials: LoginRequest, session: SessionDep, verifier: VerifierDep
) -> TokenResponse:
    """Exchange e-mail and password for a bearer token."""
    user = await service.authenticate(
        session=session, email=credentials.email, password=credentials.password
    )
    return _token_response(verifier, user)


@router.get("/me", response_model=UserRead, responses=error_responses(401, 503))
async def me(current: CurrentUser, session: SessionDep) -> UserRead:
    """The user behind the bearer token."""
    user = await service.get(session=session, user_id=current.user_id)
    if user is None:
        raise NotFound("User not found")
    return UserRead.model_validate(user)


@router.patch("/me", response_model=UserRead, responses=error_responses(401, 404, 422, 503))
async def update_me(user_in: UserUpdate, current: CurrentUser, session: SessionDep) -> UserRead:
    """Change your name or time zone (the web app sends the browser's time zone)."""
    before = await service.get(session=session, user_id=current.user_id)
    old_zone = before.time_zone if before is not None else None
    user = await service.update(session=session, user_id=current.user_id, user_in=user_in)
    if user.time_zone != old_zone:
        await tasks_service.rezone(session=session, user_id=user.id, zone=ZoneInfo(user.time_zone))
    return UserRead.model_validate(user)

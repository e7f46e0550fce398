"""Built-in accounts: register, log in, and who am I."""

from __future__ import annotations

from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, Request

from todochat.accounts import service
from todochat.accounts.deps import CurrentUser, HashingDep, get_verifier
from todochat.accounts.models import (
    LoginRequest,
    RegisterRequest,
    TokenResponse,
    TokenUsageRead,
    User,
    UserMe,
    UserRead,
    UserUpdate,
)
from todochat.accounts.tokens import TokenVerifier
from todochat.core.deps import LimiterDep, SessionDep, client_address
from todochat.core.errors import Conflict, NotFound, Unauthorized, error_responses
from todochat.core.ratelimit import account_key
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
    responses=error_responses(409, 422, 429, 503),
)
async def register(
    account_in: RegisterRequest,
    request: Request,
    session: SessionDep,
    verifier: VerifierDep,
    limiter: LimiterDep,
    hashing: HashingDep,
) -> TokenResponse:
    """Create a built-in account and return a token for it.

    A taken e-mail answers 409 (the person registering needs to know to sign in instead),
    no faster than a new one. Registrations per client address are limited
    (REGISTER_RATE_LIMIT), and a taken e-mail counts as a failed attempt on that account
    (LOGIN_FAILURE_LIMIT), which bounds how many e-mails anyone can test.
    """
    await limiter.hit(
        limiter.register,
        client_address(request),
        "Too many registrations from this address; try again later.",
    )
    account = account_key(account_in.email)
    await limiter.check(
        limiter.login_failures,
        account,
        "Too many failed attempts for this e-mail; try again later.",
    )
    try:
        user = await service.register(session=session, account_in=account_in, hashing=hashing)
    except Conflict:
        await limiter.record(limiter.login_failures, account)
        raise
    return _token_response(verifier, user)


@router.post("/login", response_model=TokenResponse, responses=error_responses(401, 422, 429, 503))
async def login(
    credentials: LoginRequest,
    request: Request,
    session: SessionDep,
    verifier: VerifierDep,
    limiter: LimiterDep,
    hashing: HashingDep,
) -> TokenResponse:
    """Exchange e-mail and password for a bearer token.

    Attempts per client address are limited (LOGIN_RATE_LIMIT), and so are failures per
    account (LOGIN_FAILURE_LIMIT): once they are spent, every login to that account answers
    429 until the window frees (`Retry-After`), the right password too; then it works.
    """
    await limiter.hit(
        limiter.login,
        client_address(request),
        "Too many sign-in attempts from this address; try again later.",
    )
    account = account_key(credentials.email)
    await limiter.check(
        limiter.login_failures,
        account,
        "Too many failed sign-ins to this account; try again later.",
    )
    try:
        user = await service.authenticate(
            session=session,
            email=credentials.email,
            password=credentials.password,
            hashing=hashing,
        )
    except Unauthorized:
        await limiter.record(limiter.login_failures, account)
        raise
    await limiter.clear(limiter.login_failures, account)
    return _token_response(verifier, user)


@router.get("/me", response_model=UserMe, responses=error_responses(401, 503))
async def me(current: CurrentUser, session: SessionDep, limiter: LimiterDep) -> UserMe:
    """The user behind the bearer token, with the model tokens they used today."""
    user = await service.get(session=session, user_id=current.user_id)
    if user is None:
        raise NotFound("User not found")
    usage = await limiter.token_usage(current.user_id)
    return UserMe(
        **UserRead.model_validate(user).model_dump(),
        tokens_today=TokenUsageRead(used=usage.used, limit=usage.limit, resets_at=usage.resets_at),
    )


@router.patch("/me", response_model=UserRead, responses=error_responses(401, 404, 422, 503))
async def update_me(user_in: UserUpdate, current: CurrentUser, session: SessionDep) -> UserRead:
    """Change your name or time zone (the web app sends the browser's time zone)."""
    before = await service.get(session=session, user_id=current.user_id)
    old_zone = before.time_zone if before is not None else None
    user = await service.update(session=session, user_id=current.user_id, user_in=user_in)
    if user.time_zone != old_zone:
        await tasks_service.rezone(session=session, user_id=user.id, zone=ZoneInfo(user.time_zone))
    return UserRead.model_validate(user)

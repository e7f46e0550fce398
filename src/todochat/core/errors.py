"""Domain errors and the one place that maps them (and every other failure) to HTTP answers."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.exc import DataError, DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

logger = logging.getLogger("todochat.errors")


class DomainError(Exception):
    """A failure the caller can understand; `status_code` is its HTTP meaning."""

    status_code = 400

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class InvalidInput(DomainError):
    status_code = 422


class InvalidField(InvalidInput):
    """One field's value cannot be used (words that are not a date): answered like a
    validation error, `[{"type", "loc", "msg"}]`; `detail` reads "field: message".
    `location` is where HTTP carried it (`body`, or `query` for a list filter)."""

    def __init__(self, field: str, message: str, *, location: str = "body") -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.location = location


class Unauthorized(DomainError):
    status_code = 401


class Forbidden(DomainError):
    status_code = 403


class NotFound(DomainError):
    status_code = 404


class Conflict(DomainError):
    status_code = 409


class RateLimited(DomainError):
    """429: a rate limit or a daily cap is spent; `retry_after` (seconds) is when it frees."""

    status_code = 429

    def __init__(self, detail: str, *, retry_after: int) -> None:
        super().__init__(detail)
        self.retry_after = max(1, retry_after)


class ServiceUnavailable(DomainError):
    """503; `retry_after` (seconds) becomes a `Retry-After` header when given; `extra`
    fields go into the body beside `detail`, and `headers` into the answer."""

    status_code = 503

    def __init__(
        self,
        detail: str,
        *,
        retry_after: int | None = None,
        extra: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.retry_after = retry_after
        self.extra = extra or {}
        self.headers = headers or {}


class ErrorBody(BaseModel):
    """Every error answer: `{"detail": ...}`."""

    detail: Any


def error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries for the error codes an endpoint can answer."""
    text = {
        401: "Missing, invalid or expired bearer token",
        403: "The path's user is not the token's subject",
        404: "Not found (or not yours)",
        409: "Conflict",
        413: "The request body is larger than MAX_REQUEST_BODY_BYTES",
        422: "Invalid input",
        429: "A rate limit is spent; `Retry-After` says when to try again",
        503: "The database or the model provider is unavailable",
    }
    return {code: {"description": text.get(code, "Error"), "model": ErrorBody} for code in codes}


def _json(status: int, detail: Any, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status, headers=headers)


def is_database_outage(exc: BaseException) -> bool:
    """The database cannot be reached, or the connection was lost mid-statement."""
    if isinstance(exc, OperationalError | PoolTimeoutError):
        return True
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    return isinstance(exc, ConnectionError | TimeoutError | OSError)


def is_unstorable_input(exc: BaseException) -> bool:
    """A value the database refused as data (text it cannot encode, a number out of its
    column's range): a request that slipped past validation, so the client's fault (422)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, DataError | UnicodeEncodeError):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


UNSTORABLE_DETAIL = "The request holds a value that cannot be stored."


def _unexpected_response(method: str, path: str, exc: Exception) -> JSONResponse:
    """503 for a database outage, 422 for a value the database cannot store, else a bare
    500; the trace goes to the log only."""
    if is_unstorable_input(exc):
        logger.warning("unstorable value on %s %s: %s", method, path, type(exc).__name__)
        return _json(422, UNSTORABLE_DETAIL)
    if is_database_outage(exc):
        logger.warning("database unavailable on %s %s: %s", method, path, type(exc).__name__)
        return _json(503, "The database is unavailable; try again shortly.")
    logger.error("unhandled error on %s %s", method, path, exc_info=exc)
    return _json(500, "Internal server error")


class UnexpectedErrorMiddleware:
    """Answer any exception a route lets escape, inside the middleware stack.

    Starlette's own last-resort handler sits outside every middleware and re-raises after
    answering, so the request log would record a 503 as 500, the answer would lack its
    request id and CORS headers, and the server would print a second trace. This one sits
    innermost (added before the others) and answers once. After the response has started
    (a stream that fails midway) it can only re-raise.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            if started:
                raise
            response = _unexpected_response(scope.get("method", ""), scope.get("path", ""), exc)
            await response(scope, receive, send)


def install_error_handlers(app: FastAPI) -> None:
    """Map domain errors, validation errors and outages to JSON; never leak a stack trace.

    Call it before adding other middleware, so that `UnexpectedErrorMiddleware` ends up
    innermost and the request log and CORS headers see the answer it gives.
    """

    async def domain_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, DomainError)
        headers: dict[str, str] | None = None
        if isinstance(exc, Unauthorized):
            headers = {"WWW-Authenticate": "Bearer"}
        elif isinstance(exc, RateLimited | ServiceUnavailable) and exc.retry_after:
            headers = {"Retry-After": str(exc.retry_after)}
        if isinstance(exc, ServiceUnavailable) and (exc.extra or exc.headers):
            body = {"detail": exc.detail, **exc.extra}
            all_headers = {**(headers or {}), **exc.headers}
            return JSONResponse(body, status_code=exc.status_code, headers=all_headers)
        if isinstance(exc, InvalidField):
            problem = {"type": "value_error", "loc": [exc.location, exc.field], "msg": exc.message}
            return _json(exc.status_code, [problem])
        return _json(exc.status_code, exc.detail, headers)

    async def validation_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        errors = [
            {key: value for key, value in error.items() if key in {"type", "loc", "msg"}}
            for error in exc.errors()
        ]
        return _json(422, errors)

    async def http_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        return _json(exc.status_code, exc.detail, dict(exc.headers or {}))

    async def unexpected_error(request: Request, exc: Exception) -> JSONResponse:
        # Last resort for errors raised outside the routes (in middleware).
        return _unexpected_response(request.method, request.url.path, exc)

    app.add_exception_handler(DomainError, domain_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(Exception, unexpected_error)
    app.add_middleware(UnexpectedErrorMiddleware)

"""Domain errors and the one place that maps them (and every other failure) to HTTP answers."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from starlette.exceptions import HTTPException as StarletteHTTPException

logger = logging.getLogger("todochat.errors")


class DomainError(Exception):
    """A failure the caller can understand; `status_code` is its HTTP meaning."""

    status_code = 400

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class InvalidInput(DomainError):
    status_code = 422


class Unauthorized(DomainError):
    status_code = 401


class Forbidden(DomainError):
    status_code = 403


class NotFound(DomainError):
    status_code = 404


class Conflict(DomainError):
    status_code = 409


class ServiceUnavailable(DomainError):
    status_code = 503


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
        422: "Invalid input",
        503: "The database or the model provider is unavailable",
    }
    return {code: {"description": text.get(code, "Error"), "model": ErrorBody} for code in codes}


def _json(status: int, detail: Any, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status, headers=headers)


def _is_database_outage(exc: Exception) -> bool:
    if isinstance(exc, OperationalError | PoolTimeoutError):
        return True
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    return isinstance(exc, ConnectionError | TimeoutError | OSError)


def install_error_handlers(app: FastAPI) -> None:
    """Map domain errors, validation errors and outages to JSON; never leak a stack trace."""

    async def domain_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, DomainError)
        headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, Unauthorized) else None
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
        if _is_database_outage(exc):
            logger.warning(
                "database unavailable on %s %s: %s",
                request.method,
                request.url.path,
                type(exc).__name__,
            )
            return _json(503, "The database is unavailable; try again shortly.")
        logger.exception("unhandled error on %s %s", request.method, request.url.path)
        return _json(500, "Internal server error")

    app.add_exception_handler(DomainError, domain_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(Exception, unexpected_error)

"""Structured logging: one line per request, with ids that tie a request's lines together.

Lines are `key=value` pairs so they read well in a terminal and parse easily. Tokens,
passwords and message text are never passed to the logger, and what a client does reach
a line with (a path, a request id) cannot break it: the formatter escapes every control
character, so `/x%0a...status=200` stays on its line as `/x\\n...status=200`, and a
traceback shows where an error came from but never its message (which may quote a title,
a message or an SQL parameter).
"""

from __future__ import annotations

import logging
import sys
import time
import traceback
import uuid
from contextvars import ContextVar
from types import TracebackType
from typing import TYPE_CHECKING, Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

if TYPE_CHECKING:
    from todochat.core.metrics import Metrics


class RequestContext:
    """What the access log line needs to know about the request under way."""

    __slots__ = ("request_id", "user_id")

    def __init__(self, request_id: str) -> None:
        self.request_id = request_id
        self.user_id: str | None = None


_request_context: ContextVar[RequestContext | None] = ContextVar("request_context", default=None)


def bind_user(user_id: str) -> None:
    """Record the authenticated user for this request's log line."""
    context = _request_context.get()
    if context is not None:
        context.user_id = user_id


access_logger = logging.getLogger("todochat.access")


def escape_controls(text: str) -> str:
    """`text` on one line: each character that is not printable (newlines, escapes, NUL,
    lone surrogates) written as its Python escape, `\\n`, `\\x1b`, `\\ud800`."""
    if text.isprintable():
        return text
    return "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode("ascii")
        for char in text
    )


class SafeFormatter(logging.Formatter):
    """One record, one line: the message with control characters escaped; a traceback
    (its own lines) that names each exception's type and frames but withholds its message."""

    def formatMessage(self, record: logging.LogRecord) -> str:
        return escape_controls(super().formatMessage(record))

    def formatException(
        self,
        ei: tuple[type[BaseException], BaseException, TracebackType | None]
        | tuple[None, None, None],
    ) -> str:
        error = ei[1]
        if error is None:
            return ""
        chain: list[BaseException] = []
        while error is not None and error not in chain:
            chain.append(error)
            error = error.__cause__ or (None if error.__suppress_context__ else error.__context__)
        parts: list[str] = []
        for error in reversed(chain):
            if parts:
                parts.append("\nThe above exception led to the following one:\n\n")
            parts.append("Traceback (most recent call last):\n")
            parts.extend(traceback.format_list(traceback.extract_tb(error.__traceback__)))
            kind = type(error)
            parts.append(f"{kind.__module__}.{kind.__qualname__} (message withheld)\n")
        return "".join(parts).rstrip("\n")


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


def configure_logging(level: str) -> None:
    """Send todochat's lines, and every library's, to stderr through `SafeFormatter`;
    todochat's at `level`. Quiet uvicorn's own access log (ours replaces it)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(SafeFormatter(LOG_FORMAT))
    root = logging.getLogger("todochat")
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    root.propagate = False
    # Other libraries (uvicorn, the MCP SDK, SQLAlchemy) log through the root logger.
    logging.getLogger().handlers[:] = [handler]
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers.clear()
        logging.getLogger(name).propagate = True
    logging.getLogger("uvicorn.access").disabled = True


def kv(**fields: Any) -> str:
    """Render fields as `key=value` pairs, quoting values with spaces; control characters
    are escaped, so no value can start a line of its own."""
    parts = []
    for key, value in fields.items():
        if value is None:
            continue
        text = escape_controls(str(value))
        if " " in text or not text:
            text = '"' + text.replace('"', "'") + '"'
        parts.append(f"{key}={text}")
    return " ".join(parts)


class RequestLogMiddleware:
    """Log method, path, status, duration, user id and request id once per request.

    With `metrics`, the request is also counted and timed by its route template.
    """

    def __init__(self, app: ASGIApp, metrics: Metrics | None = None) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        incoming = dict(scope.get("headers") or []).get(b"x-request-id", b"").decode("latin-1")
        request_id = incoming[:64] if incoming.isprintable() and incoming else uuid.uuid4().hex
        context = RequestContext(request_id)
        token = _request_context.set(context)
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode("latin-1")))
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            elapsed = time.perf_counter() - started
            if self.metrics is not None:
                route = getattr(scope.get("route"), "path", None) or "unmatched"
                self.metrics.request(scope.get("method", ""), route, status, elapsed)
            access_logger.info(
                kv(
                    method=scope.get("method"),
                    path=scope.get("path"),
                    status=status,
                    duration_ms=f"{elapsed * 1000:.1f}",
                    user_id=context.user_id,
                    request_id=request_id,
                )
            )
            _request_context.reset(token)

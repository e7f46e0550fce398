"""The HTTP server's own limits: the uvicorn options `todochat serve` runs with.

uvicorn bounds the idle time between two requests of a connection (TIMEOUT_KEEP_ALIVE,
here KEEPALIVE_TIMEOUT_SECONDS) but not the rest: with its httptools parser a request
head may be any size with any number of headers, a connection may stay open without
sending anything, and a head or a body may trickle in a byte at a time for ever.
`GuardedHttpToolsProtocol` is uvicorn's own protocol with those bounds added:

- a request head (request line and headers) over MAX_HEADER_BYTES, or with more than
  MAX_HEADER_COUNT headers, answers 431 and the connection closes, before the rest is read;
- a connection must deliver a complete request head within HEADER_TIMEOUT_SECONDS of
  opening (or of the first byte of its next request), and a request body within
  BODY_TIMEOUT_SECONDS of its head; else it answers 408 (when something was sent) and
  closes;
- a body still arriving after its answer was sent (a 413, a 401) is thrown away unread
  up to 1 MiB (so a client that writes its whole body before reading still gets the
  answer), then the connection closes.

Request bodies over MAX_REQUEST_BODY_BYTES answer 413 in the app (Starlette's own limit,
see create_app), so that limit holds under any ASGI server.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import httptools
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

from todochat.core.config import Settings, get_settings


@dataclass(frozen=True)
class ConnectionLimits:
    max_header_bytes: int
    max_header_count: int
    header_timeout_seconds: float
    body_timeout_seconds: float

    @classmethod
    def of(cls, settings: Settings) -> ConnectionLimits:
        return cls(
            max_header_bytes=settings.max_header_bytes,
            max_header_count=settings.max_header_count,
            header_timeout_seconds=settings.header_timeout_seconds,
            body_timeout_seconds=settings.body_timeout_seconds,
        )


@lru_cache(maxsize=1)
def _process_limits() -> ConnectionLimits:
    # The protocol class travels to `--workers` processes by name, so it reads the limits
    # from the process's settings (the environment every worker shares).
    return ConnectionLimits.of(get_settings())


class _HeadTooLarge(Exception):
    """Raised inside a parser callback to stop reading a request head."""


def _answer(status: int, text: str) -> bytes:
    body = text.encode()
    return b"".join(
        [
            STATUS_LINE[status],
            b"content-type: application/json\r\n",
            b"content-length: " + str(len(body)).encode() + b"\r\n",
            b"connection: close\r\n\r\n",
            body,
        ]
    )


DISCARD_AFTER_ANSWER = 1024 * 1024
HEAD_TOO_LARGE = _answer(431, '{"detail":"Request headers too large or too many"}')
TIMED_OUT = _answer(408, '{"detail":"The request took too long to arrive"}')


class GuardedHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with bounded request heads and slow-client timeouts."""

    limits: ConnectionLimits | None = None  # None: the process's settings

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._limits = self.limits or _process_limits()
        self._reading_head = True
        self._head_bytes = 0  # bytes received since the current head began
        self._parsed_head_bytes = 0  # of the head as parsed so far
        self._header_count = 0
        self._deadline: asyncio.TimerHandle | None = None
        self._discarded = 0

    # -------------------------------------------------------------- deadlines

    def _arm(self, seconds: float) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(seconds, self._expired)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _expired(self) -> None:
        self._deadline = None
        if self.transport.is_closing():
            return
        started = self.cycle is not None and self.cycle.response_started
        if (self._head_bytes or not self._reading_head) and not started:
            self.transport.write(TIMED_OUT)
        self.transport.close()

    def _refuse_head(self) -> None:
        self._disarm()
        if not self.transport.is_closing():
            self.transport.write(HEAD_TOO_LARGE)
            self.transport.close()

    # -------------------------------------------------------------- protocol

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm(self._limits.header_timeout_seconds)

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        self._unset_keepalive_if_required()
        if self._reading_head:
            if not self._head_bytes and self._deadline is None:
                self._arm(self._limits.header_timeout_seconds)  # the next request began
            self._head_bytes += len(data)
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserCallbackError as exc:
            if isinstance(exc.__context__, _HeadTooLarge):
                self._refuse_head()
                return
            self.logger.warning("Invalid HTTP request received.")
            self.send_400_response("Invalid HTTP request received.")
            return
        except httptools.HttpParserError:
            self.logger.warning("Invalid HTTP request received.")
            self.send_400_response("Invalid HTTP request received.")
            return
        except httptools.HttpParserUpgrade:
            if self._should_upgrade():
                self.handle_websocket_upgrade()
            else:
                self._unsupported_upgrade_warning()
            return
        if self._reading_head and self._head_bytes > self._limits.max_header_bytes:
            self._refuse_head()  # a head still incomplete past the limit (one huge header)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._reading_head = True
        self._parsed_head_bytes = 0
        self._header_count = 0

    def _count_head(self, size: int) -> None:
        self._parsed_head_bytes += size
        if self._parsed_head_bytes > self._limits.max_header_bytes:
            raise _HeadTooLarge

    def on_url(self, url: bytes) -> None:
        self._count_head(len(url))
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._header_count += 1
        if self._header_count > self._limits.max_header_count:
            raise _HeadTooLarge
        self._count_head(len(name) + len(value) + 4)
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._reading_head = False
        self._head_bytes = 0
        self._discarded = 0
        self._arm(self._limits.body_timeout_seconds)
        super().on_headers_complete()

    def on_body(self, body: bytes) -> None:
        if self.cycle is not None and self.cycle.response_complete:
            # Answered already (a 413, a 401): the rest is thrown away as it comes, so a
            # client that sends all of its body before it reads still gets the answer;
            # past DISCARD_AFTER_ANSWER bytes the connection closes.
            self._discarded += len(body)
            if self._discarded > DISCARD_AFTER_ANSWER:
                self.transport.close()
            return
        super().on_body(body)

    def on_message_complete(self) -> None:
        self._disarm()
        self._reading_head = True
        self._head_bytes = 0
        super().on_message_complete()


def uvicorn_options(settings: Settings) -> dict[str, Any]:
    """The options `todochat serve` passes to uvicorn for these settings."""
    return {
        "http": GuardedHttpToolsProtocol,
        "timeout_keep_alive": settings.keepalive_timeout_seconds,
        "proxy_headers": True,
        "forwarded_allow_ips": settings.forwarded_allow_ips,
    }

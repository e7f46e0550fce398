"""The HTTP/1.1 transport under the provider client: one write a request, parsed in C.

The openai client sends through httpx2, whose default transport (httpcore2 over anyio, h11
parsing in Python) cost 1.1 ms of CPU a request on this machine, against a local server,
where the request itself (a socket write and read) costs a fraction of that; a chat turn
with one tool call makes two. This transport keeps httpx2 above it (the client, its
headers, redirects, auth, content decoding, the openai client's errors), and below it does
only what a provider's Chat Completions requests need, on the running event loop's own
streams:

- a pool of keep-alive connections per origin (scheme, host, port), each reused while
  idle for less than KEEPALIVE_EXPIRY_SECONDS and dropped when the server closed it
  (looked for in the socket too, before the event loop hands the closing over); a kept
  connection that the server closes as the request goes out, before any of an answer
  came (its idle timeout met the request), is replaced by a new one and the request sent
  again, once;
- the request line, headers and body sent in one write; the response parsed by
  httptools (llhttp, as uvicorn uses), its body handed on as it arrives (streamed
  answers), with the reading paused while a large unread body piles up;
- httpx2's errors, as its own transport raises them: `ConnectError`/`ConnectTimeout`,
  `ReadTimeout`, `WriteTimeout`, `ReadError` and `RemoteProtocolError` (a connection closed
  before the body ended), so the openai client reports `APIConnectionError` and
  `APITimeoutError` as before; a request cancelled or failed halfway closes its
  connection rather than give it back.

HTTPS is verified with httpx2's own SSL context (`create_ssl_context`: SSL_CERT_FILE and
SSL_CERT_DIR as httpx2 reads them). httpx2 ignores the environment's proxies when a client
is given a transport, so `provider_http_client` gives the stock client whenever the
environment names a proxy for the provider's scheme (HTTP_PROXY, HTTPS_PROXY, ALL_PROXY):
those requests go through the proxy exactly as before.

Measured (`uv run python -m bench.transport`: the same requests to the scripted provider,
alternately over each, 16:38 UTC, load average 6): 1.12 → 0.57 ms of CPU a request, and
1.35 → 0.69 ms streamed.
"""

from __future__ import annotations

import asyncio
import select
import ssl
import urllib.request
from collections import deque
from collections.abc import AsyncIterator
from typing import cast

import httptools
import httpx2
from openai import DefaultAsyncHttpxClient

KEEPALIVE_EXPIRY_SECONDS = 5.0  # as httpx2's default Limits
MAX_IDLE_PER_ORIGIN = 100  # as the openai client's max_keepalive_connections
READ_HIGH_WATER = 256 * 1024  # unread body bytes before the socket's reading pauses

Origin = tuple[str, str, int]


def _timeout(request: httpx2.Request, kind: str) -> float | None:
    value = request.extensions.get("timeout", {}).get(kind)
    return float(value) if value is not None else None


class _Connection(asyncio.Protocol):
    """One socket, one request at a time; the parser's callbacks fill in the response."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.transport: asyncio.Transport | None = None
        self.closed = False
        self.idle_since = 0.0
        self._waiter: asyncio.Future[None] | None = None
        self._writable: asyncio.Future[None] | None = None
        self.begin(None)

    def begin(self, request: httpx2.Request | None) -> None:
        """Ready for `request`'s response (None: idle)."""
        self.request = request
        self.parser = httptools.HttpResponseParser(self)
        self.reason = b""
        self.headers: list[tuple[bytes, bytes]] = []
        self.chunks: deque[bytes] = deque()
        self.buffered = 0
        self.received = False  # any byte of the answer
        self.headers_done = False
        self.keep_alive = False
        self.complete = False
        self.error: httpx2.TransportError | None = None
        self.reading_paused = False

    # asyncio.Protocol

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's is not a subclass

    def data_received(self, data: bytes) -> None:
        if self.request is None or self.complete:  # more than the answer: never reuse
            self.close()
            return
        self.received = True
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            self._fail(httpx2.RemoteProtocolError("Unexpected protocol upgrade"))
        except httptools.HttpParserError as exc:
            self._fail(httpx2.RemoteProtocolError(f"Invalid HTTP response: {exc}"))
        if self.buffered > READ_HIGH_WATER and not self.reading_paused and self.transport:
            self.reading_paused = True
            self.transport.pause_reading()
        self._wake()

    def eof_received(self) -> bool:
        return False  # close the socket; connection_lost follows

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if self.request is not None and not self.complete:
            if self.headers_done and self._ends_at_close():
                self.complete = True  # a body without a length ends when the server closes
            else:
                message = "Server disconnected without sending a complete response"
                self._fail(httpx2.RemoteProtocolError(message))
        self._wake()
        if self._writable is not None and not self._writable.done():
            self._writable.set_result(None)

    def pause_writing(self) -> None:
        self._writable = self.loop.create_future()

    def resume_writing(self) -> None:
        if self._writable is not None and not self._writable.done():
            self._writable.set_result(None)
        self._writable = None

    # httptools' callbacks

    def on_status(self, status: bytes) -> None:
        self.reason += status

    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers.append((name, value))

    def on_headers_complete(self) -> None:
        if 100 <= self.parser.get_status_code() < 200:  # interim (100 Continue): skipped
            self.reason, self.headers = b"", []
            return
        self.headers_done = True
        self.keep_alive = self.parser.should_keep_alive()  # (not known once the body ended)

    def on_body(self, body: bytes) -> None:
        self.chunks.append(body)
        self.buffered += len(body)

    def on_message_complete(self) -> None:
        if self.headers_done:
            self.complete = True

    # the request's side

    def _ends_at_close(self) -> bool:
        for name, value in self.headers:
            lowered = name.lower()
            if lowered == b"content-length":
                return False
            if lowered == b"transfer-encoding" and b"chunked" in value.lower():
                return False
        return True

    def _fail(self, error: httpx2.TransportError) -> None:
        if self.error is None:
            self.error = error
        self.close()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def _expire(self, waiter: asyncio.Future[None]) -> None:
        if not waiter.done():
            self._fail(httpx2.ReadTimeout("Timed out waiting for the response"))
            waiter.set_result(None)

    async def wait(self, within: float | None) -> None:
        """Until more of the response arrives or the connection ends; its error, if any."""
        if self.error is None and not self.closed:
            waiter = self._waiter = self.loop.create_future()
            timer = None if within is None else self.loop.call_later(within, self._expire, waiter)
            try:
                await waiter
            finally:
                self._waiter = None
                if timer is not None:
                    timer.cancel()
        if self.error is not None:
            raise self.error

    def take(self) -> bytes | None:
        """The next piece of the body received, if any."""
        if not self.chunks:
            return None
        chunk = self.chunks.popleft()
        self.buffered -= len(chunk)
        if self.reading_paused and self.buffered <= READ_HIGH_WATER // 2 and self.transport:
            self.reading_paused = False
            self.transport.resume_reading()
        return chunk

    async def send(self, data: bytes, within: float | None) -> None:
        assert self.transport is not None
        try:
            self.transport.write(data)
        except (OSError, RuntimeError) as exc:  # a transport already closing
            failed = httpx2.WriteError(str(exc) or type(exc).__name__)
            self._fail(failed)
            raise failed from exc
        writable = self._writable
        if writable is not None and not self.closed:
            try:
                await asyncio.wait_for(asyncio.shield(writable), within)
            except TimeoutError:
                error = httpx2.WriteTimeout("Timed out sending the request")
                self._fail(error)
                raise error from None

    def still_open(self) -> bool:
        """Not closed, and nothing to read while idle: the server's closing (or a stray byte)
        may be waiting in the socket before the event loop has handed it over (httpcore
        checks the same before it reuses a connection)."""
        if self.closed or self.transport is None:
            return False
        sock = self.transport.get_extra_info("socket")
        if sock is None:
            return True
        try:
            readable, _, _ = select.select([sock], [], [], 0)
        except (OSError, ValueError):
            return False
        return not readable

    def close(self) -> None:
        self.closed = True
        if self.transport is not None:
            self.transport.close()


class _ResponseBody(httpx2.AsyncByteStream):
    """A response's body as it arrives; closing it gives the connection back, or closes it."""

    def __init__(self, pool: ProviderTransport, origin: Origin, connection: _Connection) -> None:
        self._pool = pool
        self._origin = origin
        self._connection = connection
        request = connection.request
        self._read_timeout = _timeout(request, "read") if request is not None else None
        self._closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        connection = self._connection
        try:
            while True:
                chunk = connection.take()
                if chunk is not None:
                    yield chunk
                elif connection.complete:
                    return
                else:
                    await connection.wait(self._read_timeout)
                    if connection.closed and not connection.complete and not connection.chunks:
                        raise connection.error or httpx2.ReadError("The connection closed")
        except BaseException:
            connection.close()
            raise

    async def aclose(self) -> None:
        if not self._closed:
            self._closed = True
            self._pool.release(self._origin, self._connection)


class ProviderTransport(httpx2.AsyncBaseTransport):
    """HTTP/1.1 on the event loop's own streams, with keep-alive (see the module docstring)."""

    def __init__(self, *, ssl_context: ssl.SSLContext | None = None) -> None:
        self._ssl_context = ssl_context
        self._idle: dict[Origin, list[_Connection]] = {}
        self._loop: asyncio.AbstractEventLoop | None = None

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        url = request.url
        if url.scheme not in ("http", "https"):
            raise httpx2.UnsupportedProtocol(f"Unsupported URL scheme {url.scheme!r}")
        origin: Origin = (url.scheme, url.host, url.port or (443 if url.scheme == "https" else 80))
        payload = _payload(request, await request.aread())
        kept = self._idle_connection(origin)
        connection = kept or await self._connect(origin, request)
        try:
            await self._exchange(connection, request, payload)
        except (httpx2.RemoteProtocolError, httpx2.WriteError):
            if connection is not kept or connection.received:
                raise
            # A kept connection the server closed as the request went out (its idle timeout):
            # nothing of an answer came, so the request is sent again on a new connection.
            connection = await self._connect(origin, request)
            await self._exchange(connection, request, payload)
        if request.method == "HEAD":  # the body a HEAD answer announces never comes
            connection.complete = True
            connection.close()
        return httpx2.Response(
            connection.parser.get_status_code(),
            headers=connection.headers,
            stream=_ResponseBody(self, origin, connection),
            extensions={
                "http_version": b"HTTP/" + connection.parser.get_http_version().encode(),
                "reason_phrase": connection.reason,
            },
        )

    @staticmethod
    async def _exchange(connection: _Connection, request: httpx2.Request, payload: bytes) -> None:
        """Send the request and wait for the answer's headers."""
        connection.begin(request)
        try:
            await connection.send(payload, _timeout(request, "write"))
            read_timeout = _timeout(request, "read")
            while not connection.headers_done:
                if connection.closed:
                    message = "Server disconnected without sending a response"
                    raise connection.error or httpx2.RemoteProtocolError(message)
                await connection.wait(read_timeout)
        except BaseException:
            connection.close()
            raise

    def _idle_connection(self, origin: Origin) -> _Connection | None:
        loop = asyncio.get_running_loop()
        if loop is not self._loop:  # connections belong to the loop that opened them
            self._close_idle()
            self._loop = loop
        idle = self._idle.get(origin)
        now = loop.time()
        while idle:
            connection = idle.pop()
            if now - connection.idle_since < KEEPALIVE_EXPIRY_SECONDS and connection.still_open():
                return connection
            connection.close()
        return None

    async def _connect(self, origin: Origin, request: httpx2.Request) -> _Connection:
        scheme, host, port = origin
        loop = asyncio.get_running_loop()
        if scheme == "https" and self._ssl_context is None:
            self._ssl_context = httpx2.create_ssl_context()
        tls = self._ssl_context if scheme == "https" else None
        try:
            async with asyncio.timeout(_timeout(request, "connect")):
                _, connection = await loop.create_connection(
                    lambda: _Connection(loop),
                    host,
                    port,
                    ssl=tls,
                    server_hostname=host if tls is not None else None,
                )
        except TimeoutError:
            raise httpx2.ConnectTimeout(f"Timed out connecting to {host}:{port}") from None
        except OSError as exc:  # ssl.SSLError is one
            raise httpx2.ConnectError(str(exc) or type(exc).__name__) from exc
        return connection

    def release(self, origin: Origin, connection: _Connection) -> None:
        """A response's body was closed: keep its connection for the next request, or close it."""
        reusable = (
            connection.complete
            and not connection.closed
            and not connection.chunks
            and connection.keep_alive
        )
        connection.begin(None)
        idle = self._idle.setdefault(origin, [])
        if not reusable or len(idle) >= MAX_IDLE_PER_ORIGIN:
            connection.close()
            return
        connection.idle_since = connection.loop.time()
        idle.append(connection)

    def _close_idle(self) -> None:
        for idle in self._idle.values():
            for connection in idle:
                connection.close()
        self._idle.clear()

    async def aclose(self) -> None:
        self._close_idle()


def _payload(request: httpx2.Request, body: bytes) -> bytes:
    """The request line, headers and body, for one write."""
    lines = [b"%s %s HTTP/1.1\r\n" % (request.method.encode(), request.url.raw_path)]
    chunked = False
    for name, value in request.headers.raw:
        if b"\r" in name + value or b"\n" in name + value or b"\0" in name + value:
            raise httpx2.LocalProtocolError("Illegal header name or value")
        if name.lower() == b"transfer-encoding" and value.lower() == b"chunked":
            chunked = True
        lines.append(b"%s: %s\r\n" % (name, value))
    lines.append(b"\r\n")
    if chunked:  # a streamed body, read whole: one chunk and the last
        lines.append(b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body) if body else b"0\r\n\r\n")
    else:
        lines.append(body)
    return b"".join(lines)


def environment_proxy(scheme: str) -> str | None:
    """The proxy the environment names for `scheme` ("http" or "https"), if any (as httpx2
    reads it: urllib's `getproxies`, HTTP_PROXY, HTTPS_PROXY, ALL_PROXY)."""
    proxies = urllib.request.getproxies()
    return proxies.get(scheme) or proxies.get("all") or None


def provider_http_client(base_url: str | None) -> httpx2.AsyncClient:
    """The openai client's own default httpx2 client (its timeouts, limits, redirects) over
    `ProviderTransport`; the stock one when the environment names a proxy for `base_url`."""
    scheme = httpx2.URL(base_url).scheme if base_url else "https"
    if environment_proxy(scheme) is not None:
        return DefaultAsyncHttpxClient()
    return DefaultAsyncHttpxClient(transport=ProviderTransport())

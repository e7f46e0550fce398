"""The ASGI layers in front of the SDK's Streamable HTTP transport at `/api/mcp`.

From the outside in:

1. `JsonErrors`: every 4xx the layers below answer in plain text (the SDK's 400, 405, 406,
   413) goes out as JSON `{"detail": ...}`, like the rest of the API.
2. `BrowserGuard`: the DNS-rebinding guard (Host must be in ALLOWED_HOSTS, else 421; a
   browser Origin must be the server's own, in MCP_ALLOWED_ORIGINS or in CORS_ORIGINS, else
   403) and CORS for the origins it lets in, so a browser MCP client on another local port
   can connect.
3. `BearerGate`: a valid bearer token or 401 with an RFC 9728 challenge; 503 with
   `Retry-After` when the token's keys cannot be fetched; 429 with `Retry-After` past
   MCP_RATE_LIMIT requests of one user.
4. `PostOnly`: other methods answer 405 (a stateless server pushes nothing and keeps
   no session).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from http import HTTPStatus

from starlette.datastructures import Headers, MutableHeaders
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from todochat.accounts.deps import UserDirectory
from todochat.accounts.tokens import TokenVerifier
from todochat.core.db import Database
from todochat.core.errors import RateLimited, ServiceUnavailable, Unauthorized
from todochat.core.logging import bind_user
from todochat.core.ratelimit import RateLimiter
from todochat.mcp_server.discovery import MCP_PATH, bearer_challenge

# Request headers an MCP client sends; the CORS preflight allows these.
_ALLOWED_REQUEST_HEADERS = (
    "authorization, content-type, accept, last-event-id, mcp-protocol-version, "
    "mcp-session-id, mcp-method, mcp-name"
)
_EXPOSED_HEADERS = "Mcp-Session-Id, WWW-Authenticate, Retry-After"


def _pattern_matches(value: str, patterns: Iterable[str]) -> bool:
    """`value` equals a pattern, or a `base:*` pattern and `value` is `base:<port>`."""
    for pattern in patterns:
        if value == pattern:
            return True
        if pattern.endswith(":*"):
            base, _, port = value.rpartition(":")
            if base == pattern[:-2] and port.isdigit():
                return True
    return False


class JsonErrors:
    """Turn the plain-text 4xx answers of the layers below into `{"detail": ...}`."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        held: Message | None = None
        body = bytearray()

        async def rewriting_send(message: Message) -> None:
            nonlocal held
            if message["type"] == "http.response.start":
                headers = Headers(raw=message.get("headers", []))
                status = int(message["status"])
                is_json = headers.get("content-type", "").startswith("application/json")
                if 400 <= status < 500 and not is_json:
                    held = message
                    return
                await send(message)
                return
            if held is None or message["type"] != "http.response.body":
                await send(message)
                return
            body.extend(message.get("body", b""))
            if message.get("more_body", False):
                return
            await self._send_json(held, bytes(body), send)

        await self.app(scope, receive, rewriting_send)

    @staticmethod
    async def _send_json(start: Message, text: bytes, send: Send) -> None:
        status = int(start["status"])
        detail = text.decode("utf-8", "replace").strip() or HTTPStatus(status).phrase
        payload = json.dumps({"detail": detail}).encode()
        headers = MutableHeaders(raw=list(start.get("headers", [])))
        headers["content-type"] = "application/json"
        headers["content-length"] = str(len(payload))
        await send({**start, "headers": headers.raw})
        await send({"type": "http.response.body", "body": payload})


class BrowserGuard:
    """DNS-rebinding guard and CORS for `/api/mcp`.

    A request whose Host is not allowed answers 421; one with an `Origin` that is neither
    the server's own (same Host), nor in `allowed_origins` (`scheme://host:*` allows any
    port), answers 403. Allowed cross-origin browsers get CORS headers, and their preflight
    is answered here (the app's CORS middleware knows only CORS_ORIGINS).
    """

    def __init__(
        self, app: ASGIApp, *, allowed_hosts: list[str], allowed_origins: list[str]
    ) -> None:
        self.app = app
        self.allowed_hosts = list(allowed_hosts)
        self.allowed_origins = list(allowed_origins)

    def _origin_allowed(self, origin: str, host: str) -> bool:
        if origin in {f"http://{host}", f"https://{host}"}:
            return True
        return _pattern_matches(origin, self.allowed_origins)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        host = headers.get("host", "")
        if not _pattern_matches(host, self.allowed_hosts):
            await JSONResponse({"detail": "Invalid Host header"}, status_code=421)(
                scope, receive, send
            )
            return
        origin = headers.get("origin")
        if origin is None:
            await self.app(scope, receive, send)
            return
        if not self._origin_allowed(origin, host):
            await JSONResponse({"detail": "Invalid Origin header"}, status_code=403)(
                scope, receive, send
            )
            return
        cors = {
            "Access-Control-Allow-Origin": origin,
            "Access-Control-Allow-Credentials": "true",
            "Access-Control-Expose-Headers": _EXPOSED_HEADERS,
            "Vary": "Origin",
        }
        if scope["method"] == "OPTIONS" and "access-control-request-method" in headers:
            preflight = {
                **cors,
                "Access-Control-Allow-Methods": "GET, POST, DELETE, OPTIONS",
                "Access-Control-Allow-Headers": _ALLOWED_REQUEST_HEADERS,
                "Access-Control-Max-Age": "600",
            }
            await Response(status_code=204, headers=preflight)(scope, receive, send)
            return

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                response_headers = MutableHeaders(scope=message)
                for name, value in cors.items():
                    response_headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_cors)


class BearerGate:
    """Refuse requests without a valid bearer token before they reach the MCP transport.

    Answers like the rest of the API (`{"detail": ...}`), with the RFC 9728 challenge that
    tells an MCP client where to sign in; provisions the token's user on first use.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        verifier: TokenVerifier,
        users: UserDirectory,
        database: Database,
        limiter: RateLimiter | None = None,
    ) -> None:
        self.app = app
        self.verifier = verifier
        self.users = users
        self.database = database
        self.limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            detail = "Not authenticated: send Authorization: Bearer <token>"
            await _unauthorized(request, detail, invalid=False)(scope, receive, send)
            return
        try:
            identity = await self.verifier.verify(token)
        except Unauthorized as exc:
            await _unauthorized(request, exc.detail, invalid=True)(scope, receive, send)
            return
        except ServiceUnavailable as exc:
            headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after else None
            response = JSONResponse({"detail": exc.detail}, status_code=503, headers=headers)
            await response(scope, receive, send)
            return
        await self.users.ensure(self.database, identity)
        bind_user(identity.user_id)
        if self.limiter is not None:
            try:
                await self.limiter.hit(
                    self.limiter.mcp, identity.user_id, "Too many MCP requests; slow down."
                )
            except RateLimited as limited:
                headers = {"Retry-After": str(limited.retry_after)}
                response = JSONResponse(
                    {"detail": limited.detail}, status_code=429, headers=headers
                )
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


class PostOnly:
    """Answer anything but POST with 405: a stateless server has no stream and no session.

    The SDK would otherwise hold each GET open as an SSE stream that never carries
    anything (the spec lets a server that offers no such stream say 405 instead), and
    answer DELETE (end a session) with a JSON-RPC error body.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] != "POST":
            response = JSONResponse(
                {"detail": "No event stream or session here: POST JSON-RPC messages."},
                status_code=405,
                headers={"Allow": "POST"},
            )
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


def _unauthorized(request: Request, detail: str, *, invalid: bool) -> JSONResponse:
    challenge = bearer_challenge(request, MCP_PATH, invalid=invalid)
    return JSONResponse(
        {"detail": detail}, status_code=401, headers={"WWW-Authenticate": challenge}
    )


class CORSOutsideMCP(CORSMiddleware):
    """The app's CORS (CORS_ORIGINS) for every path but `/api/mcp`, where `BrowserGuard`
    answers with the MCP origins (its preflights would otherwise be refused here)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] == MCP_PATH:
            await self.app(scope, receive, send)
            return
        await super().__call__(scope, receive, send)

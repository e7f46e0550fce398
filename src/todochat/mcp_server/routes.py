"""`/api/mcp`: the Streamable HTTP endpoint behind a bearer gate, plus health and tool list.

The endpoint is a plain route at exactly `/api/mcp` (a mount would redirect POSTs to
`/api/mcp/`). It runs stateless with JSON responses, so any number of processes can serve
it. The gate answers a missing or bad token the way the rest of the API does (401,
`WWW-Authenticate: Bearer`, `{"detail": ...}`) and provisions the token's user; the SDK's
own bearer middleware behind it then binds the verified token to the tool calls.
"""

from __future__ import annotations

from typing import Any, Literal, cast

from fastapi import APIRouter, FastAPI, Request
from mcp.server.mcpserver import MCPServer
from mcp.server.transport_security import TransportSecuritySettings
from pydantic import BaseModel, Field
from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from todochat.accounts.deps import UserDirectory
from todochat.accounts.tokens import TokenVerifier
from todochat.core.config import Settings
from todochat.core.db import Database
from todochat.core.errors import Unauthorized
from todochat.core.logging import bind_user

MCP_PATH = "/api/mcp"

router = APIRouter(prefix=MCP_PATH, tags=["mcp"])


class MCPHealth(BaseModel):
    """The MCP server is up and how many tools it serves."""

    status: Literal["healthy"]
    tools: int


class ToolInfo(BaseModel):
    """One tool as an MCP client sees it."""

    name: str
    title: str | None = None
    description: str | None = None
    input_schema: dict[str, Any]
    output_schema: dict[str, Any] | None = None
    annotations: dict[str, Any] | None = Field(
        default=None, description="MCP tool annotations (readOnlyHint, destructiveHint, ...)"
    )


class ToolCatalog(BaseModel):
    """The tools `/api/mcp` serves."""

    tools: list[ToolInfo]


def _server(request: Request) -> MCPServer:
    return cast(MCPServer, request.app.state.mcp_server)


@router.get("/health")
async def mcp_health(request: Request) -> MCPHealth:
    """Whether the MCP server is up, and how many tools it serves (no token needed)."""
    tools = await _server(request).list_tools()
    return MCPHealth(status="healthy", tools=len(tools))


@router.get("/tools")
async def mcp_tools(request: Request) -> ToolCatalog:
    """The tools with their descriptions and schemas (no token needed; no user data)."""
    tools = await _server(request).list_tools()
    return ToolCatalog(
        tools=[
            ToolInfo(
                name=tool.name,
                title=tool.title,
                description=tool.description,
                input_schema=tool.input_schema,
                output_schema=tool.output_schema,
                annotations=(
                    tool.annotations.model_dump(by_alias=True, exclude_none=True)
                    if tool.annotations
                    else None
                ),
            )
            for tool in tools
        ]
    )


class BearerGate:
    """Refuse requests without a valid bearer token before they reach the MCP transport."""

    def __init__(
        self, app: ASGIApp, *, verifier: TokenVerifier, users: UserDirectory, database: Database
    ) -> None:
        self.app = app
        self.verifier = verifier
        self.users = users
        self.database = database

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        scheme, _, token = Headers(scope=scope).get("authorization", "").partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            response = _unauthorized("Not authenticated: send Authorization: Bearer <token>")
            await response(scope, receive, send)
            return
        try:
            identity = await self.verifier.verify(token)
        except Unauthorized as exc:
            await _unauthorized(exc.detail, invalid=True)(scope, receive, send)
            return
        await self.users.ensure(self.database, identity)
        bind_user(identity.user_id)
        await self.app(scope, receive, send)


class NoStandaloneStream:
    """Answer GET with 405: a stateless server has no server-initiated messages to stream.

    The SDK would otherwise hold each GET open as an SSE stream that never carries
    anything; the spec lets a server that offers no such stream say 405 instead.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET":
            response = JSONResponse(
                {"detail": "No event stream here: POST JSON-RPC messages to this endpoint."},
                status_code=405,
                headers={"Allow": "POST"},
            )
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


def _unauthorized(detail: str, *, invalid: bool = False) -> JSONResponse:
    challenge = 'Bearer error="invalid_token"' if invalid else "Bearer"
    return JSONResponse(
        {"detail": detail}, status_code=401, headers={"WWW-Authenticate": challenge}
    )


def mcp_http_app(
    server: MCPServer,
    *,
    settings: Settings,
    database: Database,
    verifier: TokenVerifier,
    users: UserDirectory,
) -> ASGIApp:
    """The gated Streamable HTTP app; `server.session_manager` exists once this has run."""
    transport = server.streamable_http_app(
        streamable_http_path=MCP_PATH,
        stateless_http=True,
        json_response=True,
        transport_security=TransportSecuritySettings(
            enable_dns_rebinding_protection=True,
            allowed_hosts=list(settings.allowed_hosts),
            allowed_origins=list(settings.cors_origins),
        ),
    )
    return BearerGate(
        NoStandaloneStream(transport), verifier=verifier, users=users, database=database
    )


def install(app: FastAPI, server: MCPServer) -> None:
    """Serve `server` at `/api/mcp` (with the app's settings, database, verifier and users)
    and its health and tool list beside it.

    The app's lifespan must enter `server.session_manager.run()`.
    """
    app.state.mcp_server = server
    endpoint = mcp_http_app(
        server,
        settings=app.state.settings,
        database=app.state.database,
        verifier=app.state.verifier,
        users=app.state.users,
    )
    app.router.routes.append(Route(MCP_PATH, endpoint=endpoint, name="mcp"))
    app.include_router(router)

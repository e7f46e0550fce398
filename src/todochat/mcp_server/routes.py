"""`/api/mcp`: the Streamable HTTP endpoint, its health and tool list, and sign-in discovery.

The endpoint is a plain route at exactly `/api/mcp` (a mount would redirect POSTs to
`/api/mcp/`). It runs stateless with JSON responses, so any number of processes can serve
it. The layers of `todochat.mcp_server.transport` stand in front of the SDK's transport
(JSON errors, the DNS-rebinding guard with CORS, the bearer gate); the SDK's own bearer
middleware behind them binds the verified token to the tool calls.

The MCP SDK (and the tools built on it) loads after the server listens (core/deferred.py):
a request to `/api/mcp` that arrives before waits for it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, cast

from fastapi import APIRouter, FastAPI, Request
from pydantic import BaseModel, Field
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from todochat.accounts.deps import UserDirectory
from todochat.accounts.tokens import TokenVerifier
from todochat.core.config import Settings
from todochat.core.db import Database
from todochat.core.deferred import Deferred
from todochat.core.ratelimit import RateLimiter
from todochat.mcp_server.discovery import MCP_PATH
from todochat.mcp_server.discovery import router as discovery_router
from todochat.mcp_server.transport import BearerGate, BrowserGuard, JsonErrors, PostOnly

if TYPE_CHECKING:
    from mcp.server.mcpserver import MCPServer

# What the MCP part imports in the background: the SDK's server and the task tools on it,
# and PyJWT, which every signed-in request (REST, chat or MCP) checks its token with
# (accounts/tokens.py imports it on first use).
MCP_MODULES = ("todochat.mcp_server.server", "mcp.server.transport_security", "jwt")

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


@dataclass(frozen=True)
class ServedMCP:
    """The process's MCP server (also the agent's in-process tools) and its HTTP app."""

    server: MCPServer
    endpoint: ASGIApp


async def _server(request: Request) -> MCPServer:
    return (await cast("Deferred[ServedMCP]", request.app.state.mcp).get()).server


@router.get("/health")
async def mcp_health(request: Request) -> MCPHealth:
    """Whether the MCP server is up, and how many tools it serves (no token needed)."""
    tools = await (await _server(request)).list_tools()
    return MCPHealth(status="healthy", tools=len(tools))


@router.get("/tools")
async def mcp_tools(request: Request) -> ToolCatalog:
    """The tools with their descriptions and schemas (no token needed; no user data)."""
    tools = await (await _server(request)).list_tools()
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


def mcp_http_app(
    server: MCPServer,
    *,
    settings: Settings,
    database: Database,
    verifier: TokenVerifier,
    users: UserDirectory,
    limiter: RateLimiter | None = None,
) -> ASGIApp:
    """The gated Streamable HTTP app; `server.session_manager` exists once this has run."""
    from mcp.server.transport_security import TransportSecuritySettings

    transport = server.streamable_http_app(
        streamable_http_path=MCP_PATH,
        stateless_http=True,
        json_response=True,
        # Host and Origin are checked in front (BrowserGuard), where the server's own origin
        # is known; the SDK still checks the Content-Type of POSTs.
        transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False),
    )
    gated = BearerGate(
        PostOnly(transport), verifier=verifier, users=users, database=database, limiter=limiter
    )
    guarded = BrowserGuard(
        gated,
        allowed_hosts=settings.allowed_hosts,
        allowed_origins=[*settings.mcp_allowed_origins, *settings.cors_origins],
    )
    return JsonErrors(guarded)


@asynccontextmanager
async def _serving(app: FastAPI) -> AsyncIterator[ServedMCP]:
    """Build the MCP server for the app (its settings, database, verifier, users and
    limiter) and run its session manager until the app stops."""
    from todochat.mcp_server.server import build_mcp_server

    state = app.state
    server = build_mcp_server(
        database=state.database, settings=state.settings, verifier=state.verifier, users=state.users
    )
    endpoint = mcp_http_app(
        server,
        settings=state.settings,
        database=state.database,
        verifier=state.verifier,
        users=state.users,
        limiter=state.limiter,
    )
    async with server.session_manager.run():
        yield ServedMCP(server, endpoint)


class _WhenServed:
    """`/api/mcp` as the request finds it: waits for the MCP part, then hands it over."""

    def __init__(self, mcp: Deferred[ServedMCP]) -> None:
        self._mcp = mcp

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            served = await self._mcp.get()
        except Exception:  # logged by Deferred
            answer = JSONResponse(
                {"detail": "The MCP server could not start; see the server log."}, 503
            )
            await answer(scope, receive, send)
            return
        await served.endpoint(scope, receive, send)


def served_mcp(app: FastAPI) -> Deferred[ServedMCP]:
    """The app's MCP server, built in the background: the app's lifespan must `start()` and
    `stop()` it; `app.state.settings`, `database`, `verifier`, `users` and `limiter` must be
    set."""
    mcp = Deferred("MCP server", MCP_MODULES, lambda: _serving(app))
    app.state.mcp = mcp
    return mcp


def install(app: FastAPI, mcp: Deferred[ServedMCP]) -> None:
    """Serve the task tools at `/api/mcp`, and their health and tool list beside it."""
    endpoint = _WhenServed(mcp)
    route = Route(MCP_PATH, endpoint=endpoint, name="mcp")

    async def routed(scope: Scope, receive: Receive, send: Send) -> None:
        # The request log counts requests by `scope["route"]`; the SDK's own router sets it
        # only for requests that get that far, so set it here for the layers' answers too
        # (a 401, a 429).
        scope["route"] = route
        await endpoint(scope, receive, send)

    route.app = routed
    app.router.routes.append(route)
    app.include_router(router)
    app.include_router(discovery_router)

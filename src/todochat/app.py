"""`create_app()`: the one place that wires settings, database, auth, routes and the MCP server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from todochat import __version__
from todochat.accounts.deps import UserDirectory
from todochat.accounts.routes import router as auth_router
from todochat.accounts.secret import resolve_secret
from todochat.accounts.tokens import TokenVerifier
from todochat.core.config import Settings, get_settings
from todochat.core.db import Database
from todochat.core.errors import install_error_handlers
from todochat.core.health import api_root
from todochat.core.health import router as health_router
from todochat.core.logging import RequestLogMiddleware
from todochat.tasks.routes import router as tasks_router

DESCRIPTION = """A Todo backend with a natural-language assistant.

Sign in with `/api/auth/register` or `/api/auth/login` (or a Better Auth JWT) and send
`Authorization: Bearer <token>`. Every `/api/{user_id}/...` route serves only the token's
own user.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the application; nothing connects until the server starts it."""
    settings = settings or get_settings()
    database = Database(settings.database_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            await database.dispose()

    app = FastAPI(
        title="todochat",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.database = database
    app.state.verifier = TokenVerifier(settings, resolve_secret(settings))
    app.state.users = UserDirectory()

    install_error_handlers(app)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_credentials=True,
        allow_methods=["*"],
        allow_headers=["*"],
        expose_headers=["Mcp-Session-Id", "X-Request-ID"],
    )
    app.add_middleware(RequestLogMiddleware)

    @app.get("/", tags=["health"])
    async def root() -> dict[str, Any]:
        """The API root (the web app is served here to browsers)."""
        return api_root()

    app.include_router(health_router)
    app.include_router(auth_router)
    app.include_router(tasks_router)
    return app

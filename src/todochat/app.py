"""`create_app()`: the one place that wires settings, database, auth, routes and the MCP server."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from fastapi import FastAPI

from todochat import __version__
from todochat.accounts.deps import UserDirectory
from todochat.accounts.passwords import PasswordHashing
from todochat.accounts.routes import router as auth_router
from todochat.accounts.secret import configured_secret, load_secret
from todochat.accounts.tokens import TokenVerifier
from todochat.assistant.providers import resolve_model
from todochat.chat.routes import router as chat_router
from todochat.chat.service import ChatService
from todochat.core import collector
from todochat.core.body_limit import BodyLimitMiddleware
from todochat.core.config import Settings, get_settings
from todochat.core.db import Database
from todochat.core.deferred import Deferred
from todochat.core.errors import install_error_handlers
from todochat.core.health import router as health_router
from todochat.core.logging import RequestLogMiddleware
from todochat.core.metrics import Metrics, worker_exited
from todochat.core.metrics import router as metrics_router
from todochat.core.ratelimit import RateLimiter
from todochat.mcp_server.discovery import resource_identifiers
from todochat.mcp_server.routes import install as install_mcp
from todochat.mcp_server.routes import served_mcp
from todochat.mcp_server.transport import CORSOutsideMCP
from todochat.tasks.purge import purge_every
from todochat.tasks.routes import history_router, tags_router
from todochat.tasks.routes import router as tasks_router
from todochat.web.docs import install as install_docs
from todochat.web.routes import install as install_web

if TYPE_CHECKING:
    from todochat.assistant.agent import Assistant
    from todochat.assistant.providers.choice import ModelChoice

logger = logging.getLogger("todochat")

# What the assistant's part imports in the background before a chat turn may run.
AGENT_STACK = ("todochat.chat.turn", "jsonschema.validators", "referencing")

DESCRIPTION = """A Todo backend with a natural-language assistant.

Sign in with `/api/auth/register` or `/api/auth/login` (or a Better Auth JWT) and send
`Authorization: Bearer <token>`. Every `/api/{user_id}/...` route serves only the token's
own user.
"""


def create_app(
    settings: Settings | None = None,
    *,
    model: ModelChoice | None = None,
    settle_heap: bool = False,
) -> FastAPI:
    """Build the application; nothing connects until the server starts it.

    `model` replaces the one AGENT_MODEL names (tests pass scripted models here). Neither
    the MCP server nor the assistant is imported here: the lifespan loads them while the
    server already answers (core/deferred.py); a model the settings cannot serve is refused
    here all the same. `settle_heap`: once the assistant is up, freeze the process's heap
    and collect garbage less often (core/collector.py); `todochat serve` asks for it, a
    test or an in-process client leaves its own process's collector alone.
    """
    settings = settings or get_settings()
    description = model.description if model else resolve_model(settings).description
    logger.info("todochat %s model=%s", __version__, description)
    database = Database(settings.database_url, timeouts=settings.database_timeouts)
    metrics = Metrics()
    metrics.watch_pool(database.engine)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            verifier.use_secret(await load_secret(settings, database))
            mcp.start()
            assistant.start()
            purging = asyncio.create_task(
                purge_every(
                    database,
                    retention_days=settings.trash_retention_days,
                    interval_seconds=settings.trash_purge_interval_seconds,
                )
            )
            try:
                yield
            finally:
                purging.cancel()
                await chat.drain(grace_seconds=settings.agent_timeout_seconds)
                await assistant.stop()
                await mcp.stop()
        finally:
            await limiter.close()
            await database.dispose()
            worker_exited(os.getpid())

    app = FastAPI(
        title="todochat",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # served offline by todochat.web.docs
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.database = database
    app.state.metrics = metrics
    limiter = RateLimiter(settings)
    app.state.limiter = limiter
    app.state.hashing = PasswordHashing(
        concurrency=settings.password_hash_concurrency, queue=settings.password_hash_queue
    )
    verifier = TokenVerifier(  # the secret: configured, or on start the database's
        settings, configured_secret(settings), resources=resource_identifiers(settings)
    )
    app.state.verifier = verifier
    app.state.users = UserDirectory()
    mcp = served_mcp(app)

    @asynccontextmanager
    async def running_assistant() -> AsyncIterator[Assistant]:
        from todochat.assistant.agent import Assistant

        tools = (await mcp.get()).server  # in process: the same server /api/mcp serves
        running = Assistant(settings, tools, model, metrics=metrics)
        await running.start()
        if settle_heap:  # the last part to load: what is alive now lives as long as we do
            collector.settle()
        try:
            yield running
        finally:
            await running.stop()

    # Everything a chat turn runs on: chat/turn.py imports the assistant, the SDK's runner,
    # the openai client and the MCP client. The MCP client checks a tool's structured
    # result with jsonschema, which it imports at the first tool call: about 0.2 s on the
    # event loop, in the middle of a turn, unless loaded here with the rest.
    assistant = Deferred("assistant", AGENT_STACK, running_assistant)
    chat = ChatService(
        assistant=assistant, database=database, settings=settings, metrics=metrics, limiter=limiter
    )
    app.state.chat = chat

    install_error_handlers(app)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_request_body_bytes)
    app.add_middleware(
        CORSOutsideMCP,
        allow_origins=settings.cors_origins,
        allow_credentials=True,
        allow_methods=["*"],
        allow_headers=["*"],
        expose_headers=["Mcp-Session-Id", "X-Request-ID", "X-Conversation-ID"],
    )
    app.add_middleware(RequestLogMiddleware, metrics=metrics)

    install_web(app)
    install_docs(app)
    app.include_router(health_router)
    app.include_router(metrics_router)
    app.include_router(auth_router)
    app.include_router(tasks_router)
    app.include_router(tags_router)
    app.include_router(history_router)
    app.include_router(chat_router)
    install_mcp(app, mcp)
    return app

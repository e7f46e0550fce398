"""Liveness, readiness and the API root."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from todochat import __version__
from todochat.core.deps import DatabaseDep

router = APIRouter(tags=["health"])


def api_root() -> dict[str, Any]:
    """The JSON root that API clients get at `/`."""
    return {
        "message": "Todo API - Phase 3",
        "version": __version__,
        "docs": "/docs",
        "health": "/health",
        "mcp": "/api/mcp",
    }


@router.get("/health")
async def health() -> dict[str, str]:
    """Liveness: the process answers."""
    return {"status": "ok"}


@router.get("/ready", responses={503: {"description": "The database is unreachable"}})
async def ready(database: DatabaseDep) -> JSONResponse:
    """Readiness: the database answers a query."""
    try:
        await database.ping()
    except Exception:
        return JSONResponse({"status": "unavailable", "database": "unreachable"}, status_code=503)
    return JSONResponse({"status": "ready", "database": "ok"})

"""Liveness, readiness and the API root."""

from __future__ import annotations

from typing import Any

import anyio
from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from todochat import __version__
from todochat.core.deps import DatabaseDep

router = APIRouter(tags=["health"])

# A readiness probe must answer promptly even when the database host does not.
READY_TIMEOUT_SECONDS = 5.0


class Health(BaseModel):
    """Liveness: the process answers."""

    status: str


class Readiness(BaseModel):
    """Readiness: whether the database answers; a 503 also carries `detail`."""

    status: str
    database: str
    detail: str | None = None


def api_root() -> dict[str, Any]:
    """The JSON root that API clients get at `/`."""
    return {
        "message": "Todo API - Phase 3",
        "version": __version__,
        "docs": "/docs",
        "health": "/health",
        "mcp": "/api/mcp",
    }


@router.get("/health", response_model=Health)
async def health() -> dict[str, str]:
    """Liveness: the process answers."""
    return {"status": "ok"}


@router.get(
    "/ready",
    response_model=Readiness,
    responses={503: {"description": "The database is unreachable", "model": Readiness}},
)
async def ready(database: DatabaseDep) -> JSONResponse:
    """Readiness: the database answers a query within a few seconds."""
    try:
        with anyio.fail_after(READY_TIMEOUT_SECONDS):
            await database.ping()
    except Exception:
        body = Readiness(
            status="unavailable", database="unreachable", detail="The database is unreachable"
        )
        return JSONResponse(body.model_dump(), status_code=503)
    return JSONResponse(Readiness(status="ready", database="ok").model_dump(exclude_none=True))

"""Prometheus metrics: what an operator needs to see, served at GET /metrics.

One `Metrics` object per app, with its own registry. Under `todochat serve --workers N`
the server sets PROMETHEUS_MULTIPROC_DIR before the workers start; every worker then
writes its values to files there and any worker's /metrics adds them all up
(prometheus-client's multi-process mode). /metrics answers only a loopback client
without proxy headers, or a request with `Authorization: Bearer <METRICS_TOKEN>`.
"""

from __future__ import annotations

import hmac
import ipaddress
import os
from typing import Any, cast

from fastapi import APIRouter, Request, Response
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

from todochat.core.config import Settings
from todochat.core.errors import Forbidden, Unauthorized, error_responses

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
# Request latencies: most answers take milliseconds, chat streams seconds.
HTTP_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
MODEL_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


def multiprocess_mode() -> bool:
    return bool(os.environ.get(MULTIPROC_ENV))


class Metrics:
    """The counters, histograms and gauges todochat keeps (names `todochat_*`)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        registry = self.registry
        self.http_requests = Counter(
            "todochat_http_requests",
            "HTTP requests answered, by route template and status",
            ["method", "route", "status"],
            registry=registry,
        )
        self.http_duration = Histogram(
            "todochat_http_request_duration_seconds",
            "Time to answer an HTTP request (a chat stream: until its last event)",
            ["method", "route"],
            buckets=HTTP_BUCKETS,
            registry=registry,
        )
        self.chat_turns = Counter(
            "todochat_chat_turns",
            "Chat turns by outcome (ok, or the error code the stream sent)",
            ["outcome"],
            registry=registry,
        )
        self.model_calls = Counter(
            "todochat_model_calls",
            "Model calls by provider and outcome (ok, error)",
            ["provider", "outcome"],
            registry=registry,
        )
        self.model_duration = Histogram(
            "todochat_model_call_duration_seconds",
            "Time of one model call, to its last streamed event",
            ["provider"],
            buckets=MODEL_BUCKETS,
            registry=registry,
        )
        self.tool_calls = Counter(
            "todochat_tool_calls",
            "The assistant's tool calls by tool and outcome (ok, error)",
            ["tool", "outcome"],
            registry=registry,
        )
        self.rate_limited = Counter(
            "todochat_rate_limited",
            "Requests refused with 429, by route template",
            ["route"],
            registry=registry,
        )
        self.approvals = Counter(
            "todochat_approvals",
            "Approval requests and answers (requested, approved, rejected, abandoned)",
            ["decision"],
            registry=registry,
        )
        self.db_connections_in_use = Gauge(
            "todochat_db_connections_in_use",
            "Database connections checked out of the pool",
            registry=registry,
            multiprocess_mode="livesum",
        )

    def request(self, method: str, route: str, status: int, seconds: float) -> None:
        self.http_requests.labels(method, route, str(status)).inc()
        self.http_duration.labels(method, route).observe(seconds)
        if status == 429:
            self.rate_limited.labels(route).inc()

    def watch_pool(self, engine: AsyncEngine) -> None:
        """Follow the pool's checkouts and checkins in the in-use gauge."""
        gauge = self.db_connections_in_use

        @event.listens_for(engine.sync_engine, "checkout")
        def _out(*_args: Any) -> None:
            gauge.inc()

        @event.listens_for(engine.sync_engine, "checkin")
        def _in(*_args: Any) -> None:
            gauge.dec()

    def render(self) -> bytes:
        """The text exposition: this process's values, or every worker's in multi-process mode."""
        if multiprocess_mode():
            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
            return generate_latest(registry)
        return generate_latest(self.registry)


def worker_exited(pid: int) -> None:
    """Drop a finished worker's live gauges (multi-process mode only)."""
    if multiprocess_mode():
        multiprocess.mark_process_dead(pid)  # type: ignore[no-untyped-call]


# --- GET /metrics ------------------------------------------------------------------------------

router = APIRouter(tags=["operations"])
_PROXY_HEADERS = ("x-forwarded-for", "forwarded", "x-real-ip")


def _from_loopback(request: Request) -> bool:
    """A direct loopback client; a proxy's forwarded request is not one, whatever its socket."""
    if any(name in request.headers for name in _PROXY_HEADERS):
        return False
    host = request.client.host if request.client else ""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_access(request: Request, settings: Settings) -> None:
    """Loopback, or METRICS_TOKEN as a bearer token; else 401 (wrong token) or 403."""
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    token = settings.metrics_token.get_secret_value() if settings.metrics_token else ""
    if given and scheme.lower() == "bearer":
        if token and hmac.compare_digest(given.strip().encode(), token.encode()):
            return
        raise Unauthorized("Invalid metrics token")
    if not _from_loopback(request):
        raise Forbidden("Metrics are served to loopback clients or with METRICS_TOKEN")


@router.get(
    "/metrics",
    response_class=Response,
    responses={
        200: {"description": "Prometheus text format", "content": {CONTENT_TYPE_LATEST: {}}},
        **error_responses(401, 403),
    },
)
async def metrics(request: Request) -> Response:
    """Counters and histograms for Prometheus (loopback, or with METRICS_TOKEN)."""
    check_access(request, cast(Settings, request.app.state.settings))
    rendered = cast(Metrics, request.app.state.metrics).render()
    return Response(rendered, media_type=CONTENT_TYPE_LATEST)

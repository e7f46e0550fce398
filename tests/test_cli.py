"""The `todochat` command: `migrate`, and `serve` as a real server process over HTTP."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from inspect import signature
from pathlib import Path

import httpx2
import pytest
from sqlalchemy import inspect
from sqlalchemy.engine import Connection

from tests.core.test_migrate import APP_TABLES
from tests.support.databases import scratch_database
from tests.support.servers import ServerProcess, launch_server, start_server
from todochat.cli import build_parser, main
from todochat.core.config import get_settings
from todochat.core.db import create_engine

# What a server process must not pick up from the developer's shell.
QUIET_ENVIRONMENT = {
    "AGENT_MODEL": "offline",
    "AGENT_BASE_URL": "",
    "MCP_SERVER_URL": "",
    "BETTER_AUTH_URL": "",
    "LOG_LEVEL": "INFO",
}


def table_names(database_url: str) -> set[str]:
    async def read() -> set[str]:
        def names(connection: Connection) -> set[str]:
            return set(inspect(connection).get_table_names())

        engine = create_engine(database_url)
        try:
            async with engine.connect() as connection:
                return await connection.run_sync(names)
        finally:
            await engine.dispose()

    return asyncio.run(read())


@pytest.fixture
def fresh_settings() -> Iterator[None]:
    """`todochat` reads settings once per process; re-read them around each test."""
    get_settings.cache_clear()
    try:
        yield
    finally:
        get_settings.cache_clear()


@pytest.mark.usefixtures("fresh_settings")
def test_migrate_builds_the_schema_and_downgrade_empties_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    with scratch_database(tmp_path) as database_url:
        monkeypatch.setenv("DATABASE_URL", database_url)
        assert main(["migrate"]) == 0
        assert "database is up to date" in capsys.readouterr().out
        assert table_names(database_url) == APP_TABLES | {"alembic_version"}
        assert main(["migrate"]) == 0  # again: nothing to do, no error
        assert main(["migrate", "--downgrade", "base"]) == 0
        assert "downgraded to base" in capsys.readouterr().out
        assert table_names(database_url) <= {"alembic_version"}


def test_serve_defaults_to_the_loopback_interface() -> None:
    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port) == ("127.0.0.1", 8000)


@pytest.mark.usefixtures("fresh_settings")
@pytest.mark.parametrize("workers", [1, 2])
def test_serve_settles_the_heap_of_each_process(
    monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    """One process or each of `--workers N` builds its app with `settle_heap=True`
    (core/collector.py; what the flag does is pinned by tests/test_app.py)."""
    import uvicorn

    import todochat.app
    import todochat.cli
    import todochat.core.logging

    built: list[dict[str, object]] = []
    ran: list[dict[str, object]] = []

    def create_app(settings: object, **options: object) -> object:
        built.append(options)
        return object()

    def run(app: object, **options: object) -> None:
        ran.append(options)
        if options.get("factory"):
            todochat.cli.worker_app()  # what each worker process calls

    monkeypatch.setattr(todochat.app, "create_app", create_app)
    monkeypatch.setattr(todochat.cli, "prepare_to_serve", get_settings)
    monkeypatch.setattr(todochat.cli, "_shared_metrics_directory", contextlib.nullcontext)
    monkeypatch.setattr(uvicorn, "run", run)
    monkeypatch.setattr(todochat.core.logging, "configure_logging", lambda level: None)
    assert main(["serve", "--workers", str(workers)]) == 0
    assert built == [{"settle_heap": True}]
    # Several processes: the supervisor gives a starting worker 30 s to answer, not 5 (cli.py);
    # every option is one uvicorn's Config takes (an unknown one is a TypeError at start-up).
    healthcheck = ran[0].get("timeout_worker_healthcheck")
    assert healthcheck == (todochat.cli.WORKER_HEALTHCHECK_SECONDS if workers > 1 else None)
    assert set(ran[0]) - {"factory"} <= set(signature(uvicorn.Config).parameters)


def test_a_command_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([])
    assert exited.value.code == 2
    assert "serve" in capsys.readouterr().err


# --- the real server process (started once for this module: a start costs seconds) ---


@dataclass
class Site:
    """A `todochat serve` started in an empty folder with no secret configured."""

    server: ServerProcess
    folder: Path
    database_url: str

    @property
    def database_url_from_here(self) -> str:
        """The server's database URL with SQLite's relative path made absolute."""
        if self.database_url.startswith("sqlite:///./"):
            return f"sqlite:///{self.folder / self.database_url.removeprefix('sqlite:///./')}"
        return self.database_url


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """SQLite by default (`./todochat.db`), or a new empty PostgreSQL database."""
    folder = tmp_path_factory.mktemp("site")
    with scratch_database(tmp_path_factory.mktemp("db")) as scratch_url:
        url = scratch_url if scratch_url.startswith("postgresql") else "sqlite:///./todochat.db"
        env = {**QUIET_ENVIRONMENT, "DATABASE_URL": url, "BETTER_AUTH_SECRET": ""}
        server = start_server(env, folder)
        try:
            yield Site(server, folder, url)
        finally:
            server.stop()


def wait_for_log(server: ServerProcess, needle: str, *, count: int = 1) -> str:
    """The server's log once `needle` shows `count` times (lines land just after answers)."""
    deadline = time.monotonic() + 5
    while True:
        log = server.log()
        if log.count(needle) >= count or time.monotonic() > deadline:
            return log
        time.sleep(0.05)


def test_serve_creates_the_database_and_keeps_the_secret_in_it(site: Site) -> None:
    assert table_names(site.database_url_from_here) == APP_TABLES | {"alembic_version"}
    assert not (site.folder / "todochat.secret").exists()  # no file: every process reads it
    log = site.server.log()
    assert "token signing secret (newly generated) stored in the database" in log


def test_a_token_from_one_process_works_on_another_without_a_configured_secret(
    site: Site, tmp_path: Path
) -> None:
    """A second host's process (another folder, same database) shares the first's secret."""
    env = {**QUIET_ENVIRONMENT, "DATABASE_URL": site.database_url_from_here}
    env["BETTER_AUTH_SECRET"] = ""
    other = start_server(env, tmp_path)
    try:
        registered = httpx2.post(
            f"{site.server.base_url}/api/auth/register",
            json={"email": "two-hosts@example.com", "password": "correct horse"},
            timeout=10,
        ).json()
        me, token = registered["user"]["id"], registered["token"]
        answer = httpx2.get(
            f"{other.base_url}/api/{me}/tasks",
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        )
        assert answer.status_code == 200
        logged_in = httpx2.post(
            f"{other.base_url}/api/auth/login",
            json={"email": "two-hosts@example.com", "password": "correct horse"},
            timeout=10,
        ).json()
        back = httpx2.get(
            f"{site.server.base_url}/api/auth/me",
            headers={"Authorization": f"Bearer {logged_in['token']}"},
            timeout=10,
        )
        assert back.status_code == 200
    finally:
        log = other.stop()
    secret_lines = [line for line in log.splitlines() if "secret" in line]
    assert secret_lines == []  # it found the secret; it generated none


def test_serve_runs_the_readme_walkthrough_over_http(site: Site) -> None:
    """Register, log in, create, list, update, complete, delete: as the README's curl does."""
    password = "correct horse battery"
    with httpx2.Client(base_url=site.server.base_url, timeout=10) as http:
        registered = http.post(
            "/api/auth/register",
            json={"email": "me@example.com", "password": password, "name": "Me"},
        )
        assert registered.status_code == 201
        logged_in = http.post(
            "/api/auth/login", json={"email": "me@example.com", "password": password}
        )
        assert logged_in.status_code == 200
        token = logged_in.json()["token"]
        me = logged_in.json()["user"]["id"]
        auth = {"Authorization": f"Bearer {token}"}

        created = http.post(f"/api/{me}/tasks", json={"title": "Buy groceries"}, headers=auth)
        assert created.status_code == 201
        task_id = created.json()["id"]
        pending = http.get(f"/api/{me}/tasks", params={"status": "pending"}, headers=auth)
        assert [task["title"] for task in pending.json()["items"]] == ["Buy groceries"]
        updated = http.patch(
            f"/api/{me}/tasks/{task_id}",
            json={"title": "Buy groceries and fruit", "priority": "high"},
            headers=auth,
        )
        assert updated.json()["title"] == "Buy groceries and fruit"
        completed = http.patch(f"/api/{me}/tasks/{task_id}/complete", headers=auth)
        assert completed.json()["completed"] is True
        done = http.get(f"/api/{me}/tasks", params={"status": "completed"}, headers=auth)
        assert done.json()["total"] == 1
        assert http.delete(f"/api/{me}/tasks/{task_id}", headers=auth).status_code == 204
        assert http.get(f"/api/{me}/tasks", headers=auth).json()["total"] == 0
        assert http.get(f"/api/{me}/tasks").status_code == 401
        assert http.get("/ready").json()["status"] == "ready"


def test_serve_logs_one_line_per_request_and_never_a_token_or_password(site: Site) -> None:
    password = "a-password-for-the-log-test"
    with httpx2.Client(base_url=site.server.base_url, timeout=10) as http:
        registered = http.post(
            "/api/auth/register", json={"email": "log@example.com", "password": password}
        ).json()
        me, token = registered["user"]["id"], registered["token"]
        headers = {"Authorization": f"Bearer {token}", "X-Request-ID": "log-test"}
        for _ in range(3):
            http.get(f"/api/{me}/tasks", headers=headers)
        http.post("/api/auth/login", json={"email": "log@example.com", "password": "bad-guess"})
    log = wait_for_log(site.server, "request_id=log-test", count=3)
    mine = [line for line in log.splitlines() if "request_id=log-test" in line]
    assert len(mine) == 3
    assert all(
        f"method=GET path=/api/{me}/tasks status=200" in line and f"user_id={me}" in line
        for line in mine
    )
    assert all("todochat.access" in line and "duration_ms=" in line for line in mine)
    for secret in (password, "bad-guess", token, *token.split(".")):
        assert secret not in log


@pytest.mark.slow
def test_serve_processes_started_at_once_on_an_empty_database_all_come_up(
    tmp_path: Path,
) -> None:
    """Each migrates under the database's lock: one builds the schema, the others wait."""
    with scratch_database(tmp_path) as database_url:
        env = {**QUIET_ENVIRONMENT, "DATABASE_URL": database_url, "BETTER_AUTH_SECRET": "s" * 32}
        servers = [launch_server(env, tmp_path) for _ in range(3)]
        try:
            for server in servers:
                server.wait_ready(timeout=90)
            for server in servers:
                assert httpx2.get(f"{server.base_url}/ready", timeout=10).status_code == 200
        finally:
            logs = [server.stop() for server in servers]
        assert not any("Traceback" in log for log in logs), logs
        assert table_names(database_url) == APP_TABLES | {"alembic_version"}


@pytest.mark.slow
def test_workers_metrics_add_up_across_processes(tmp_path: Path, database_url: str) -> None:
    """`serve --workers 2`: whichever worker answers /metrics reports every worker's counts."""
    env = {**QUIET_ENVIRONMENT, "DATABASE_URL": database_url, "BETTER_AUTH_SECRET": "s" * 32}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    server = start_server(env, tmp_path, args=["--workers", "2"])
    try:
        for _ in range(20):  # a new connection each: the workers share them out
            assert httpx2.get(f"{server.base_url}/health", timeout=10).status_code == 200
        sample = re.compile(
            r'^todochat_http_requests_total\{method="GET",route="/health",status="200"\} (\S+)$',
            re.M,
        )
        counts = set()
        for _ in range(4):  # answered by either worker: each sums up both
            found = sample.search(httpx2.get(f"{server.base_url}/metrics", timeout=10).text)
            assert found is not None
            counts.add(float(found.group(1)))
        assert len(counts) == 1 and counts.pop() >= 20  # (and the start-up's health checks)
    finally:
        server.stop()


# --- start-up: the server answers before the agent stack has loaded ---


HEAVY = (
    "agents",
    "openai",
    "mcp",
    "alembic",
    "jsonschema",
    "todochat.chat.turn",
    "todochat.mcp_server.server",
    "jwt",  # and with it cryptography: imported where a token is first checked or signed
    "cryptography",
)


def test_serve_imports_no_agent_stack_before_it_listens(database_url: str, tmp_path: Path) -> None:
    """Migrations, the trash purge and the app, as `serve` runs them before it listens,
    import neither the Agents SDK, nor openai, nor the MCP SDK, nor Alembic on a migrated
    database, nor PyJWT and cryptography: the assistant and the MCP server (with PyJWT) load
    once the server answers (core/deferred.py)."""
    script = (
        "import sys\n"
        "import uvicorn, todochat.core.server\n"
        "from todochat.app import create_app\n"
        "from todochat.cli import prepare_to_serve\n"
        "create_app(prepare_to_serve())\n"
        f"print(sorted(name for name in {HEAVY!r} if name in sys.modules))\n"
    )
    env = {
        **os.environ,
        **QUIET_ENVIRONMENT,
        "DATABASE_URL": database_url,
        "AGENT_MODEL": "openai/gpt-4o-mini",  # a provider's model is checked, not built
        "OPENAI_API_KEY": "sk-test-not-used",
        "LOG_LEVEL": "WARNING",
    }
    ran = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=tmp_path, capture_output=True, text=True
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == "[]"


def test_the_assistant_loads_what_its_first_tool_call_would_import(
    database_url: str, tmp_path: Path
) -> None:
    """Once the assistant is ready, the MCP client's jsonschema (which checks a tool's
    structured result, imported at the first tool call otherwise) is loaded: the first
    chat turn does not import it on the event loop (about 0.2 s)."""
    script = (
        "import asyncio, sys\n"
        "from tests.support.lifespan import running\n"
        "from todochat.app import create_app\n"
        "from todochat.cli import prepare_to_serve\n"
        "settings = prepare_to_serve()\n"
        "async def main():\n"
        "    app = create_app(settings)\n"
        "    async with running(app):\n"
        "        before = 'jsonschema' in sys.modules\n"
        "        await app.state.chat.assistant()\n"
        "        print(before, 'jsonschema.validators' in sys.modules)\n"
        "asyncio.run(main())\n"
    )
    env = {
        **os.environ,
        **QUIET_ENVIRONMENT,
        "DATABASE_URL": database_url,
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(Path(__file__).resolve().parent.parent),
    }
    ran = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=tmp_path, capture_output=True, text=True
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.split() == ["False", "True"]


def test_serve_refuses_a_model_it_cannot_serve_before_it_listens(
    database_url: str, tmp_path: Path
) -> None:
    env = {**QUIET_ENVIRONMENT, "DATABASE_URL": database_url, "AGENT_MODEL": "acme/model-1"}
    server = launch_server(env, tmp_path)
    assert server.process.wait(timeout=60) != 0
    assert "unknown provider 'acme'" in server.log()


@pytest.mark.parametrize("stream", [False, True])
def test_a_chat_turn_sent_the_moment_serve_answers_is_answered(
    database_url: str, tmp_path: Path, stream: bool
) -> None:
    """The first chat turn may arrive while the assistant still loads: it waits for it."""
    env = {**QUIET_ENVIRONMENT, "DATABASE_URL": database_url, "LOG_LEVEL": "WARNING"}
    server = launch_server(env, tmp_path)
    try:
        server.wait_ready(timeout=90)
        with httpx2.Client(base_url=server.base_url, timeout=60) as http:
            account = {"email": "early@example.com", "password": "correct horse"}
            token = http.post("/api/auth/register", json=account).json()["token"]
            auth = {"Authorization": f"Bearer {token}"}
            me = http.get("/api/auth/me", headers=auth).json()["id"]
            body = {"message": "add a task to water the plants", "stream": stream}
            answer = http.post(f"/api/{me}/chat", json=body, headers=auth)
            assert answer.status_code == 200, answer.text
            if stream:
                assert '"name": "add_task"' in answer.text and '"done": true' in answer.text
            else:
                assert [call["name"] for call in answer.json()["tool_calls"]] == ["add_task"]
            titles = [
                task["title"] for task in http.get(f"/api/{me}/tasks", headers=auth).json()["items"]
            ]
            assert titles == ["Water the plants"]
    finally:
        log = server.stop()
    assert "Traceback" not in log


def test_the_mcp_endpoint_asked_the_moment_serve_answers_is_answered(
    database_url: str, tmp_path: Path
) -> None:
    """The MCP server may still be loading: /api/mcp waits for it."""
    env = {**QUIET_ENVIRONMENT, "DATABASE_URL": database_url, "LOG_LEVEL": "WARNING"}
    server = launch_server(env, tmp_path)
    try:
        server.wait_ready(timeout=90)
        health = httpx2.get(f"{server.base_url}/api/mcp/health", timeout=60)
        assert health.status_code == 200
        assert health.json()["tools"] > 5
        unsigned = httpx2.post(
            f"{server.base_url}/api/mcp",
            json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
            headers={"Accept": "application/json, text/event-stream"},
            timeout=60,
        )
        assert unsigned.status_code == 401  # through the loaded endpoint's bearer gate
    finally:
        log = server.stop()
    assert "Traceback" not in log

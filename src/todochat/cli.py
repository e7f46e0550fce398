"""The `todochat` command: serve, migrate, purge-trash, chat, mcp, eval, doctor."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI

    from todochat.core.config import Settings


WORKER_HEALTHCHECK_SECONDS = 30
"""How long uvicorn's supervisor waits for a `--workers` process to answer its health
check before it kills and replaces it (uvicorn's default is 5 s). A worker answers from a
thread it starts only after its process has imported the app; on a busy machine (measured
at a load average of 8 to 10 on two cores) that took longer than 5 s, and the supervisor
replaced each worker as it came up, over and over. A stuck worker is still replaced, later."""


def worker_app() -> FastAPI:
    """The app of one `serve --workers N` process (each worker builds its own)."""
    from todochat.app import create_app
    from todochat.core.config import get_settings
    from todochat.core.logging import configure_logging

    settings = get_settings()
    configure_logging(settings.log_level)
    return create_app(settings, settle_heap=True)


@contextmanager
def _shared_metrics_directory() -> Iterator[None]:
    """PROMETHEUS_MULTIPROC_DIR for the workers' metrics, emptied first; a temporary one
    (removed at exit) unless the operator chose it. Set before any worker imports
    prometheus-client, which reads it once.
    """
    import os
    import shutil
    import tempfile
    from pathlib import Path

    chosen = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    folder = Path(chosen) if chosen else Path(tempfile.mkdtemp(prefix="todochat-metrics-"))
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.db"):  # values of an earlier run's workers
        stale.unlink()
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(folder)
    try:
        yield
    finally:
        if not chosen:
            shutil.rmtree(folder, ignore_errors=True)


def prepare_to_serve() -> Settings:
    """What `serve` does before it builds the app: logging, migrations, the trash purge.

    Neither this nor `create_app` imports the agent stack: the server answers while it
    loads (core/deferred.py).
    """
    from todochat.core.config import get_settings
    from todochat.core.logging import configure_logging
    from todochat.core.migrate import upgrade

    settings = get_settings()
    configure_logging(settings.log_level)

    async def prepare() -> None:
        await upgrade(settings.database_url)
        await _purge(settings)

    asyncio.run(prepare())
    return settings


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from todochat.core.server import uvicorn_options

    settings = prepare_to_serve()
    options: dict[str, Any] = {
        "host": args.host,
        "port": args.port,
        "log_level": settings.log_level.lower(),
        "access_log": False,
        "log_config": None,  # uvicorn's lines go through our handler (configure_logging)
        "timeout_graceful_shutdown": 5,
        **uvicorn_options(settings),
    }
    if args.workers > 1:
        # Several processes on one port: the server keeps no state between requests.
        with _shared_metrics_directory():
            uvicorn.run(
                "todochat.cli:worker_app",
                factory=True,
                workers=args.workers,
                timeout_worker_healthcheck=WORKER_HEALTHCHECK_SECONDS,
                **options,
            )
    else:
        from todochat.app import create_app

        uvicorn.run(create_app(settings, settle_heap=True), **options)
    return 0


def _migrate(args: argparse.Namespace) -> int:
    from todochat.core.config import get_settings
    from todochat.core.migrate import downgrade, upgrade

    settings = get_settings()
    if args.revision_down:
        asyncio.run(downgrade(settings.database_url, args.revision_down))
        print(f"downgraded to {args.revision_down}")
    else:
        asyncio.run(upgrade(settings.database_url))
        print("database is up to date")
    return 0


async def _purge(settings: Settings) -> int:
    from todochat.core.db import Database
    from todochat.tasks.purge import purge_once

    database = Database(settings.database_url)
    try:
        return await purge_once(database, retention_days=settings.trash_retention_days)
    finally:
        await database.dispose()


def _purge_trash(_args: argparse.Namespace) -> int:
    from todochat.core.config import get_settings

    settings = get_settings()
    purged = asyncio.run(_purge(settings))
    print(f"purged {purged} task(s) deleted more than {settings.trash_retention_days} days ago")
    return 0


def _new_revision(args: argparse.Namespace) -> int:
    from todochat.core.migrate import MigrationAuthoringError, new_revision

    try:
        path = asyncio.run(
            new_revision(args.message, autogenerate=args.autogenerate, database_url=args.database)
        )
    except MigrationAuthoringError as exc:
        print(f"todochat migrate revision: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {path}: check it, then run `uv run pytest tests/core/test_migrate.py`")
    return 0


def _chat(args: argparse.Namespace) -> int:
    from todochat.clients.terminal import run

    return run(args.url, local=args.local, conversation_id=args.conversation, logout=args.logout)


def _mcp(args: argparse.Namespace) -> int:
    from todochat.core.config import get_settings
    from todochat.mcp_server.stdio import run

    return run(get_settings(), user=args.user, token=args.token)


def _eval(args: argparse.Namespace) -> int:
    import logging
    from pathlib import Path

    from todochat.clients.evaluation import DEV_SET
    from todochat.clients.evaluation.cases import load_cases
    from todochat.clients.evaluation.runner import run_cases
    from todochat.core.config import get_settings

    # Quiet while it plays (one log line per request would bury the report), and as before
    # afterwards: `main` is also called in process (tests), where the level must not leak.
    logger = logging.getLogger("todochat")
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        cases = load_cases(Path(args.file) if args.file else DEV_SET)
        report = asyncio.run(
            run_cases(
                cases, get_settings(), concurrency=args.concurrency, database_url=args.database
            )
        )
    finally:
        logger.setLevel(level)
    print(report.render(verbose=args.verbose))
    if args.min_pass_rate is not None and report.pass_rate < args.min_pass_rate:
        print(f"pass rate {report.pass_rate:.1%} is below {args.min_pass_rate:.1%}")
        return 1
    return 0


def _doctor(args: argparse.Namespace) -> int:
    import logging

    from todochat.assistant.providers.doctor import doctor
    from todochat.core.config import get_settings

    logging.getLogger("todochat").setLevel(logging.ERROR)
    return asyncio.run(doctor(get_settings()))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="todochat", description="A Todo backend with a natural-language assistant."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="apply migrations, then serve HTTP")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="server processes on this port (one process uses about one core)",
    )
    serve.set_defaults(handler=_serve)

    migrate = commands.add_parser("migrate", help="apply the database migrations")
    migrate.add_argument(
        "--downgrade",
        dest="revision_down",
        metavar="REVISION",
        help="revert to REVISION instead (`base` empties the database)",
    )
    migrate.set_defaults(handler=_migrate)
    authoring = migrate.add_subparsers(dest="migrate_command", metavar="{revision}")
    revision = authoring.add_parser(
        "revision",
        help="write a new migration into the checkout (for developers of todochat)",
        description="Write the next migration into src/todochat/migrations/versions.",
    )
    revision.add_argument("-m", "--message", required=True, help="what the migration does")
    revision.add_argument(
        "--autogenerate",
        action="store_true",
        help="fill it with the difference between the models and the latest revision",
    )
    revision.add_argument(
        "--database",
        metavar="URL",
        help="compare with this database, already at the latest revision "
        "(default: a throwaway SQLite file migrated for the purpose)",
    )
    revision.set_defaults(handler=_new_revision)

    purge = commands.add_parser(
        "purge-trash",
        help="delete for good the tasks in the trash longer than TRASH_RETENTION_DAYS",
    )
    purge.set_defaults(handler=_purge_trash)

    mcp = commands.add_parser(
        "mcp", help="serve the task tools over stdio for a desktop MCP client, as one user"
    )
    mcp_user = mcp.add_mutually_exclusive_group(required=True)
    mcp_user.add_argument("--user", metavar="USER_ID", help="act as this user (id or e-mail)")
    mcp_user.add_argument("--token", help="act as this bearer token's user (verified)")
    mcp.set_defaults(handler=_mcp)

    chat = commands.add_parser("chat", help="chat with the assistant in the terminal")
    chat.add_argument("--url", default="http://127.0.0.1:8000", help="the todochat server")
    chat.add_argument("--local", action="store_true", help="run in process, no server needed")
    chat.add_argument("--conversation", type=int, help="continue this conversation id")
    chat.add_argument("--logout", action="store_true", help="forget the saved token first")
    chat.set_defaults(handler=_chat)

    evaluate = commands.add_parser(
        "eval", help="play assistant evaluation cases (JSONL) and print the pass rate"
    )
    evaluate.add_argument(
        "file",
        nargs="?",
        help="a JSONL file of cases (default: the development set shipped with todochat)",
    )
    evaluate.add_argument(
        "--verbose",
        action="store_true",
        help="print every case: messages, tool calls with arguments and results, tasks, reply",
    )
    evaluate.add_argument("--concurrency", type=int, default=4, help="cases played at once")
    evaluate.add_argument(
        "--database", help="database URL to play on (default: a throwaway SQLite file)"
    )
    evaluate.add_argument(
        "--min-pass-rate", type=float, help="exit 1 when the pass rate is below this (0 to 1)"
    )
    evaluate.set_defaults(handler=_eval)

    doctor = commands.add_parser(
        "doctor",
        help="check the configured model provider: key, model, tool calling, streaming",
    )
    doctor.set_defaults(handler=_doctor)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

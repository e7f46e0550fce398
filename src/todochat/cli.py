"""The `todochat` command: serve, migrate, chat, mcp, eval."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from todochat.app import create_app
    from todochat.core.config import get_settings
    from todochat.core.logging import configure_logging
    from todochat.core.migrate import upgrade

    settings = get_settings()
    configure_logging(settings.log_level)
    asyncio.run(upgrade(settings.database_url))
    app = create_app(settings)
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level=settings.log_level.lower(),
        access_log=False,
        timeout_graceful_shutdown=5,
    )
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="todochat", description="A Todo backend with a natural-language assistant."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="apply migrations, then serve HTTP")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(handler=_serve)

    migrate = commands.add_parser("migrate", help="apply the database migrations")
    migrate.add_argument(
        "--downgrade",
        dest="revision_down",
        metavar="REVISION",
        help="revert to REVISION instead (`base` empties the database)",
    )
    migrate.set_defaults(handler=_migrate)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

"""`todochat chat --local`: the whole app in this process, on a private loopback port.

The one place where the terminal client reaches into the server: it builds the app,
serves it from a thread, and mints a token for the local user, so that the rest of the
client speaks HTTP exactly as it does to a remote server.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from todochat.clients.terminal.api import TerminalError
from todochat.clients.terminal.credentials import Credentials

LOCAL_USER_ID = "local"
START_TIMEOUT_SECONDS = 30


@contextmanager
def local_server() -> Iterator[tuple[str, Credentials]]:
    """Migrate the configured database and serve the app; yields its URL and credentials."""
    import uvicorn

    from todochat.app import create_app
    from todochat.core.config import get_settings
    from todochat.core.migrate import upgrade

    logging.getLogger("todochat").setLevel(logging.WARNING)
    settings = get_settings()
    asyncio.run(upgrade(settings.database_url))
    app = create_app(settings)
    token, _ = app.state.verifier.issue(LOCAL_USER_ID)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(app, log_level="warning", access_log=False, timeout_graceful_shutdown=5)
    )
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [listener]}, name="todochat-local", daemon=True
    )
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            listener.close()
            raise TerminalError("the local server did not start (see the log above)")
        time.sleep(0.02)
    try:
        credentials = Credentials(token=token, user_id=LOCAL_USER_ID, email="the local user")
        yield f"http://127.0.0.1:{port}", credentials
    finally:
        server.should_exit = True
        thread.join(timeout=settings.agent_timeout_seconds + 10)
        listener.close()

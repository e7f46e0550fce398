"""Every log line of a test run, in process and from the server processes it starts, for
one check at the end: no token, no signing secret and no test password in any of them."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from todochat.core.logging import LOG_FORMAT, SafeFormatter

# A JWT: three base64url parts, the first one a JSON header (`{"` is `eyJ`).
JWT = re.compile(r"eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]{8,}")

SERVER_LOGS: list[Path] = []  # every `todochat serve` log of this run (servers.py adds them)


class LogWatch(logging.Handler):
    """Keeps each record as the server's own formatter writes it."""

    def __init__(self) -> None:
        super().__init__(level=logging.NOTSET)
        self.setFormatter(SafeFormatter(LOG_FORMAT))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:  # a record that cannot be formatted is logging's problem, not ours
            self.handleError(record)

    def leaks(self, secrets: dict[str, str]) -> list[str]:
        """Where a named secret or any JWT appears: `in-process` or a server log's name."""
        found = []
        sources = [("in-process log", "\n".join(self.lines))]
        sources += [
            (path.name, path.read_text(errors="replace")) for path in SERVER_LOGS if path.exists()
        ]
        for source, text in sources:
            if JWT.search(text):
                found.append(f"a bearer token in {source}")
            found += [f"{name} in {source}" for name, secret in secrets.items() if secret in text]
        return found

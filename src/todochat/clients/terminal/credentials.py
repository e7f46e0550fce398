"""The token a sign-in earned, remembered per server in an owner-only file."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Credentials:
    """Who the client acts as on one server."""

    token: str
    user_id: str
    email: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def credentials_path() -> Path:
    """`$XDG_CONFIG_HOME/todochat/credentials.json` (`~/.config/...` by default)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "todochat" / "credentials.json"


def _read_all() -> dict[str, Any]:
    try:
        saved = json.loads(credentials_path().read_text())
    except (OSError, ValueError):
        return {}
    return saved if isinstance(saved, dict) else {}


def _write_all(saved: dict[str, Any]) -> None:
    path = credentials_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        json.dump(saved, handle, indent=2)


def load_credentials(server: str) -> Credentials | None:
    """The credentials saved for `server`, if any are readable."""
    entry = _read_all().get(server)
    if not isinstance(entry, dict):
        return None
    try:
        return Credentials(
            token=str(entry["token"]), user_id=str(entry["user_id"]), email=str(entry["email"])
        )
    except KeyError:
        return None


def save_credentials(server: str, credentials: Credentials) -> None:
    saved = _read_all()
    saved[server] = asdict(credentials)
    _write_all(saved)


def forget_credentials(server: str) -> None:
    saved = _read_all()
    if saved.pop(server, None) is not None:
        _write_all(saved)

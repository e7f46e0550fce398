"""Reading the user's lines: readline editing and history at a terminal, plain lines in a pipe.

History holds chat messages only (never an e-mail or a password), in
`$XDG_STATE_HOME/todochat/history` (`~/.local/state/...` by default), owner-only.
"""

from __future__ import annotations

import contextlib
import getpass
import importlib
import os
import sys
from pathlib import Path
from types import ModuleType

HISTORY_LENGTH = 1000


def history_path() -> Path:
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "todochat" / "history"


def _load_readline() -> ModuleType | None:
    """The standard library's readline (absent on some builds, e.g. Windows)."""
    try:
        return importlib.import_module("readline")
    except ImportError:
        return None


class Prompts:
    """Asks for lines; `EOFError` (Ctrl-D) and `KeyboardInterrupt` (Ctrl-C) reach the caller."""

    def __init__(self) -> None:
        self.interactive = sys.stdin.isatty() and sys.stdout.isatty()
        # Importing readline is what gives input() line editing, so only at a terminal.
        self._readline = _load_readline() if self.interactive else None
        self._history = history_path()
        if self._readline is not None:
            self._readline.set_auto_history(False)
            self._readline.set_history_length(HISTORY_LENGTH)
            with contextlib.suppress(OSError):  # no history yet
                self._readline.read_history_file(self._history)

    def save_history(self) -> None:
        """Write the history file (owner-only); a failure costs only the history."""
        if self._readline is None:
            return
        with contextlib.suppress(OSError):
            self._history.parent.mkdir(parents=True, exist_ok=True)
            self._history.touch(mode=0o600, exist_ok=True)
            self._readline.write_history_file(self._history)

    def ask(self, prompt: str) -> str:
        return input(prompt).strip()

    def ask_secret(self, prompt: str) -> str:
        """A password: not echoed at a terminal, a plain line from a pipe."""
        return getpass.getpass(prompt) if self.interactive else input(prompt)

    def confirm(self, prompt: str) -> bool:
        """A yes/no question; anything but y or yes is no."""
        return self.ask(prompt).lower() in {"y", "yes"}

    def message(self, prompt: str = "you> ") -> str:
        """A chat line, remembered in the history when it is not empty."""
        line = input(prompt).strip()
        if line and self._readline is not None:
            self._readline.add_history(line)
        return line

    @staticmethod
    def say(text: str) -> None:
        """A line for the user that is not part of the conversation (stderr)."""
        print(text, file=sys.stderr, flush=True)

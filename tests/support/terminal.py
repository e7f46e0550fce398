"""A command run in a pseudo-terminal, as a person at a keyboard runs it.

Keys go in as bytes ("\\x03" is Ctrl-C, "\\x04" Ctrl-D, "\\x1b[A" the Up arrow); the
terminal driver turns them into signals and readline sees a real terminal.
"""

from __future__ import annotations

import os
import pty
import select
import signal
import time
from collections.abc import Mapping, Sequence
from pathlib import Path


class Terminal:
    """A child process on a pseudo-terminal; `expect` waits for text in its output."""

    def __init__(self, argv: Sequence[str], env: Mapping[str, str], cwd: Path) -> None:
        pid, fd = pty.fork()
        if pid == 0:  # the child: exec at once
            try:
                # A shell starts a program at a terminal with Ctrl-C's signal at its default
                # and unblocked. The test process may have it ignored or blocked by then (a
                # background run without job control ignores it; a library may block it),
                # and exec keeps both: Python would then never raise KeyboardInterrupt.
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
                os.chdir(cwd)
                os.execve(argv[0], list(argv), dict(env))
            finally:
                os._exit(127)
        self.pid = pid
        self.fd = fd
        self.output = ""
        self._seen = 0
        self.exit_code: int | None = None

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return True
        try:
            data = os.read(self.fd, 65536)
        except OSError:  # the child closed the terminal
            return False
        if not data:
            return False
        self.output += data.decode("utf-8", errors="replace").replace("\r\n", "\n")
        return True

    def expect(self, text: str, timeout: float = 30) -> str:
        """Wait until `text` appears after what was matched before; the output up to it."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.output.find(text, self._seen)
            if found >= 0:
                seen = self.output[self._seen : found + len(text)]
                self._seen = found + len(text)
                return seen
            remaining = deadline - time.monotonic()
            if remaining <= 0 or (not self._read(min(remaining, 0.2)) and self._exited()):
                raise AssertionError(f"{text!r} did not appear; the terminal shows:\n{self.output}")

    def send(self, keys: str) -> None:
        os.write(self.fd, keys.encode())

    def interrupt(self, then: str, timeout: float = 5) -> str:
        """Press Ctrl-C once, when the child waits for a key, and wait for `then`.

        CPython's readline loop looks for a signal only when its `select()` is interrupted:
        a SIGINT that lands while it still handles the last key (after echoing it, before
        its next `select()`) is seen only at the next signal, so the press is lost. The
        echo wakes this process, which on a busy machine often runs before the child is
        back in `select()` (pressed at the echo, 8 of 60 presses were lost; none of 100
        once the child sleeps), so the press waits for that. A person is never that fast,
        and one press keeps a client that loses the first Ctrl-C a failing test.
        """
        deadline = time.monotonic() + timeout
        while not self._asleep() and time.monotonic() < deadline:
            time.sleep(0.005)
        self.send("\x03")
        return self.expect(then, timeout=timeout)

    def _asleep(self) -> bool:
        """Whether the child's main thread is blocked in a system call (Linux's /proc)."""
        try:
            stat = Path(f"/proc/{self.pid}/stat").read_text()
        except OSError:
            return True  # no /proc: press at once
        return stat.rsplit(")", 1)[1].split()[0] == "S"

    def _exited(self) -> bool:
        if self.exit_code is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid == 0:
                return False
            self.exit_code = os.waitstatus_to_exitcode(status)
        return True

    def wait(self, timeout: float = 30) -> int:
        """The exit code, once the process ends (reading its last output meanwhile)."""
        deadline = time.monotonic() + timeout
        while not self._exited():
            if time.monotonic() > deadline:
                raise AssertionError(f"the process did not end; the terminal shows:\n{self.output}")
            self._read(0.1)
        while select.select([self.fd], [], [], 0)[0] and self._read(0):
            pass
        assert self.exit_code is not None
        return self.exit_code

    def close(self) -> None:
        if not self._exited():
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        os.close(self.fd)

"""A real Better Auth server (npm `better-auth`, pinned in tests/node) on loopback.

`tests/node/better-auth-server.mjs` runs Better Auth with email and password sign-up, the
JWT plugin and the bearer plugin on an in-memory adapter, under the Node 22 that
tests/node installs from npm. `ensure_node_tooling()` runs `npm ci` there when the
packages are missing (CI does it up front); without npm the tests skip with the reason
locally and fail in CI.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import httpx2
import pytest

from tests.support.accounts import Account
from tests.support.servers import free_port, stop_process

NODE_DIR = Path(__file__).resolve().parent.parent / "node"
NODE = NODE_DIR / "node_modules" / ".bin" / "node"


def ensure_node_tooling() -> Path:
    """The Node 22 binary of tests/node, installing the locked packages first if needed."""
    if NODE.exists():
        return NODE
    npm = shutil.which("npm")
    if npm is None:
        reason = "npm is not installed: the Better Auth and MCP conformance tests need it"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    subprocess.run(
        [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error", "--legacy-peer-deps"],
        cwd=NODE_DIR,
        check=True,
        timeout=600,
    )
    return NODE


@dataclass
class BetterAuthUser(Account):
    """A signed-up Better Auth user: `token` is a JWT from /api/auth/token, fetched with its
    session token."""

    session_token: str


class BetterAuthServer:
    """One running Better Auth process."""

    def __init__(self, process: subprocess.Popen[bytes], url: str) -> None:
        self.process = process
        self.url = url

    def sign_up(self, name: str, *, browser: httpx2.Client | None = None) -> BetterAuthUser:
        """A new user; `browser` keeps the session cookie, as a sign-in page would."""
        email = f"{name}-{secrets.token_hex(4)}@example.com"
        response = (browser or httpx2).post(
            f"{self.url}/api/auth/sign-up/email",
            json={"email": email, "password": "password123", "name": name},
            timeout=30,
        )
        assert response.status_code == 200, response.text
        body = response.json()
        session_token = body["token"]
        return BetterAuthUser(
            id=body["user"]["id"],
            email=email,
            token=self.jwt(session_token),
            session_token=session_token,
        )

    def jwt(self, session_token: str) -> str:
        """A JWT from `GET /api/auth/token`, as a front end fetches one for the API."""
        response = httpx2.get(
            f"{self.url}/api/auth/token",
            headers={"Authorization": f"Bearer {session_token}"},
            timeout=30,
        )
        assert response.status_code == 200, response.text
        return str(response.json()["token"])

    @contextmanager
    def hung(self) -> Iterator[None]:
        """Better Auth stops answering (SIGSTOP): connections open, nothing comes back."""
        self.process.send_signal(signal.SIGSTOP)
        try:
            yield
        finally:
            self.process.send_signal(signal.SIGCONT)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)  # a hung (stopped) one cannot exit
        stop_process(self.process)


def start_better_auth(
    *,
    algorithm: str = "EdDSA",
    rotation_seconds: int | None = None,
    oauth_resource: str | None = None,
    timeout: float = 60,
) -> BetterAuthServer:
    """Start Better Auth on a free loopback port and wait for it to listen.

    `oauth_resource` adds the OAuth provider plugin, issuing access tokens for that
    resource (an MCP endpoint's URL) to clients that register themselves.
    """
    node = ensure_node_tooling()
    port = free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        # Better Auth reads these as its own base URL: never let the test run's leak in.
        if key not in {"BASE_URL", "BETTER_AUTH_URL", "BETTER_AUTH_SECRET"}
    }
    env |= {
        "BA_PORT": str(port),
        "BA_SECRET": secrets.token_hex(32),
        "BA_ALG": algorithm,
        "NODE_ENV": "test",
    }
    if rotation_seconds is not None:
        env["BA_ROTATION"] = str(rotation_seconds)
    if oauth_resource is not None:
        env["BA_OAUTH_RESOURCE"] = oauth_resource
    process = subprocess.Popen(
        [str(node), str(NODE_DIR / "better-auth-server.mjs")],
        cwd=NODE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    assert process.stdout is not None
    output: list[str] = []
    ready = threading.Event()

    def drain(stream: IO[bytes]) -> None:
        # Read everything it prints, so a full pipe can never stall it.
        for raw in stream:
            line = raw.decode(errors="replace")
            output.append(line)
            if line.startswith("ready "):
                ready.set()

    threading.Thread(target=drain, args=(process.stdout,), daemon=True).start()
    deadline = time.monotonic() + timeout
    while not ready.wait(0.05):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            process.wait(timeout=5)
            raise RuntimeError("Better Auth did not start:\n" + "".join(output))
    url = next(line for line in output if line.startswith("ready ")).split()[1]
    return BetterAuthServer(process, url)

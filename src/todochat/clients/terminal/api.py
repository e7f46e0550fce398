"""The few API calls the terminal client makes, with every failure turned into one line."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx2

from todochat.clients.terminal.credentials import Credentials

# The read timeout covers silences in a streamed reply (the server sends keepalives).
TIMEOUT = httpx2.Timeout(180, connect=5)


class TerminalError(Exception):
    """A failure told to the user in one line; ends the session with `exit_code`."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class ServerUnreachable(TerminalError):
    """The server did not answer, or the connection broke."""


def _reason(exc: BaseException) -> str:
    """The operating system's words for a failed connection ("connection refused")."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, OSError) and seen.strerror:
            return seen.strerror.lower()
        seen = seen.__cause__ or seen.__context__
    if isinstance(exc, httpx2.TimeoutException):
        return "no answer in time"
    if isinstance(exc, httpx2.RemoteProtocolError):
        return "the connection closed"
    return "no answer"


def describe(response: httpx2.Response) -> str:
    """One line from an error answer: its `detail`, validation errors as `field: problem`."""
    try:
        body = response.json()
    except ValueError:
        body = None
    detail = body.get("detail") if isinstance(body, dict) else None
    if isinstance(detail, str) and detail:
        return detail
    if isinstance(detail, list) and detail:
        problems = []
        for error in detail:
            if not isinstance(error, dict):
                continue
            location = [str(part) for part in error.get("loc", []) if part != "body"]
            message = str(error.get("msg", "is not valid"))
            message = message.removeprefix("Value error, ")
            message = message[:1].lower() + message[1:]
            problems.append(f"{'.'.join(location)}: {message}" if location else message)
        if problems:
            return "; ".join(problems)
    if response.status_code == 404 and body is None:
        return "not found (is this a todochat server?)"
    return f"the server answered HTTP {response.status_code}"


def retry_after(response: httpx2.Response) -> str:
    """ ", try again in N s" from a `Retry-After` header, or nothing."""
    value = response.headers.get("retry-after", "")
    return f"; try again in {value} s" if value.isdigit() else ""


class Api:
    """An HTTP client bound to one todochat server."""

    def __init__(self, server: str) -> None:
        self.server = server.rstrip("/")
        self._http = httpx2.Client(base_url=self.server, timeout=TIMEOUT)

    def close(self) -> None:
        self._http.close()

    def unreachable(self, exc: httpx2.HTTPError) -> ServerUnreachable:
        return ServerUnreachable(f"cannot reach {self.server} ({_reason(exc)})")

    def request(
        self,
        method: str,
        path: str,
        *,
        credentials: Credentials | None = None,
        json: dict[str, Any] | None = None,
    ) -> httpx2.Response:
        headers = credentials.headers if credentials else {}
        try:
            return self._http.request(method, path, json=json, headers=headers)
        except httpx2.HTTPError as exc:
            raise self.unreachable(exc) from None

    def check(self) -> None:
        """Fail early, before any prompt, when nothing (or not todochat) answers."""
        if self.request("GET", "/health").status_code != 200:
            raise TerminalError(f"{self.server} does not serve the todochat API")

    def sign_in(self, email: str, password: str, *, register: bool) -> httpx2.Response:
        path = "/api/auth/register" if register else "/api/auth/login"
        return self.request("POST", path, json={"email": email, "password": password})

    def accepts(self, credentials: Credentials) -> bool:
        """Whether the server still takes this token."""
        return self.request("GET", "/api/auth/me", credentials=credentials).status_code == 200

    def conversation_exists(self, credentials: Credentials, conversation_id: int) -> bool:
        path = f"/api/{credentials.user_id}/conversations/{conversation_id}/messages?limit=1"
        return self.request("GET", path, credentials=credentials).status_code == 200

    def undo(self, credentials: Credentials) -> httpx2.Response:
        return self.request("POST", f"/api/{credentials.user_id}/undo", credentials=credentials)

    @contextmanager
    def chat(self, credentials: Credentials, body: dict[str, Any]) -> Iterator[httpx2.Response]:
        """One chat turn's streamed answer (the body is read already when it is not 200)."""
        headers = {**credentials.headers, "Accept": "text/event-stream"}
        try:
            with self._http.stream(
                "POST", f"/api/{credentials.user_id}/chat", json=body, headers=headers
            ) as response:
                if response.status_code != 200:
                    response.read()
                yield response
        except httpx2.HTTPError as exc:
            raise self.unreachable(exc) from None

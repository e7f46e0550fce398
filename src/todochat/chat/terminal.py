"""`todochat chat`: talk to the assistant in a terminal, with replies streaming in.

Against a server (default http://127.0.0.1:8000) it logs in or registers a built-in
account when asked and remembers the token in the user's config directory
(`$XDG_CONFIG_HOME/todochat/credentials.json`, owner-only). With `--local` it runs the
whole app in process on the configured database, as a local user, with no server.
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any, TextIO

import httpx2

LOCAL_USER_ID = "local"


def describe_tool_result(name: str, result: Any) -> str:
    """A short line for a tool call: "+ added #5 Buy groceries"."""
    if isinstance(result, str):
        return f"! {result}"
    if isinstance(result, dict) and "result" in result and name == "list_tasks":
        result = result["result"]
    if name == "list_tasks" and isinstance(result, list):
        return f"= listed {len(result)} task{'s' if len(result) != 1 else ''}"
    if isinstance(result, dict):
        verbs = {
            "created": "+ added",
            "completed": "✓ completed",
            "deleted": "- deleted",
            "updated": "~ updated",
        }
        verb = verbs.get(str(result.get("status")), f"· {name}")
        return f"{verb} #{result.get('task_id', '?')} {result.get('title', '')}".rstrip()
    return f"· {name}"


def credentials_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "todochat" / "credentials.json"


def load_credentials(server: str) -> dict[str, str] | None:
    path = credentials_path()
    if not path.exists():
        return None
    try:
        saved = json.loads(path.read_text())
    except (OSError, json.JSONDecodeError):
        return None
    entry = saved.get(server)
    return entry if isinstance(entry, dict) else None


def save_credentials(server: str, entry: dict[str, str]) -> None:
    path = credentials_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    saved: dict[str, Any] = {}
    if path.exists():
        try:
            saved = json.loads(path.read_text())
        except (OSError, json.JSONDecodeError):
            saved = {}
    saved[server] = entry
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        json.dump(saved, handle, indent=2)


async def parse_sse(lines: AsyncIterator[str]) -> AsyncIterator[dict[str, Any]]:
    """The JSON objects of an SSE stream's `data:` lines."""
    async for line in lines:
        if line.startswith("data:"):
            payload = line[5:].strip()
            if payload:
                yield json.loads(payload)


class ChatPrinter:
    """Prints a turn's events as they come: text inline, tool calls as short lines."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.conversation_id: int | None = None
        self._mid_line = False

    def handle(self, event: dict[str, Any]) -> None:
        if "content" in event:
            self.out.write(event["content"])
            self._mid_line = not str(event["content"]).endswith("\n")
        elif "tool_result" in event:
            result = event["tool_result"]
            self._newline()
            self.out.write(f"  {describe_tool_result(result['name'], result['result'])}\n")
        elif "error" in event:
            self._newline()
            self.out.write(f"[error] {event['error']['message']}\n")
        elif event.get("done"):
            self.conversation_id = event.get("conversation_id")
            self._newline()
        self.out.flush()

    def _newline(self) -> None:
        if self._mid_line:
            self.out.write("\n")
            self._mid_line = False


async def _server_login(
    http: httpx2.AsyncClient,
    server: str,
    ask: Callable[[str], str],
    ask_secret: Callable[[str], str],
) -> dict[str, str]:
    print(f"Sign in to {server} (a new e-mail creates an account).", file=sys.stderr)
    while True:
        email = ask("E-mail: ").strip()
        password = ask_secret("Password: ")
        response = await http.post("/api/auth/login", json={"email": email, "password": password})
        if response.status_code == 401:
            response = await http.post(
                "/api/auth/register", json={"email": email, "password": password}
            )
        if response.status_code in (200, 201):
            body = response.json()
            entry = {"token": body["token"], "user_id": body["user"]["id"], "email": email}
            save_credentials(server, entry)
            return entry
        detail = response.json().get("detail")
        print(f"Could not sign in: {detail}", file=sys.stderr)


async def run_remote(server: str, conversation_id: int | None, logout: bool) -> int:
    """Chat with a running server until end of input."""
    server = server.rstrip("/")
    async with httpx2.AsyncClient(base_url=server, timeout=httpx2.Timeout(120, connect=5)) as http:
        entry = None if logout else load_credentials(server)
        if entry is not None:
            check = await http.get(
                "/api/auth/me", headers={"Authorization": f"Bearer {entry['token']}"}
            )
            if check.status_code != 200:
                entry = None
        if entry is None:
            entry = await _server_login(http, server, input, getpass.getpass)
        headers = {"Authorization": f"Bearer {entry['token']}", "Accept": "text/event-stream"}
        printer = ChatPrinter(sys.stdout)
        printer.conversation_id = conversation_id
        _banner(entry.get("email", ""))
        while (message := _read_message()) is not None:
            if message == "/new":
                printer.conversation_id = None
                continue
            body: dict[str, Any] = {"message": message}
            if printer.conversation_id is not None:
                body["conversation_id"] = printer.conversation_id
            async with http.stream(
                "POST", f"/api/{entry['user_id']}/chat", json=body, headers=headers
            ) as response:
                if response.status_code != 200:
                    await response.aread()
                    print(f"[error {response.status_code}] {response.json().get('detail')}")
                    continue
                async for event in parse_sse(response.aiter_lines()):
                    printer.handle(event)
    return 0


async def run_local(conversation_id: int | None) -> int:
    """Chat in process on the configured database, as the local user."""
    from todochat.accounts.tokens import Identity
    from todochat.app import create_app
    from todochat.chat.models import ChatRequest
    from todochat.core.config import get_settings
    from todochat.core.migrate import upgrade

    settings = get_settings()
    await upgrade(settings.database_url)
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        await app.state.users.ensure(app.state.database, Identity(user_id=LOCAL_USER_ID))
        printer = ChatPrinter(sys.stdout)
        printer.conversation_id = conversation_id
        _banner("local user")
        while (message := _read_message()) is not None:
            if message == "/new":
                printer.conversation_id = None
                continue
            turn = await app.state.chat.begin_turn(
                user_id=LOCAL_USER_ID,
                request=ChatRequest(message=message, conversation_id=printer.conversation_id),
                bearer_token=None,
            )
            printer.handle(await turn.first_event())
            async for event in turn.events():
                printer.handle(event)
    return 0


def _banner(who: str) -> None:
    print(
        f"todochat — signed in as {who}. Type a message; /new starts a new conversation; "
        "Ctrl-D quits.",
        file=sys.stderr,
    )


def _read_message() -> str | None:
    while True:
        try:
            line = input("you> ")
        except EOFError:
            print(file=sys.stderr)
            return None
        line = line.strip()
        if line in {"/quit", "/exit"}:
            return None
        if line:
            return line

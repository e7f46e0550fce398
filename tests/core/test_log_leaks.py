"""A real `todochat serve` at DEBUG, used as people (and an attacker) would: its whole log
is searched for every message, title, search, password and token that was sent."""

from __future__ import annotations

import json
from pathlib import Path

import httpx2
import pytest

from tests.conftest import TEST_SECRET
from tests.support.servers import start_server

pytestmark = pytest.mark.slow

PASSWORD = "Canary-Password-5e1d"
TITLE = "Canary title 7f3a"
DESCRIPTION = "Canary description c0de"
MESSAGE = "add a task to water the canary fern 91b2"
RENAMED = "Canary conversation 4d4d"
SEARCH = "canary-search-aa17"
NAME = "Canary Name 8e8e"
FORGED = "2026-01-01 00:00:00,000 INFO todochat.access method=GET path=/ status=200"


def test_the_log_of_a_run_holds_none_of_the_text_or_tokens_sent(
    database_url: str, tmp_path: Path
) -> None:
    env = {
        "DATABASE_URL": database_url,
        "BETTER_AUTH_SECRET": TEST_SECRET,
        "AGENT_MODEL": "offline",
        "LOG_LEVEL": "DEBUG",
        "MCP_SERVER_URL": "",
        "BETTER_AUTH_URL": "",
    }
    server = start_server(env, tmp_path)
    sent: list[str] = [PASSWORD, TITLE, DESCRIPTION, MESSAGE, RENAMED, SEARCH, NAME, TEST_SECRET]
    try:
        with httpx2.Client(base_url=server.base_url, timeout=60) as http:
            account = {"email": "canary@example.com", "password": PASSWORD, "name": NAME}
            registered = http.post("/api/auth/register", json=account)
            assert registered.status_code == 201, registered.text
            user = registered.json()["user"]["id"]
            login = http.post("/api/auth/login", json={**account, "name": None})
            tokens = [registered.json()["token"], login.json()["token"]]
            sent.extend(tokens)
            auth = {"Authorization": f"Bearer {tokens[0]}"}
            wrong = http.post(
                "/api/auth/login", json={"email": "canary@example.com", "password": PASSWORD + "x"}
            )
            assert wrong.status_code == 401
            created = http.post(
                f"/api/{user}/tasks",
                json={"title": TITLE, "description": DESCRIPTION},
                headers=auth,
            )
            assert created.status_code == 201, created.text
            task = created.json()["id"]
            assert http.get(f"/api/{user}/tasks", params={"q": SEARCH}, headers=auth).is_success
            patched = http.patch(
                f"/api/{user}/tasks/{task}", json={"title": TITLE + " 2"}, headers=auth
            )
            assert patched.is_success
            # Hostile and broken requests: refused, and still nothing of them in the log.
            nul = json.dumps({"title": TITLE + "\x00"})
            refused = http.post(
                f"/api/{user}/tasks",
                content=nul,
                headers={**auth, "Content-Type": "application/json"},
            )
            assert refused.status_code == 422
            broken = http.post(
                f"/api/{user}/tasks", content=b'{"title": "' + TITLE.encode(), headers=auth
            )
            assert broken.status_code == 422
            assert (
                http.get(
                    "/api/auth/me", headers={"Authorization": "Bearer x" + PASSWORD}
                ).status_code
                == 401
            )
            forged = http.get("/x%0a" + FORGED.replace(" ", "%20"))
            assert forged.status_code == 404
            chat = http.post(
                f"/api/{user}/chat", json={"message": MESSAGE, "stream": False}, headers=auth
            )
            assert chat.status_code == 200, chat.text
            conversation = chat.json()["conversation_id"]
            streamed = http.post(
                f"/api/{user}/chat",
                json={"message": MESSAGE + " again", "conversation_id": conversation},
                headers=auth,
            )
            assert streamed.status_code == 200
            renamed = http.patch(
                f"/api/{user}/conversations/{conversation}", json={"title": RENAMED}, headers=auth
            )
            assert renamed.is_success
            assert http.get(
                f"/api/{user}/conversations/{conversation}/messages", headers=auth
            ).is_success
            assert http.delete(f"/api/{user}/tasks/{task}", headers=auth).status_code == 204
    finally:
        log = server.stop()
    assert "todochat.access method=POST" in log  # the log was written at all
    assert "chat turn" in log
    lines = log.splitlines()
    assert not any(line.startswith(FORGED[:24]) for line in lines)
    for text in sent:
        assert text not in log, text
    for token in tokens:
        for part in token.split("."):
            assert part not in log
    for word in ("Canary", "canary", "fern"):
        assert word not in log, word

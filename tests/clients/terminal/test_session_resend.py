"""The terminal client after a 503 on its first message: it adopts the conversation the
server named, and /retry resends into it (one conversation, the message once)."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import httpx2
import pytest

from tests.conftest import TEST_SECRET
from tests.support.scripted_provider import ScriptedProvider, error, text
from tests.support.servers import start_server
from todochat.clients.terminal.api import Api
from todochat.clients.terminal.credentials import Credentials
from todochat.clients.terminal.prompt import Prompts
from todochat.clients.terminal.session import ChatSession

pytestmark = pytest.mark.slow


def test_retry_after_a_503_on_a_first_message_goes_into_the_named_conversation(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with ScriptedProvider() as provider:
        provider.script(error(500), text("Hello again."))
        env = {
            "DATABASE_URL": database_url,
            "BETTER_AUTH_SECRET": TEST_SECRET,
            "BETTER_AUTH_URL": "",
            "MCP_SERVER_URL": "",
            "AGENT_BASE_URL": provider.base_url,
            "AGENT_MODEL": "scripted",
            "AGENT_MAX_RETRIES": "0",
            "LOG_LEVEL": "WARNING",
        }
        server = start_server(env, tmp_path)
        try:
            email = f"user-{uuid.uuid4().hex[:10]}@example.com"
            registered = httpx2.post(
                f"{server.base_url}/api/auth/register",
                json={"email": email, "password": "password123"},
                timeout=30,
            ).json()
            credentials = Credentials(registered["token"], registered["user"]["id"], email)
            out = io.StringIO()
            session = ChatSession(Api(server.base_url), credentials, Prompts(), out=out)
            session.send("hello")
            failed = capsys.readouterr().err
            named = session.conversation_id
            assert session.unsent is not None
            session.send(session.unsent.message, client_message_id=session.unsent.id)  # /retry
            base = f"{server.base_url}/api/{credentials.user_id}/conversations"
            conversations = httpx2.get(base, headers=credentials.headers).json()["items"]
            messages = httpx2.get(f"{base}/{named}/messages", headers=credentials.headers).json()[
                "items"
            ]
        finally:
            server.stop()
    assert "/retry sends it again." in failed
    assert named is not None
    assert [conversation["id"] for conversation in conversations] == [named]
    assert [(m["role"], m["content"]) for m in messages] == [
        ("user", "hello"),
        ("assistant", "Hello again."),
    ]
    assert "Hello again." in out.getvalue()
    assert session.unsent is None

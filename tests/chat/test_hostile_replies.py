"""A model's reply holding characters no database should store (a NUL, a lone surrogate,
a terminal escape) is kept without them: the turn ends well and the reply is stored."""

from __future__ import annotations

import httpx2
from agents.testing import ScriptedModel, assistant_message

from tests.support.accounts import Account


async def test_a_reply_with_unstorable_characters_is_stored_without_them(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    scripted.extend([[assistant_message("Done\x00 \ud800and\x1b[2J dusted")]])
    chat = {"message": "hello", "stream": False}
    response = await client.post(alice.path("/chat"), json=chat, headers=alice.headers)
    assert response.status_code == 200, response.text
    assert "error" not in response.json()
    conversation = response.json()["conversation_id"]
    messages = await client.get(
        alice.path(f"/conversations/{conversation}/messages"), headers=alice.headers
    )
    stored = [item["content"] for item in messages.json()["items"]]
    assert stored == ["hello", "Done and[2J dusted"]

"""The chat endpoint's 4xx answers: nothing runs and nothing is stored."""

from __future__ import annotations

import httpx2
import pytest
from agents.testing import ScriptedModel

from tests.support.accounts import Account


async def test_missing_token_is_401(client: httpx2.AsyncClient, alice: Account) -> None:
    response = await client.post(alice.path("/chat"), json={"message": "hi"})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


async def test_other_users_path_is_403(
    client: httpx2.AsyncClient, alice: Account, bob: Account
) -> None:
    response = await client.post(bob.path("/chat"), json={"message": "hi"}, headers=alice.headers)
    assert response.status_code == 403


@pytest.mark.parametrize(
    "body",
    [
        {"message": ""},
        {"message": "   "},
        {"message": "x" * 5001},
        {},
        {"message": 42},
        {"message": "hi", "conversation_id": "one"},
        {"message": "hi", "conversation_id": 0},
        {"message": "hi", "extra": True},
        {"message": "hi", "client_message_id": ""},
        {"message": "hi", "client_message_id": "x" * 65},
        {"message": "hi", "client_message_id": "has space"},
        {"message": "hi", "client_message_id": 7},
    ],
)
async def test_bad_body_is_422(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel, body: dict[str, object]
) -> None:
    response = await client.post(alice.path("/chat"), json=body, headers=alice.headers)
    assert response.status_code == 422
    assert "detail" in response.json()
    assert scripted.calls == ()


async def test_message_of_5000_characters_is_accepted(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    from agents.testing import assistant_message

    scripted.extend([[assistant_message("ok")]])
    response = await client.post(
        alice.path("/chat"), json={"message": "x" * 5000, "stream": False}, headers=alice.headers
    )
    assert response.status_code == 200


async def test_unknown_conversation_is_404(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    response = await client.post(
        alice.path("/chat"), json={"message": "hi", "conversation_id": 999}, headers=alice.headers
    )
    assert response.status_code == 404
    assert response.json() == {"detail": "Conversation 999 not found"}
    assert scripted.calls == ()


async def test_another_users_conversation_is_404_and_untouched(
    client: httpx2.AsyncClient, alice: Account, bob: Account, scripted: ScriptedModel
) -> None:
    from agents.testing import assistant_message

    scripted.extend([[assistant_message("hello bob")]])
    first = await client.post(
        bob.path("/chat"), json={"message": "hi", "stream": False}, headers=bob.headers
    )
    conversation_id = first.json()["conversation_id"]
    response = await client.post(
        alice.path("/chat"),
        json={"message": "hi", "conversation_id": conversation_id},
        headers=alice.headers,
    )
    assert response.status_code == 404
    history = await client.get(
        bob.path(f"/conversations/{conversation_id}/messages"), headers=bob.headers
    )
    assert history.json()["total"] == 2

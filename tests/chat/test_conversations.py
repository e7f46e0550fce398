"""Conversation routes: list newest first, messages oldest first, rename, delete."""

from __future__ import annotations

import httpx2
import pytest
from agents.testing import ScriptedModel, assistant_message

from tests.support.accounts import Account


async def start(
    client: httpx2.AsyncClient, user: Account, scripted: ScriptedModel, text: str
) -> int:
    scripted.extend([[assistant_message(f"re: {text}")]])
    response = await client.post(
        user.path("/chat"), json={"message": text, "stream": False}, headers=user.headers
    )
    assert response.status_code == 200
    return int(response.json()["conversation_id"])


async def test_list_is_newest_first_and_paged(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    ids = [await start(client, alice, scripted, f"topic {n}") for n in range(3)]
    listed = await client.get(alice.path("/conversations?limit=2"), headers=alice.headers)
    body = listed.json()
    assert body["total"] == 3
    assert [item["id"] for item in body["items"]] == [ids[2], ids[1]]
    assert body["items"][0]["title"] == "topic 2"
    rest = await client.get(alice.path("/conversations?limit=2&offset=2"), headers=alice.headers)
    assert [item["id"] for item in rest.json()["items"]] == [ids[0]]


async def test_messages_are_oldest_first_and_paged(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    conversation_id = await start(client, alice, scripted, "one")
    path = alice.path(f"/conversations/{conversation_id}/messages")
    page = (await client.get(path + "?limit=1&offset=1", headers=alice.headers)).json()
    assert page["total"] == 2
    assert [(m["role"], m["content"]) for m in page["items"]] == [("assistant", "re: one")]


async def test_rename_changes_the_title(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    conversation_id = await start(client, alice, scripted, "one")
    response = await client.patch(
        alice.path(f"/conversations/{conversation_id}"),
        json={"title": "  Groceries  "},
        headers=alice.headers,
    )
    assert response.status_code == 200
    assert response.json()["title"] == "Groceries"


@pytest.mark.parametrize("body", [{"title": ""}, {"title": "x" * 201}, {}, {"title": 3}])
async def test_rename_with_bad_title_is_422(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel, body: dict[str, object]
) -> None:
    conversation_id = await start(client, alice, scripted, "one")
    response = await client.patch(
        alice.path(f"/conversations/{conversation_id}"), json=body, headers=alice.headers
    )
    assert response.status_code == 422


async def test_delete_removes_the_conversation_and_its_messages(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    conversation_id = await start(client, alice, scripted, "one")
    response = await client.delete(
        alice.path(f"/conversations/{conversation_id}"), headers=alice.headers
    )
    assert response.status_code == 204
    gone = await client.get(
        alice.path(f"/conversations/{conversation_id}/messages"), headers=alice.headers
    )
    assert gone.status_code == 404
    listed = (await client.get(alice.path("/conversations"), headers=alice.headers)).json()
    assert listed["total"] == 0


async def test_another_users_conversation_is_404_on_every_route(
    client: httpx2.AsyncClient, alice: Account, bob: Account, scripted: ScriptedModel
) -> None:
    conversation_id = await start(client, alice, scripted, "private")
    base = bob.path(f"/conversations/{conversation_id}")
    answers = [
        await client.get(base + "/messages", headers=bob.headers),
        await client.patch(base, json={"title": "mine"}, headers=bob.headers),
        await client.delete(base, headers=bob.headers),
    ]
    assert [answer.status_code for answer in answers] == [404, 404, 404]
    still = await client.get(
        alice.path(f"/conversations/{conversation_id}/messages"), headers=alice.headers
    )
    assert still.json()["total"] == 2


async def test_conversation_routes_need_the_paths_own_token(
    client: httpx2.AsyncClient, alice: Account, bob: Account
) -> None:
    assert (await client.get(alice.path("/conversations"))).status_code == 401
    response = await client.get(alice.path("/conversations"), headers=bob.headers)
    assert response.status_code == 403

"""A model that fails before saying anything on a new conversation: the 503 names the
conversation that holds the message, and a resend into it never starts a second one."""

from __future__ import annotations

import httpx2
import pytest
from agents.testing import ScriptedModel, assistant_message

from tests.chat.conftest import sse_events
from tests.support.accounts import Account


async def conversations_of(client: httpx2.AsyncClient, user: Account) -> list[int]:
    response = await client.get(user.path("/conversations"), headers=user.headers)
    return [item["id"] for item in response.json()["items"]]


async def stored(client: httpx2.AsyncClient, user: Account, conversation: int) -> list[str]:
    path = user.path(f"/conversations/{conversation}/messages")
    response = await client.get(path, headers=user.headers)
    return [f"{item['role']}: {item['content']}" for item in response.json()["items"]]


@pytest.mark.parametrize("stream", [True, False], ids=["sse", "json"])
@pytest.mark.parametrize("with_id", [True, False], ids=["client-id", "no-client-id"])
async def test_the_503_names_the_new_conversation_and_a_resend_goes_into_it(
    client: httpx2.AsyncClient,
    alice: Account,
    scripted: ScriptedModel,
    stream: bool,
    with_id: bool,
) -> None:
    scripted.extend([ConnectionError("provider down"), [assistant_message("Added.")]])
    body: dict[str, object] = {"message": "add buy bread", "stream": stream}
    if with_id:
        body["client_message_id"] = "first-message-1"
    failed = await client.post(alice.path("/chat"), json=body, headers=alice.headers)
    assert failed.status_code == 503, failed.text
    (conversation,) = await conversations_of(client, alice)
    assert failed.json()["conversation_id"] == conversation
    assert failed.json()["code"] == "model_unavailable"
    assert failed.headers["x-conversation-id"] == str(conversation)

    # What the web app and the terminal client do: resend into the conversation named.
    resend = {**body, "conversation_id": conversation}
    answered = await client.post(alice.path("/chat"), json=resend, headers=alice.headers)
    assert answered.status_code == 200, answered.text
    reply = answered.json()["response"] if not stream else sse_events(answered)[0]["content"]
    assert reply == "Added."
    assert await conversations_of(client, alice) == [conversation]
    if with_id:  # the same turn, retried: the message once
        assert await stored(client, alice, conversation) == [
            "user: add buy bread",
            "assistant: Added.",
        ]
    else:  # a new message in the same conversation
        assert await stored(client, alice, conversation) == [
            "user: add buy bread",
            "user: add buy bread",
            "assistant: Added.",
        ]


async def test_a_503_in_an_existing_conversation_names_it_too(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    scripted.extend([[assistant_message("hello")], ConnectionError("provider down")])
    first = await client.post(
        alice.path("/chat"), json={"message": "hi", "stream": False}, headers=alice.headers
    )
    conversation = first.json()["conversation_id"]
    body = {"message": "add milk", "conversation_id": conversation, "stream": False}
    failed = await client.post(alice.path("/chat"), json=body, headers=alice.headers)
    assert failed.status_code == 503
    assert failed.json()["conversation_id"] == conversation
    assert await conversations_of(client, alice) == [conversation]

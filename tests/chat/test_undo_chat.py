"""Undo and restore from chat: a scripted model calling the tools, and the offline model."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx2
import pytest
from agents.testing import ScriptedModel, assistant_message, function_call

from tests.chat.conftest import sse_events
from tests.chat.test_routes import chat
from tests.support.accounts import Account
from todochat.core.db import Database, utcnow
from todochat.tasks import service


async def task(client: httpx2.AsyncClient, user: Account, task_id: int) -> httpx2.Response:
    return await client.get(user.path(f"/tasks/{task_id}"), headers=user.headers)


async def create(client: httpx2.AsyncClient, user: Account, **fields: Any) -> dict[str, Any]:
    response = await client.post(user.path("/tasks"), json=fields, headers=user.headers)
    assert response.status_code == 201
    body: dict[str, Any] = response.json()
    return body


async def activity(client: httpx2.AsyncClient, user: Account) -> list[dict[str, Any]]:
    response = await client.get(user.path("/activity"), headers=user.headers)
    assert response.status_code == 200
    return list(response.json()["items"])


def results(response: httpx2.Response) -> list[Any]:
    return [e["tool_result"]["result"] for e in sse_events(response) if "tool_result" in e]


FULL = {
    "title": "Dentist",
    "priority": "high",
    "due": "2031-03-04 16:30",
    "repeat": "every 6 months",
    "tags": ["health"],
}


# --- a scripted model (any provider model calls the same tools) ---


async def test_a_scripted_model_undoes_a_delete_and_then_a_whole_turn(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    kept = await create(client, alice, **FULL)
    original = (await task(client, alice, kept["id"])).json()
    scripted.extend(
        [
            [
                function_call("add_task", {"title": "One"}, call_id="a1"),
                function_call("add_task", {"title": "Two"}, call_id="a2"),
            ],
            [assistant_message("Added both.")],
            [function_call("delete_task", {"task_id": kept["id"]}, call_id="d1")],
            [assistant_message("Deleted.")],
            [function_call("undo", {}, call_id="u1")],
            [assistant_message("Restored 'Dentist'.")],
            [function_call("undo", {}, call_id="u2")],
            [assistant_message("Removed both again.")],
        ]
    )
    first = await chat(client, alice, "add one and two")
    conversation_id = sse_events(first)[-1]["conversation_id"]
    await chat(client, alice, "delete the dentist", conversation_id=conversation_id)
    assert (await task(client, alice, kept["id"])).status_code == 404

    undone = await chat(client, alice, "undo that", conversation_id=conversation_id)
    (result,) = results(undone)
    assert result["summary"] == 'Restored "Dentist".'
    assert (await task(client, alice, kept["id"])).json() == original

    await chat(client, alice, "undo that too", conversation_id=conversation_id)
    listed = await client.get(alice.path("/tasks"), headers=alice.headers)
    assert [t["title"] for t in listed.json()["items"]] == ["Dentist"]

    log = await activity(client, alice)
    turn_adds = [c for c in log if c["action"] == "created" and c["source"] == "chat"]
    assert len(turn_adds) == 2
    assert turn_adds[0]["group_id"] == turn_adds[1]["group_id"]
    assert all(c["undone"] for c in turn_adds)
    assert {c["conversation_id"] for c in log if c["source"] == "chat"} == {conversation_id}


async def test_a_scripted_model_undoes_an_update_and_a_completion(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    added = await create(client, alice, **FULL)
    original = (await task(client, alice, added["id"])).json()
    scripted.extend(
        [
            [function_call("update_task", {"task_id": added["id"], "title": "High"}, call_id="c1")],
            [assistant_message("Renamed.")],
            [function_call("undo", {}, call_id="c2")],
            [assistant_message("Undone.")],
            [
                function_call(
                    "complete_task", {"task_id": added["id"], "for_good": True}, call_id="c3"
                )
            ],
            [assistant_message("Done.")],
            [function_call("undo", {}, call_id="c4")],
            [assistant_message("Undone.")],
        ]
    )
    for message in ("set the priority of the dentist one to high", "undo", "done", "undo"):
        assert (await chat(client, alice, message)).status_code == 200
    assert (await task(client, alice, added["id"])).json() == original


async def test_nothing_to_undo_reaches_the_model_as_a_tool_error(
    client: httpx2.AsyncClient, bob: Account, scripted: ScriptedModel
) -> None:
    scripted.extend(
        [
            [function_call("undo", {}, call_id="u1")],
            [assistant_message("There was nothing to undo.")],
        ]
    )
    response = await chat(client, bob, "undo")
    assert results(response) == ["Nothing to undo"]


# --- the offline model, through the real server ---


@pytest.fixture
async def carol(offline_client: httpx2.AsyncClient) -> Account:
    response = await offline_client.post(
        "/api/auth/register",
        json={"email": "carol@example.com", "password": "password123", "name": "Carol"},
    )
    assert response.status_code == 201
    body = response.json()
    return Account(id=body["user"]["id"], email="carol@example.com", token=body["token"])


async def test_the_offline_model_undoes_a_delete_and_restores_from_the_trash(
    offline_client: httpx2.AsyncClient, carol: Account
) -> None:
    client = offline_client
    dentist = await create(client, carol, **FULL)
    gym = await create(client, carol, title="Go to the gym", tags=["health"])
    originals = {t["id"]: (await task(client, carol, t["id"])).json() for t in (dentist, gym)}

    first = await chat(client, carol, "delete the dentist task")
    conversation_id = sse_events(first)[-1]["conversation_id"]
    assert (await task(client, carol, dentist["id"])).status_code == 404
    undone = await chat(client, carol, "undo that", conversation_id=conversation_id)
    assert [e["tool_call"]["name"] for e in sse_events(undone) if "tool_call" in e] == ["undo"]
    assert (await task(client, carol, dentist["id"])).json() == originals[dentist["id"]]

    await chat(client, carol, "delete the gym task", conversation_id=conversation_id)
    await chat(client, carol, "add buy stamps", conversation_id=conversation_id)
    back = await chat(client, carol, "bring back the gym task", conversation_id=conversation_id)
    called = [e["tool_call"]["name"] for e in sse_events(back) if "tool_call" in e]
    assert called == ["list_tasks", "restore_task"]
    assert (await task(client, carol, gym["id"])).json() == originals[gym["id"]]


async def test_the_offline_model_undoes_an_add_an_update_and_a_completion(
    offline_client: httpx2.AsyncClient, carol: Account
) -> None:
    client = offline_client
    dentist = await create(client, carol, **FULL)
    original = (await task(client, carol, dentist["id"])).json()

    for change in ("rename the dentist task to Orthodontist", "I went to the dentist"):
        await chat(client, carol, change)
        assert (await task(client, carol, dentist["id"])).json() != original
        await chat(client, carol, "undo that")
        assert (await task(client, carol, dentist["id"])).json() == original

    added = await chat(client, carol, "add a task to water the plants")
    conversation_id = sse_events(added)[-1]["conversation_id"]
    listed = await client.get(carol.path("/tasks"), headers=carol.headers)
    assert "Water the plants" in [t["title"] for t in listed.json()["items"]]
    await chat(client, carol, "undo", conversation_id=conversation_id)
    listed = await client.get(carol.path("/tasks"), headers=carol.headers)
    assert [t["title"] for t in listed.json()["items"]] == ["Dentist"]
    log = await activity(client, carol)
    assert [c["source"] for c in log[:2]] == ["chat", "chat"]


async def test_deleting_a_conversation_keeps_its_changes_in_the_log(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    scripted.extend(
        [
            [function_call("add_task", {"title": "From chat"}, call_id="a1")],
            [assistant_message("Added.")],
        ]
    )
    conversation_id = sse_events(await chat(client, alice, "add from chat"))[-1]["conversation_id"]
    assert [c["conversation_id"] for c in await activity(client, alice)] == [conversation_id]
    deleted = await client.delete(
        alice.path(f"/conversations/{conversation_id}"), headers=alice.headers
    )
    assert deleted.status_code == 204
    log = await activity(client, alice)
    assert [(c["action"], c["source"], c["conversation_id"]) for c in log] == [
        ("created", "chat", None)
    ]
    undone = await client.post(alice.path("/undo"), headers=alice.headers)
    assert undone.json()["summary"] == 'Moved to the trash "From chat".'


async def test_bring_it_back_restores_only_what_was_just_deleted(
    offline_client: httpx2.AsyncClient, carol: Account
) -> None:
    """ "ok delete task N" (no such task) then "bring it back" must not undo the add."""
    client = offline_client
    milk = await create(client, carol, title="Buy milk")
    original = (await task(client, carol, milk["id"])).json()
    first = await chat(client, carol, f"ok delete task {milk['id'] + 100}")
    conversation_id = sse_events(first)[-1]["conversation_id"]
    back = await chat(client, carol, "bring it back", conversation_id=conversation_id)
    called = [e["tool_call"]["name"] for e in sse_events(back) if "tool_call" in e]
    assert "undo" not in called and "restore_task" not in called
    text = "".join(e["content"] for e in sse_events(back) if "content" in e)
    assert "Nothing was deleted just now" in text
    assert (await task(client, carol, milk["id"])).json() == original

    await chat(client, carol, "delete buy milk", conversation_id=conversation_id)
    again = await chat(client, carol, "wait no put it back", conversation_id=conversation_id)
    called = [e["tool_call"]["name"] for e in sse_events(again) if "tool_call" in e]
    assert called == ["list_tasks", "restore_task"]
    assert (await task(client, carol, milk["id"])).json() == original


async def test_bring_it_back_restores_a_task_just_deleted_elsewhere_but_not_an_old_one(
    offline_client: httpx2.AsyncClient, carol: Account, database: Database
) -> None:
    client = offline_client
    old = await create(client, carol, title="Old errand")
    async with database.session() as session:
        await service.delete(
            session=session, user_id=carol.id, task_id=old["id"], now=utcnow() - timedelta(hours=1)
        )
    nothing = await chat(client, carol, "bring it back")
    assert [e["tool_call"]["name"] for e in sse_events(nothing) if "tool_call" in e] == [
        "list_tasks"
    ]
    assert (await task(client, carol, old["id"])).status_code == 404

    web = await create(client, carol, title="Deleted in the web app", tags=["x"])
    original = (await task(client, carol, web["id"])).json()
    gone = await client.delete(carol.path(f"/tasks/{web['id']}"), headers=carol.headers)
    assert gone.status_code == 204
    back = await chat(client, carol, "bring it back")
    called = [e["tool_call"]["name"] for e in sse_events(back) if "tool_call" in e]
    assert called == ["list_tasks", "restore_task"]
    assert (await task(client, carol, web["id"])).json() == original
    assert (await task(client, carol, old["id"])).status_code == 404

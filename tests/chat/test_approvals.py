"""Approval before bulk deletes: the real runner on a scripted model, in process.

A turn may delete DELETE_APPROVAL_AFTER tasks (default 1) without asking; past that the
deletes wait, the stream ends with `approval_required`, and the turn resumes from the
run state kept in the database when the user answers.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Any

import httpx2
import pytest
from agents.testing import ScriptedModel, assistant_message, function_call
from fastapi import FastAPI

from tests.chat.conftest import sse_events
from tests.conftest import make_settings
from tests.support.accounts import Account
from tests.support.lifespan import running
from todochat.app import create_app
from todochat.assistant.approvals import REJECTION_MESSAGE
from todochat.assistant.providers.choice import ModelChoice
from todochat.chat.approvals import answer_in
from todochat.chat.models import PendingApproval
from todochat.core.config import Settings
from todochat.core.db import Database


async def add_tasks(client: httpx2.AsyncClient, user: Account, *titles: str) -> list[int]:
    ids = []
    for title in titles:
        response = await client.post(
            user.path("/tasks"), json={"title": title}, headers=user.headers
        )
        assert response.status_code == 201, response.text
        ids.append(int(response.json()["id"]))
    return ids


async def titles(client: httpx2.AsyncClient, user: Account) -> list[str]:
    tasks = (await client.get(user.path("/tasks"), headers=user.headers)).json()
    return [task["title"] for task in tasks["items"]]


async def send(client: httpx2.AsyncClient, user: Account, **body: Any) -> httpx2.Response:
    return await client.post(user.path("/chat"), json=body, headers=user.headers)


async def answer(
    client: httpx2.AsyncClient,
    user: Account,
    conversation_id: int,
    approval: dict[str, Any],
    approve: bool,
    **body: Any,
) -> httpx2.Response:
    """Answer a pending approval with the chat endpoint's `approval` body."""
    answer_body = {"id": approval["id"], "approve": approve}
    return await send(client, user, conversation_id=conversation_id, approval=answer_body, **body)


def delete_calls(*task_ids: int, prefix: str = "del") -> list[Any]:
    return [
        function_call("delete_task", {"task_id": task_id}, call_id=f"{prefix}_{task_id}")
        for task_id in task_ids
    ]


def approval_of(events: list[dict[str, Any]]) -> dict[str, Any]:
    """The stream's approval request, checked to come right before `done`."""
    assert "approval_required" in events[-2], events
    assert events[-1]["done"] is True
    return dict(events[-2]["approval_required"])


def text_of(events: list[dict[str, Any]]) -> str:
    return "".join(event.get("content", "") for event in events)


async def pause_on_two_deletes(
    client: httpx2.AsyncClient, user: Account, scripted: ScriptedModel
) -> tuple[int, dict[str, Any], list[int]]:
    """Two tasks, and a turn asking to delete both at once: (conversation, approval, ids)."""
    ids = await add_tasks(client, user, "Buy milk", "Call mom")
    scripted.enqueue(delete_calls(*ids))
    events = sse_events(await send(client, user, message="delete both"))
    return events[-1]["conversation_id"], approval_of(events), ids


async def test_deletes_in_one_response_all_wait_until_approved(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    ids = await add_tasks(client, alice, "Buy milk", "Call mom", "Pay rent")
    scripted.enqueue(delete_calls(ids[0], ids[1]))
    events = sse_events(await send(client, alice, message="delete milk and mom"))
    approval = approval_of(events)
    assert re.fullmatch(r"[A-Za-z0-9_-]{16,32}", approval["id"])
    assert approval["actions"] == [
        {
            "name": "delete_task",
            "arguments": {"task_id": ids[0]},
            "summary": f"Delete 'Buy milk' (#{ids[0]})",
        },
        {
            "name": "delete_task",
            "arguments": {"task_id": ids[1]},
            "summary": f"Delete 'Call mom' (#{ids[1]})",
        },
    ]
    assert text_of(events) == (
        f"Delete these 2 tasks: 'Buy milk' (#{ids[0]}) and 'Call mom' (#{ids[1]})?"
        " Say yes to confirm, or no to keep them."
    )
    assert not any("tool_result" in event for event in events)
    assert await titles(client, alice) == ["Buy milk", "Call mom", "Pay rent"]

    conversation_id = events[-1]["conversation_id"]
    listed = await client.get(
        alice.path(f"/conversations/{conversation_id}/messages"), headers=alice.headers
    )
    assert listed.json()["pending_approval"] == approval  # a reloaded client can answer it

    scripted.enqueue([assistant_message("Deleted both.")])
    resumed = sse_events(await answer(client, alice, conversation_id, approval, True))
    results = [event["tool_result"] for event in resumed if "tool_result" in event]
    assert [result["result"]["task_id"] for result in results] == ids[:2]
    assert [event["tool_call"]["id"] for event in resumed if "tool_call" in event] == [
        f"del_{ids[0]}",
        f"del_{ids[1]}",
    ]
    assert text_of(resumed) == "Deleted both."
    assert resumed[-1] == {"done": True, "conversation_id": conversation_id}
    assert await titles(client, alice) == ["Pay rent"]

    stored = (
        await client.get(
            alice.path(f"/conversations/{conversation_id}/messages"), headers=alice.headers
        )
    ).json()["items"]
    assert [m["role"] for m in stored] == ["user", "assistant", "assistant"]
    assert (
        await client.get(
            alice.path(f"/conversations/{conversation_id}/messages"), headers=alice.headers
        )
    ).json()["pending_approval"] is None
    assert stored[1]["tool_calls"] is None  # the waiting calls belong to the resumed reply
    assert [call["result"]["status"] for call in stored[2]["tool_calls"]] == ["deleted"] * 2

    # answered once: the same id is gone
    again = await answer(client, alice, conversation_id, approval, True)
    assert again.status_code == 404


async def test_one_delete_at_a_time_runs_the_first_and_holds_the_second(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    ids = await add_tasks(client, alice, "Buy milk", "Call mom")
    scripted.enqueue(delete_calls(ids[0]))
    scripted.enqueue(delete_calls(ids[1]))
    events = sse_events(await send(client, alice, message="delete them one by one"))
    approval = approval_of(events)
    assert [action["arguments"] for action in approval["actions"]] == [{"task_id": ids[1]}]
    assert [e["tool_result"]["result"]["task_id"] for e in events if "tool_result" in e] == ids[:1]
    assert (
        text_of(events) == f"Delete 'Call mom' (#{ids[1]})? Say yes to confirm, or no to keep it."
    )
    assert await titles(client, alice) == ["Call mom"]

    scripted.enqueue([assistant_message("Both gone.")])
    resumed = sse_events(await answer(client, alice, events[-1]["conversation_id"], approval, True))
    assert text_of(resumed) == "Both gone."
    assert await titles(client, alice) == []


async def test_rejecting_keeps_the_tasks_and_tells_the_model(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    conversation_id, approval, _ = await pause_on_two_deletes(client, alice, scripted)
    scripted.enqueue([assistant_message("OK, I kept them.")])
    resumed = sse_events(await answer(client, alice, conversation_id, approval, False))
    assert text_of(resumed) == "OK, I kept them."
    results = [event["tool_result"]["result"] for event in resumed if "tool_result" in event]
    assert results == [REJECTION_MESSAGE, REJECTION_MESSAGE]
    assert await titles(client, alice) == ["Buy milk", "Call mom"]
    # the model was told, call by call, that nothing was deleted
    outputs = [
        item["output"]
        for item in scripted.calls[-1].input
        if isinstance(item, dict) and item.get("type") == "function_call_output"
    ]
    assert outputs[-2:] == [REJECTION_MESSAGE, REJECTION_MESSAGE]


async def test_a_plain_yes_as_the_next_message_approves(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    conversation_id, _, _ = await pause_on_two_deletes(client, alice, scripted)
    scripted.enqueue([assistant_message("Done.")])
    events = sse_events(await send(client, alice, message="Yes!", conversation_id=conversation_id))
    assert text_of(events) == "Done."
    assert await titles(client, alice) == []
    stored = (
        await client.get(
            alice.path(f"/conversations/{conversation_id}/messages"), headers=alice.headers
        )
    ).json()["items"]
    assert [(m["role"], m["content"]) for m in stored][2:] == [
        ("user", "Yes!"),
        ("assistant", "Done."),
    ]


async def test_a_plain_no_as_the_next_message_rejects(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    conversation_id, _, _ = await pause_on_two_deletes(client, alice, scripted)
    scripted.enqueue([assistant_message("Kept.")])
    events = sse_events(await send(client, alice, message="no", conversation_id=conversation_id))
    assert text_of(events) == "Kept."
    assert await titles(client, alice) == ["Buy milk", "Call mom"]


async def test_another_message_abandons_the_approval(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    conversation_id, approval, _ = await pause_on_two_deletes(client, alice, scripted)
    scripted.enqueue([assistant_message("You have two tasks.")])
    events = sse_events(
        await send(client, alice, message="what's on my list?", conversation_id=conversation_id)
    )
    assert text_of(events) == "You have two tasks."
    late = await answer(client, alice, conversation_id, approval, True)
    assert late.status_code == 404
    assert await titles(client, alice) == ["Buy milk", "Call mom"]


async def test_json_mode_carries_the_approval_and_resumes(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    ids = await add_tasks(client, alice, "Buy milk", "Call mom")
    scripted.enqueue(delete_calls(*ids))
    paused = await send(client, alice, message="delete both", stream=False)
    assert paused.status_code == 200
    body = paused.json()
    assert body["approval_required"]["actions"][0]["arguments"] == {"task_id": ids[0]}
    assert body["tool_calls"] == []
    assert body["response"].startswith("Delete all 2 tasks")
    # the eval runner's answer: no message, stream false
    scripted.enqueue([assistant_message("Deleted.")])
    resumed = await answer(
        client, alice, body["conversation_id"], body["approval_required"], True, stream=False
    )
    assert resumed.status_code == 200
    rest = resumed.json()
    assert "approval_required" not in rest
    assert rest["response"] == "Deleted."
    assert [call["result"]["status"] for call in rest["tool_calls"]] == ["deleted", "deleted"]
    assert await titles(client, alice) == []


async def test_another_users_approval_id_answers_404(
    client: httpx2.AsyncClient, alice: Account, bob: Account, scripted: ScriptedModel
) -> None:
    conversation_id, approval, _ = await pause_on_two_deletes(client, alice, scripted)
    reply = {"id": approval["id"], "approve": True}
    # bob names alice's conversation: not his
    foreign = await send(client, bob, conversation_id=conversation_id, approval=reply)
    assert foreign.status_code == 404
    # bob names a conversation of his own with alice's approval id
    scripted.enqueue([assistant_message("Hi Bob.")])
    own = sse_events(await send(client, bob, message="hi"))[-1]["conversation_id"]
    stolen = await send(client, bob, conversation_id=own, approval=reply)
    assert stolen.status_code == 404
    assert "Approval" in stolen.json()["detail"]
    # an id that never existed, in alice's own conversation
    unknown = await send(
        client, alice, conversation_id=conversation_id, approval={"id": "x" * 22, "approve": True}
    )
    assert unknown.status_code == 404
    assert await titles(client, alice) == ["Buy milk", "Call mom"]
    # still pending for alice
    scripted.enqueue([assistant_message("Deleted.")])
    mine = await send(client, alice, conversation_id=conversation_id, approval=reply)
    assert mine.status_code == 200
    assert await titles(client, alice) == []


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({"conversation_id": 1}, "either a message or an approval"),
        (
            {"message": "hi", "approval": {"id": "abc", "approve": True}, "conversation_id": 1},
            "not both",
        ),
        ({"approval": {"id": "abc", "approve": True}}, "conversation_id"),
        ({"approval": {"id": "abc", "approve": "yes"}, "conversation_id": 1}, "approve"),
        ({"approval": {"id": "abc"}, "conversation_id": 1}, "approve"),
        ({"approval": {"id": "", "approve": True}, "conversation_id": 1}, "id"),
        ({"approval": {"id": "a b/c", "approve": True}, "conversation_id": 1}, "id"),
        ({"approval": {"id": "a" * 33, "approve": True}, "conversation_id": 1}, "id"),
        ({"approval": {"id": "abc", "approve": True, "extra": 1}, "conversation_id": 1}, "extra"),
        ({"approval": "yes", "conversation_id": 1}, "approval"),
        (
            {
                "approval": {"id": "abc", "approve": True},
                "conversation_id": 1,
                "client_message_id": "m1",
            },
            "client_message_id",
        ),
    ],
)
async def test_malformed_approval_bodies_answer_422(
    client: httpx2.AsyncClient, alice: Account, body: dict[str, Any], needle: str
) -> None:
    response = await send(client, alice, **body)
    assert response.status_code == 422, response.text
    assert needle in response.text


async def test_an_approval_for_a_missing_conversation_answers_404(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    response = await send(
        client, alice, conversation_id=424242, approval={"id": "abc", "approve": True}
    )
    assert response.status_code == 404


@pytest.fixture
async def no_approval_app(database_url: str, scripted: ScriptedModel) -> AsyncIterator[FastAPI]:
    settings: Settings = make_settings(database_url, delete_approval_after=0)
    application = create_app(settings, model=ModelChoice(scripted, "scripted", "scripted"))
    async with running(application):
        yield application


async def test_delete_approval_after_zero_never_asks(
    no_approval_app: FastAPI, scripted: ScriptedModel
) -> None:
    transport = httpx2.ASGITransport(app=no_approval_app)
    async with httpx2.AsyncClient(transport=transport, base_url="http://localhost") as client:
        register = await client.post(
            "/api/auth/register",
            json={"email": "zero@example.com", "password": "password123", "name": "zero"},
        )
        user = Account(register.json()["user"]["id"], "zero@example.com", register.json()["token"])
        ids = await add_tasks(client, user, "Buy milk", "Call mom")
        scripted.enqueue(delete_calls(*ids))
        scripted.enqueue([assistant_message("Deleted both.")])
        events = sse_events(await send(client, user, message="delete both"))
        assert not any("approval_required" in event for event in events)
        assert await titles(client, user) == []


async def test_approvals_are_counted_in_metrics(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    from tests.core.test_metrics import value

    before = (await client.get("/metrics")).text
    conversation_id, approval, ids = await pause_on_two_deletes(client, alice, scripted)
    scripted.enqueue([assistant_message("Kept.")])
    await answer(client, alice, conversation_id, approval, False)
    scripted.enqueue(delete_calls(*ids, prefix="again"))
    await send(client, alice, message="delete both", conversation_id=conversation_id)
    scripted.enqueue([assistant_message("Two tasks.")])
    await send(client, alice, message="what do I have?", conversation_id=conversation_id)
    after = (await client.get("/metrics")).text
    moves = {
        decision: value(after, "todochat_approvals_total", decision=decision)
        - value(before, "todochat_approvals_total", decision=decision)
        for decision in ("requested", "approved", "rejected", "abandoned")
    }
    assert moves == {"requested": 2, "approved": 0, "rejected": 1, "abandoned": 1}


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("yes", True),
        ("Yes please.", True),
        ("ok", True),
        ("go ahead", True),
        ("no", False),
        ("No thanks", False),
        ("don’t", False),
        ("cancel", False),
        ("yes, and add milk", None),
        ("delete the milk one", None),
        ("nobody", None),
        ("Sí", True),
        ("haan ji", True),
        ("no, gracias", False),
        ("nahi", False),
    ],
)
def test_plain_answers_are_recognised(message: str, answer: bool | None) -> None:
    assert answer_in(message) is answer


@pytest.fixture
async def offline_app(database_url: str) -> AsyncIterator[FastAPI]:
    application = create_app(make_settings(database_url))  # AGENT_MODEL=offline
    async with running(application):
        yield application


@pytest.fixture
async def offline(offline_app: FastAPI) -> AsyncIterator[httpx2.AsyncClient]:
    transport = httpx2.ASGITransport(app=offline_app)
    async with httpx2.AsyncClient(transport=transport, base_url="http://localhost") as http:
        yield http


async def offline_user(client: httpx2.AsyncClient) -> Account:
    email = "offline-approvals@example.com"
    body = {"email": email, "password": "password123", "name": "offline"}
    registered = (await client.post("/api/auth/register", json=body)).json()
    return Account(registered["user"]["id"], email, registered["token"])


async def test_offline_model_asks_before_deleting_all_tasks(offline: httpx2.AsyncClient) -> None:
    user = await offline_user(offline)
    names = ["Buy milk", "Call mom", "Pay rent", "Walk dog", "Read book"]
    await add_tasks(offline, user, *names)
    events = sse_events(await send(offline, user, message="delete all my tasks"))
    approval = approval_of(events)
    assert len(approval["actions"]) == 5
    assert text_of(events).startswith("Delete all 5 tasks: 'Buy milk'")
    assert text_of(events).endswith("Say yes to confirm, or no to keep them.")
    assert await titles(offline, user) == names
    conversation_id = events[-1]["conversation_id"]
    answered = sse_events(await send(offline, user, message="yes", conversation_id=conversation_id))
    assert await titles(offline, user) == []
    assert "deleted 5 tasks" in text_of(answered)


async def test_offline_model_keeps_the_tasks_when_told_no(offline: httpx2.AsyncClient) -> None:
    user = await offline_user(offline)
    await add_tasks(offline, user, "Buy milk", "Call mom")
    events = sse_events(await send(offline, user, message="delete all my tasks"))
    conversation_id = events[-1]["conversation_id"]
    answered = sse_events(await send(offline, user, message="no", conversation_id=conversation_id))
    assert await titles(offline, user) == ["Buy milk", "Call mom"]
    assert text_of(answered) == "OK, I kept your 2 tasks: nothing was deleted."


def test_a_long_question_names_ten_tasks_and_counts_the_rest() -> None:
    from todochat.chat.approvals import question

    actions = [
        {"name": "delete_task", "arguments": {"task_id": n}, "summary": f"Delete 'T{n}' (#{n})"}
        for n in range(1, 13)
    ]
    text = question(actions, owned=20)
    assert text.startswith("Delete these 12 tasks: 'T1' (#1), 'T2' (#2)")
    assert text.endswith("'T10' (#10) and 2 more? Say yes to confirm, or no to keep them.")
    assert question(actions, owned=12).startswith("Delete all 12 tasks: ")


async def test_the_stored_run_state_holds_no_token(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel, database: Database
) -> None:
    conversation_id, approval, _ = await pause_on_two_deletes(client, alice, scripted)
    async with database.session() as session:
        row = await session.get(PendingApproval, approval["id"])
    assert row is not None and row.conversation_id == conversation_id
    assert row.user_id == alice.id
    assert alice.token not in row.state
    assert '"bearer_token"' not in row.state
    assert '"user_id": "' + alice.id in row.state  # the context, as stored

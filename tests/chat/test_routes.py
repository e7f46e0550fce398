"""The chat endpoint with the real agent runner on a scripted model, in process."""

from __future__ import annotations

import asyncio
import json

import httpx2
from agents.testing import ModelStep, ScriptedModel, assistant_message, function_call
from fastapi import FastAPI
from openai.types.responses import ResponseTextDeltaEvent

from tests.chat.conftest import sse_events
from tests.support.accounts import Account


def add_then_confirm(title: str, call_id: str = "call_1") -> list[object]:
    return [
        [function_call("add_task", {"title": title}, call_id=call_id)],
        [assistant_message(f"I've added '{title}'.")],
    ]


async def chat(
    client: httpx2.AsyncClient, user: Account, message: str, **body: object
) -> httpx2.Response:
    return await client.post(
        user.path("/chat"), json={"message": message, **body}, headers=user.headers
    )


async def titles(client: httpx2.AsyncClient, user: Account) -> list[str]:
    tasks = (await client.get(user.path("/tasks"), headers=user.headers)).json()
    return [task["title"] for task in tasks["items"]]


async def messages(client: httpx2.AsyncClient, user: Account, conversation_id: int) -> list[dict]:
    response = await client.get(
        user.path(f"/conversations/{conversation_id}/messages"), headers=user.headers
    )
    assert response.status_code == 200
    return list(response.json()["items"])


async def test_stream_sends_tool_call_result_text_and_done_in_order(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    scripted.extend(add_then_confirm("Buy groceries"))
    response = await chat(client, alice, "Add a task to buy groceries")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    assert response.headers["x-accel-buffering"] == "no"
    events = sse_events(response)
    assert events[0] == {
        "tool_call": {"id": "call_1", "name": "add_task", "arguments": {"title": "Buy groceries"}}
    }
    assert events[1]["tool_result"]["result"] == {
        "task_id": 1,
        "status": "created",
        "title": "Buy groceries",
    }
    assert "".join(event.get("content", "") for event in events) == "I've added 'Buy groceries'."
    assert events[-1] == {"done": True, "conversation_id": 1}
    assert await titles(client, alice) == ["Buy groceries"]


async def test_turn_stores_user_message_and_reply_with_tool_calls(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    scripted.extend(add_then_confirm("Buy groceries"))
    events = sse_events(await chat(client, alice, "Add a task to buy groceries"))
    stored = await messages(client, alice, events[-1]["conversation_id"])
    assert [(m["role"], m["content"]) for m in stored] == [
        ("user", "Add a task to buy groceries"),
        ("assistant", "I've added 'Buy groceries'."),
    ]
    call = stored[1]["tool_calls"][0]
    assert call["name"] == "add_task"
    assert call["arguments"] == {"title": "Buy groceries"}
    assert call["result"]["status"] == "created"


async def test_json_mode_by_accept_header_returns_real_tool_calls(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    scripted.extend(add_then_confirm("Call mom"))
    response = await client.post(
        alice.path("/chat"),
        json={"message": "remind me to call mom"},
        headers={**alice.headers, "Accept": "application/json"},
    )
    assert response.status_code == 200
    body = response.json()
    assert body["response"] == "I've added 'Call mom'."
    assert body["tool_calls"][0]["name"] == "add_task"
    assert body["tool_calls"][0]["arguments"] == {"title": "Call mom"}
    assert body["tool_calls"][0]["result"]["task_id"] == 1
    assert "error" not in body


async def test_json_mode_by_stream_false(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    scripted.extend([[assistant_message("Hello!")]])
    response = await chat(client, alice, "hi", stream=False)
    assert response.json() == {"conversation_id": 1, "response": "Hello!", "tool_calls": []}


async def test_next_turn_replays_earlier_tool_calls_to_the_model(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    scripted.extend(add_then_confirm("Buy milk", call_id="call_add"))
    first = sse_events(await chat(client, alice, "add buy milk"))
    conversation_id = first[-1]["conversation_id"]
    scripted.extend(
        [
            [function_call("complete_task", {"task_id": 1}, call_id="call_done")],
            [assistant_message("Done!")],
        ]
    )
    await chat(client, alice, "mark it done", conversation_id=conversation_id)
    model_input = scripted.calls[2].input
    kinds = [item.get("type") or item.get("role") for item in model_input]
    assert kinds[:5] == ["user", "function_call", "function_call_output", "assistant", "user"]
    assert model_input[1]["call_id"] == "call_add"
    assert json.loads(model_input[2]["output"])["task_id"] == 1
    tasks = (await client.get(alice.path("/tasks"), headers=alice.headers)).json()["items"]
    assert tasks[0]["completed"] is True


async def test_history_is_limited_to_max_conversation_history(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel, app: object
) -> None:
    app.state.settings.max_conversation_history = 2  # type: ignore[attr-defined]
    conversation_id = None
    for index in range(3):
        scripted.extend([[assistant_message(f"reply {index}")]])
        body = {"conversation_id": conversation_id} if conversation_id else {}
        events = sse_events(await chat(client, alice, f"message {index}", **body))
        conversation_id = events[-1]["conversation_id"]
    last_input = scripted.calls[-1].input
    assert [item["content"] for item in last_input] == ["message 1", "reply 1", "message 2"]


async def test_provider_failure_before_output_answers_503_and_keeps_the_message(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    scripted.extend([ConnectionError("provider down")])
    response = await chat(client, alice, "add buy bread")
    assert response.status_code == 503
    conversations = (await client.get(alice.path("/conversations"), headers=alice.headers)).json()
    assert response.json() == {
        "detail": "The model provider is unavailable right now.",
        "code": "model_unavailable",
        "conversation_id": conversations["items"][0]["id"],
    }
    stored = await messages(client, alice, conversations["items"][0]["id"])
    assert [(m["role"], m["content"]) for m in stored] == [("user", "add buy bread")]


async def test_failure_mid_stream_sends_error_stores_partial_reply_and_ends_with_done(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    async def text_then_failure(_call: object):  # type: ignore[no-untyped-def]
        yield ResponseTextDeltaEvent(
            type="response.output_text.delta",
            item_id="msg_1",
            output_index=0,
            content_index=0,
            delta="Working on it",
            logprobs=[],
            sequence_number=1,
        )
        raise ConnectionError("connection reset")

    scripted.extend([ModelStep.stream(text_then_failure)])
    response = await chat(client, alice, "add something")
    assert response.status_code == 200
    events = sse_events(response)
    assert events[0] == {"content": "Working on it"}
    assert events[-2]["error"]["code"] == "model_unavailable"
    assert events[-1]["done"] is True
    stored = await messages(client, alice, events[-1]["conversation_id"])
    assert stored[-1]["role"] == "assistant"
    assert stored[-1]["content"] == "Working on it"


async def test_empty_model_answer_is_a_provider_failure(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    scripted.extend([[]])
    response = await chat(client, alice, "hello")
    assert response.status_code == 503
    assert "empty" in response.json()["detail"]


async def test_malformed_tool_arguments_go_back_to_the_model_as_an_error(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    scripted.extend(
        [
            [function_call("add_task", '{"title": "Buy', call_id="call_bad")],
            [assistant_message("Sorry, let me try that again.")],
        ]
    )
    response = await chat(client, alice, "add buy milk")
    assert response.status_code == 200
    events = sse_events(response)
    result = next(event["tool_result"] for event in events if "tool_result" in event)
    assert isinstance(result["result"], str)
    assert events[-1]["done"] is True
    assert "error" not in events[-2]
    assert await titles(client, alice) == []
    second_call_input = scripted.calls[1].input
    assert second_call_input[-1]["type"] == "function_call_output"


async def test_model_naming_another_user_changes_nothing_of_theirs(
    client: httpx2.AsyncClient, alice: Account, bob: Account, scripted: ScriptedModel
) -> None:
    created = await client.post(bob.path("/tasks"), json={"title": "Bob's"}, headers=bob.headers)
    bob_task = created.json()["id"]
    scripted.extend(
        [
            [
                function_call("add_task", {"title": "Evil", "user_id": bob.id}, call_id="c1"),
                function_call("delete_task", {"task_id": bob_task}, call_id="c2"),
                function_call(
                    "complete_task", {"task_id": bob_task, "user_id": bob.id}, call_id="c3"
                ),
            ],
            [assistant_message("Done.")],
        ]
    )
    events = sse_events(await chat(client, alice, f"add a task for user_id={bob.id}"))
    results = [event["tool_result"]["result"] for event in events if "tool_result" in event]
    assert all(isinstance(result, str) for result in results), results
    bob_tasks = (await client.get(bob.path("/tasks"), headers=bob.headers)).json()["items"]
    assert [(task["title"], task["completed"]) for task in bob_tasks] == [("Bob's", False)]
    assert await titles(client, alice) == []


async def test_the_models_tools_do_not_offer_user_id(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    scripted.extend([[assistant_message("Hi!")]])
    await chat(client, alice, "hi")
    tools = scripted.calls[0].tools
    assert sorted(tool.name for tool in tools) == [
        "add_task",
        "complete_task",
        "delete_task",
        "list_tasks",
        "restore_task",
        "undo",
        "update_task",
    ]
    for tool in tools:
        assert "user_id" not in tool.params_json_schema.get("properties", {})  # type: ignore[attr-defined]


async def test_system_prompt_has_the_date_and_no_user_id(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    scripted.extend([[assistant_message("Hi!")]])
    await chat(client, alice, "hi")
    instructions = scripted.calls[0].system_instructions or ""
    assert "For the user it is now" in instructions
    assert "UTC (UTC+00:00)" in instructions  # the zone of a user who set none
    assert alice.id not in instructions


async def test_two_messages_at_once_in_one_conversation_are_stored_in_order(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    scripted.extend([[assistant_message("first")]])
    events = sse_events(await chat(client, alice, "start"))
    conversation_id = events[-1]["conversation_id"]
    scripted.extend([[assistant_message("reply a")], [assistant_message("reply b")]])
    first, second = await asyncio.gather(
        chat(client, alice, "message a", conversation_id=conversation_id),
        chat(client, alice, "message b", conversation_id=conversation_id),
    )
    assert first.status_code == second.status_code == 200
    stored = await messages(client, alice, conversation_id)
    roles = [m["role"] for m in stored]
    assert roles == ["user", "assistant", "user", "assistant", "user", "assistant"]
    user_texts = {stored[2]["content"], stored[4]["content"]}
    assert user_texts == {"message a", "message b"}


async def test_new_conversation_is_titled_from_the_first_message(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    scripted.extend([[assistant_message("ok")]])
    long_message = "Please add a task to " + "really " * 20 + "buy groceries"
    await chat(client, alice, long_message)
    listed = (await client.get(alice.path("/conversations"), headers=alice.headers)).json()
    title = listed["items"][0]["title"]
    assert len(title) <= 60
    assert title.startswith("Please add a task to really")


async def start_conversation(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> int:
    scripted.extend([[assistant_message("hello")]])
    return int(sse_events(await chat(client, alice, "hi"))[-1]["conversation_id"])


async def test_resend_with_the_same_id_after_a_503_retries_that_turn(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    conversation_id = await start_conversation(client, alice, scripted)
    scripted.extend([ConnectionError("down"), [assistant_message("Added.")]])
    body = {"conversation_id": conversation_id, "client_message_id": "m-1"}
    failed = await chat(client, alice, "add milk", **body)
    assert failed.status_code == 503
    retried = await chat(client, alice, "add milk", **body)
    assert retried.status_code == 200
    stored = await messages(client, alice, conversation_id)
    assert [(m["role"], m["content"]) for m in stored] == [
        ("user", "hi"),
        ("assistant", "hello"),
        ("user", "add milk"),
        ("assistant", "Added."),
    ]
    assert [item.get("content") for item in scripted.calls[-1].input] == [
        "hi",
        "hello",
        "add milk",
    ]


async def test_the_same_text_without_an_id_or_with_a_new_id_is_a_new_message(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    """No guessing from the text: a real repeat is stored as often as it is sent."""
    conversation_id = await start_conversation(client, alice, scripted)
    scripted.extend(
        [ConnectionError("down"), [assistant_message("one")], [assistant_message("two")]]
    )
    assert (await chat(client, alice, "ping", conversation_id=conversation_id)).status_code == 503
    await chat(client, alice, "ping", conversation_id=conversation_id)
    await chat(client, alice, "ping", conversation_id=conversation_id, client_message_id="new")
    stored = await messages(client, alice, conversation_id)
    assert [(m["role"], m["content"]) for m in stored][2:] == [
        ("user", "ping"),
        ("user", "ping"),
        ("assistant", "one"),
        ("user", "ping"),
        ("assistant", "two"),
    ]


async def test_resend_of_an_answered_message_answers_the_stored_reply(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    """The client lost the answer, not the server: nothing runs twice."""
    scripted.extend(add_then_confirm("Buy milk"))
    first = sse_events(await chat(client, alice, "add milk", client_message_id="m-7"))
    conversation_id = first[-1]["conversation_id"]
    calls = len(scripted.calls)
    again = sse_events(await chat(client, alice, "add milk", client_message_id="m-7"))
    assert again == first
    as_json = await chat(client, alice, "add milk", client_message_id="m-7", stream=False)
    assert as_json.json()["response"] == "I've added 'Buy milk'."
    assert as_json.json()["tool_calls"][0]["result"]["title"] == "Buy milk"
    assert len(scripted.calls) == calls  # the model was not asked again
    assert len(await messages(client, alice, conversation_id)) == 2
    assert await titles(client, alice) == ["Buy milk"]


async def test_resend_of_a_first_message_finds_its_conversation(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    """A client that never learnt the new conversation's id still resends into it."""
    scripted.extend([ConnectionError("down"), [assistant_message("Hello again.")]])
    failed = await chat(client, alice, "hello", client_message_id="first")
    assert failed.status_code == 503
    retried = sse_events(await chat(client, alice, "hello", client_message_id="first"))
    conversations = (await client.get(alice.path("/conversations"), headers=alice.headers)).json()
    assert conversations["total"] == 1
    assert retried[-1]["conversation_id"] == conversations["items"][0]["id"]
    stored = await messages(client, alice, retried[-1]["conversation_id"])
    assert [(m["role"], m["content"]) for m in stored] == [
        ("user", "hello"),
        ("assistant", "Hello again."),
    ]


async def test_two_copies_of_a_first_message_at_once_make_one_turn(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    scripted.extend([[assistant_message("Only once.")]])
    one, two = await asyncio.gather(
        chat(client, alice, "hello", client_message_id="twin", stream=False),
        chat(client, alice, "hello", client_message_id="twin", stream=False),
    )
    assert one.json() == two.json()
    assert len(scripted.calls) == 1
    stored = await messages(client, alice, one.json()["conversation_id"])
    assert [m["role"] for m in stored] == ["user", "assistant"]


async def test_a_client_message_id_cannot_be_reused_for_something_else(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    conversation_id = await start_conversation(client, alice, scripted)
    scripted.extend([ConnectionError("down"), [assistant_message("ok")]])
    body = {"conversation_id": conversation_id, "client_message_id": "m-9"}
    assert (await chat(client, alice, "add milk", **body)).status_code == 503
    other_text = await chat(client, alice, "add bread", **body)
    assert other_text.status_code == 409
    assert other_text.json() == {
        "detail": "That client_message_id was used for a different message."
    }
    elsewhere = await chat(client, alice, "add milk", client_message_id="m-9", conversation_id=99)
    assert elsewhere.status_code == 404  # not a conversation of alice's
    await chat(client, alice, "something else", conversation_id=conversation_id)
    moved_on = await chat(client, alice, "add milk", **body)
    assert moved_on.status_code == 409
    assert "moved on" in moved_on.json()["detail"]
    scripted.extend([[assistant_message("new one")]])
    other = sse_events(await chat(client, alice, "fresh"))[-1]["conversation_id"]
    wrong = await chat(client, alice, "add milk", conversation_id=other, client_message_id="m-9")
    assert wrong.status_code == 409
    assert wrong.json() == {"detail": "That client_message_id was used in another conversation."}


async def test_client_message_ids_are_per_user(
    client: httpx2.AsyncClient, alice: Account, bob: Account, scripted: ScriptedModel
) -> None:
    scripted.extend([[assistant_message("for alice")], [assistant_message("for bob")]])
    await chat(client, alice, "hello", client_message_id="same")
    answer = sse_events(await chat(client, bob, "hello", client_message_id="same"))
    assert answer[0] == {"content": "for bob"}


async def test_a_turn_that_cannot_start_in_time_answers_409(
    client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel, app: FastAPI
) -> None:
    conversation_id = await start_conversation(client, alice, scripted)
    app.state.chat._locks.wait_seconds = 0.3
    release, started = asyncio.Event(), asyncio.Event()

    async def slow(_call: object) -> list[object]:
        started.set()
        await release.wait()
        return [assistant_message("slow reply")]

    scripted.extend([ModelStep.respond(slow)])
    first = asyncio.create_task(chat(client, alice, "slow", conversation_id=conversation_id))
    await asyncio.wait_for(started.wait(), 10)
    busy = await chat(client, alice, "impatient", conversation_id=conversation_id)
    assert busy.status_code == 409
    assert "still being written" in busy.json()["detail"]
    release.set()
    assert (await first).status_code == 200
    stored = await messages(client, alice, conversation_id)
    assert [m["content"] for m in stored] == ["hi", "hello", "slow", "slow reply"]

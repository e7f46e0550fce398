"""Hostile text and out-of-range integers: 422 wherever they enter the REST API and chat,
on both databases, and nothing is stored.

The bodies are sent as JSON text with `\\u0000` and `\\ud800` escapes, as an attacker's
client would: Python's JSON reader turns them into a NUL and a lone surrogate.
"""

from __future__ import annotations

import json
from typing import Any

import httpx2
import pytest

from tests.support.accounts import Account
from todochat.core.inputs import (
    OFFSET_MAX,
    ROW_ID_MAX,
    check_text,
    strip_unstorable,
    unstorable_character,
)

HOSTILE = {
    "NUL": "Buy\x00milk",
    "lone surrogate": "Buy\ud800milk",
    "escape": "Buy\x1b[31mmilk",
    "C1 control": "Buy\x9b31mmilk",
    "noncharacter": "Buy\uffffmilk",
}
HOSTILE_IDS = list(HOSTILE)


@pytest.mark.parametrize("text", ["Buy milk", "Café ☕ 日本 😀", "two\nlines\tand\r\nmore"])
def test_ordinary_text_passes_unchanged(text: str) -> None:
    assert check_text(text) == text
    assert strip_unstorable(text) == text
    assert unstorable_character(text) is None


@pytest.mark.parametrize("name", HOSTILE_IDS)
def test_unstorable_characters_are_named_and_can_be_stripped(name: str) -> None:
    text = HOSTILE[name]
    code_point = unstorable_character(text)
    assert code_point is not None and code_point.startswith("U+")
    with pytest.raises(ValueError, match=code_point.replace("+", r"\+")):
        check_text(text)
    assert unstorable_character(strip_unstorable(text)) is None


def test_the_last_two_code_points_of_every_plane_are_refused() -> None:
    for plane in (0, 1, 16):
        assert unstorable_character(chr(plane * 0x10000 + 0xFFFE)) is not None
        assert unstorable_character(chr(plane * 0x10000 + 0xFFFF)) is not None
    assert unstorable_character("\U0001f600") is None  # an emoji in plane 1 is text


def body(value: Any) -> bytes:
    """JSON text as an attacker sends it (lone surrogates as `\\ud800` escapes)."""
    return json.dumps(value).encode()


async def send(
    client: httpx2.AsyncClient, account: Account, method: str, path: str, value: Any
) -> httpx2.Response:
    headers = {**account.headers, "Content-Type": "application/json"}
    return await client.request(method, path, content=body(value), headers=headers)


def assert_refused(response: httpx2.Response, field: str) -> None:
    assert response.status_code == 422, response.text
    detail = response.json()["detail"]
    assert isinstance(detail, list)
    assert any(field in [str(part) for part in problem["loc"]] for problem in detail), detail
    assert "Traceback" not in response.text


@pytest.mark.parametrize("name", HOSTILE_IDS)
@pytest.mark.parametrize(
    "field",
    ["title", "description", "due", "repeat", "tags"],
)
async def test_task_text_with_unstorable_characters_is_refused(
    client: httpx2.AsyncClient, alice: Account, name: str, field: str
) -> None:
    value: Any = [HOSTILE[name]] if field == "tags" else HOSTILE[name]
    fields = {"title": "Buy milk", field: value}
    created = await send(client, alice, "POST", alice.path("/tasks"), fields)
    assert_refused(created, field)
    listed = await client.get(alice.path("/tasks"), headers=alice.headers)
    assert listed.json()["total"] == 0


@pytest.mark.parametrize("name", HOSTILE_IDS)
async def test_task_changes_with_unstorable_characters_are_refused(
    client: httpx2.AsyncClient, alice: Account, name: str
) -> None:
    created = await client.post(alice.path("/tasks"), json={"title": "Keep"}, headers=alice.headers)
    task = alice.path(f"/tasks/{created.json()['id']}")
    assert_refused(await send(client, alice, "PATCH", task, {"title": HOSTILE[name]}), "title")
    assert_refused(await send(client, alice, "PUT", task, {"title": HOSTILE[name]}), "title")
    kept = await client.get(task, headers=alice.headers)
    assert kept.json()["title"] == "Keep"


async def test_a_search_with_a_nul_byte_is_refused(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    response = await client.get(alice.path("/tasks?q=milk%00"), headers=alice.headers)
    assert_refused(response, "q")
    escape = await client.get(alice.path("/tasks?q=%1B%5B31m"), headers=alice.headers)
    assert_refused(escape, "q")


async def test_a_search_with_bytes_that_are_not_utf8_reads_them_as_replacement_characters(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    """A lone surrogate cannot be percent-encoded as UTF-8; its bytes decode to U+FFFD."""
    response = await client.get(alice.path("/tasks?q=%ED%A0%80"), headers=alice.headers)
    assert response.status_code == 200
    assert response.json()["total"] == 0


@pytest.mark.parametrize("name", HOSTILE_IDS)
async def test_a_chat_message_with_unstorable_characters_is_refused(
    client: httpx2.AsyncClient, alice: Account, name: str
) -> None:
    for message in (HOSTILE[name], "add a task to " + HOSTILE[name]):
        response = await send(
            client, alice, "POST", alice.path("/chat"), {"message": message, "stream": False}
        )
        assert_refused(response, "message")
    conversations = await client.get(alice.path("/conversations"), headers=alice.headers)
    assert conversations.json()["total"] == 0


@pytest.mark.parametrize("name", HOSTILE_IDS)
async def test_a_conversation_title_with_unstorable_characters_is_refused(
    client: httpx2.AsyncClient, alice: Account, name: str
) -> None:
    chat = {"message": "hello", "stream": False}
    started = await client.post(alice.path("/chat"), json=chat, headers=alice.headers)
    conversation = started.json()["conversation_id"]
    path = alice.path(f"/conversations/{conversation}")
    assert_refused(await send(client, alice, "PATCH", path, {"title": HOSTILE[name]}), "title")


@pytest.mark.parametrize("name", HOSTILE_IDS)
async def test_account_text_with_unstorable_characters_is_refused(
    client: httpx2.AsyncClient, alice: Account, name: str
) -> None:
    bad = HOSTILE[name]
    me = await send(client, alice, "PATCH", "/api/auth/me", {"name": bad})
    assert_refused(me, "name")
    zone = await send(client, alice, "PATCH", "/api/auth/me", {"time_zone": "UTC" + bad})
    assert_refused(zone, "time_zone")
    account = {"email": "mallory@example.com", "password": "password123", "name": "Mallory"}
    for field in ("email", "password", "name"):
        registered = await send(
            client, alice, "POST", "/api/auth/register", {**account, field: bad + "@x.io"}
        )
        assert_refused(registered, field)
    for field in ("email", "password"):
        login = {"email": alice.email, "password": "password123", field: bad}
        assert_refused(await send(client, alice, "POST", "/api/auth/login", login), field)
    who = await client.get("/api/auth/me", headers=alice.headers)
    assert who.json()["name"] == "alice"


@pytest.mark.parametrize("offset", [OFFSET_MAX + 1, 2**63, 2**64])
@pytest.mark.parametrize(
    "path", ["/tasks", "/conversations", "/conversations/1/messages"], ids=lambda p: p
)
async def test_an_offset_beyond_any_table_is_refused(
    client: httpx2.AsyncClient, alice: Account, path: str, offset: int
) -> None:
    response = await client.get(alice.path(path), params={"offset": offset}, headers=alice.headers)
    assert_refused(response, "offset")


async def test_the_largest_offset_is_an_empty_page(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    for path in ("/tasks", "/conversations"):
        response = await client.get(
            alice.path(path), params={"offset": OFFSET_MAX}, headers=alice.headers
        )
        assert response.status_code == 200, response.text
        assert response.json()["items"] == []


@pytest.mark.parametrize("conversation_id", [ROW_ID_MAX + 1, 2**63, 2**64])
async def test_a_conversation_id_beyond_its_column_is_refused(
    client: httpx2.AsyncClient, alice: Account, conversation_id: int
) -> None:
    chat = {"message": "hello", "conversation_id": conversation_id, "stream": False}
    response = await client.post(alice.path("/chat"), json=chat, headers=alice.headers)
    assert_refused(response, "conversation_id")
    for path in (f"/conversations/{conversation_id}/messages", f"/tasks/{conversation_id}"):
        response = await client.get(alice.path(path), headers=alice.headers)
        assert response.status_code == 422, response.text


async def test_the_largest_conversation_id_is_not_found(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    chat = {"message": "hello", "conversation_id": ROW_ID_MAX, "stream": False}
    response = await client.post(alice.path("/chat"), json=chat, headers=alice.headers)
    assert response.status_code == 404, response.text
    task = await client.get(alice.path(f"/tasks/{ROW_ID_MAX}"), headers=alice.headers)
    assert task.status_code == 404


async def test_a_value_the_database_refuses_answers_422_not_500() -> None:
    """The safety net behind validation: a value that reaches the driver and fails there
    (text it cannot encode, a number out of range) is the client's fault."""
    from fastapi import FastAPI

    from todochat.core.errors import UNSTORABLE_DETAIL, install_error_handlers

    app = FastAPI()
    install_error_handlers(app)

    @app.get("/encode")
    async def encode() -> None:
        "x\ud800".encode()

    @app.get("/data")
    async def data() -> None:
        from sqlalchemy.exc import DataError

        raise DataError("INSERT ...", {"id": 2**40}, Exception("value out of int32 range"))

    transport = httpx2.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx2.AsyncClient(transport=transport, base_url="http://localhost") as http:
        for path in ("/encode", "/data"):
            response = await http.get(path)
            assert response.status_code == 422, response.text
            assert response.json() == {"detail": UNSTORABLE_DETAIL}

"""A database connection dropped while the reply is stored: the turn stores it on a fresh
connection, once, and nothing the turn did is lost.

On PostgreSQL the server itself ends the connection (`pg_terminate_backend`), as a
restart, a failover or an idle-killing proxy would; on SQLite the connection is closed
under the statement.
"""

from __future__ import annotations

from typing import Any

import httpx2
from agents.testing import ScriptedModel, assistant_message, function_call
from fastapi import FastAPI
from sqlalchemy import event
from sqlalchemy.util import await_only

from tests.support.accounts import Account


def drop_the_connection(connection: Any) -> None:
    """End `connection` from outside, the way a network or a server restart would."""
    raw = connection.connection.dbapi_connection
    driver = getattr(raw, "_connection", None)
    if driver is not None and hasattr(driver, "get_server_pid"):  # asyncpg
        import asyncpg

        async def terminate(pid: int, dsn: str) -> None:
            admin = await asyncpg.connect(dsn)
            try:
                await admin.execute("SELECT pg_terminate_backend($1)", pid)
            finally:
                await admin.close()

        params = driver._params
        address = driver._addr
        dsn = f"postgresql://{params.user}@{address[0]}:{address[1]}/{params.database}"
        await_only(terminate(driver.get_server_pid(), dsn))
    else:
        connection.invalidate()


async def test_a_connection_dropped_while_storing_the_reply_loses_nothing(
    app: FastAPI, client: httpx2.AsyncClient, alice: Account, scripted: ScriptedModel
) -> None:
    scripted.extend(
        [
            [function_call("add_task", {"title": "Buy milk"}, call_id="call_1")],
            [assistant_message("I've added 'Buy milk'.")],
        ]
    )
    engine = app.state.database.engine.sync_engine
    dropped: list[str] = []

    def drop_once(
        connection: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any
    ) -> None:
        if not dropped and "INSERT INTO messages" in statement and "assistant" in str(parameters):
            dropped.append(statement)
            drop_the_connection(connection)

    event.listen(engine, "before_cursor_execute", drop_once)
    try:
        response = await client.post(
            alice.path("/chat"),
            json={"message": "add milk", "stream": False},
            headers=alice.headers,
        )
    finally:
        event.remove(engine, "before_cursor_execute", drop_once)
    assert dropped, "the reply's INSERT never ran"
    assert response.status_code == 200, response.text
    body = response.json()
    assert "error" not in body, body
    messages = await client.get(
        alice.path(f"/conversations/{body['conversation_id']}/messages"), headers=alice.headers
    )
    stored = [(item["role"], item["content"]) for item in messages.json()["items"]]
    assert stored == [("user", "add milk"), ("assistant", "I've added 'Buy milk'.")]
    tasks = await client.get(alice.path("/tasks"), headers=alice.headers)
    assert [task["title"] for task in tasks.json()["items"]] == ["Buy milk"]

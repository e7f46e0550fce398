"""The task REST routes, through HTTP against the ASGI app."""

from __future__ import annotations

import httpx
from tests.support.accounts import Account


async def test_create_then_list_returns_the_task(client: httpx.AsyncClient, alice: Account) -> None:
    created = await client.post(
        alice.path("/tasks"), json={"title": "  Buy milk  "}, headers=alice.headers
    )
    assert created.status_code == 201
    assert created.json()["title"] == "Buy milk"
    listed = await client.get(alice.path("/tasks"), headers=alice.headers)
    assert listed.status_code == 200
    body = listed.json()
    assert body["total"] == 1
    assert [task["title"] for task in body["items"]] == ["Buy milk"]


async def test_another_users_task_is_not_found(
    client: httpx.AsyncClient, alice: Account, bob: Account
) -> None:
    created = await client.post(
        alice.path("/tasks"), json={"title": "Secret"}, headers=alice.headers
    )
    task_id = created.json()["id"]
    response = await client.get(bob.path(f"/tasks/{task_id}"), headers=bob.headers)
    assert response.status_code == 404
    assert response.json() == {"detail": f"Task {task_id} not found"}

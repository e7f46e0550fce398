"""The trash, restore, undo and the activity list through the REST API."""

from __future__ import annotations

from typing import Any

import httpx2
import pytest

from tests.support.accounts import Account
from tests.tasks.test_routes import create, listing, titles

FULL = {
    "title": "Pay rent",
    "description": "flat 3",
    "priority": "high",
    "due": "2030-01-01 09:00",
    "repeat": "every month on the 1st",
    "tags": ["home", "money"],
}


async def get(client: httpx2.AsyncClient, account: Account, task_id: int) -> httpx2.Response:
    return await client.get(account.path(f"/tasks/{task_id}"), headers=account.headers)


async def undo(client: httpx2.AsyncClient, account: Account) -> dict[str, Any]:
    response = await client.post(account.path("/undo"), headers=account.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def activity(client: httpx2.AsyncClient, account: Account, **params: Any) -> dict[str, Any]:
    response = await client.get(account.path("/activity"), params=params, headers=account.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


# --- trash and restore ---


async def test_a_deleted_task_leaves_every_list_and_restore_brings_it_back_identical(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    task = await create(client, alice, **FULL)
    await create(client, alice, title="Other", tags=["home"])
    original = (await get(client, alice, task["id"])).json()

    deleted = await client.delete(alice.path(f"/tasks/{task['id']}"), headers=alice.headers)
    assert deleted.status_code == 204
    assert titles(await listing(client, alice)) == ["Other"]
    assert (await listing(client, alice, q="rent"))["total"] == 0
    assert (await listing(client, alice, status="pending"))["total"] == 1
    assert (await listing(client, alice, tag="money"))["total"] == 0
    tags = await client.get(alice.path("/tags"), headers=alice.headers)
    assert tags.json() == [{"name": "home", "tasks": 1}]
    assert (await get(client, alice, task["id"])).status_code == 404
    for method, path in [
        ("DELETE", f"/tasks/{task['id']}"),
        ("PATCH", f"/tasks/{task['id']}/complete"),
    ]:
        response = await client.request(method, alice.path(path), headers=alice.headers)
        assert response.status_code == 404, (method, path)
    patched = await client.patch(
        alice.path(f"/tasks/{task['id']}"), json={"title": "x"}, headers=alice.headers
    )
    assert patched.status_code == 404

    trash = await listing(client, alice, status="deleted")
    assert trash["total"] == 1
    (trashed,) = trash["items"]
    assert trashed["deleted_at"] is not None
    assert {**trashed, "deleted_at": None} == original

    restored = await client.post(alice.path(f"/tasks/{task['id']}/restore"), headers=alice.headers)
    assert restored.status_code == 200
    assert restored.json() == original
    assert (await get(client, alice, task["id"])).json() == original
    assert (await listing(client, alice, status="deleted"))["total"] == 0
    again = await client.post(alice.path(f"/tasks/{task['id']}/restore"), headers=alice.headers)
    assert again.status_code == 404
    assert again.json() == {"detail": f"Task {task['id']} not found in the trash"}


async def test_the_trash_lists_the_latest_deleted_first(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    ids = [(await create(client, alice, title=name))["id"] for name in ("a", "b", "c")]
    for task_id in (ids[1], ids[0], ids[2]):
        await client.delete(alice.path(f"/tasks/{task_id}"), headers=alice.headers)
    assert titles(await listing(client, alice, status="deleted")) == ["c", "a", "b"]
    assert titles(await listing(client, alice, status="deleted", limit=1, offset=1)) == ["a"]


async def test_restore_answers_404_for_a_live_missing_or_another_users_task(
    client: httpx2.AsyncClient, alice: Account, bob: Account
) -> None:
    live = await create(client, alice, title="Live")
    gone = await create(client, alice, title="Gone")
    await client.delete(alice.path(f"/tasks/{gone['id']}"), headers=alice.headers)
    for account, task_id in [(alice, live["id"]), (alice, 999999), (bob, gone["id"])]:
        response = await client.post(
            account.path(f"/tasks/{task_id}/restore"), headers=account.headers
        )
        assert response.status_code == 404
    assert titles(await listing(client, bob, status="deleted")) == []
    assert (await listing(client, alice, status="deleted"))["total"] == 1
    foreign = await client.post(alice.path(f"/tasks/{gone['id']}/restore"), headers=bob.headers)
    assert foreign.status_code == 403


@pytest.mark.parametrize(("task_id", "status"), [("0", 422), ("abc", 422), ("2147483648", 422)])
async def test_restore_refuses_a_bad_id(
    client: httpx2.AsyncClient, alice: Account, task_id: str, status: int
) -> None:
    response = await client.post(alice.path(f"/tasks/{task_id}/restore"), headers=alice.headers)
    assert response.status_code == status


async def test_restore_needs_a_token(client: httpx2.AsyncClient, alice: Account) -> None:
    response = await client.post(alice.path("/tasks/1/restore"))
    assert response.status_code == 401


# --- undo ---


async def test_undo_reverts_an_update_to_every_earlier_field(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    task = await create(client, alice, **FULL)
    original = (await get(client, alice, task["id"])).json()
    changed = await client.patch(
        alice.path(f"/tasks/{task['id']}"),
        json={
            "title": "High",
            "description": None,
            "priority": "low",
            "due": "2031-02-03",
            "repeat": None,
            "tags": [],
        },
        headers=alice.headers,
    )
    assert changed.status_code == 200
    assert changed.json()["title"] == "High"

    result = await undo(client, alice)
    assert result["summary"] == 'Put back the earlier fields of "Pay rent".'
    assert result["source"] == "rest"
    assert [change["action"] for change in result["changes"]] == ["updated"]
    assert result["tasks"] == [original]
    assert (await get(client, alice, task["id"])).json() == original


async def test_undo_reopens_a_completion_and_moves_a_repeat_back(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    plain = await create(client, alice, title="Call mom")
    await client.patch(alice.path(f"/tasks/{plain['id']}/complete"), headers=alice.headers)
    result = await undo(client, alice)
    assert [c["action"] for c in result["changes"]] == ["reopened"]
    assert (await get(client, alice, plain["id"])).json()["completed"] is False

    rent = await create(client, alice, **FULL)
    before = (await get(client, alice, rent["id"])).json()
    rolled = await client.patch(alice.path(f"/tasks/{rent['id']}/complete"), headers=alice.headers)
    assert rolled.json()["due_date"] != before["due_date"]  # moved to the next month
    await undo(client, alice)
    assert (await get(client, alice, rent["id"])).json() == before


async def test_undo_sends_an_added_task_to_the_trash_and_a_deleted_one_back(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    kept = await create(client, alice, title="Kept")
    added = await create(client, alice, title="Added")
    await client.delete(alice.path(f"/tasks/{kept['id']}"), headers=alice.headers)

    first = await undo(client, alice)  # the delete
    assert first["summary"] == 'Restored "Kept".'
    assert first["tasks"][0]["deleted_at"] is None
    assert titles(await listing(client, alice)) == ["Kept", "Added"]

    second = await undo(client, alice)  # the add
    assert second["summary"] == 'Moved to the trash "Added".'
    assert second["tasks"][0]["id"] == added["id"]
    assert second["tasks"][0]["deleted_at"] is not None
    assert titles(await listing(client, alice)) == ["Kept"]
    assert titles(await listing(client, alice, status="deleted")) == ["Added"]

    await undo(client, alice)  # the first add
    assert titles(await listing(client, alice)) == []
    nothing = await client.post(alice.path("/undo"), headers=alice.headers)
    assert nothing.status_code == 409
    assert nothing.json() == {"detail": "Nothing to undo"}


async def test_undo_is_per_user_and_needs_the_callers_own_path(
    client: httpx2.AsyncClient, alice: Account, bob: Account
) -> None:
    task = await create(client, alice, title="Alice's")
    assert (await client.post(bob.path("/undo"), headers=bob.headers)).status_code == 409
    assert (await client.post(alice.path("/undo"), headers=bob.headers)).status_code == 403
    assert (await client.post(alice.path("/undo"))).status_code == 401
    assert (await get(client, alice, task["id"])).status_code == 200


# --- activity ---


async def test_activity_lists_changes_newest_first_with_before_after_and_source(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    task = await create(client, alice, title="Milk", tags=["shop"])
    await client.patch(
        alice.path(f"/tasks/{task['id']}"),
        json={"priority": "high"},
        headers={**alice.headers, "X-Todochat-Client": "web"},
    )
    await client.patch(alice.path(f"/tasks/{task['id']}/complete"), headers=alice.headers)
    await client.delete(alice.path(f"/tasks/{task['id']}"), headers=alice.headers)
    await undo(client, alice)

    page = await activity(client, alice)
    assert page["total"] == 5
    actions = [(c["action"], c["source"], c["undone"]) for c in page["items"]]
    assert actions == [
        ("restored", "rest", False),
        ("deleted", "rest", True),
        ("completed", "rest", False),
        ("updated", "web", False),
        ("created", "rest", False),
    ]
    restored, deleted, completed, updated, created = page["items"]
    assert restored["reverts"] == deleted["group_id"]
    assert len({c["group_id"] for c in page["items"]}) == 5  # one group per request
    assert created["before"] is None
    assert created["after"]["tags"] == ["shop"]
    assert (updated["before"]["priority"], updated["after"]["priority"]) == ("none", "high")
    assert (completed["before"]["completed"], completed["after"]["completed"]) == (False, True)
    assert deleted["after"]["deleted_at"] is not None
    assert {c["task_id"] for c in page["items"]} == {task["id"]}
    assert all(c["conversation_id"] is None for c in page["items"])

    second = await activity(client, alice, limit=2, offset=2)
    assert [c["action"] for c in second["items"]] == ["completed", "updated"]
    assert (second["total"], second["limit"], second["offset"]) == (5, 2, 2)


async def test_a_change_that_changes_nothing_is_not_logged(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    task = await create(client, alice, title="Same")
    await client.patch(
        alice.path(f"/tasks/{task['id']}"), json={"title": "Same"}, headers=alice.headers
    )
    assert [c["action"] for c in (await activity(client, alice))["items"]] == ["created"]


async def test_activity_is_the_callers_own(
    client: httpx2.AsyncClient, alice: Account, bob: Account
) -> None:
    await create(client, alice, title="Private")
    assert (await activity(client, bob))["total"] == 0
    foreign = await client.get(alice.path("/activity"), headers=bob.headers)
    assert foreign.status_code == 403
    assert "Private" not in foreign.text
    assert (await client.get(alice.path("/activity"))).status_code == 401


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"offset": 2**31}, {"limit": "x"}]
)
async def test_activity_refuses_bad_paging(
    client: httpx2.AsyncClient, alice: Account, params: dict[str, Any]
) -> None:
    response = await client.get(alice.path("/activity"), params=params, headers=alice.headers)
    assert response.status_code == 422

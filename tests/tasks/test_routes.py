"""The task REST routes, through HTTP against the ASGI app."""

from __future__ import annotations

from typing import Any

import httpx2
import pytest

from tests.support.accounts import Account


async def test_create_then_list_returns_the_task(
    client: httpx2.AsyncClient, alice: Account
) -> None:
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
    client: httpx2.AsyncClient, alice: Account, bob: Account
) -> None:
    created = await client.post(
        alice.path("/tasks"), json={"title": "Secret"}, headers=alice.headers
    )
    task_id = created.json()["id"]
    response = await client.get(bob.path(f"/tasks/{task_id}"), headers=bob.headers)
    assert response.status_code == 404
    assert response.json() == {"detail": f"Task {task_id} not found"}


# --- helpers ---


async def create(client: httpx2.AsyncClient, account: Account, **fields: Any) -> dict[str, Any]:
    fields.setdefault("title", "A task")
    response = await client.post(account.path("/tasks"), json=fields, headers=account.headers)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def listing(client: httpx2.AsyncClient, account: Account, **params: Any) -> dict[str, Any]:
    response = await client.get(account.path("/tasks"), params=params, headers=account.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def titles(page: dict[str, Any]) -> list[str]:
    return [task["title"] for task in page["items"]]


# --- create ---


async def test_create_returns_every_field(client: httpx2.AsyncClient, alice: Account) -> None:
    task = await create(
        client,
        alice,
        title="Plan trip",
        description="  Book flights  ",
        priority="high",
        due_date="2026-05-01",
    )
    assert task["title"] == "Plan trip"
    assert task["description"] == "Book flights"
    assert task["completed"] is False
    assert task["priority"] == "high"
    assert task["due_date"] == "2026-05-01"
    assert task["created_at"] == task["updated_at"]
    assert isinstance(task["id"], int)
    assert set(task) == {
        "id",
        "title",
        "description",
        "completed",
        "priority",
        "due_date",
        "due_text",
        "overdue",
        "repeat",
        "repeat_text",
        "tags",
        "created_at",
        "updated_at",
        "deleted_at",
    }


async def test_create_defaults_optional_fields(client: httpx2.AsyncClient, alice: Account) -> None:
    task = await create(client, alice, title="Bare")
    assert (task["description"], task["completed"], task["priority"], task["due_date"]) == (
        None,
        False,
        "none",
        None,
    )
    assert (task["repeat"], task["tags"], task["overdue"]) == (None, [], False)


@pytest.mark.parametrize(
    ("sent", "returned"),
    [
        ("2026-05-01", "2026-05-01"),
        ("2026-05-01T09:30:00Z", "2026-05-01T09:30:00Z"),
        ("2026-05-01T09:30:00+02:00", "2026-05-01T07:30:00Z"),
        ("2026-05-01T00:00:00Z", "2026-05-01T00:00:00Z"),
        ("2026-05-01T09:30:00", "2026-05-01T09:30:00Z"),  # the user's wall clock: UTC here
        ("", None),
        (None, None),
    ],
    ids=["date", "utc", "offset", "midnight", "naive", "empty", "null"],
)
async def test_due_date_is_a_day_or_an_instant_in_utc(
    client: httpx2.AsyncClient, alice: Account, sent: str | None, returned: str | None
) -> None:
    task = await create(client, alice, title="Due", due_date=sent)
    assert task["due_date"] == returned
    fetched = await client.get(alice.path(f"/tasks/{task['id']}"), headers=alice.headers)
    assert fetched.json()["due_date"] == returned


async def test_title_of_exactly_200_characters_is_accepted(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    task = await create(client, alice, title="x" * 200, description="d" * 1000)
    assert len(task["title"]) == 200
    assert len(task["description"]) == 1000


@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"title": ""},
        {"title": "   "},
        {"title": None},
        {"title": "x" * 201},
        {"title": 42},
        {"title": "ok", "description": "d" * 1001},
        {"title": "ok", "priority": "urgent"},
        {"title": "ok", "due": "when pigs fly"},
        {"title": "ok", "due_date": "2026-13-01"},
        {"title": "ok", "completed": "maybe"},
        {"title": "ok", "user_id": "someone-else"},
        {"title": "ok", "id": 5},
    ],
    ids=[
        "no-title",
        "empty-title",
        "blank-title",
        "null-title",
        "title-201",
        "title-not-text",
        "description-1001",
        "unknown-priority",
        "due-words-unreadable",
        "due-date-invalid",
        "completed-not-bool",
        "user-id-field",
        "id-field",
    ],
)
async def test_create_with_invalid_fields_is_422(
    client: httpx2.AsyncClient, alice: Account, fields: dict[str, Any]
) -> None:
    response = await client.post(alice.path("/tasks"), json=fields, headers=alice.headers)
    assert response.status_code == 422
    assert isinstance(response.json()["detail"], list)
    assert (await listing(client, alice))["total"] == 0


async def test_title_is_trimmed_before_its_length_is_checked(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    task = await create(client, alice, title="  " + "x" * 200 + "  ")
    assert task["title"] == "x" * 200


# --- list ---


async def test_list_filters_by_status(client: httpx2.AsyncClient, alice: Account) -> None:
    await create(client, alice, title="open")
    await create(client, alice, title="done", completed=True)
    assert titles(await listing(client, alice)) == ["open", "done"]
    assert titles(await listing(client, alice, status="all")) == ["open", "done"]
    assert titles(await listing(client, alice, status="pending")) == ["open"]
    completed = await listing(client, alice, status="completed")
    assert titles(completed) == ["done"]
    assert completed["total"] == 1


async def test_list_searches_title_and_description_ignoring_case(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    await create(client, alice, title="Buy MILK")
    await create(client, alice, title="Call mom", description="about the milkman")
    await create(client, alice, title="Walk the dog")
    assert titles(await listing(client, alice, q="milk")) == ["Buy MILK", "Call mom"]
    assert titles(await listing(client, alice, q="  DOG ")) == ["Walk the dog"]
    assert (await listing(client, alice, q="nothing"))["total"] == 0


async def test_search_treats_wildcards_as_text(client: httpx2.AsyncClient, alice: Account) -> None:
    await create(client, alice, title="100% done")
    await create(client, alice, title="snake_case")
    await create(client, alice, title="plain")
    assert titles(await listing(client, alice, q="%")) == ["100% done"]
    assert titles(await listing(client, alice, q="_")) == ["snake_case"]


async def test_search_combines_with_status(client: httpx2.AsyncClient, alice: Account) -> None:
    await create(client, alice, title="milk open")
    await create(client, alice, title="milk done", completed=True)
    page = await listing(client, alice, q="milk", status="pending")
    assert (titles(page), page["total"]) == (["milk open"], 1)


async def test_list_pages_with_limit_and_offset_and_counts_all(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    for number in range(5):
        await create(client, alice, title=f"task {number}")
    page = await listing(client, alice, limit=2, offset=1)
    assert titles(page) == ["task 1", "task 2"]
    assert (page["total"], page["limit"], page["offset"]) == (5, 2, 1)
    beyond = await listing(client, alice, limit=2, offset=10)
    assert (beyond["items"], beyond["total"]) == ([], 5)


async def test_list_accepts_a_limit_of_100(client: httpx2.AsyncClient, alice: Account) -> None:
    assert (await listing(client, alice, limit=100))["limit"] == 100


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 101},
        {"limit": 0},
        {"limit": "many"},
        {"offset": -1},
        {"status": "done"},
        {"q": "x" * 201},
    ],
    ids=["limit-101", "limit-0", "limit-text", "offset-negative", "unknown-status", "long-q"],
)
async def test_list_with_invalid_parameters_is_422(
    client: httpx2.AsyncClient, alice: Account, params: dict[str, Any]
) -> None:
    response = await client.get(alice.path("/tasks"), params=params, headers=alice.headers)
    assert response.status_code == 422
    assert isinstance(response.json()["detail"], list)


# --- get, update, complete, delete ---


async def test_get_returns_the_task(client: httpx2.AsyncClient, alice: Account) -> None:
    task = await create(client, alice, title="Read")
    response = await client.get(alice.path(f"/tasks/{task['id']}"), headers=alice.headers)
    assert response.status_code == 200
    assert response.json() == task


async def test_put_replaces_every_field(client: httpx2.AsyncClient, alice: Account) -> None:
    task = await create(
        client, alice, title="Old", description="old", priority="low", due_date="2026-01-01"
    )
    response = await client.put(
        alice.path(f"/tasks/{task['id']}"),
        json={"title": " New ", "completed": True},
        headers=alice.headers,
    )
    assert response.status_code == 200
    replaced = response.json()
    assert replaced["title"] == "New"
    assert replaced["completed"] is True
    assert (replaced["description"], replaced["priority"], replaced["due_date"]) == (
        None,
        "none",
        None,
    )
    assert replaced["created_at"] == task["created_at"]
    assert replaced["updated_at"] > task["updated_at"]


async def test_put_without_a_title_is_422(client: httpx2.AsyncClient, alice: Account) -> None:
    task = await create(client, alice, title="Keep")
    response = await client.put(
        alice.path(f"/tasks/{task['id']}"), json={"completed": True}, headers=alice.headers
    )
    assert response.status_code == 422


async def test_patch_changes_only_the_fields_sent(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    task = await create(client, alice, title="Keep", description="keep", priority="low")
    response = await client.patch(
        alice.path(f"/tasks/{task['id']}"),
        json={"priority": "high", "due_date": "2026-06-01T10:00:00Z"},
        headers=alice.headers,
    )
    assert response.status_code == 200
    patched = response.json()
    assert (patched["title"], patched["description"]) == ("Keep", "keep")
    assert (patched["priority"], patched["due_date"]) == ("high", "2026-06-01T10:00:00Z")
    assert patched["updated_at"] > task["updated_at"]


async def test_patch_with_null_clears_optional_fields(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    task = await create(
        client, alice, title="Keep", description="gone", priority="low", due_date="2026-01-01"
    )
    response = await client.patch(
        alice.path(f"/tasks/{task['id']}"),
        json={"description": None, "priority": None, "due_date": None},
        headers=alice.headers,
    )
    patched = response.json()
    assert (patched["description"], patched["priority"], patched["due_date"]) == (
        None,
        "none",
        None,
    )
    assert patched["title"] == "Keep"


@pytest.mark.parametrize(
    "fields",
    [
        {"title": None},
        {"title": "  "},
        {"title": "x" * 201},
        {"completed": None},
        {"priority": "urgent"},
        {"description": "d" * 1001},
        {"owner": "bob"},
    ],
    ids=[
        "null-title",
        "blank-title",
        "title-201",
        "null-completed",
        "unknown-priority",
        "description-1001",
        "unknown-field",
    ],
)
async def test_patch_with_invalid_fields_is_422_and_changes_nothing(
    client: httpx2.AsyncClient, alice: Account, fields: dict[str, Any]
) -> None:
    task = await create(client, alice, title="Keep")
    response = await client.patch(
        alice.path(f"/tasks/{task['id']}"), json=fields, headers=alice.headers
    )
    assert response.status_code == 422
    unchanged = await client.get(alice.path(f"/tasks/{task['id']}"), headers=alice.headers)
    assert unchanged.json() == task


async def test_complete_toggles_back_and_forth(client: httpx2.AsyncClient, alice: Account) -> None:
    task = await create(client, alice, title="Toggle")
    path = alice.path(f"/tasks/{task['id']}/complete")
    first = await client.patch(path, headers=alice.headers)
    assert first.status_code == 200
    assert first.json()["completed"] is True
    second = await client.patch(path, headers=alice.headers)
    assert second.json()["completed"] is False
    assert second.json()["updated_at"] >= first.json()["updated_at"] > task["updated_at"]


async def test_delete_answers_204_and_the_task_is_gone(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    task = await create(client, alice, title="Remove")
    response = await client.delete(alice.path(f"/tasks/{task['id']}"), headers=alice.headers)
    assert response.status_code == 204
    assert response.content == b""
    again = await client.delete(alice.path(f"/tasks/{task['id']}"), headers=alice.headers)
    assert again.status_code == 404
    assert (await listing(client, alice))["total"] == 0


# --- missing tasks, other users' tasks, missing tokens: every route ---

TASK_ROUTES: list[tuple[str, str, dict[str, Any] | None]] = [
    ("GET", "/tasks/{id}", None),
    ("PUT", "/tasks/{id}", {"title": "Taken over"}),
    ("PATCH", "/tasks/{id}", {"title": "Taken over"}),
    ("DELETE", "/tasks/{id}", None),
    ("PATCH", "/tasks/{id}/complete", None),
]
ALL_ROUTES: list[tuple[str, str, dict[str, Any] | None]] = [
    ("GET", "/tasks", None),
    ("POST", "/tasks", {"title": "Planted"}),
    *TASK_ROUTES,
]
ROUTE_IDS = [f"{method} {path}" for method, path, _ in TASK_ROUTES]
ALL_ROUTE_IDS = [f"{method} {path}" for method, path, _ in ALL_ROUTES]


@pytest.mark.parametrize(("method", "path", "body"), TASK_ROUTES, ids=ROUTE_IDS)
async def test_missing_task_is_404(
    client: httpx2.AsyncClient,
    alice: Account,
    method: str,
    path: str,
    body: dict[str, Any] | None,
) -> None:
    response = await client.request(
        method, alice.path(path.format(id=999)), json=body, headers=alice.headers
    )
    assert response.status_code == 404
    assert response.json() == {"detail": "Task 999 not found"}


@pytest.mark.parametrize(("method", "path", "body"), TASK_ROUTES, ids=ROUTE_IDS)
async def test_another_users_task_through_ones_own_path_is_404_like_a_missing_one(
    client: httpx2.AsyncClient,
    alice: Account,
    bob: Account,
    method: str,
    path: str,
    body: dict[str, Any] | None,
) -> None:
    task = await create(client, alice, title="Alice's")
    response = await client.request(
        method, bob.path(path.format(id=task["id"])), json=body, headers=bob.headers
    )
    assert response.status_code == 404
    assert response.json() == {"detail": f"Task {task['id']} not found"}
    unchanged = await client.get(alice.path(f"/tasks/{task['id']}"), headers=alice.headers)
    assert unchanged.json() == task


@pytest.mark.parametrize(("method", "path", "body"), ALL_ROUTES, ids=ALL_ROUTE_IDS)
async def test_another_users_path_is_403(
    client: httpx2.AsyncClient,
    alice: Account,
    bob: Account,
    method: str,
    path: str,
    body: dict[str, Any] | None,
) -> None:
    task = await create(client, alice, title="Alice's")
    response = await client.request(
        method, alice.path(path.format(id=task["id"])), json=body, headers=bob.headers
    )
    assert response.status_code == 403
    assert response.json() == {"detail": "You may only access your own data"}
    assert await listing(client, alice) == {
        "items": [task],
        "total": 1,
        "limit": 50,
        "offset": 0,
    }
    assert (await listing(client, bob))["total"] == 0


@pytest.mark.parametrize(("method", "path", "body"), ALL_ROUTES, ids=ALL_ROUTE_IDS)
async def test_every_task_route_needs_a_token(
    client: httpx2.AsyncClient,
    alice: Account,
    method: str,
    path: str,
    body: dict[str, Any] | None,
) -> None:
    task = await create(client, alice, title="Alice's")
    response = await client.request(method, alice.path(path.format(id=task["id"])), json=body)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert (await listing(client, alice))["items"] == [task]


@pytest.mark.parametrize("task_id", ["0", "-1", "abc", str(2**31)])
async def test_invalid_task_id_is_422(
    client: httpx2.AsyncClient, alice: Account, task_id: str
) -> None:
    response = await client.get(alice.path(f"/tasks/{task_id}"), headers=alice.headers)
    assert response.status_code == 422


async def test_openapi_declares_the_task_error_responses(client: httpx2.AsyncClient) -> None:
    paths = (await client.get("/openapi.json")).json()["paths"]
    collection = paths["/api/{user_id}/tasks"]
    item = paths["/api/{user_id}/tasks/{task_id}"]
    complete = paths["/api/{user_id}/tasks/{task_id}/complete"]
    for operation in (collection["get"], collection["post"]):
        assert {"401", "403", "422"} <= set(operation["responses"])
    for operation in (item["get"], item["put"], item["patch"], item["delete"], complete["patch"]):
        assert {"401", "403", "404", "422"} <= set(operation["responses"])
    assert item["delete"]["responses"]["204"]["description"]
    assert collection["get"]["security"] == [{"HTTPBearer": []}]

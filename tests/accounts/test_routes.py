"""Built-in accounts and bearer authentication, through HTTP against the ASGI app."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx2
import jwt
import pytest
from fastapi import FastAPI

from tests.conftest import TEST_SECRET, make_settings
from tests.support.accounts import Account
from tests.support.apps import app_client
from tests.support.jwks import JwksServer, SigningKey, better_auth_claims
from tests.support.servers import free_port
from todochat.accounts.models import User

PASSWORD = "correct horse"


def email() -> str:
    return f"user-{uuid.uuid4().hex[:8]}@example.com"


async def register(client: httpx2.AsyncClient, **body: Any) -> httpx2.Response:
    return await client.post("/api/auth/register", json=body)


def shared_secret_token(subject: str, **extra: Any) -> str:
    now = datetime.now(UTC)
    claims = {"sub": subject, "iat": now, "exp": now + timedelta(minutes=5), **extra}
    return jwt.encode(claims, TEST_SECRET, algorithm="HS256")


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


# --- register ---


async def test_register_returns_a_token_and_the_user(client: httpx2.AsyncClient) -> None:
    address = email()
    response = await register(client, email=address.upper(), password=PASSWORD, name=" Me ")
    assert response.status_code == 201
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["user"]["email"] == address
    assert body["user"]["name"] == "Me"
    assert set(body["user"]) == {"id", "email", "name", "time_zone", "created_at"}
    assert body["user"]["time_zone"] == "UTC"
    assert PASSWORD not in response.text
    me = await client.get("/api/auth/me", headers=bearer(body["token"]))
    assert me.json()["id"] == body["user"]["id"]


async def test_register_stores_an_argon2_hash_not_the_password(
    client: httpx2.AsyncClient, app: FastAPI
) -> None:
    response = await register(client, email=email(), password=PASSWORD)
    async with app.state.database.session() as session:
        user = await session.get(User, response.json()["user"]["id"])
    assert user is not None and user.password_hash is not None
    assert user.password_hash.startswith("$argon2")
    assert PASSWORD not in user.password_hash


async def test_register_with_a_taken_email_is_a_conflict(client: httpx2.AsyncClient) -> None:
    address = email()
    assert (await register(client, email=address, password=PASSWORD)).status_code == 201
    again = await register(client, email=address.upper(), password="another password")
    assert again.status_code == 409
    assert again.json() == {"detail": "Email already registered"}


@pytest.mark.parametrize(
    "body",
    [
        {"email": "not-an-email", "password": PASSWORD},
        {"email": "a@", "password": PASSWORD},
        {"email": "", "password": PASSWORD},
        {"email": "ok@example.com", "password": "seven77"},
        {"email": "ok@example.com", "password": ""},
        {"email": "ok@example.com"},
        {"password": PASSWORD},
        {"email": "ok@example.com", "password": 12345678},
    ],
    ids=[
        "invalid-email",
        "no-domain",
        "empty-email",
        "password-7-chars",
        "empty-password",
        "no-password",
        "no-email",
        "password-not-a-string",
    ],
)
async def test_register_with_invalid_input_is_422(
    client: httpx2.AsyncClient, body: dict[str, Any]
) -> None:
    response = await client.post("/api/auth/register", json=body)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert isinstance(detail, list) and detail
    assert all(set(error) == {"type", "loc", "msg"} for error in detail)
    assert "seven77" not in response.text  # the input is never echoed back


async def test_register_accepts_a_password_of_exactly_eight_characters(
    client: httpx2.AsyncClient,
) -> None:
    response = await register(client, email=email(), password="8chars!!")
    assert response.status_code == 201


async def test_register_with_a_body_that_is_not_json_is_422(client: httpx2.AsyncClient) -> None:
    response = await client.post(
        "/api/auth/register", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert "detail" in response.json()


# --- login ---


async def test_login_returns_a_working_token(client: httpx2.AsyncClient) -> None:
    address = email()
    registered = (await register(client, email=address, password=PASSWORD)).json()
    response = await client.post(
        "/api/auth/login", json={"email": f"  {address.upper()} ", "password": PASSWORD}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["user"]["id"] == registered["user"]["id"]
    tasks = await client.get(f"/api/{body['user']['id']}/tasks", headers=bearer(body["token"]))
    assert tasks.status_code == 200


@pytest.mark.parametrize("case", ["wrong-password", "unknown-email"])
async def test_login_with_bad_credentials_is_401_without_saying_which(
    client: httpx2.AsyncClient, case: str
) -> None:
    address = email()
    await register(client, email=address, password=PASSWORD)
    credentials = (
        {"email": address, "password": "wrong password"}
        if case == "wrong-password"
        else {"email": email(), "password": PASSWORD}
    )
    response = await client.post("/api/auth/login", json=credentials)
    assert response.status_code == 401
    assert response.json() == {"detail": "Incorrect email or password"}


async def test_login_of_a_provisioned_user_without_password_is_401(
    client: httpx2.AsyncClient,
) -> None:
    """A Better Auth user has no password here; no password may log in as them."""
    token = shared_secret_token("ba-user", email="ba@example.com")
    assert (await client.get("/api/auth/me", headers=bearer(token))).status_code == 200
    response = await client.post(
        "/api/auth/login", json={"email": "ba@example.com", "password": "not-a-real-password"}
    )
    assert response.status_code == 401


async def test_login_with_missing_fields_is_422(client: httpx2.AsyncClient) -> None:
    response = await client.post("/api/auth/login", json={"email": "a@example.com"})
    assert response.status_code == 422


# --- me and bearer tokens ---


async def test_me_returns_the_tokens_user(client: httpx2.AsyncClient, alice: Account) -> None:
    response = await client.get("/api/auth/me", headers=alice.headers)
    assert response.status_code == 200
    assert response.json()["id"] == alice.id
    assert response.json()["email"] == alice.email


async def test_patch_me_sets_the_time_zone_and_name(
    client: httpx2.AsyncClient, alice: Account
) -> None:
    response = await client.patch(
        "/api/auth/me", json={"time_zone": "Asia/Karachi"}, headers=alice.headers
    )
    assert response.status_code == 200
    assert response.json()["time_zone"] == "Asia/Karachi"
    renamed = await client.patch("/api/auth/me", json={"name": " Al "}, headers=alice.headers)
    assert (renamed.json()["name"], renamed.json()["time_zone"]) == ("Al", "Asia/Karachi")
    me = await client.get("/api/auth/me", headers=alice.headers)
    assert (me.json()["name"], me.json()["time_zone"]) == ("Al", "Asia/Karachi")


@pytest.mark.parametrize(
    "body",
    [
        {"time_zone": "Mars/Olympus"},
        {"time_zone": "../../etc/passwd"},
        {"time_zone": ""},
        {"time_zone": "x" * 65},
        {"time_zone": 5},
        {"email": "new@example.com"},
        {"name": "n" * 256},
    ],
    ids=["unknown-zone", "path", "empty", "too-long", "not-text", "email", "long-name"],
)
async def test_patch_me_with_invalid_fields_is_422_and_changes_nothing(
    client: httpx2.AsyncClient, alice: Account, body: dict[str, Any]
) -> None:
    response = await client.patch("/api/auth/me", json=body, headers=alice.headers)
    assert response.status_code == 422
    assert isinstance(response.json()["detail"], list)
    me = await client.get("/api/auth/me", headers=alice.headers)
    assert me.json()["time_zone"] == "UTC"


async def test_patch_me_needs_a_token(client: httpx2.AsyncClient) -> None:
    response = await client.patch("/api/auth/me", json={"time_zone": "Asia/Karachi"})
    assert response.status_code == 401


def _bad_authorization(case: str) -> dict[str, str]:
    now = datetime.now(UTC)
    if case == "missing":
        return {}
    if case == "basic-scheme":
        return {"Authorization": "Basic dXNlcjpwYXNz"}
    if case == "empty-bearer":
        return {"Authorization": "Bearer "}
    if case == "malformed":
        return bearer("not-a-jwt")
    if case == "expired":
        return bearer(jwt.encode({"sub": "u", "exp": now - timedelta(minutes=1)}, TEST_SECRET))
    if case == "wrong-signature":
        other = "another-secret-of-sufficient-length-0123456789"
        return bearer(jwt.encode({"sub": "u", "exp": now + timedelta(minutes=5)}, other))
    if case == "alg-none":
        return bearer(jwt.encode({"sub": "u", "exp": now + timedelta(minutes=5)}, "", "none"))
    if case == "no-subject":
        return bearer(jwt.encode({"exp": now + timedelta(minutes=5)}, TEST_SECRET))
    if case == "no-expiry":
        return bearer(jwt.encode({"sub": "u"}, TEST_SECRET))
    raise ValueError(case)


BAD_TOKENS = [
    "missing",
    "basic-scheme",
    "empty-bearer",
    "malformed",
    "expired",
    "wrong-signature",
    "alg-none",
    "no-subject",
    "no-expiry",
]


@pytest.mark.parametrize("case", BAD_TOKENS)
@pytest.mark.parametrize("path", ["/api/auth/me", "/api/u/tasks"])
async def test_bad_bearer_token_is_401(client: httpx2.AsyncClient, case: str, path: str) -> None:
    response = await client.get(path, headers=_bad_authorization(case))
    assert response.status_code == 401
    assert isinstance(response.json()["detail"], str)
    assert response.headers["www-authenticate"] == "Bearer"


async def test_token_for_another_audience_is_401(database_url: str) -> None:
    settings = make_settings(database_url, jwt_audience="todochat")
    async with app_client(settings) as client:
        right = shared_secret_token("u", aud="todochat")
        wrong = shared_secret_token("u", aud="another-app")
        assert (await client.get("/api/u/tasks", headers=bearer(right))).status_code == 200
        response = await client.get("/api/u/tasks", headers=bearer(wrong))
        assert response.status_code == 401
        assert response.json() == {"detail": "Invalid token"}


async def test_path_of_another_user_is_403(client: httpx2.AsyncClient, alice: Account) -> None:
    response = await client.get("/api/someone-else/tasks", headers=alice.headers)
    assert response.status_code == 403
    assert response.json() == {"detail": "You may only access your own data"}


async def test_unknown_subject_is_provisioned_on_first_use(client: httpx2.AsyncClient) -> None:
    token = shared_secret_token("front-end-user-1", email="Front@Example.com", name="Front")
    created = await client.post(
        "/api/front-end-user-1/tasks", json={"title": "From the front end"}, headers=bearer(token)
    )
    assert created.status_code == 201
    me = await client.get("/api/auth/me", headers=bearer(token))
    assert me.json()["id"] == "front-end-user-1"
    assert (me.json()["email"], me.json()["name"]) == ("front@example.com", "Front")


async def test_better_auth_jwks_token_works_end_to_end(
    database_url: str, jwks_server: JwksServer, signing_keys: dict[str, SigningKey]
) -> None:
    settings = make_settings(database_url, better_auth_url=jwks_server.url)
    async with app_client(settings) as client:
        token = signing_keys["EdDSA"].sign(better_auth_claims(jwks_server.url, "ba-user"))
        created = await client.post(
            "/api/ba-user/tasks", json={"title": "Via Better Auth"}, headers=bearer(token)
        )
        assert created.status_code == 201
        listed = await client.get("/api/ba-user/tasks", headers=bearer(token))
        assert [task["title"] for task in listed.json()["items"]] == ["Via Better Auth"]
        me = await client.get("/api/auth/me", headers=bearer(token))
        assert me.json()["email"] == "ba-user@example.com"
        # Built-in accounts keep working beside Better Auth.
        local = await register(client, email=email(), password=PASSWORD)
        assert local.status_code == 201


async def test_better_auth_token_for_another_audience_is_401(
    database_url: str, jwks_server: JwksServer, signing_keys: dict[str, SigningKey]
) -> None:
    settings = make_settings(database_url, better_auth_url=jwks_server.url)
    async with app_client(settings) as client:
        claims = better_auth_claims(jwks_server.url, "ba-user", aud="https://other.example")
        token = signing_keys["ES256"].sign(claims)
        response = await client.get("/api/ba-user/tasks", headers=bearer(token))
        assert response.status_code == 401


async def test_openapi_declares_the_auth_error_responses(client: httpx2.AsyncClient) -> None:
    paths = (await client.get("/openapi.json")).json()["paths"]
    assert {"201", "409", "422"} <= set(paths["/api/auth/register"]["post"]["responses"])
    assert {"200", "401", "422"} <= set(paths["/api/auth/login"]["post"]["responses"])
    assert {"200", "401"} <= set(paths["/api/auth/me"]["get"]["responses"])
    error = paths["/api/auth/register"]["post"]["responses"]["409"]["content"]["application/json"]
    assert error["schema"] == {"$ref": "#/components/schemas/ErrorBody"}


async def test_a_better_auth_that_cannot_be_reached_answers_503_with_retry_after(
    database_url: str, signing_keys: dict[str, SigningKey]
) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    settings = make_settings(database_url, better_auth_url=url)
    async with app_client(settings) as client:
        token = signing_keys["EdDSA"].sign(better_auth_claims(url, "ba-user"))
        response = await client.get("/api/ba-user/tasks", headers=bearer(token))
    assert response.status_code == 503
    assert int(response.headers["retry-after"]) > 0
    assert set(response.json()) == {"detail"}

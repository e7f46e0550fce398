"""Bearer token verification: the HS256 shared secret and Better Auth's JWKS, side by side."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from jwt.utils import base64url_encode

from tests.conftest import TEST_SECRET, make_settings
from tests.support.jwks import (
    BETTER_AUTH_ALGORITHMS,
    JwksServer,
    SigningKey,
    better_auth_claims,
    generate_key,
)
from tests.support.servers import free_port
from todochat.accounts.jwks import KeysUnavailable
from todochat.accounts.tokens import Identity, TokenVerifier
from todochat.core.errors import Unauthorized


def make_verifier(*, secret: str = TEST_SECRET, **overrides: Any) -> TokenVerifier:
    return TokenVerifier(make_settings("sqlite:///:memory:", **overrides), secret)


def hs256(claims: dict[str, Any], *, secret: str = TEST_SECRET, algorithm: str = "HS256") -> str:
    return jwt.encode(claims, secret, algorithm=algorithm)


def claims(
    subject: str = "user-1", *, lifetime: timedelta = timedelta(minutes=5)
) -> dict[str, Any]:
    now = datetime.now(UTC)
    return {"sub": subject, "iat": now, "exp": now + lifetime}


async def rejected(verifier: TokenVerifier, token: str) -> str:
    """The reason `verify` gives for refusing `token` (fails the test when it accepts it)."""
    with pytest.raises(Unauthorized) as caught:
        await verifier.verify(token)
    return caught.value.detail


# --- HS256: built-in accounts and a front end sharing BETTER_AUTH_SECRET ---


async def test_issued_token_verifies_to_its_user() -> None:
    verifier = make_verifier()
    token, expires_at = verifier.issue("user-1", email="a@example.com")
    identity = await verifier.verify(token)
    assert identity.user_id == "user-1"
    assert identity.email == "a@example.com"
    assert identity.expires_at == pytest.approx(expires_at.timestamp(), abs=1)


async def test_issued_token_lives_for_the_configured_hours() -> None:
    verifier = make_verifier(token_ttl_hours=2)
    _, expires_at = verifier.issue("user-1")
    assert expires_at - datetime.now(UTC) == pytest.approx(
        timedelta(hours=2), abs=timedelta(seconds=5)
    )


async def test_shared_secret_token_carries_email_and_name() -> None:
    token = hs256({**claims("ba-1"), "email": "ba@example.com", "name": "Ba"})
    identity = await make_verifier().verify(token)
    assert (identity.user_id, identity.email, identity.name) == ("ba-1", "ba@example.com", "Ba")


async def test_expired_token_is_refused() -> None:
    token = hs256(claims(lifetime=timedelta(minutes=-5)))
    assert await rejected(make_verifier(), token) == "Token expired"


async def test_token_signed_with_another_secret_is_refused() -> None:
    token = hs256(claims(), secret="another-secret-of-the-right-length-0123456789")
    assert await rejected(make_verifier(), token) == "Invalid token"


async def test_unsigned_alg_none_token_is_refused() -> None:
    token = jwt.encode(claims(), "", algorithm="none")
    assert await rejected(make_verifier(), token) == "Token algorithm not accepted"


@pytest.mark.parametrize("missing", ["sub", "exp"])
async def test_token_without_required_claim_is_refused(missing: str) -> None:
    payload = claims()
    del payload[missing]
    assert await rejected(make_verifier(), hs256(payload)) == "Invalid token"


@pytest.mark.parametrize("subject", ["", "   ", "x" * 256, 42])
async def test_token_with_unusable_subject_is_refused(subject: object) -> None:
    payload = {**claims(), "sub": subject}
    assert await rejected(make_verifier(), hs256(payload)) in {
        "Invalid token",
        "Invalid token subject",
    }


@pytest.mark.parametrize("token", ["", "abc", "a.b.c", "Bearer x.y.z", "eyJhbGciOiJIUzI1NiJ9.e30"])
async def test_malformed_token_is_refused(token: str) -> None:
    assert await rejected(make_verifier(), token) in {"Malformed bearer token", "Invalid token"}


async def test_other_hmac_algorithm_than_configured_is_refused() -> None:
    token = hs256(claims(), secret=TEST_SECRET * 2, algorithm="HS512")
    assert await rejected(make_verifier(), token) == "Token algorithm not accepted"


async def test_configured_hs512_is_used_for_issuing_and_verifying() -> None:
    verifier = make_verifier(jwt_algorithm="HS512", secret="s" * 64)
    token, _ = verifier.issue("user-1")
    assert jwt.get_unverified_header(token)["alg"] == "HS512"
    assert (await verifier.verify(token)).user_id == "user-1"
    assert await rejected(verifier, hs256(claims(), secret="s" * 64)) == (
        "Token algorithm not accepted"
    )


async def test_wrong_audience_is_refused_when_an_audience_is_configured() -> None:
    verifier = make_verifier(jwt_audience="todochat")
    assert await rejected(verifier, hs256({**claims(), "aud": "someone-else"})) == "Invalid token"
    assert await rejected(verifier, hs256(claims())) == "Invalid token"
    accepted = await verifier.verify(hs256({**claims(), "aud": "todochat"}))
    assert accepted.user_id == "user-1"


async def test_wrong_issuer_is_refused_when_an_issuer_is_configured() -> None:
    verifier = make_verifier(jwt_issuer="https://auth.example.com")
    assert await rejected(verifier, hs256({**claims(), "iss": "https://evil.example"})) == (
        "Invalid token"
    )
    assert await rejected(verifier, hs256(claims())) == "Invalid token"


async def test_issued_tokens_carry_the_configured_issuer_and_audience() -> None:
    verifier = make_verifier(jwt_issuer="https://auth.example.com", jwt_audience="todochat")
    token, _ = verifier.issue("user-1")
    payload = jwt.decode(token, options={"verify_signature": False})
    assert (payload["iss"], payload["aud"]) == ("https://auth.example.com", "todochat")
    assert (await verifier.verify(token)).user_id == "user-1"


async def test_verified_token_is_remembered() -> None:
    verifier = make_verifier()
    token = hs256(claims())
    first = await verifier.verify(token)
    assert await verifier.verify(token) is first


async def test_hs256_token_signed_with_a_jwks_public_key_is_refused(
    jwks_server: JwksServer, signing_keys: dict[str, SigningKey]
) -> None:
    """Algorithm confusion: HMAC keyed with the RSA public key anyone can download."""
    public_pem = (
        signing_keys["RS256"]
        .private_key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    now = int(time.time())
    header = {"alg": "HS256", "typ": "JWT", "kid": signing_keys["RS256"].kid}
    payload = {"sub": "mallory", "iat": now, "exp": now + 600}
    payload |= {"iss": jwks_server.url, "aud": jwks_server.url}
    signing_input = ".".join(
        base64url_encode(json.dumps(part).encode()).decode() for part in (header, payload)
    )
    signature = hmac.new(public_pem, signing_input.encode(), hashlib.sha256).digest()
    token = f"{signing_input}.{base64url_encode(signature).decode()}"
    verifier = make_verifier(better_auth_url=jwks_server.url)
    assert await rejected(verifier, token) == "Invalid token"


# --- Better Auth JWKS ---


@pytest.mark.parametrize("algorithm", BETTER_AUTH_ALGORITHMS)
async def test_better_auth_token_verifies_with_each_algorithm(
    algorithm: str, jwks_server: JwksServer, signing_keys: dict[str, SigningKey]
) -> None:
    verifier = make_verifier(better_auth_url=jwks_server.url)
    token = signing_keys[algorithm].sign(better_auth_claims(jwks_server.url, "ba-user"))
    identity = await verifier.verify(token)
    assert identity == Identity(
        user_id="ba-user",
        email="ba-user@example.com",
        name="Ba-User",
        expires_at=identity.expires_at,
    )


@pytest.mark.parametrize("claim", ["iss", "aud"])
async def test_better_auth_token_for_another_site_is_refused(
    claim: str, jwks_server: JwksServer, signing_keys: dict[str, SigningKey]
) -> None:
    verifier = make_verifier(better_auth_url=jwks_server.url)
    payload = better_auth_claims(jwks_server.url, "ba-user")
    payload[claim] = "https://other.example"
    assert await rejected(verifier, signing_keys["EdDSA"].sign(payload)) == "Invalid token"


@pytest.mark.parametrize("claim", ["iss", "aud", "sub", "exp"])
async def test_better_auth_token_missing_a_claim_is_refused(
    claim: str, jwks_server: JwksServer, signing_keys: dict[str, SigningKey]
) -> None:
    verifier = make_verifier(better_auth_url=jwks_server.url)
    payload = better_auth_claims(jwks_server.url, "ba-user")
    del payload[claim]
    assert await rejected(verifier, signing_keys["ES256"].sign(payload)) == "Invalid token"


async def test_expired_better_auth_token_is_refused(
    jwks_server: JwksServer, signing_keys: dict[str, SigningKey]
) -> None:
    verifier = make_verifier(better_auth_url=jwks_server.url)
    payload = better_auth_claims(jwks_server.url, "ba-user", lifetime=timedelta(minutes=-1))
    assert await rejected(verifier, signing_keys["RS256"].sign(payload)) == "Token expired"


async def test_token_signed_by_a_key_not_in_the_jwks_is_refused(jwks_server: JwksServer) -> None:
    verifier = make_verifier(better_auth_url=jwks_server.url)
    stranger = generate_key("EdDSA", kid="eddsa-key")  # the kid of a listed key, another key
    payload = better_auth_claims(jwks_server.url, "ba-user")
    assert await rejected(verifier, stranger.sign(payload)) == "Invalid token"


async def test_token_with_an_unknown_kid_is_refused(
    jwks_server: JwksServer, signing_keys: dict[str, SigningKey]
) -> None:
    verifier = make_verifier(better_auth_url=jwks_server.url)
    payload = better_auth_claims(jwks_server.url, "ba-user")
    token = signing_keys["EdDSA"].sign(payload, kid="rotated-away")
    assert await rejected(verifier, token) == "Invalid token"


async def test_header_algorithm_that_does_not_fit_the_key_is_refused(
    jwks_server: JwksServer, signing_keys: dict[str, SigningKey]
) -> None:
    """An ES256 signature presented under the RSA key's kid must not verify."""
    verifier = make_verifier(better_auth_url=jwks_server.url)
    payload = better_auth_claims(jwks_server.url, "ba-user")
    token = signing_keys["ES256"].sign(payload, kid=signing_keys["RS256"].kid)
    assert await rejected(verifier, token) == "Invalid token"


async def test_asymmetric_token_is_refused_without_better_auth_url(
    jwks_server: JwksServer, signing_keys: dict[str, SigningKey]
) -> None:
    token = signing_keys["EdDSA"].sign(better_auth_claims(jwks_server.url, "ba-user"))
    assert await rejected(make_verifier(), token) == "Token algorithm not accepted"
    assert jwks_server.hits == 0


async def test_shared_secret_and_jwks_are_accepted_by_the_same_verifier(
    jwks_server: JwksServer, signing_keys: dict[str, SigningKey]
) -> None:
    verifier = make_verifier(better_auth_url=jwks_server.url)
    from_jwks = signing_keys["EdDSA"].sign(better_auth_claims(jwks_server.url, "ba-user"))
    from_secret, _ = verifier.issue("local-user")
    assert (await verifier.verify(from_jwks)).user_id == "ba-user"
    assert (await verifier.verify(from_secret)).user_id == "local-user"


async def test_jwks_is_fetched_once_for_many_verifications(
    jwks_server: JwksServer, signing_keys: dict[str, SigningKey]
) -> None:
    verifier = make_verifier(better_auth_url=jwks_server.url)
    for number in range(30):
        key = signing_keys[BETTER_AUTH_ALGORITHMS[number % 3]]
        token = key.sign(better_auth_claims(jwks_server.url, f"user-{number}"))
        assert (await verifier.verify(token)).user_id == f"user-{number}"
    assert jwks_server.hits == 1


async def test_concurrent_first_verifications_fetch_the_jwks_once(
    signing_keys: dict[str, SigningKey],
) -> None:
    with JwksServer(list(signing_keys.values()), delay=0.2) as server:
        verifier = make_verifier(better_auth_url=server.url)
        tokens = [
            signing_keys["EdDSA"].sign(better_auth_claims(server.url, f"user-{number}"))
            for number in range(8)
        ]
        identities = await asyncio.gather(*(verifier.verify(token) for token in tokens))
        assert [identity.user_id for identity in identities] == [f"user-{n}" for n in range(8)]
        assert server.hits == 1


async def test_jwks_fetch_does_not_block_the_event_loop(
    signing_keys: dict[str, SigningKey],
) -> None:
    """While a slow JWKS answers, other coroutines keep running (the fetch is off the loop)."""
    with JwksServer(list(signing_keys.values()), delay=0.5) as server:
        verifier = make_verifier(better_auth_url=server.url)
        token = signing_keys["EdDSA"].sign(better_auth_claims(server.url, "ba-user"))
        ticks = 0

        async def heartbeat() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        beating = asyncio.create_task(heartbeat())
        try:
            identity = await verifier.verify(token)
        finally:
            beating.cancel()
        assert identity.user_id == "ba-user"
        assert server.hits == 1
        # A blocking fetch would freeze the loop for the whole 0.5 s (zero or one tick).
        assert ticks >= 20


async def test_unreachable_jwks_answers_try_again_not_refused(
    signing_keys: dict[str, SigningKey],
) -> None:
    """Better Auth stopped: the token is neither good nor bad yet, so 503 with Retry-After
    (a front end reading 401 would sign the user out)."""
    url = f"http://127.0.0.1:{free_port()}"
    verifier = make_verifier(better_auth_url=url)
    token = signing_keys["EdDSA"].sign(better_auth_claims(url, "ba-user"))
    started = time.monotonic()
    with pytest.raises(KeysUnavailable) as caught:
        await verifier.verify(token)
    assert time.monotonic() - started < 2
    assert caught.value.status_code == 503
    assert caught.value.retry_after and caught.value.retry_after > 0
    # The shared secret still works while Better Auth is down.
    local, _ = verifier.issue("local-user")
    assert (await verifier.verify(local)).user_id == "local-user"


async def test_a_hung_jwks_answers_every_waiting_request_after_one_timeout(
    signing_keys: dict[str, SigningKey],
) -> None:
    """Eight requests at once against a Better Auth that hangs: each gets 503 after one
    short timeout (one shared fetch), not after the timeouts of those ahead of it (one at
    a time would take 4 s); later requests inside Retry-After fail at once, no new fetch."""
    with JwksServer(list(signing_keys.values()), delay=4) as server:
        verifier = make_verifier(better_auth_url=server.url, jwks_timeout_seconds=0.5)
        tokens = [
            signing_keys["EdDSA"].sign(better_auth_claims(server.url, f"user-{number}"))
            for number in range(8)
        ]
        started = time.monotonic()
        outcomes = await asyncio.gather(
            *(verifier.verify(token) for token in tokens), return_exceptions=True
        )
        elapsed = time.monotonic() - started
        assert all(isinstance(outcome, KeysUnavailable) for outcome in outcomes)
        assert elapsed < 2.5
        assert server.hits == 1
        started = time.monotonic()
        with pytest.raises(KeysUnavailable):
            await verifier.verify(tokens[0])
        assert time.monotonic() - started < 0.5
        assert server.hits == 1


async def test_keys_already_fetched_keep_working_while_better_auth_is_down(
    signing_keys: dict[str, SigningKey],
) -> None:
    with JwksServer(list(signing_keys.values())) as server:
        url = server.url
        verifier = make_verifier(better_auth_url=url)
        first = signing_keys["ES256"].sign(better_auth_claims(url, "user-1"))
        assert (await verifier.verify(first)).user_id == "user-1"
    later = signing_keys["ES256"].sign(better_auth_claims(url, "user-2"))
    assert (await verifier.verify(later)).user_id == "user-2"


async def test_a_rotated_key_is_accepted_within_seconds_without_restart() -> None:
    """Better Auth rotates: tokens under the new key id verify at the next fetch, which an
    unknown key id triggers (no sooner than JWKS_REFETCH_SECONDS after the last)."""
    old, new = generate_key("EdDSA", kid="old"), generate_key("EdDSA", kid="new")
    with JwksServer([old]) as server:
        verifier = make_verifier(better_auth_url=server.url)  # default floor: 2 s
        assert (await verifier.verify(old.sign(better_auth_claims(server.url, "a")))).user_id
        server.keys = [new, old]
        started = time.monotonic()
        identity = await verifier.verify(new.sign(better_auth_claims(server.url, "b")))
        assert identity.user_id == "b"
        assert time.monotonic() - started < 4
        assert server.hits == 2


async def test_made_up_key_ids_cannot_make_it_fetch_more_than_the_floor_allows(
    jwks_server: JwksServer, signing_keys: dict[str, SigningKey]
) -> None:
    verifier = make_verifier(better_auth_url=jwks_server.url, jwks_refetch_seconds=0.5)
    payload = better_auth_claims(jwks_server.url, "mallory")
    started = time.monotonic()
    for round_ in range(3):
        tokens = [
            signing_keys["EdDSA"].sign(payload, kid=f"made-up-{round_}-{n}") for n in range(10)
        ]
        outcomes = await asyncio.gather(
            *(verifier.verify(token) for token in tokens), return_exceptions=True
        )
        assert all(isinstance(outcome, Unauthorized) for outcome in outcomes)
        assert all(outcome.detail == "Invalid token" for outcome in outcomes)  # type: ignore[union-attr]
    # 30 unknown key ids in three bursts: one fetch per burst, each at least 0.5 s apart.
    assert jwks_server.hits == 3
    assert time.monotonic() - started >= 1.0


async def test_a_token_naming_no_key_is_refused_without_a_fetch(
    jwks_server: JwksServer, signing_keys: dict[str, SigningKey]
) -> None:
    verifier = make_verifier(better_auth_url=jwks_server.url)
    payload = better_auth_claims(jwks_server.url, "ba-user")
    token = jwt.encode(payload, signing_keys["EdDSA"].private_key, algorithm="EdDSA")
    assert await rejected(verifier, token) == "Invalid token"
    assert jwks_server.hits == 0


@pytest.mark.parametrize("path", ["/", "/api/auth", "/api/auth/"])
async def test_a_better_auth_url_with_a_path_verifies_against_its_origin(
    path: str, jwks_server: JwksServer, signing_keys: dict[str, SigningKey]
) -> None:
    """Better Auth's issuer is its origin: a URL with a path still verifies its tokens."""
    verifier = make_verifier(better_auth_url=jwks_server.url + path)
    token = signing_keys["EdDSA"].sign(better_auth_claims(jwks_server.url, "ba-user"))
    assert (await verifier.verify(token)).user_id == "ba-user"


# --- OAuth access tokens from Better Auth's OAuth provider plugin (MCP sign-in) ---


def oauth_access_claims(base_url: str, audience: list[str]) -> dict[str, Any]:
    """The claims of an access token from @better-auth/oauth-provider (seen from 1.7.5):
    iss = its base URL (origin + /api/auth), aud = the requested resource and userinfo."""
    return better_auth_claims(
        base_url, "oauth-user", iss=f"{base_url}/api/auth", aud=audience, azp="client-1"
    )


async def test_an_oauth_access_token_for_this_server_is_accepted(
    jwks_server: JwksServer, signing_keys: dict[str, SigningKey]
) -> None:
    resource = "https://todo.example.com/api/mcp"
    verifier = TokenVerifier(
        make_settings("sqlite:///:memory:", better_auth_url=jwks_server.url),
        TEST_SECRET,
        resources=["https://todo.example.com", resource],
    )
    userinfo = f"{jwks_server.url}/api/auth/oauth2/userinfo"
    claims = oauth_access_claims(jwks_server.url, [resource, userinfo])
    token = signing_keys["EdDSA"].sign(claims)
    assert (await verifier.verify(token)).user_id == "oauth-user"


@pytest.mark.parametrize(
    ("resources", "audience"),
    [
        ([], ["https://todo.example.com/api/mcp"]),  # PUBLIC_URL unset: no resource to match
        (["https://todo.example.com/api/mcp"], ["https://other.example.com/api/mcp"]),
        (["https://todo.example.com/api/mcp"], ["client-1"]),  # an ID token's audience
    ],
)
async def test_an_oauth_access_token_for_another_resource_is_refused(
    jwks_server: JwksServer,
    signing_keys: dict[str, SigningKey],
    resources: list[str],
    audience: list[str],
) -> None:
    verifier = TokenVerifier(
        make_settings("sqlite:///:memory:", better_auth_url=jwks_server.url),
        TEST_SECRET,
        resources=resources,
    )
    token = signing_keys["EdDSA"].sign(oauth_access_claims(jwks_server.url, audience))
    assert await rejected(verifier, token) == "Invalid token"


async def test_a_token_from_another_issuer_path_is_refused(
    jwks_server: JwksServer, signing_keys: dict[str, SigningKey]
) -> None:
    verifier = make_verifier(better_auth_url=jwks_server.url)
    claims = better_auth_claims(jwks_server.url, "x", iss=f"{jwks_server.url}/elsewhere")
    assert await rejected(verifier, signing_keys["EdDSA"].sign(claims)) == "Invalid token"

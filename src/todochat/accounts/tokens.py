"""Bearer tokens: verify HS256 (shared secret) and Better Auth JWKS tokens; issue HS256 ones."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt

from todochat.accounts.jwks import JwksCache
from todochat.core.config import Settings
from todochat.core.errors import Unauthorized

HMAC_ALGORITHMS = {"HS256", "HS384", "HS512"}
# Better Auth's default base path: its OAuth issuer is `{origin}/api/auth`.
AUTH_BASE_PATH = "/api/auth"
# The JWK key type (`kty`) each asymmetric algorithm signs with.
_KEY_TYPES = {
    "EdDSA": "OKP",
    "Ed25519": "OKP",
    "ES256": "EC",
    "ES384": "EC",
    "ES512": "EC",
    "RS256": "RSA",
    "PS256": "RSA",
}
ASYMMETRIC_ALGORITHMS = set(_KEY_TYPES)
_CACHE_SIZE = 4096
_LEEWAY_SECONDS = 5


@dataclass(frozen=True)
class Identity:
    """Who a verified token speaks for."""

    user_id: str
    email: str | None = None
    name: str | None = None
    expires_at: float = 0.0
    claims: dict[str, Any] = field(default_factory=dict, compare=False)


class TokenVerifier:
    """Checks bearer tokens; the same object serves REST, the MCP endpoint and the chat.

    Verified tokens are remembered until they expire, so a busy client does not pay the
    signature check (or a JWKS look-up) on every request.
    """

    def __init__(
        self, settings: Settings, secret: str | None, *, resources: Sequence[str] = ()
    ) -> None:
        self._shared_secret = secret
        self._algorithm = settings.jwt_algorithm
        self._issuer = settings.jwt_issuer
        self._audience = settings.jwt_audience
        self._ttl = timedelta(hours=settings.token_ttl_hours)
        # Better Auth's JWT plugin signs with iss = aud = its origin (the settings reduce the
        # URL to it). Its OAuth provider plugin signs access tokens with iss = its base URL
        # (origin + /api/auth) and aud = the resource they were asked for (RFC 8707): one of
        # `resources`, this server's own identifiers.
        self._better_auth_url = settings.better_auth_url
        self._issuers: list[str] = []
        self._audiences: list[str] = []
        if settings.better_auth_url:
            self._issuers = [settings.better_auth_url, settings.better_auth_url + AUTH_BASE_PATH]
            self._audiences = [settings.better_auth_url, *resources]
        self._jwks: JwksCache | None = None
        if self._better_auth_url:
            self._jwks = JwksCache(
                self._better_auth_url,
                timeout=settings.jwks_timeout_seconds,
                refetch_seconds=settings.jwks_refetch_seconds,
            )
        self._verified: OrderedDict[str, Identity] = OrderedDict()

    def use_secret(self, secret: str) -> None:
        """Set the HS256 secret once it is known (it may live in the database)."""
        self._shared_secret = secret

    @property
    def _secret(self) -> str:
        if not self._shared_secret:
            raise RuntimeError("the token signing secret is not loaded yet (app not started)")
        return self._shared_secret

    async def verify(self, token: str) -> Identity:
        """The identity behind `token`, or `Unauthorized` with a reason a client can act on."""
        cached = self._verified.get(token)
        if cached is not None:
            if cached.expires_at > time.time():
                return cached
            self._verified.pop(token, None)
        identity = await self._verify_uncached(token)
        self._verified[token] = identity
        if len(self._verified) > _CACHE_SIZE:
            self._verified.popitem(last=False)
        return identity

    async def _verify_uncached(self, token: str) -> Identity:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as exc:
            raise Unauthorized("Malformed bearer token") from exc
        algorithm = header.get("alg")
        try:
            if algorithm in HMAC_ALGORITHMS and algorithm == self._algorithm:
                claims = jwt.decode(
                    token,
                    self._secret,
                    algorithms=[self._algorithm],
                    audience=self._audience,
                    issuer=self._issuer,
                    leeway=_LEEWAY_SECONDS,
                    options={"require": ["sub", "exp"], "verify_aud": self._audience is not None},
                )
            elif algorithm in ASYMMETRIC_ALGORITHMS and self._jwks is not None:
                claims = await self._decode_with_jwks(token, algorithm, header.get("kid"))
            else:
                raise Unauthorized("Token algorithm not accepted")
        except jwt.ExpiredSignatureError as exc:
            raise Unauthorized("Token expired") from exc
        except jwt.PyJWTError as exc:
            raise Unauthorized("Invalid token") from exc
        subject = claims.get("sub")
        if not isinstance(subject, str) or not subject.strip() or len(subject) > 255:
            raise Unauthorized("Invalid token subject")
        email = claims.get("email")
        name = claims.get("name")
        return Identity(
            user_id=subject,
            email=email if isinstance(email, str) else None,
            name=name if isinstance(name, str) else None,
            expires_at=float(claims["exp"]),
            claims=claims,
        )

    async def _decode_with_jwks(self, token: str, algorithm: str, kid: object) -> dict[str, Any]:
        """Claims of a Better Auth token; `KeysUnavailable` (503) when its keys cannot be
        fetched, so a client retries instead of signing the user out."""
        assert self._jwks is not None
        if not isinstance(kid, str) or not kid:
            raise jwt.InvalidTokenError("The token names no key")
        signing_key = await self._jwks.key(kid)
        # The header's algorithm must fit the key it names: PyJWT raises TypeError (a 500)
        # rather than a JWT error when, say, an ES256 token names an RSA key.
        if signing_key.key_type != _KEY_TYPES.get(algorithm):
            raise jwt.InvalidAlgorithmError("The token's algorithm does not fit its key")
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                signing_key.key,
                algorithms=[algorithm],
                audience=self._audiences,
                issuer=self._issuers,
                leeway=_LEEWAY_SECONDS,
                options={"require": ["sub", "exp", "iss", "aud"]},
            )
        except jwt.PyJWTError:
            raise
        except (TypeError, ValueError) as exc:
            raise jwt.InvalidTokenError("The token does not fit its key") from exc
        return claims

    def issue(self, user_id: str, *, email: str | None = None) -> tuple[str, datetime]:
        """An HS256 token for a built-in account, with issuer/audience when configured."""
        now = datetime.now(UTC)
        expires = now + self._ttl
        claims: dict[str, Any] = {"sub": user_id, "iat": now, "exp": expires}
        if email:
            claims["email"] = email
        if self._issuer:
            claims["iss"] = self._issuer
        if self._audience:
            claims["aud"] = self._audience
        algorithm = self._algorithm if self._algorithm in HMAC_ALGORITHMS else "HS256"
        return jwt.encode(claims, self._secret, algorithm=algorithm), expires

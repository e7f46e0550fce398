"""Bearer tokens: verify HS256 (shared secret) and Better Auth JWKS tokens; issue HS256 ones.

PyJWT is imported where a token is first checked or signed, not with this module: it
imports cryptography's X.509 and key types (30 ms of a server's start on this machine),
which no request before the first signed-in one needs. The MCP server's warm-up imports it
in the background (mcp_server/routes.py), so that request does not pay it either.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from todochat.core.config import Settings
from todochat.core.errors import Unauthorized
from todochat.core.inputs import unstorable_character

if TYPE_CHECKING:
    from todochat.accounts.jwks import JwksCache

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
# The last second of year 9999: a later `exp` (or `iat`, `nbf`) is no time a token could mean.
_TIME_CLAIM_MAX = 253_402_300_799
_TIME_CLAIMS = ("exp", "iat", "nbf")


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
            from todochat.accounts.jwks import JwksCache

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
        import jwt

        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as exc:
            raise Unauthorized("Malformed bearer token") from exc
        algorithm = header.get("alg")
        try:
            claims = await self._decode(token, algorithm, header)
        except jwt.ExpiredSignatureError as exc:
            raise Unauthorized("Token expired") from exc
        except jwt.PyJWTError as exc:
            raise Unauthorized("Invalid token") from exc
        except (OverflowError, ValueError, TypeError) as exc:  # absurd claims: exp = 1e400
            raise Unauthorized("Invalid token") from exc
        return _identity(claims)

    async def _decode(
        self, token: str, algorithm: object, header: dict[str, Any]
    ) -> dict[str, Any]:
        """The token's verified claims, with plausible times (PyJWT's errors pass through)."""
        import jwt

        claims: dict[str, Any]
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
        elif (
            isinstance(algorithm, str)
            and algorithm in ASYMMETRIC_ALGORITHMS
            and self._jwks is not None
        ):
            claims = await self._decode_with_jwks(token, algorithm, header.get("kid"))
        else:
            raise Unauthorized("Token algorithm not accepted")
        for name in _TIME_CLAIMS:
            value = claims.get(name)
            if value is not None and not _plausible_time(value):
                raise jwt.InvalidTokenError(f"Implausible {name}")
        return claims

    async def _decode_with_jwks(self, token: str, algorithm: str, kid: object) -> dict[str, Any]:
        """Claims of a Better Auth token; `KeysUnavailable` (503) when its keys cannot be
        fetched, so a client retries instead of signing the user out."""
        import jwt

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
        import jwt

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


def _plausible_time(value: object) -> bool:
    """A NumericDate a real token carries: a finite number between 1970 and year 9999."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return math.isfinite(value) and 0 <= value <= _TIME_CLAIM_MAX


def _identity(claims: dict[str, Any]) -> Identity:
    """Who verified claims speak for; 401 for a subject, e-mail or name no database should
    store (a NUL byte, a lone surrogate) or an absurd one."""
    subject = claims.get("sub")
    if not isinstance(subject, str) or not subject.strip() or len(subject) > 255:
        raise Unauthorized("Invalid token subject")
    email = claims.get("email")
    name = claims.get("name")
    email = email if isinstance(email, str) and len(email) <= 320 else None
    name = name if isinstance(name, str) and len(name) <= 255 else None
    if any(unstorable_character(text) for text in (subject, email or "", name or "")):
        raise Unauthorized("Invalid token claims: they contain characters that cannot be stored")
    return Identity(
        user_id=subject,
        email=email,
        name=name,
        expires_at=float(claims["exp"]),
        claims=claims,
    )

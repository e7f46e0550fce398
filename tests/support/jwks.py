"""A loopback stand-in for Better Auth's JWKS endpoint, and tokens signed like Better Auth's.

Better Auth's JWT plugin serves `{"keys": [...]}` at `{baseURL}/api/auth/jwks` with a `kid` on
every key and no `alg`, signs with EdDSA (Ed25519) by default (ES256 and RS256 on request),
and sets `iss` and `aud` to its base URL.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from jwt.algorithms import ECAlgorithm, OKPAlgorithm, RSAAlgorithm

from tests.support.servers import LoopbackHTTPServer

JWKS_PATH = "/api/auth/jwks"
BETTER_AUTH_ALGORITHMS = ("EdDSA", "ES256", "RS256")

PrivateKey = ed25519.Ed25519PrivateKey | ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey


@dataclass(frozen=True)
class SigningKey:
    """A private key, the algorithm it signs with, and its public JWK as Better Auth lists it."""

    kid: str
    algorithm: str
    private_key: PrivateKey

    @property
    def public_jwk(self) -> dict[str, Any]:
        public = self.private_key.public_key()
        jwk: dict[str, Any]
        if isinstance(public, ed25519.Ed25519PublicKey):
            jwk = OKPAlgorithm.to_jwk(public, as_dict=True)
        elif isinstance(public, ec.EllipticCurvePublicKey):
            jwk = ECAlgorithm.to_jwk(public, as_dict=True)
        else:
            jwk = RSAAlgorithm.to_jwk(public, as_dict=True)
        jwk.pop("alg", None)
        return {**jwk, "kid": self.kid}

    def sign(self, claims: Mapping[str, Any], *, kid: str | None = None) -> str:
        headers = {"kid": kid or self.kid, "typ": "JWT"}
        return jwt.encode(dict(claims), self.private_key, algorithm=self.algorithm, headers=headers)


def generate_key(algorithm: str, kid: str | None = None) -> SigningKey:
    """A fresh key pair for one of Better Auth's algorithms."""
    private_key: PrivateKey
    if algorithm == "EdDSA":
        private_key = ed25519.Ed25519PrivateKey.generate()
    elif algorithm == "ES256":
        private_key = ec.generate_private_key(ec.SECP256R1())
    elif algorithm == "RS256":
        private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    else:
        raise ValueError(algorithm)
    return SigningKey(
        kid=kid or f"{algorithm.lower()}-key", algorithm=algorithm, private_key=private_key
    )


def better_auth_claims(
    base_url: str, subject: str, *, lifetime: timedelta = timedelta(minutes=15), **extra: Any
) -> dict[str, Any]:
    """The payload Better Auth puts in its tokens (the session user, iss = aud = base URL)."""
    now = datetime.now(UTC)
    claims: dict[str, Any] = {
        "sub": subject,
        "id": subject,
        "email": f"{subject}@example.com",
        "name": subject.title(),
        "emailVerified": True,
        "iat": now,
        "exp": now + lifetime,
        "iss": base_url,
        "aud": base_url,
    }
    claims.update(extra)
    return claims


class JwksServer(LoopbackHTTPServer):
    """Serves a JWKS on 127.0.0.1 in a thread, counting fetches; `delay` slows each answer."""

    def __init__(self, keys: list[SigningKey], *, delay: float = 0.0) -> None:
        self.keys = list(keys)
        self.delay = delay
        self.hits = 0
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path != JWKS_PATH:
                    self.send_error(404)
                    return
                with server._lock:
                    server.hits += 1
                if server.delay:
                    time.sleep(server.delay)
                body = json.dumps({"keys": [key.public_jwk for key in server.keys]}).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        super().__init__(Handler)

    @property
    def url(self) -> str:
        """The Better Auth base URL: the JWKS is at `{url}/api/auth/jwks`."""
        return super().url

"""Fixtures for token tests: Better Auth-like signing keys and a loopback JWKS server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.jwks import BETTER_AUTH_ALGORITHMS, JwksServer, SigningKey, generate_key


@pytest.fixture(scope="session")
def signing_keys() -> dict[str, SigningKey]:
    """One key per Better Auth algorithm (RSA generation is slow: made once per run)."""
    return {algorithm: generate_key(algorithm) for algorithm in BETTER_AUTH_ALGORITHMS}


@pytest.fixture
def jwks_server(signing_keys: dict[str, SigningKey]) -> Iterator[JwksServer]:
    """A JWKS endpoint listing all three public keys, with a fresh fetch counter."""
    with JwksServer(list(signing_keys.values())) as server:
        yield server

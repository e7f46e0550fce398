"""The provider client: a retry-free copy the Agents SDK asks for is the client itself."""

from __future__ import annotations

from todochat.assistant.providers.client import ProviderClient
from todochat.assistant.providers.dialects import DIALECTS


def test_a_copy_that_changes_nothing_is_the_client_itself() -> None:
    client = ProviderClient(
        dialect=DIALECTS["ollama"], base_url="http://127.0.0.1:9/v1", api_key="k", max_retries=0
    )
    assert client.with_options(max_retries=0) is client
    assert client.copy(max_retries=0) is client


def test_a_copy_that_changes_something_is_a_new_client_with_the_dialect() -> None:
    client = ProviderClient(
        dialect=DIALECTS["ollama"], base_url="http://127.0.0.1:9/v1", api_key="k", max_retries=0
    )
    retrying = client.with_options(max_retries=2)
    assert retrying is not client
    assert retrying.max_retries == 2 and retrying.dialect is DIALECTS["ollama"]
    other_key = client.copy(api_key="other", max_retries=0)
    assert other_key is not client and other_key.api_key == "other"
    assert other_key.dialect is DIALECTS["ollama"]

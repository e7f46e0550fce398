"""The provider client: a retry-free copy the Agents SDK asks for is the client itself, and
request bodies are the bytes the openai client would send."""

from __future__ import annotations

import json
from datetime import UTC, datetime

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


def test_a_body_is_encoded_as_the_openai_client_encodes_it_with_the_tools_kept() -> None:
    from openai._utils._json import openapi_dumps

    from todochat.assistant.providers.client import RequestEncoder

    tools = [
        {"type": "function", "function": {"name": "add_task", "parameters": {"a": [1, 2.5]}}},
        {"type": "function", "function": {"name": "list_tasks", "description": "Läuft ✓"}},
    ]
    body = {
        "model": "m",
        "messages": [{"role": "user", "content": 'say "hi" ✓\n\u2028'}],
        "tools": tools,
        "temperature": 0.7,
        "stream": True,
        "extra": datetime(2026, 11, 30, 12, 0, tzinfo=UTC),
    }
    encoder = RequestEncoder()
    assert encoder.encode(body) == openapi_dumps(body)
    # a new list, equal: the same bytes; a changed one is encoded again, never stale
    assert encoder.encode({**body, "tools": json.loads(json.dumps(tools))}) == openapi_dumps(body)
    changed = [*tools[:1], {"type": "function", "function": {"name": "undo"}}]
    assert encoder.encode({**body, "tools": changed}) == openapi_dumps({**body, "tools": changed})
    tools[0]["function"]["name"] = "renamed"  # the caller's list changed in place
    assert encoder.encode(body) == openapi_dumps(body)
    assert encoder.encode({"model": "m", "tools": []}) == openapi_dumps({"model": "m", "tools": []})

"""`uv run python -m bench.transport`: the provider client's CPU per model request, over
httpx2's own transport and over todochat's (`assistant/providers/transport.py`).

Starts the scripted provider (a local process, as the benchmark's), then sends the same
Chat Completions request through two `ProviderClient`s in this process, one over the
openai client's default httpx2 client and one over `provider_http_client()`, in rounds
taken alternately (whatever else the machine does falls on both alike), and prints this
process's CPU per request (`time.process_time`), JSON and streamed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from collections.abc import Sequence
from typing import Any

from bench.harness import percentile, system_prompt
from tests.support.scripted_provider import start_provider_process
from todochat.assistant.providers.client import ProviderClient
from todochat.assistant.providers.transport import provider_http_client


def _body() -> dict[str, Any]:
    return {
        "model": "scripted",
        "messages": [
            {"role": "system", "content": system_prompt()},
            {"role": "user", "content": "add milk"},
        ],
        "temperature": 0.7,
        "max_tokens": 1000,
    }


async def _requests(client: ProviderClient, count: int, stream: bool) -> float:
    """CPU seconds per request for `count` requests."""
    body = _body()
    started = time.process_time()
    for _ in range(count):
        if stream:
            chunks = await client.chat.completions.create(
                **body, stream=True, stream_options={"include_usage": True}
            )
            async for _chunk in chunks:
                pass
        else:
            await client.chat.completions.create(**body)
    return (time.process_time() - started) / count


async def measure(base_url: str, requests: int, rounds: int) -> dict[tuple[str, bool], list[float]]:
    """CPU ms per request of each round, by (transport, streamed)."""
    clients = {
        "httpx2's own": ProviderClient(base_url=base_url, api_key="k", max_retries=0),
        "todochat's": ProviderClient(
            base_url=base_url,
            api_key="k",
            max_retries=0,
            http_client=provider_http_client(base_url),
        ),
    }
    results: dict[tuple[str, bool], list[float]] = {}
    for stream in (False, True):
        for client in clients.values():
            await _requests(client, 10, stream)  # warm-up: connections, first imports
        for _ in range(rounds):
            for name, client in clients.items():
                seconds = await _requests(client, requests, stream)
                results.setdefault((name, stream), []).append(seconds * 1000)
    for client in clients.values():
        await client.close()
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.transport", description=__doc__)
    parser.add_argument("--requests", type=int, default=100, help="requests per round")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    provider = start_provider_process(mode="echo-tool")
    load_before = os.getloadavg()[0]
    try:
        results = asyncio.run(measure(provider.base_url, args.requests, args.rounds))
    finally:
        provider.stop()
    print(
        f"{args.rounds} rounds of {args.requests} requests each, alternately; load average"
        f" {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end"
    )
    print("| transport | JSON, CPU ms/request (p50 of rounds) | streamed |")
    print("|---|---:|---:|")
    for name in ("httpx2's own", "todochat's"):
        whole, streamed = results[(name, False)], results[(name, True)]
        print(f"| {name} | {percentile(whole, 50):.2f} | {percentile(streamed, 50):.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

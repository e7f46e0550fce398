"""The same two model calls a chat turn makes, made directly with the openai client.

A turn with one tool call is two Chat Completions requests: the user's message with the
tools (answered with a call of add_task), then the same plus the call and its result
(answered with text). Timing them here, against the same scripted provider and with the
same client library the server uses, gives the model's share of a turn; the rest is ours.
"""

from __future__ import annotations

import json
import time
from typing import Any

from openai import AsyncOpenAI

from bench.harness import system_prompt


class DirectModel:
    """Two-call turns straight to the provider, shaped as the server's agent sends them."""

    def __init__(
        self, base_url: str, tools: list[dict[str, Any]], *, client: AsyncOpenAI | None = None
    ) -> None:
        """`client`: another one than a plain openai client (the server's, `bench.floor`)."""
        self._client = client or AsyncOpenAI(base_url=base_url, api_key="not-needed", max_retries=0)
        self._tools = tools
        self._system = system_prompt()

    async def close(self) -> None:
        await self._client.close()

    async def _call(self, messages: list[dict[str, Any]], stream: bool) -> dict[str, Any]:
        """One request; returns the assistant message (content and tool calls)."""
        options: dict[str, Any] = {
            "model": "scripted",
            "messages": messages,
            "tools": self._tools,
            "temperature": 0.7,
            "max_tokens": 1000,
        }
        if not stream:
            completion = await self._client.chat.completions.create(**options)
            message = completion.choices[0].message
            calls = [
                {"id": c.id, "name": c.function.name, "arguments": c.function.arguments}
                for c in message.tool_calls or []
                if c.type == "function"
            ]
            return {"content": message.content or "", "tool_calls": calls}
        chunks = await self._client.chat.completions.create(
            **options, stream=True, stream_options={"include_usage": True}
        )
        content: list[str] = []
        calls_by_index: dict[int, dict[str, Any]] = {}
        async for chunk in chunks:
            for choice in chunk.choices:
                delta = choice.delta
                if delta.content:
                    content.append(delta.content)
                for part in delta.tool_calls or []:
                    call = calls_by_index.setdefault(
                        part.index, {"id": "", "name": "", "arguments": ""}
                    )
                    if part.id:
                        call["id"] = part.id
                    if part.function is not None:
                        call["name"] += part.function.name or ""
                        call["arguments"] += part.function.arguments or ""
        return {"content": "".join(content), "tool_calls": list(calls_by_index.values())}

    async def turn(self, message: str, *, stream: bool) -> float:
        """Seconds for the two calls of a one-tool turn (the tool's own work is not included)."""
        messages: list[dict[str, Any]] = [
            {"role": "system", "content": self._system},
            {"role": "user", "content": message},
        ]
        started = time.perf_counter()
        first = await self._call(messages, stream)
        calls = first["tool_calls"]
        if not calls:
            raise RuntimeError("the scripted provider did not call a tool")
        call = calls[0]
        messages.append(
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": call["id"],
                        "type": "function",
                        "function": {"name": call["name"], "arguments": call["arguments"]},
                    }
                ],
            }
        )
        title = json.loads(call["arguments"])["title"]
        result = {"task_id": 1, "status": "created", "title": title}
        messages.append({"role": "tool", "tool_call_id": call["id"], "content": json.dumps(result)})
        second = await self._call(messages, stream)
        elapsed = time.perf_counter() - started
        if not second["content"]:
            raise RuntimeError("the scripted provider did not answer with text")
        return elapsed

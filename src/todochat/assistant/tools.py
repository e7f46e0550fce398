"""The agent's view of the MCP task tools: in process by default, or a remote server.

The in-process client is bound to the very server object that `/api/mcp` serves and is
connected once per process; every chat turn shares it, so no turn pays for a session or
a subprocess. The caller's identity travels in `_meta`, filled in on the server side by
`tool_meta_resolver` from the run context, never by the model. The agent's copy of each
tool schema also drops `user_id`, so a model is never tempted to guess one.
"""

from __future__ import annotations

import copy
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from typing import Any, cast

from agents import RunContextWrapper
from agents.agent import AgentBase
from agents.mcp import MCPServer as AgentMCPServer
from agents.mcp import MCPServerStreamableHttp, MCPToolMetaContext
from mcp import Client
from mcp.server.mcpserver import MCPServer
from mcp.types import CallToolResult, GetPromptResult, ListPromptsResult
from mcp.types import Tool as MCPTool
from mcp_types import RequestParamsMeta

from todochat.assistant.approvals import DeleteBudget
from todochat.mcp_server.identity import change_meta, identity_meta
from todochat.tasks.models import new_group_id


@dataclass(frozen=True)
class TurnContext:
    """What the server knows about the turn under way; the tools' identity comes from here."""

    user_id: str
    conversation_id: int
    bearer_token: str | None = None
    time_zone: str = "UTC"  # the user's, for the date and time the system prompt gives
    # How many deletes the turn may still make before one waits (assistant/approvals.py).
    deletes: DeleteBudget = field(default_factory=lambda: DeleteBudget(allowed=0))
    # The turn's changes share one group in the change log, so one undo reverts the turn.
    change_group: str = field(default_factory=new_group_id)


def run_identity_meta(context: MCPToolMetaContext) -> dict[str, Any]:
    """`_meta` for every tool call: the authenticated user of the run and the turn's
    change group."""
    turn = context.run_context.context
    assert isinstance(turn, TurnContext)
    meta = identity_meta(
        turn.user_id,
        group_id=turn.change_group,
        conversation_id=turn.conversation_id,
        time_zone=turn.time_zone,
    )
    return dict(meta)


def run_change_meta(context: MCPToolMetaContext) -> dict[str, Any]:
    """`_meta` for a remote server's tool calls: only the turn's change group (the caller is
    the bearer token there), so one undo reverts the turn there too."""
    turn = context.run_context.context
    assert isinstance(turn, TurnContext)
    return dict(change_meta(turn.change_group))


def without_user_id(tools: list[MCPTool]) -> list[MCPTool]:
    """Copies of the tools whose input schema no longer offers `user_id`."""
    visible = []
    for tool in tools:
        schema = copy.deepcopy(tool.input_schema)
        schema.get("properties", {}).pop("user_id", None)
        if "required" in schema:
            schema["required"] = [name for name in schema["required"] if name != "user_id"]
        visible.append(tool.model_copy(update={"input_schema": schema}))
    return visible


class InProcessTools(AgentMCPServer):
    """An Agents SDK MCP server backed by `mcp.Client(server)` in memory."""

    def __init__(self, server: MCPServer) -> None:
        super().__init__(use_structured_content=True, tool_meta_resolver=run_identity_meta)
        self._server = server
        self._stack: AsyncExitStack | None = None
        self._client: Client | None = None
        self._tools: list[MCPTool] = []

    @property
    def name(self) -> str:
        return "todochat-tasks"

    async def connect(self) -> None:
        stack = AsyncExitStack()
        self._client = await stack.enter_async_context(Client(self._server))
        self._stack = stack
        self._tools = without_user_id(list((await self._client.list_tools()).tools))

    async def cleanup(self) -> None:
        if self._stack is not None:
            await self._stack.aclose()
        self._stack = None
        self._client = None

    @property
    def cached_tools(self) -> list[MCPTool] | None:
        return self._tools

    async def list_tools(
        self,
        run_context: RunContextWrapper[Any] | None = None,
        agent: AgentBase | None = None,
    ) -> list[MCPTool]:
        return self._tools

    async def call_tool(
        self,
        tool_name: str,
        arguments: dict[str, Any] | None,
        meta: dict[str, Any] | None = None,
    ) -> CallToolResult:
        if self._client is None:
            raise RuntimeError("the in-process MCP client is not connected")
        request_meta = cast(RequestParamsMeta, meta) if meta is not None else None
        return await self._client.call_tool(tool_name, arguments or {}, meta=request_meta)

    async def list_prompts(self) -> ListPromptsResult:
        if self._client is None:
            raise RuntimeError("the in-process MCP client is not connected")
        return await self._client.list_prompts()

    async def get_prompt(
        self, name: str, arguments: dict[str, Any] | None = None
    ) -> GetPromptResult:
        if self._client is None:
            raise RuntimeError("the in-process MCP client is not connected")
        return await self._client.get_prompt(name, arguments)


class RemoteTools(MCPServerStreamableHttp):
    """A remote todochat MCP server, called with the user's own bearer token."""

    def __init__(self, url: str, bearer_token: str, timeout_seconds: float) -> None:
        super().__init__(
            name="todochat-tasks-remote",
            params={
                "url": url,
                "headers": {"Authorization": f"Bearer {bearer_token}"},
                "timeout": timeout_seconds,
                "sse_read_timeout": timeout_seconds,
            },
            cache_tools_list=True,
            client_session_timeout_seconds=timeout_seconds,
            use_structured_content=True,
            tool_meta_resolver=run_change_meta,
        )

    async def list_tools(
        self,
        run_context: RunContextWrapper[Any] | None = None,
        agent: AgentBase | None = None,
    ) -> list[MCPTool]:
        return without_user_id(await super().list_tools(run_context, agent))

"""The assistant: one Agents SDK agent over the MCP task tools, built once per process."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from agents import Agent, Model, ModelSettings, RunContextWrapper
from agents.mcp import MCPServer as AgentMCPServer
from agents.mcp import MCPUtil
from mcp.server.mcpserver import MCPServer

from todochat.assistant.approvals import with_delete_policy
from todochat.assistant.prompt import get_system_prompt
from todochat.assistant.providers.choice import ModelChoice, build_model
from todochat.assistant.tools import InProcessTools, RemoteTools, TurnContext
from todochat.core.config import Settings
from todochat.core.metrics import Metrics

logger = logging.getLogger("todochat.assistant")


class MeteredModel(Model):
    """The assistant's model, with each call counted and timed by provider."""

    def __init__(self, model: Model, provider: str, metrics: Metrics) -> None:
        self.inner = model
        self._calls_ok = metrics.model_calls.labels(provider, "ok")
        self._calls_failed = metrics.model_calls.labels(provider, "error")
        self._duration = metrics.model_duration.labels(provider)

    async def get_response(self, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            response = await self.inner.get_response(*args, **kwargs)
        except BaseException:
            self._calls_failed.inc()
            raise
        finally:
            self._duration.observe(time.perf_counter() - started)
        self._calls_ok.inc()
        return response

    async def stream_response(self, *args: Any, **kwargs: Any) -> AsyncIterator[Any]:
        started = time.perf_counter()
        try:
            async for item in self.inner.stream_response(*args, **kwargs):
                yield item
        except GeneratorExit:  # the reader stopped early: neither a success nor a failure
            raise
        except BaseException:
            self._calls_failed.inc()
            raise
        finally:
            self._duration.observe(time.perf_counter() - started)
        self._calls_ok.inc()

    async def close(self) -> None:
        await self.inner.close()

    def get_retry_advice(self, request: Any) -> Any:
        return self.inner.get_retry_advice(request)

    async def _cleanup_on_run_end(self, owner: object) -> None:
        await self.inner._cleanup_on_run_end(owner)


def _instructions(context: RunContextWrapper[TurnContext], _agent: Agent[TurnContext]) -> str:
    zone = context.context.time_zone if isinstance(context.context, TurnContext) else "UTC"
    return get_system_prompt(now=datetime.now(UTC).astimezone(ZoneInfo(zone)))


class Assistant:
    """Owns the model and the tool connection; `start()` once, then serve many turns."""

    def __init__(
        self,
        settings: Settings,
        mcp_server: MCPServer,
        model: ModelChoice | None = None,
        *,
        metrics: Metrics | None = None,
    ) -> None:
        self.settings = settings
        self.model = model or build_model(settings)
        self._model: Model = self.model.model
        if metrics is not None:
            provider = "openai-compatible" if settings.agent_base_url else self.model.name
            self._model = MeteredModel(self._model, provider.partition("/")[0], metrics)
        self._local_tools = None if settings.mcp_server_url else InProcessTools(mcp_server)
        self._model_settings = ModelSettings(
            temperature=settings.agent_temperature,
            max_tokens=settings.agent_max_tokens,
            include_usage=True,
        ).resolve(self.model.settings)
        self._agent: Agent[TurnContext] | None = None

    async def start(self) -> None:
        """Connect the in-process tools (once per process)."""
        if self._local_tools is not None:
            await self._local_tools.connect()
            self._agent = await self._agent_over(self._local_tools)
        logger.info("assistant tools=%s", self.settings.mcp_server_url or "in process")

    async def stop(self) -> None:
        if self._local_tools is not None:
            await self._local_tools.cleanup()

    def _make_agent(self, servers: list[AgentMCPServer]) -> Agent[TurnContext]:
        return Agent[TurnContext](
            name="todochat",
            instructions=_instructions,
            model=self._model,
            model_settings=self._model_settings,
            mcp_servers=servers,
            mcp_config={"convert_schemas_to_strict": False},
        )

    async def _agent_over(self, tools: AgentMCPServer) -> Agent[TurnContext]:
        """The agent with the MCP tools converted to function tools once.

        Given as `mcp_servers`, the SDK would list the tools and convert them (deep copies
        of every schema) before each model call; the in-process tools cannot change while
        the process runs, and a remote server's are listed once per turn. Calls still go
        through the MCP client, with the caller's identity. The delete tool gets the
        approval policy (assistant/approvals.py).
        """
        agent = self._make_agent([])
        converted = await MCPUtil.get_function_tools(
            tools,
            convert_schemas_to_strict=False,
            run_context=RunContextWrapper(context=None),
            agent=agent,
        )
        agent.tools = with_delete_policy(converted)
        return agent

    def remote_tools(self, bearer_token: str) -> RemoteTools | None:
        """A connection to MCP_SERVER_URL for one turn, or None when tools are in process."""
        if not self.settings.mcp_server_url:
            return None
        return RemoteTools(
            self.settings.mcp_server_url, bearer_token, self.settings.mcp_timeout_seconds
        )

    async def agent(self, remote: RemoteTools | None = None) -> Agent[TurnContext]:
        """The process's agent, or one over a remote server's tools (connected) for a turn."""
        if remote is not None:
            return await self._agent_over(remote)
        if self._agent is None:
            raise RuntimeError("Assistant.start() has not run")
        return self._agent

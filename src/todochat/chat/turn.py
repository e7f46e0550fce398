"""One chat turn: run the agent, turn what it does into chat events, store the reply.

The turn runs in its own task and writes its events into a `TurnLog` (chat/streams.py),
which the HTTP response reads, and so may any client that joins or resumes the reply.
A streamed turn follows the agent's stream (`Runner.run_streamed`: the text as the model
writes it). A JSON-mode turn has nobody waiting for words one by one, so the model is not
streamed (`Runner.run`, about 3 ms of CPU less a turn): its tool calls and each answer's
text are reported as each model call or tool ends (RunHooks), into the same events,
records and stored reply; a client joining it sees the text when each answer is complete.
The response may end early (the client hangs up); the turn does not: it finishes within
AGENT_TIMEOUT_SECONDS and stores what was said, so the rows stay consistent. A failure
before any output is reported first, so the endpoint can still answer 503.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from typing import Any

import httpx2
import openai
from agents import (
    Agent,
    AgentsException,
    MaxTurnsExceeded,
    ModelBehaviorError,
    RunConfig,
    RunContextWrapper,
    Runner,
    RunResult,
    RunResultStreaming,
    RunState,
    Tool,
    ToolApprovalItem,
    TResponseInputItem,
)
from agents.items import ModelResponse, ToolCallItem, ToolCallOutputItem
from agents.stream_events import RawResponsesStreamEvent, RunItemStreamEvent
from agents.tool_context import ToolContext
from openai.types.responses import (
    ResponseFunctionToolCall,
    ResponseOutputMessage,
    ResponseOutputText,
    ResponseTextDeltaEvent,
)
from sqlmodel.ext.asyncio.session import AsyncSession

from todochat.assistant.agent import Assistant
from todochat.assistant.approvals import (
    APPROVAL_HOOKS,
    REJECTION_MESSAGE,
    ApprovalHooks,
    DeleteBudget,
)
from todochat.assistant.budget import turn_budget
from todochat.assistant.tools import TurnContext
from todochat.chat import approvals, store
from todochat.chat.locks import TurnLock
from todochat.chat.models import Message, Role
from todochat.chat.streams import Event, StreamHub, TurnLog, new_turn_id
from todochat.core.db import Database
from todochat.core.inputs import strip_unstorable
from todochat.core.logging import kv
from todochat.core.metrics import Metrics

logger = logging.getLogger("todochat.chat")


@dataclass
class TurnError:
    code: str
    message: str

    def event(self) -> Event:
        return {"error": {"code": self.code, "message": self.message}}


@dataclass
class TurnOutcome:
    """What a turn produced; `error` is set when it ended early."""

    conversation_id: int
    text: str = ""
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    error: TurnError | None = None
    output_began: bool = False
    tokens: int = 0
    approval: dict[str, Any] | None = None  # the `approval_required` object, when paused


def _parse_arguments(raw: str) -> dict[str, Any] | str:
    try:
        value = json.loads(raw) if raw else {}
    except json.JSONDecodeError:
        return raw
    return value if isinstance(value, dict) else raw


def tool_result_value(output: Any) -> Any:
    """A tool's output as JSON data when it is JSON, else its text (an error message).

    list_tasks' structured `{"result": [...]}` is shown as the bare list of the spec.
    """
    if isinstance(output, dict) and "text" in output:
        output = output["text"]
    elif isinstance(output, list):
        output = "\n".join(
            str(part.get("text", "")) if isinstance(part, dict) else str(part) for part in output
        )
    if isinstance(output, str):
        try:
            output = json.loads(output)
        except json.JSONDecodeError:
            return output
    if isinstance(output, dict) and set(output) == {"result"}:
        return output["result"]  # list_tasks' structured wrapper: show the bare list
    return output


def approval_event(approval: dict[str, Any]) -> dict[str, Any]:
    """The `approval_required` object clients see: the id and the actions waiting."""
    return {"id": approval["id"], "actions": approval["actions"]}


def _classify(exc: BaseException, timeout_seconds: float, assistant: Assistant) -> TurnError:
    if isinstance(exc, TimeoutError):
        return TurnError("model_timeout", f"The model did not answer within {timeout_seconds:g}s.")
    explained = assistant.model.explain(exc)
    if explained is not None:
        return TurnError(explained.code, explained.message)
    if isinstance(exc, openai.APITimeoutError):
        return TurnError("model_timeout", f"The model did not answer within {timeout_seconds:g}s.")
    if isinstance(exc, MaxTurnsExceeded):
        return TurnError("max_turns", "The assistant took too many steps; try a simpler request.")
    if isinstance(exc, openai.RateLimitError):
        return TurnError("model_rate_limited", "The model provider is busy; try again shortly.")
    if isinstance(exc, openai.APIError | httpx2.HTTPError | ConnectionError):
        return TurnError("model_unavailable", "The model provider is unavailable right now.")
    if isinstance(exc, ModelBehaviorError | AgentsException):
        return TurnError("model_error", "The model gave an answer the assistant could not use.")
    return TurnError("internal_error", "Something went wrong while answering.")


class ChatTurn:
    """Runs one turn in the background and exposes its events as an async iterator."""

    def __init__(
        self,
        *,
        assistant: Assistant,
        database: Database,
        user_id: str,
        conversation_id: int,
        items: list[TResponseInputItem],
        bearer_token: str | None,
        on_finish: Callable[[], Awaitable[None]] | None = None,
        hub: StreamHub | None = None,
        metrics: Metrics | None = None,
        time_zone: str = "UTC",
        resume: approvals.Resume | None = None,
        stream: bool = True,
        lease: TurnLock | None = None,
    ) -> None:
        self._assistant = assistant
        self._stream = stream
        self._lease = lease
        self._database = database
        deletes = DeleteBudget(allowed=assistant.settings.delete_approval_after if assistant else 0)
        self._context = TurnContext(
            user_id=user_id,
            conversation_id=conversation_id,
            bearer_token=bearer_token,
            time_zone=time_zone,
            deletes=deletes.spent() if resume is not None else deletes,
        )
        self._resume = resume
        self._paused: tuple[str, list[ToolApprovalItem]] | None = None
        self._items = items
        self._hub = hub
        self._metrics = metrics
        self.log = hub.open(conversation_id) if hub else TurnLog(new_turn_id(), conversation_id)
        self._on_finish = on_finish
        self.outcome = TurnOutcome(conversation_id=conversation_id)
        self.task: asyncio.Task[TurnOutcome] | None = None
        self._stored: Message | None = None
        self._last_text_item: str | None = None

    @classmethod
    def replaying(cls, reply: Message, *, user_id: str) -> ChatTurn:
        """A turn that already finished: its stored reply, sent as the events it made."""
        turn = cls(
            assistant=None,  # type: ignore[arg-type]  # never runs the agent
            database=None,  # type: ignore[arg-type]
            user_id=user_id,
            conversation_id=reply.conversation_id,
            items=[],
            bearer_token=None,
        )
        turn._stored = reply
        return turn

    def start(self) -> asyncio.Task[TurnOutcome]:
        run = self._run() if self._stored is None else self._replay(self._stored)
        self.task = asyncio.create_task(run, name=f"chat-turn-{self.outcome.conversation_id}")
        return self.task

    async def _replay(self, reply: Message) -> TurnOutcome:
        outcome = self.outcome
        outcome.output_began = True
        for call in reply.tool_calls or []:
            outcome.tool_calls.append(call)
            self._emit({"tool_call": {key: call.get(key) for key in ("id", "name", "arguments")}})
            self._emit({"tool_result": {key: call.get(key) for key in ("id", "name", "result")}})
        if reply.content:
            outcome.text = reply.content
            self._emit({"content": reply.content})
        self._emit({"done": True, "conversation_id": outcome.conversation_id})
        self._close()
        return outcome

    async def first_event(self) -> Event:
        """The first event, waiting for it; an `error` first means nothing was said."""
        await self.log.wait_for(1)
        return self.log.events[0]

    def _emit(self, event: Event) -> None:
        self.log.append(event)

    def _close(self) -> None:
        if self._hub is not None:
            self._hub.close(self.log)
        else:
            self.log.finish()

    async def _run(self) -> TurnOutcome:
        settings = self._assistant.settings
        started = time.perf_counter()
        outcome = self.outcome
        try:
            async with turn_budget(settings.agent_timeout_seconds):
                await self._stream_agent(outcome)
                if self._paused is not None:
                    await self._ask(outcome, *self._paused)
            if not outcome.text and not outcome.tool_calls:
                outcome.error = TurnError("model_empty", "The model returned an empty answer.")
        except asyncio.CancelledError:
            outcome.error = TurnError("cancelled", "The server stopped before the reply ended.")
            await self._finish(outcome, started)
            raise
        except Exception as exc:
            outcome.error = _classify(exc, settings.agent_timeout_seconds, self._assistant)
            run_data = getattr(exc, "run_data", None)  # the SDK's account of a failed run
            if run_data is not None:  # what it spent counts too (DAILY_TOKEN_LIMIT)
                outcome.tokens = run_data.context_wrapper.usage.total_tokens
            log = logger.exception if outcome.error.code == "internal_error" else logger.warning
            log(
                "chat turn failed %s",
                kv(conversation_id=outcome.conversation_id, error=type(exc).__name__),
            )
        await self._finish(outcome, started)
        return outcome

    async def _stream_agent(self, outcome: TurnOutcome) -> None:
        settings = self._assistant.settings
        async with AsyncExitStack() as stack:
            remote = self._assistant.remote_tools(self._context.bearer_token or "")
            if remote is not None:
                await stack.enter_async_context(remote)
            agent = await self._assistant.agent(remote)
            tool_started: dict[str, float] = {}
            run_input: list[TResponseInputItem] | RunState[TurnContext] = self._items
            if self._resume is not None:
                run_input = await self._resumed_state(agent, outcome, tool_started)
            run_config = RunConfig(tracing_disabled=not settings.agent_tracing)
            result: RunResult | RunResultStreaming
            if self._stream:
                result = Runner.run_streamed(
                    agent,
                    input=run_input,
                    context=self._context,
                    max_turns=settings.agent_max_turns,
                    run_config=run_config,
                    hooks=APPROVAL_HOOKS,
                )
                await self._follow(result, outcome, tool_started)
            else:
                result = await Runner.run(
                    agent,
                    input=run_input,
                    context=self._context,
                    max_turns=settings.agent_max_turns,
                    run_config=run_config,
                    hooks=_ReportingHooks(self, outcome, tool_started),
                )
            outcome.tokens = result.context_wrapper.usage.total_tokens
            if result.interruptions:
                state = result.to_state().to_string(context_serializer=approvals.context_payload)
                self._paused = (state, list(result.interruptions))

    async def _follow(
        self, result: RunResultStreaming, outcome: TurnOutcome, started: dict[str, float]
    ) -> None:
        """A streamed run's text deltas, tool calls and tool results, as they come."""
        async for event in result.stream_events():
            if isinstance(event, RawResponsesStreamEvent):
                data = event.data
                if isinstance(data, ResponseTextDeltaEvent) and data.delta:
                    self._say_part(outcome, data.item_id, data.delta)
            elif isinstance(event, RunItemStreamEvent):
                if event.name == "tool_called" and isinstance(event.item, ToolCallItem):
                    self._tool_called(outcome, event.item.raw_item, started)
                elif event.name == "tool_output" and isinstance(event.item, ToolCallOutputItem):
                    raw = event.item.raw_item
                    call_id = str(raw.get("call_id", "") if isinstance(raw, dict) else "")
                    self._tool_output(outcome, call_id, event.item.output, started)

    def _say_part(self, outcome: TurnOutcome, item_id: str, text: str) -> None:
        """Text of one output item; a new item after earlier text starts a new paragraph."""
        if outcome.text and item_id != self._last_text_item:
            self._say(outcome, "\n\n")
        self._last_text_item = item_id
        self._say(outcome, text)

    async def _resumed_state(
        self, agent: Any, outcome: TurnOutcome, started: dict[str, float]
    ) -> RunState[TurnContext]:
        """The paused run's state with the user's answer applied to every waiting call.

        The waiting calls are announced again (`tool_call`), so that the results which
        follow have their calls in this reply too.
        """
        assert self._resume is not None
        state: RunState[TurnContext] = await RunState.from_string(
            agent, self._resume.state, context_override=RunContextWrapper(context=self._context)
        )
        for item in state.get_interruptions():
            if self._resume.approve:
                state.approve(item)
            else:
                state.reject(item, rejection_message=REJECTION_MESSAGE)
        for action in self._resume.actions:
            call_id = str(action.get("id") or "")
            name, arguments = str(action["name"]), action["arguments"]
            outcome.tool_calls.append(
                {"id": call_id, "name": name, "arguments": arguments, "result": None}
            )
            outcome.output_began = True
            started[call_id] = time.perf_counter()
            self._emit({"tool_call": {"id": call_id, "name": name, "arguments": arguments}})
        return state

    async def _ask(self, outcome: TurnOutcome, state: str, items: list[ToolApprovalItem]) -> None:
        """The run stopped for approval: ask in words, and remember what is waiting.

        The waiting calls leave this reply's tool calls (they have no result); the resumed
        turn's reply holds them with their results.
        """
        async with self._database.session() as session:
            actions = await approvals.actions_of(session, self._context.user_id, items)
            owned = await approvals.tasks_owned(session, self._context.user_id)
        waiting = {action["id"] for action in actions}
        outcome.tool_calls = [call for call in outcome.tool_calls if call["id"] not in waiting]
        if outcome.text:
            self._say(outcome, "\n\n")
        self._say(outcome, approvals.question(actions, owned=owned))
        outcome.approval = {
            "id": approvals.new_approval_id(),
            "actions": approvals.public_actions(actions),
            "state": state,
            "waiting": actions,
        }
        if self._metrics is not None:
            self._metrics.approvals.labels("requested").inc()

    def _say(self, outcome: TurnOutcome, text: str) -> None:
        text = strip_unstorable(text)  # a model's NUL or lone surrogate is neither sent nor kept
        outcome.text += text
        outcome.output_began = True
        self._emit({"content": text})

    def _tool_called(self, outcome: TurnOutcome, raw: Any, started: dict[str, float]) -> None:
        call_id = str(getattr(raw, "call_id", None) or getattr(raw, "id", "") or "")
        name = str(getattr(raw, "name", "tool"))
        arguments = _parse_arguments(str(getattr(raw, "arguments", "") or ""))
        record: dict[str, Any] = {
            "id": call_id,
            "name": name,
            "arguments": arguments,
            "result": None,
        }
        provider_data = getattr(raw, "provider_data", None)
        if provider_data:  # e.g. Gemini's thought signature, replayed with the history
            record["provider_data"] = provider_data
        outcome.tool_calls.append(record)
        outcome.output_began = True
        started[call_id] = time.perf_counter()
        self._emit({"tool_call": {"id": call_id, "name": name, "arguments": arguments}})

    def _tool_output(
        self, outcome: TurnOutcome, call_id: str, output: Any, started: dict[str, float]
    ) -> None:
        result = tool_result_value(output)
        record = next(
            (call for call in reversed(outcome.tool_calls) if call["id"] == call_id), None
        )
        name = record["name"] if record else "tool"
        if record is not None:
            record["result"] = result
        elapsed = (time.perf_counter() - started.pop(call_id, time.perf_counter())) * 1000
        status = "ok" if not isinstance(result, str) else "error"
        if self._metrics is not None:
            self._metrics.tool_calls.labels(name, status).inc()
        logger.info(
            "tool call %s",
            kv(
                user_id=self._context.user_id,
                conversation_id=self._context.conversation_id,
                tool=name,
                duration_ms=f"{elapsed:.1f}",
                outcome=status,
            ),
        )
        self._emit({"tool_result": {"id": call_id, "name": name, "result": result}})

    async def _finish(self, outcome: TurnOutcome, started: float) -> None:
        """Store the reply (as far as it got), then close the stream with `done`."""

        lease = self._lease.token if self._lease is not None else None

        async def store_with_approval(session: AsyncSession) -> None:
            assert outcome.approval is not None
            await approvals.keep(
                session,
                approval_id=outcome.approval["id"],
                user_id=self._context.user_id,
                conversation_id=outcome.conversation_id,
                state=outcome.approval["state"],
                actions=outcome.approval["waiting"],
            )
            await store.add_message(  # commits the approval, the reply and the lease's end
                session=session,
                conversation_id=outcome.conversation_id,
                user_id=self._context.user_id,
                role=Role.assistant,
                content=outcome.text,
                tool_calls=outcome.tool_calls,
                release_lease=lease,
            )

        try:
            if outcome.text or outcome.tool_calls:
                # The tools' changes are already committed: one dropped connection must
                # not lose the reply that reports them (both ways try twice).
                if outcome.approval is not None:
                    await self._database.retrying_once(store_with_approval)
                else:
                    await store.add_reply(
                        database=self._database,
                        conversation_id=outcome.conversation_id,
                        user_id=self._context.user_id,
                        content=outcome.text,
                        tool_calls=outcome.tool_calls,
                        release_lease=lease,
                    )
                if self._lease is not None:
                    self._lease.lease_given_back()
        except Exception:
            logger.exception(
                "could not store the reply %s", kv(conversation_id=outcome.conversation_id)
            )
            if outcome.error is None:
                outcome.error = TurnError("storage_error", "The reply could not be saved.")
        finally:
            if self._on_finish is not None:
                await self._on_finish()  # before `done`: the next message never waits
            if outcome.error is not None:
                self._emit(outcome.error.event())
            elif outcome.approval is not None:
                self._emit({"approval_required": approval_event(outcome.approval)})
            self._emit({"done": True, "conversation_id": outcome.conversation_id})
            self._close()
            if self._metrics is not None:
                code = outcome.error.code if outcome.error else "ok"
                self._metrics.chat_turns.labels(code).inc()
            logger.info(
                "chat turn %s",
                kv(
                    user_id=self._context.user_id,
                    conversation_id=outcome.conversation_id,
                    model=self._assistant.model.name,
                    duration_ms=f"{(time.perf_counter() - started) * 1000:.1f}",
                    outcome=outcome.error.code if outcome.error else "ok",
                    tool_calls=len(outcome.tool_calls),
                    tokens=outcome.tokens,
                ),
            )


class _ReportingHooks(ApprovalHooks):
    """A run that is not streamed reports what it does as it goes, in the streamed order:
    each model answer's text and tool calls when the answer is complete, each tool's
    result when it returns (and, as every run does, counts the deletes asked for)."""

    def __init__(self, turn: ChatTurn, outcome: TurnOutcome, started: dict[str, float]) -> None:
        self._turn = turn
        self._outcome = outcome
        self._started = started

    async def on_llm_end(
        self, context: RunContextWrapper[Any], agent: Agent[Any], response: ModelResponse
    ) -> None:
        await super().on_llm_end(context, agent, response)
        for item in response.output:
            if isinstance(item, ResponseOutputMessage):
                for part in item.content:
                    if isinstance(part, ResponseOutputText) and part.text:
                        self._turn._say_part(self._outcome, item.id, part.text)
        for item in response.output:  # streamed, calls are reported after the text
            if isinstance(item, ResponseFunctionToolCall):
                self._turn._tool_called(self._outcome, item, self._started)

    async def on_tool_end(
        self, context: RunContextWrapper[Any], agent: Agent[Any], tool: Tool, result: object
    ) -> None:
        if isinstance(context, ToolContext):
            self._turn._tool_output(self._outcome, context.tool_call_id, result, self._started)

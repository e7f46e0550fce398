"""The model the agent runs on for a provider: the SDK's Chat Completions model, wrapped.

`ProviderModel` wraps `OpenAIChatCompletionsModel` (whose client is a `ProviderClient`) and
adds, per model call:

- the parameters the model's family takes (`dialects.FAMILIES`);
- the provider data of earlier tool calls (thought signatures), found in the input items
  and handed to the client, which puts it back on the replayed calls;
- a reply with nothing in it (a thinking model that spent its budget: `finish_reason`
  "length", or "stop" with no text) retried once with twice the room, then reported as
  `EmptyReply`.

Retries of failed requests are the runner's own (`ModelSettings.retry`), with `retry_policy`
deciding from `errors.diagnose`: transient failures are retried after the provider's own
delay when it fits in the turn's budget, `tool_use_failed` once, and quota, 413, unknown
models, models without tools and rejected requests never.
"""

from __future__ import annotations

import logging
import random
from collections.abc import AsyncIterator, Mapping
from typing import Any

from agents import (
    ModelBehaviorError,
    ModelRetrySettings,
    ModelSettings,
    OpenAIChatCompletionsModel,
    RetryDecision,
    RetryPolicyContext,
)
from agents.agent_output import AgentOutputSchemaBase
from agents.handoffs import Handoff
from agents.items import (
    ModelResponse,
    TResponseInputItem,
    TResponseOutputItem,
    TResponseStreamEvent,
)
from agents.models.interface import Model, ModelTracing
from agents.retry import ModelRetryAdvice, ModelRetryAdviceRequest
from agents.tool import Tool
from openai.types.responses import ResponseFunctionToolCall, ResponseOutputMessage
from openai.types.responses.response_prompt_param import ResponsePromptParam

from todochat.assistant import budget
from todochat.assistant.providers.dialects import ModelFamily
from todochat.assistant.providers.errors import EmptyReply, Kind, diagnose
from todochat.assistant.providers.wire import REPLAY_KEY

logger = logging.getLogger("todochat.assistant")

_PRELUDE = frozenset({"response.created", "response.in_progress"})
ROOM_FACTOR = 2


def _has_answer(output: list[TResponseOutputItem]) -> bool:
    """Whether a model's output says or calls anything (reasoning alone does not count)."""
    for item in output:
        if isinstance(item, ResponseFunctionToolCall):
            return True
        if isinstance(item, ResponseOutputMessage) and any(
            getattr(part, "text", None) or getattr(part, "refusal", None) for part in item.content
        ):
            return True
    return False


def _is_length_stop(exc: ModelBehaviorError) -> bool:
    return diagnose(exc) is not None


def provider_data_by_call(items: str | list[TResponseInputItem]) -> dict[str, Any]:
    """The provider data of every earlier tool call in the input, by call id."""
    if isinstance(items, str):
        return {}
    found: dict[str, Any] = {}
    for item in items:
        if isinstance(item, Mapping) and item.get("type") == "function_call":
            data = item.get("provider_data")
            if isinstance(data, Mapping) and data:
                found[str(item.get("call_id"))] = dict(data)
    return found


class ProviderModel(Model):
    """A provider's model, called with its family's parameters and its provider data."""

    def __init__(self, inner: OpenAIChatCompletionsModel, family: ModelFamily) -> None:
        self.inner = inner
        self.family = family

    def _settings(
        self, settings: ModelSettings, items: str | list[TResponseInputItem], *, room: int = 1
    ) -> ModelSettings:
        limit = settings.max_tokens * room if settings.max_tokens else None
        adapted = self.family.adapt(settings, max_tokens=limit)
        replay = provider_data_by_call(items)
        if not replay:
            return adapted
        return adapted.resolve(ModelSettings(extra_args={REPLAY_KEY: replay}))

    async def get_response(
        self,
        system_instructions: str | None,
        input: str | list[TResponseInputItem],
        model_settings: ModelSettings,
        tools: list[Tool],
        output_schema: AgentOutputSchemaBase | None,
        handoffs: list[Handoff],
        tracing: ModelTracing,
        *,
        previous_response_id: str | None,
        conversation_id: str | None,
        prompt: ResponsePromptParam | None,
    ) -> ModelResponse:
        for room in (1, ROOM_FACTOR):
            try:
                response = await self.inner.get_response(
                    system_instructions,
                    input,
                    self._settings(model_settings, input, room=room),
                    tools,
                    output_schema,
                    handoffs,
                    tracing,
                    previous_response_id=previous_response_id,
                    conversation_id=conversation_id,
                    prompt=prompt,
                )
            except ModelBehaviorError as exc:
                if not _is_length_stop(exc):
                    raise
                continue
            if _has_answer(response.output):
                return response
        logger.warning("model gave an empty answer twice %s", f"model={self.inner.model}")
        raise EmptyReply()

    async def stream_response(
        self,
        system_instructions: str | None,
        input: str | list[TResponseInputItem],
        model_settings: ModelSettings,
        tools: list[Tool],
        output_schema: AgentOutputSchemaBase | None,
        handoffs: list[Handoff],
        tracing: ModelTracing,
        *,
        previous_response_id: str | None,
        conversation_id: str | None,
        prompt: ResponsePromptParam | None,
    ) -> AsyncIterator[TResponseStreamEvent]:
        for room in (1, ROOM_FACTOR):
            # The opening events are held back until the answer turns out not to be empty,
            # so an empty attempt can be retried without the runner having seen it.
            held: list[TResponseStreamEvent] | None = []
            empty = False
            stream = self.inner.stream_response(
                system_instructions,
                input,
                self._settings(model_settings, input, room=room),
                tools,
                output_schema,
                handoffs,
                tracing,
                previous_response_id=previous_response_id,
                conversation_id=conversation_id,
                prompt=prompt,
            )
            try:
                async for event in stream:
                    if held is not None:
                        if event.type in _PRELUDE:
                            held.append(event)
                            continue
                        if event.type == "response.completed" and not _has_answer(
                            event.response.output
                        ):
                            empty = True
                            break
                        for waiting in held:
                            yield waiting
                        held = None
                    yield event
            except ModelBehaviorError as exc:
                if held is None or not _is_length_stop(exc):
                    raise
                empty = True
            finally:
                await stream.aclose()  # type: ignore[attr-defined]
            if not empty:
                return
        logger.warning("model gave an empty answer twice %s", f"model={self.inner.model}")
        raise EmptyReply()

    def get_retry_advice(self, request: ModelRetryAdviceRequest) -> ModelRetryAdvice | None:
        problem = diagnose(request.error)
        if problem is None:
            return None
        return ModelRetryAdvice(
            suggested=problem.retryable,
            retry_after=problem.retry_after,
            reason=problem.kind.value,
        )

    async def close(self) -> None:
        await self.inner.close()


def backoff(attempt: int) -> float:
    """Seconds before retry `attempt` (1, 2, ...) when the provider named no delay."""
    base: float = min(0.5 * 2 ** (attempt - 1), 8.0)
    return base * (0.75 + random.random() * 0.5)


MARGIN_SECONDS = 0.5  # the least time worth keeping for the retried request itself


def retry_policy(context: RetryPolicyContext) -> RetryDecision:
    """Whether to retry a failed model call, and after how long (see the module's docstring)."""
    problem = diagnose(context.error)
    if problem is None or not problem.retryable:
        return RetryDecision(retry=False)
    if problem.kind is Kind.tool_use_failed and context.attempt > 1:
        return RetryDecision(retry=False, reason="tool_use_failed twice")
    delay = problem.retry_after if problem.retry_after is not None else backoff(context.attempt)
    left = budget.remaining()
    if left is not None and delay + MARGIN_SECONDS > left:
        return RetryDecision(retry=False, reason="the provider's delay exceeds the turn's budget")
    logger.info(
        "model call retried %s",
        f"kind={problem.kind.value} attempt={context.attempt} delay_s={delay:.2f}",
    )
    return RetryDecision(retry=True, delay=delay, reason=problem.kind.value)


def retry_settings(max_retries: int) -> ModelRetrySettings:
    """The runner's retry settings for provider models."""
    return ModelRetrySettings(max_retries=max_retries, policy=retry_policy)

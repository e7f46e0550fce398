"""The offline model as an OpenAI Agents SDK ``Model`` (AGENT_MODEL=offline).

It answers ``get_response`` and ``stream_response`` like a hosted provider would:
function calls or a final message as Responses output items, and, when streamed,
the full Responses event sequence (created, output_item.added, content_part.added,
word-sized output_text.delta chunks, ..., completed), so the Runner, the SSE
endpoint and ChatKit-style consumers cannot tell it from a real model.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import AsyncIterator, Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from agents import ModelResponse, Usage
from agents.items import TResponseInputItem, TResponseOutputItem, TResponseStreamEvent
from agents.models.interface import Model, ModelTracing
from openai.types.responses import (
    Response,
    ResponseCompletedEvent,
    ResponseContentPartAddedEvent,
    ResponseContentPartDoneEvent,
    ResponseCreatedEvent,
    ResponseFunctionCallArgumentsDeltaEvent,
    ResponseFunctionCallArgumentsDoneEvent,
    ResponseFunctionToolCall,
    ResponseInProgressEvent,
    ResponseOutputItemAddedEvent,
    ResponseOutputItemDoneEvent,
    ResponseOutputMessage,
    ResponseOutputText,
    ResponseTextDeltaEvent,
    ResponseTextDoneEvent,
    ResponseUsage,
)
from openai.types.responses.response_usage import InputTokensDetails, OutputTokensDetails

from todochat.assistant.prompt import stated_today

from .conversation import Conversation, read_conversation
from .plan import Decision, Planner, ToolBox

if TYPE_CHECKING:
    from agents.agent_output import AgentOutputSchemaBase
    from agents.handoffs import Handoff
    from agents.model_settings import ModelSettings
    from agents.tool import Tool
    from openai.types.responses.response_prompt_param import ResponsePromptParam

MODEL_NAME = "offline"
_CHUNK_RE = re.compile(r"\s*\S+")


class OfflineModel(Model):
    """A deterministic, rule-based model that needs no network and no weights.

    The user's date (for relative due dates, "due tomorrow", and day labels) is the one the
    system instructions state (`prompt.stated_today`), as for any model; the server's when
    they state none. ``today``, when given, wins: pass a fixed function in tests for fully
    reproducible output.
    """

    def __init__(self, *, today: Callable[[], date] | None = None) -> None:
        self._today = today

    def today(self, instructions: str | None = None) -> date:
        """The user's date: the fixed one, else the one the instructions state, else the
        server's."""
        if self._today is not None:
            return self._today()
        return stated_today(instructions) or date.today()

    # ------------------------------------------------------------ planning

    def plan(
        self,
        input: str | list[TResponseInputItem],
        tools: list[Tool],
        instructions: str | None = None,
    ) -> tuple[list[TResponseOutputItem], Usage, str]:
        """One model step: output items, usage and a response id (no I/O)."""
        conversation = read_conversation(input)
        today = self.today(instructions)
        decision = Planner(conversation, ToolBox.from_tools(tools), today).decide()
        seed = _seed(conversation)
        output = _output_items(decision, seed)
        if decision.calls:
            out_words = sum(1 + len(json.dumps(dict(c.args)).split()) for c in decision.calls)
        else:
            out_words = len(decision.text.split())
        usage = Usage(
            requests=1,
            input_tokens=conversation.word_count,
            output_tokens=out_words,
            total_tokens=conversation.word_count + out_words,
        )
        return output, usage, f"resp_{seed}"

    # ------------------------------------------------------------ Model API

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
        output, usage, response_id = self.plan(input, tools, system_instructions)
        return ModelResponse(output=output, usage=usage, response_id=response_id)

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
        output, usage, response_id = self.plan(input, tools, system_instructions)
        for event in stream_events(output, usage, response_id):
            yield event


# ---------------------------------------------------------------- helpers


def _seed(conversation: Conversation) -> str:
    """A short id unique to this point of the conversation, so call ids never repeat."""
    current = conversation.current
    material = "|".join(
        (
            str(conversation.item_count),
            str(len(conversation.turns)),
            str(current.batches),
            conversation.last_call_id,
            current.user_text,
        )
    )
    return hashlib.blake2b(material.encode("utf-8"), digest_size=6).hexdigest()


def _output_items(decision: Decision, seed: str) -> list[TResponseOutputItem]:
    if decision.calls:
        return [
            ResponseFunctionToolCall(
                id=f"fc_{seed}_{i}",
                call_id=f"call_{seed}_{i}",
                type="function_call",
                name=call.name,
                arguments=json.dumps(dict(call.args), ensure_ascii=False),
                status="completed",
            )
            for i, call in enumerate(decision.calls)
        ]
    return [
        ResponseOutputMessage(
            id=f"msg_{seed}",
            type="message",
            role="assistant",
            status="completed",
            content=[
                ResponseOutputText(
                    type="output_text", text=decision.text, annotations=[], logprobs=[]
                )
            ],
        )
    ]


def text_chunks(text: str) -> list[str]:
    """Word-sized pieces whose concatenation is exactly ``text``."""
    chunks = _CHUNK_RE.findall(text)
    rest = text[len("".join(chunks)) :]
    if rest:
        chunks.append(rest)
    return chunks or [""]


def _response(
    output: list[TResponseOutputItem], usage: Usage | None, response_id: str, status: str
) -> Response:
    response_usage = None
    if usage is not None:
        response_usage = ResponseUsage(
            input_tokens=usage.input_tokens,
            output_tokens=usage.output_tokens,
            total_tokens=usage.total_tokens,
            input_tokens_details=InputTokensDetails(cached_tokens=0, cache_write_tokens=0),
            output_tokens_details=OutputTokensDetails(reasoning_tokens=0),
        )
    return Response.model_validate(
        {
            "id": response_id,
            "created_at": 0,
            "model": MODEL_NAME,
            "object": "response",
            "output": [item.model_dump() for item in output],
            "tool_choice": "auto",
            "tools": [],
            "top_p": None,
            "parallel_tool_calls": True,
            "status": status,
            "usage": response_usage.model_dump() if response_usage is not None else None,
        }
    )


def stream_events(
    output: list[TResponseOutputItem], usage: Usage, response_id: str
) -> list[TResponseStreamEvent]:
    """The Responses stream a provider would send for ``output``."""
    events: list[Any] = []
    seq = 0

    def emit(event: Any) -> None:
        nonlocal seq
        events.append(event)
        seq += 1

    emit(
        ResponseCreatedEvent(
            type="response.created",
            response=_response([], None, response_id, "in_progress"),
            sequence_number=seq,
        )
    )
    emit(
        ResponseInProgressEvent(
            type="response.in_progress",
            response=_response([], None, response_id, "in_progress"),
            sequence_number=seq,
        )
    )
    for index, item in enumerate(output):
        if isinstance(item, ResponseFunctionToolCall):
            item_id = item.id or item.call_id
            emit(
                ResponseOutputItemAddedEvent(
                    type="response.output_item.added",
                    item=item.model_copy(update={"arguments": "", "status": "in_progress"}),
                    output_index=index,
                    sequence_number=seq,
                )
            )
            emit(
                ResponseFunctionCallArgumentsDeltaEvent(
                    type="response.function_call_arguments.delta",
                    item_id=item_id,
                    output_index=index,
                    delta=item.arguments,
                    sequence_number=seq,
                )
            )
            emit(
                ResponseFunctionCallArgumentsDoneEvent.model_validate(
                    {
                        "type": "response.function_call_arguments.done",
                        "item_id": item_id,
                        "output_index": index,
                        "arguments": item.arguments,
                        "name": item.name,
                        "sequence_number": seq,
                    }
                )
            )
        elif isinstance(item, ResponseOutputMessage):
            emit(
                ResponseOutputItemAddedEvent(
                    type="response.output_item.added",
                    item=item.model_copy(update={"content": [], "status": "in_progress"}),
                    output_index=index,
                    sequence_number=seq,
                )
            )
            for part_index, part in enumerate(item.content):
                if not isinstance(part, ResponseOutputText):
                    continue
                emit(
                    ResponseContentPartAddedEvent(
                        type="response.content_part.added",
                        item_id=item.id,
                        output_index=index,
                        content_index=part_index,
                        part=ResponseOutputText(
                            type="output_text", text="", annotations=[], logprobs=[]
                        ),
                        sequence_number=seq,
                    )
                )
                for chunk in text_chunks(part.text):
                    emit(
                        ResponseTextDeltaEvent(
                            type="response.output_text.delta",
                            item_id=item.id,
                            output_index=index,
                            content_index=part_index,
                            delta=chunk,
                            logprobs=[],
                            sequence_number=seq,
                        )
                    )
                emit(
                    ResponseTextDoneEvent(
                        type="response.output_text.done",
                        item_id=item.id,
                        output_index=index,
                        content_index=part_index,
                        text=part.text,
                        logprobs=[],
                        sequence_number=seq,
                    )
                )
                emit(
                    ResponseContentPartDoneEvent(
                        type="response.content_part.done",
                        item_id=item.id,
                        output_index=index,
                        content_index=part_index,
                        part=part,
                        sequence_number=seq,
                    )
                )
        else:
            continue
        emit(
            ResponseOutputItemDoneEvent(
                type="response.output_item.done",
                item=item,
                output_index=index,
                sequence_number=seq,
            )
        )
    emit(
        ResponseCompletedEvent(
            type="response.completed",
            response=_response(output, usage, response_id, "completed"),
            sequence_number=seq,
        )
    )
    return events

"""`todochat doctor`: check the configured provider once, with tiny requests.

One line per check, in order: the key (the provider's model list), the model (a one-word
answer), tool calling (a call of a `ping` tool, its result sent back, then an answer: the
round trip that thought signatures and tool-call ids must survive), and streaming (the
same, streamed). A failed check names its fix and skips the checks after it. The requests
go through the same client, model and retries as the chat, within AGENT_TIMEOUT_SECONDS
each; nothing is stored.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

import openai
from agents import Agent, ModelSettings, RunConfig, Runner, function_tool
from openai.types.responses import ResponseTextDeltaEvent

from todochat.assistant.budget import turn_budget
from todochat.assistant.providers import ModelConfigurationError
from todochat.assistant.providers.choice import ModelChoice, build_model
from todochat.assistant.providers.errors import Explanation
from todochat.core.config import Settings

PING_INSTRUCTIONS = (
    "You are checking that tool calling works. Call the ping tool once, then answer with "
    "the single word it returned."
)


@dataclass(frozen=True)
class Check:
    """One check's verdict: passed (True), failed (False) or skipped (None)."""

    name: str
    passed: bool | None
    detail: str

    def line(self) -> str:
        verdict = {True: "ok", False: "FAIL", None: "skip"}[self.passed]
        return f"{verdict:<5} {self.name:<13} {self.detail}"


@function_tool
def ping() -> str:
    """Answer 'pong' (used by todochat doctor to check tool calling)."""
    return "pong"


class _Failed(Exception):
    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def _explain(choice: ModelChoice, exc: BaseException) -> str:
    explained: Explanation | None = choice.explain(exc)
    if explained is not None:
        return explained.message
    if isinstance(exc, TimeoutError):
        return "The model provider did not answer in time; check its URL and that it is up."
    return f"Unexpected failure ({type(exc).__name__}); run with LOG_LEVEL=DEBUG for details."


def _agent(choice: ModelChoice, settings: Settings, *, tools: bool) -> Agent[None]:
    model_settings = ModelSettings(
        temperature=settings.agent_temperature,
        max_tokens=settings.agent_max_tokens,
        include_usage=True,
    ).resolve(choice.settings)
    return Agent(
        name="todochat-doctor",
        instructions=PING_INSTRUCTIONS if tools else "Answer with the single word OK.",
        model=choice.model,
        model_settings=model_settings,
        tools=[ping] if tools else [],
    )


async def _key(choice: ModelChoice) -> str:
    client = choice.client
    if client is None:
        return "not checked separately"
    try:
        await client.models.list()
    except (openai.AuthenticationError, openai.PermissionDeniedError) as exc:
        raise _Failed(_explain(choice, exc)) from exc
    except openai.APIStatusError as exc:
        if exc.status_code == 400 and "key" in str(exc.message).lower():
            raise _Failed(_explain(choice, exc)) from exc
        return "not refused (the provider lists no models)"
    return "accepted by the provider"


async def _model(choice: ModelChoice, settings: Settings) -> str:
    result = await Runner.run(
        _agent(choice, settings, tools=False),
        "Say OK.",
        max_turns=2,
        run_config=RunConfig(tracing_disabled=True),
    )
    if not str(result.final_output or "").strip():
        raise _Failed("The model answered nothing; raise AGENT_MAX_TOKENS or choose another model.")
    return f"{choice.name} answers"


def _called_ping(items: Sequence[object]) -> bool:
    return any(getattr(getattr(item, "raw_item", None), "name", None) == "ping" for item in items)


async def _round_trip(choice: ModelChoice, settings: Settings, *, stream: bool) -> str:
    """A ping call, its result sent back, then an answer; streamed or not."""
    agent = _agent(choice, settings, tools=True)
    config = RunConfig(tracing_disabled=True)
    deltas = 0
    if stream:
        streamed = Runner.run_streamed(agent, "Check tool calling.", max_turns=4, run_config=config)
        async for event in streamed.stream_events():
            if event.type == "raw_response_event" and isinstance(
                event.data, ResponseTextDeltaEvent
            ):
                deltas += 1
        items: Sequence[object] = streamed.new_items
    else:
        result = await Runner.run(agent, "Check tool calling.", max_turns=4, run_config=config)
        items = result.new_items
    if not _called_ping(items):
        raise _Failed(
            f"The model '{choice.name}' answered without calling the tool; choose a model "
            "with tool calling in AGENT_MODEL."
        )
    if not stream:
        return "a tool call and its result went round trip"
    if deltas == 0:
        raise _Failed(
            "The streamed answer had no text; set AGENT_PROVIDER to the server's dialect, "
            "or report the provider's behaviour."
        )
    return f"a tool call and {deltas} text pieces streamed"


async def run_checks(settings: Settings) -> tuple[str, list[Check]]:
    """The provider's description and the checks' verdicts, in order."""
    try:
        choice = build_model(settings)
    except ModelConfigurationError as exc:
        return "no model", [Check("settings", False, str(exc))]
    if choice.is_offline:
        return choice.description, [
            Check("model", True, "the built-in offline model needs no key and no network")
        ]
    steps: list[tuple[str, Callable[[], Awaitable[str]]]] = [
        ("key", lambda: _key(choice)),
        ("model", lambda: _model(choice, settings)),
        ("tool calling", lambda: _round_trip(choice, settings, stream=False)),
        ("streaming", lambda: _round_trip(choice, settings, stream=True)),
    ]
    checks: list[Check] = []
    failed = False
    for name, step in steps:
        if failed:
            checks.append(Check(name, None, "skipped after the failure above"))
            continue
        try:
            async with turn_budget(settings.agent_timeout_seconds):
                checks.append(Check(name, True, await step()))
        except _Failed as exc:
            checks.append(Check(name, False, exc.detail))
            failed = True
        except Exception as exc:
            checks.append(Check(name, False, _explain(choice, exc)))
            failed = True
    return choice.description, checks


async def doctor(settings: Settings) -> int:
    """Print the verdicts; 0 when every check passed, else 1."""
    description, checks = await run_checks(settings)
    print(f"todochat doctor: {description}")
    for check in checks:
        print(check.line())
    return 0 if all(check.passed for check in checks) else 1

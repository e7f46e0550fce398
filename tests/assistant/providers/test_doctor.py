"""`todochat doctor` against each emulated provider: a clear verdict, one line per check."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.assistant.providers.conftest import DIALECT_OF, emulated_settings
from tests.conftest import make_settings
from tests.support.provider_profiles import (
    GEMINI,
    GROQ,
    LITELLM,
    OLLAMA,
    OPENAI_REASONING,
    ProviderProfile,
)
from tests.support.scripted_provider import ScriptedProvider, echo_tool_then_text, not_json
from todochat.assistant.providers.doctor import Check, run_checks


def ping_responder() -> Any:
    return echo_tool_then_text("ping", arguments_from_user=lambda _text: {})


@pytest.fixture
def provider(profile: ProviderProfile) -> Iterator[ScriptedProvider]:
    with ScriptedProvider(
        dialect=profile.emulate(), api_key="provider-key-123", responder=ping_responder()
    ) as scripted:
        yield scripted


async def checks_for(
    provider: ScriptedProvider, profile: ProviderProfile, model: str, **more: Any
) -> list[Check]:
    values = emulated_settings("sqlite://", provider, profile, model, **more)
    _description, checks = await run_checks(make_settings("sqlite://", **values))
    return checks


@pytest.mark.parametrize(
    ("profile", "model"),
    [
        (GEMINI, "gemini-3-flash-preview"),
        (GEMINI.variant(call_ids="empty"), "house-assistant"),
        (GROQ, "openai/gpt-oss-120b"),
        (OPENAI_REASONING, "gpt-5-mini"),
        (OLLAMA, "qwen3"),
        (LITELLM, "gemini-3-flash-preview"),
    ],
)
async def test_every_check_passes_on_a_well_configured_provider(
    provider: ScriptedProvider, profile: ProviderProfile, model: str
) -> None:
    checks = await checks_for(provider, profile, model)
    assert [(c.name, c.passed) for c in checks] == [
        ("key", True),
        ("model", True),
        ("tool calling", True),
        ("streaming", True),
    ]
    assert provider.errors == []


FAILURES = [
    pytest.param(
        OPENAI_REASONING,
        "gpt-5-mini",
        {"agent_api_key": "wrong"},
        "key",
        "refused the key; check AGENT_API_KEY",
        id="wrong-key",
    ),
    pytest.param(OLLAMA, "llama9", {}, "model", "run `ollama pull llama9`", id="not-pulled"),
    pytest.param(OLLAMA, "gemma2", {}, "tool calling", "cannot call tools", id="no-tools"),
]


@pytest.mark.parametrize(("profile", "model", "settings", "check", "fix"), FAILURES)
async def test_a_failure_names_its_fix_and_skips_the_rest(
    provider: ScriptedProvider,
    profile: ProviderProfile,
    model: str,
    settings: dict[str, Any],
    check: str,
    fix: str,
) -> None:
    checks = await checks_for(provider, profile, model, **settings)
    failed = next(c for c in checks if c.passed is False)
    assert failed.name == check
    assert fix in failed.detail
    assert all(c.passed is None for c in checks[checks.index(failed) + 1 :])
    assert "provider-key-123" not in " ".join(c.line() for c in checks)


@pytest.mark.parametrize("profile", [GEMINI])
async def test_a_broken_stream_fails_the_streaming_check(provider: ScriptedProvider) -> None:
    responder = ping_responder()
    provider.responder = lambda body: not_json() if body.get("stream") else responder(body)
    checks = await checks_for(provider, GEMINI, "gemini-3-flash-preview", agent_max_retries=0)
    assert [c.passed for c in checks] == [True, True, True, False]


async def test_the_offline_model_needs_no_check() -> None:
    _description, checks = await run_checks(make_settings("sqlite://", agent_model="offline"))
    assert [c.passed for c in checks] == [True]


@pytest.mark.parametrize("profile", [GROQ])
def test_the_command_prints_one_line_per_check_and_exits_non_zero_on_failure(
    provider: ScriptedProvider, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "AGENT_BASE_URL": provider.base_url,
        "AGENT_PROVIDER": DIALECT_OF["groq"],
        "AGENT_MODEL": "llama-3.3-70b-versatile",
        "AGENT_API_KEY": "provider-key-123",
        "DATABASE_URL": f"sqlite:///{tmp_path}/unused.db",
    }
    command = [sys.executable, "-m", "todochat", "doctor"]
    good = subprocess.run(
        command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=180
    )
    assert good.returncode == 0, good.stdout + good.stderr
    lines = good.stdout.splitlines()
    assert lines[0].startswith("todochat doctor: llama-3.3-70b-versatile at http://127.0.0.1:")
    assert [line.split()[0] for line in lines[1:]] == ["ok", "ok", "ok", "ok"]
    bad = subprocess.run(
        command,
        env={**env, "AGENT_API_KEY": "wrong"},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert bad.returncode == 1
    assert "FAIL  key" in bad.stdout and "check AGENT_API_KEY" in bad.stdout
    assert "Traceback" not in bad.stdout + bad.stderr

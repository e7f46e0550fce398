"""Settings from the environment and `.env`: lists, defaults and the model in force."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from todochat.core.config import DEFAULT_ALLOWED_HOSTS, DEFAULT_CORS_ORIGINS, Settings, get_settings

CONFIG_VARIABLES = (
    "DATABASE_URL",
    "BETTER_AUTH_SECRET",
    "BETTER_AUTH_URL",
    "JWT_ALGORITHM",
    "AGENT_MODEL",
    "AGENT_BASE_URL",
    "AGENT_API_KEY",
    "GOOGLE_API_KEY",
    "GROQ_API_KEY",
    "OPENAI_API_KEY",
    "ALLOWED_HOSTS",
    "CORS_ORIGINS",
    "LOG_LEVEL",
    "MCP_SERVER_URL",
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No variable of the developer's shell and no `.env` of theirs leaks into these tests."""
    for name in CONFIG_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


def test_defaults_match_the_design() -> None:
    settings = Settings()
    assert settings.database_url == "sqlite:///./todochat.db"
    assert settings.better_auth_secret is None
    assert settings.better_auth_url is None
    assert settings.jwt_algorithm == "HS256"
    assert settings.agent_temperature == 0.7
    assert settings.agent_max_tokens == 1000
    assert settings.agent_timeout_seconds == 60
    assert settings.agent_max_turns == 10
    assert settings.max_conversation_history == 50
    assert settings.mcp_timeout_seconds == 30
    assert settings.log_level == "INFO"
    assert settings.allowed_hosts == DEFAULT_ALLOWED_HOSTS
    assert settings.cors_origins == DEFAULT_CORS_ORIGINS
    assert "http://localhost:3000" in settings.cors_origins
    assert "localhost:*" in settings.allowed_hosts


def test_comma_separated_lists_are_split_and_trimmed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALLOWED_HOSTS", "todo.example.com, api.example.com:*,,")
    monkeypatch.setenv("CORS_ORIGINS", "https://todo.example.com")
    settings = Settings()
    assert settings.allowed_hosts == ["todo.example.com", "api.example.com:*"]
    assert settings.cors_origins == ["https://todo.example.com"]


def test_json_lists_are_accepted_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CORS_ORIGINS", '["https://a.example", "https://b.example"]')
    assert Settings().cors_origins == ["https://a.example", "https://b.example"]


def test_variables_are_read_case_insensitively_and_from_dotenv(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / ".env").write_text(
        "DATABASE_URL=postgresql://u@h/db?sslmode=require\nlog_level=debug\n"
    )
    monkeypatch.setenv("better_auth_url", "https://auth.example.com")
    settings = Settings()
    assert settings.database_url == "postgresql://u@h/db?sslmode=require"
    assert settings.log_level == "debug"
    assert settings.better_auth_url == "https://auth.example.com"


def test_the_environment_wins_over_dotenv(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("LOG_LEVEL=DEBUG\n")
    monkeypatch.setenv("LOG_LEVEL", "WARNING")
    assert Settings().log_level == "WARNING"


def test_secrets_are_hidden_in_the_settings_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BETTER_AUTH_SECRET", "super-secret-value")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-very-secret")
    settings = Settings()
    assert settings.better_auth_secret is not None
    assert settings.better_auth_secret.get_secret_value() == "super-secret-value"
    assert "super-secret-value" not in repr(settings)
    assert "sk-very-secret" not in repr(settings)


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("AGENT_TEMPERATURE", "3"),
        ("AGENT_MAX_TOKENS", "0"),
        ("AGENT_TIMEOUT_SECONDS", "0"),
        ("MAX_CONVERSATION_HISTORY", "0"),
    ],
)
def test_out_of_range_numbers_are_refused(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ValidationError):
        Settings()


@pytest.mark.parametrize(
    ("environment", "model"),
    [
        ({}, "offline"),
        ({"AGENT_MODEL": "groq/llama-3.1-8b-instant"}, "groq/llama-3.1-8b-instant"),
        ({"GOOGLE_API_KEY": "g"}, "gemini/gemini-3-flash-preview"),
        ({"GROQ_API_KEY": "q"}, "groq/llama-3.3-70b-versatile"),
        ({"OPENAI_API_KEY": "o"}, "openai/gpt-4o-mini"),
        ({"GOOGLE_API_KEY": "g", "OPENAI_API_KEY": "o"}, "gemini/gemini-3-flash-preview"),
        ({"AGENT_MODEL": "offline", "GOOGLE_API_KEY": "g"}, "offline"),
        ({"AGENT_MODEL": "ollama/llama3.2", "OPENAI_API_KEY": "o"}, "ollama/llama3.2"),
    ],
)
def test_resolved_agent_model(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], model: str
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert Settings().resolved_agent_model == model


def test_an_agent_base_url_without_a_model_does_not_fall_back_to_a_provider_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With AGENT_BASE_URL the server's own model is meant, not a provider's default."""
    monkeypatch.setenv("AGENT_BASE_URL", "http://127.0.0.1:8080/v1")
    monkeypatch.setenv("OPENAI_API_KEY", "o")
    assert not Settings().resolved_agent_model.startswith("openai/")


def test_get_settings_reads_once(monkeypatch: pytest.MonkeyPatch) -> None:
    get_settings.cache_clear()
    try:
        monkeypatch.setenv("LOG_LEVEL", "ERROR")
        first = get_settings()
        monkeypatch.setenv("LOG_LEVEL", "DEBUG")
        assert get_settings() is first
        assert first.log_level == "ERROR"
    finally:
        get_settings.cache_clear()


@pytest.mark.parametrize(
    ("given", "origin"),
    [
        ("http://127.0.0.1:3000", "http://127.0.0.1:3000"),
        ("http://127.0.0.1:3000/", "http://127.0.0.1:3000"),
        ("http://127.0.0.1:3000/api/auth", "http://127.0.0.1:3000"),
        ("https://Auth.Example.com/api/auth/?x=1", "https://auth.example.com"),
        ("https://user:pw@auth.example.com", "https://auth.example.com"),
        ("", None),
        ("  ", None),
    ],
)
def test_better_auth_url_is_reduced_to_its_origin(
    monkeypatch: pytest.MonkeyPatch, given: str, origin: str | None
) -> None:
    """Better Auth's issuer and audience are always its origin, whatever path is given."""
    monkeypatch.setenv("BETTER_AUTH_URL", given)
    assert Settings().better_auth_url == origin


@pytest.mark.parametrize("name", ["BETTER_AUTH_URL", "PUBLIC_URL"])
@pytest.mark.parametrize("given", ["localhost:3000", "ftp://auth.example.com", "http://"])
def test_a_url_setting_that_is_not_http_is_refused(
    monkeypatch: pytest.MonkeyPatch, name: str, given: str
) -> None:
    monkeypatch.setenv(name, given)
    with pytest.raises(ValidationError, match=name):
        Settings()


def test_public_url_is_an_origin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PUBLIC_URL", "https://Todo.Example.com/")
    assert Settings().public_url == "https://todo.example.com"


def test_mcp_allowed_origins_default_to_loopback_on_any_port(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = Settings()
    assert "http://127.0.0.1:*" in settings.mcp_allowed_origins
    assert "http://localhost" in settings.mcp_allowed_origins
    assert "https://[::1]:*" in settings.mcp_allowed_origins
    monkeypatch.setenv("MCP_ALLOWED_ORIGINS", "https://inspector.example.com")
    assert Settings().mcp_allowed_origins == ["https://inspector.example.com"]


def test_every_setting_is_in_the_example_environment() -> None:
    example = (Path(__file__).resolve().parents[2] / ".env.example").read_text()
    missing = [name.upper() for name in Settings.model_fields if name.upper() not in example]
    assert missing == []


def test_every_limit_is_documented_in_the_production_section() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    section = readme.split("## Running in production", 1)[1].split("\n## ", 1)[0]
    limits = [
        "LOGIN_RATE_LIMIT",
        "LOGIN_FAILURE_LIMIT",
        "REGISTER_RATE_LIMIT",
        "CHAT_RATE_LIMIT",
        "MCP_RATE_LIMIT",
        "DAILY_TOKEN_LIMIT",
        "PASSWORD_HASH_CONCURRENCY",
        "PASSWORD_HASH_QUEUE",
        "MAX_REQUEST_BODY_BYTES",
        "MAX_HEADER_BYTES",
        "MAX_HEADER_COUNT",
        "HEADER_TIMEOUT_SECONDS",
        "BODY_TIMEOUT_SECONDS",
        "KEEPALIVE_TIMEOUT_SECONDS",
        "FORWARDED_ALLOW_IPS",
        "BETTER_AUTH_SECRET",
        "REDIS_URL",
    ]
    assert [name for name in limits if f"`{name}`" not in section] == []
    assert set(limits) <= {name.upper() for name in Settings.model_fields}

"""All configuration in one settings object, read from the environment and `.env`."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from todochat.core.db import Timeouts

DEFAULT_ALLOWED_HOSTS = ["localhost", "localhost:*", "127.0.0.1", "127.0.0.1:*", "[::1]", "[::1]:*"]
DEFAULT_CORS_ORIGINS = ["http://localhost:3000", "http://127.0.0.1:3000"]
# Browser origins `/api/mcp` accepts besides its own and CORS_ORIGINS: loopback pages on any
# port (a local MCP client or inspector), as the MCP SDK allows by default.
DEFAULT_MCP_ALLOWED_ORIGINS = [
    f"{scheme}://{host}{port}"
    for scheme in ("http", "https")
    for host in ("localhost", "127.0.0.1", "[::1]")
    for port in ("", ":*")
]


def _split_csv(value: object) -> object:
    """Accept `a,b,c` as well as a JSON list, so lists are easy to set from a shell."""
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            return json.loads(text)
        return [part.strip() for part in text.split(",") if part.strip()]
    return value


class Settings(BaseSettings):
    """The design's configuration table; every field maps to an upper-case variable."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", case_sensitive=False)

    database_url: str = "sqlite:///./todochat.db"
    # PostgreSQL only: a statement, a wait for a pooled connection, opening a connection.
    database_command_timeout_seconds: float = Field(default=5, gt=0)
    database_pool_timeout_seconds: float = Field(default=5, gt=0)
    database_connect_timeout_seconds: float = Field(default=5, gt=0)

    better_auth_secret: SecretStr | None = None
    jwt_algorithm: str = "HS256"
    jwt_issuer: str | None = None
    jwt_audience: str | None = None
    better_auth_url: str | None = None
    public_url: str | None = None
    jwks_timeout_seconds: float = Field(default=3, gt=0)
    jwks_refetch_seconds: float = Field(default=2, ge=0)
    token_ttl_hours: int = Field(default=168, ge=1)

    agent_model: str | None = None
    agent_base_url: str | None = None
    agent_provider: str | None = None  # the dialect of AGENT_BASE_URL (default: from its host)
    agent_api_key: SecretStr | None = None
    google_api_key: SecretStr | None = None
    groq_api_key: SecretStr | None = None
    openai_api_key: SecretStr | None = None
    ollama_base_url: str = "http://localhost:11434/v1"
    agent_temperature: float = Field(default=0.7, ge=0, le=2)
    agent_max_tokens: int = Field(default=1000, ge=1)
    agent_timeout_seconds: float = Field(default=60, gt=0)
    agent_attempt_timeout_seconds: float = Field(default=25, gt=0)
    agent_max_turns: int = Field(default=10, ge=1)
    agent_max_retries: int = Field(default=3, ge=0)
    max_conversation_history: int = Field(default=50, ge=1)
    chat_turn_wait_seconds: float = Field(default=30, ge=0)
    agent_tracing: bool = False
    sse_keepalive_seconds: float = Field(default=15, gt=0)
    delete_approval_after: int = Field(default=1, ge=0)  # 0: chat deletes never ask

    mcp_server_url: str | None = None
    mcp_timeout_seconds: float = Field(default=30, gt=0)

    allowed_hosts: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: list(DEFAULT_ALLOWED_HOSTS)
    )
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: list(DEFAULT_CORS_ORIGINS)
    )
    mcp_allowed_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: list(DEFAULT_MCP_ALLOWED_ORIGINS)
    )

    log_level: str = "INFO"

    trash_retention_days: int = Field(default=30, ge=1)
    trash_purge_interval_seconds: float = Field(default=3600, gt=0)

    redis_url: str | None = None
    metrics_token: SecretStr | None = None
    redis_key_prefix: str = "todochat:"

    # Rate limits (core/ratelimit.py): `N/period` items joined by `;`, e.g. "5/15 minutes;
    # 20/day"; an empty value turns one off. Counted in Redis when REDIS_URL is set.
    login_rate_limit: str = "30/minute"  # login attempts per client address
    login_failure_limit: str = "5/15 minutes;20/day"  # failed logins per account: lockout
    register_rate_limit: str = "10/hour"  # registrations per client address
    chat_rate_limit: str = "30/minute;500/day"  # chat messages per user
    mcp_rate_limit: str = "300/minute"  # requests to /api/mcp per user
    daily_token_limit: int = Field(default=200_000, ge=0)  # model tokens per user per day
    password_hash_concurrency: int = Field(default=1, ge=1)
    password_hash_queue: int = Field(default=32, ge=0)

    # Request limits: bodies answer 413 past this (create_app); the rest are the server's
    # (core/server.py, for `todochat serve`).
    max_request_body_bytes: int = Field(default=64 * 1024, ge=1024)
    max_header_bytes: int = Field(default=16 * 1024, ge=1024)
    max_header_count: int = Field(default=100, ge=10)
    header_timeout_seconds: float = Field(default=10, gt=0)
    body_timeout_seconds: float = Field(default=30, gt=0)
    keepalive_timeout_seconds: int = Field(default=5, ge=1)
    forwarded_allow_ips: str = "127.0.0.1"  # proxies whose X-Forwarded-For is believed

    @field_validator(
        "login_rate_limit",
        "login_failure_limit",
        "register_rate_limit",
        "chat_rate_limit",
        "mcp_rate_limit",
        mode="after",
    )
    @classmethod
    def _rate_limit(cls, value: str, info: ValidationInfo) -> str:
        """Refuse a limit that `limits` cannot read at start, not at the first request."""
        from limits import parse_many

        text = value.strip()
        if text:
            try:
                parse_many(text)
            except ValueError:
                name = (info.field_name or "").upper()
                raise ValueError(
                    f"{name} must read like '30/minute' or '5/15 minutes;20/day'"
                ) from None
        return text

    @field_validator("allowed_hosts", "cors_origins", "mcp_allowed_origins", mode="before")
    @classmethod
    def _parse_list(cls, value: object) -> object:
        return _split_csv(value)

    @field_validator("better_auth_url", "public_url", mode="after")
    @classmethod
    def _origin_only(cls, value: str | None, info: ValidationInfo) -> str | None:
        """An origin: `http://host:3000/api/auth/` counts as `http://host:3000` (Better Auth's
        JWT issuer is always its origin), and an empty value as unset."""
        if value is None or not value.strip():
            return None
        parts = urlsplit(value.strip())
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            name = (info.field_name or "").upper()
            raise ValueError(f"{name} must be an http(s) URL, e.g. http://localhost:3000")
        host = parts.netloc.rpartition("@")[2].lower()
        return f"{parts.scheme}://{host}"

    @property
    def database_timeouts(self) -> Timeouts:
        return Timeouts(
            command=self.database_command_timeout_seconds,
            pool=self.database_pool_timeout_seconds,
            connect=self.database_connect_timeout_seconds,
        )

    @property
    def resolved_agent_model(self) -> str:
        """The model in force: AGENT_MODEL, else one implied by a provider key, else offline."""
        if self.agent_model:
            return self.agent_model
        if self.agent_base_url:
            return "default"
        if self.google_api_key:
            return "gemini/gemini-3-flash-preview"
        if self.groq_api_key:
            return "groq/llama-3.3-70b-versatile"
        if self.openai_api_key:
            return "openai/gpt-4o-mini"
        return "offline"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once on first use (never at import)."""
    return Settings()

"""The users table and the account request/response schemas."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, EmailStr, field_validator
from pydantic import Field as PydanticField
from sqlalchemy import Column, String, Text
from sqlmodel import Field, SQLModel

from todochat.core.db import UTCDateTime, utcnow
from todochat.core.inputs import CleanText
from todochat.tasks.dates import time_zone

TIME_ZONE_MAX = 64
DEFAULT_TIME_ZONE = "UTC"


class User(SQLModel, table=True):
    """A person: a Better Auth id (provisioned on first use) or a built-in account."""

    __tablename__ = "users"

    id: str = Field(sa_column=Column(String(255), primary_key=True))
    email: str | None = Field(default=None, sa_column=Column(String(320), unique=True))
    name: str | None = Field(default=None, sa_column=Column(String(255)))
    password_hash: str | None = Field(default=None, sa_column=Column(String(255)))
    time_zone: str = Field(
        default=DEFAULT_TIME_ZONE,
        sa_column=Column(String(TIME_ZONE_MAX), nullable=False, server_default=DEFAULT_TIME_ZONE),
    )
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )


class ServerSecret(SQLModel, table=True):
    """A secret every process of one deployment shares (the generated token signing key)."""

    __tablename__ = "server_secrets"

    name: str = Field(sa_column=Column(String(64), primary_key=True))
    value: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(
        default_factory=utcnow, sa_column=Column(UTCDateTime(), nullable=False)
    )


def _known_zone(name: str) -> str:
    time_zone(name)  # ValueError (so 422) for anything but an IANA name
    return name


TimeZoneName = Annotated[
    CleanText,
    PydanticField(
        min_length=1,
        max_length=TIME_ZONE_MAX,
        description=(
            "An IANA time zone (`Asia/Karachi`, `America/Los_Angeles`, `UTC`): today, "
            "tomorrow, this week and overdue are computed in it."
        ),
        examples=["Europe/Paris"],
    ),
    AfterValidator(_known_zone),
]


class UserRead(BaseModel):
    """A user as the API shows it (never the password hash)."""

    model_config = ConfigDict(from_attributes=True)

    id: str
    email: str | None = None
    name: str | None = None
    time_zone: str = DEFAULT_TIME_ZONE
    created_at: datetime


class TokenUsageRead(BaseModel):
    """Model tokens the user's chat turns used today (UTC), from the provider's figures."""

    used: int
    limit: int | None = PydanticField(description="DAILY_TOKEN_LIMIT; null when uncapped")
    resets_at: datetime = PydanticField(description="The next midnight UTC")


class UserMe(UserRead):
    """GET /api/auth/me: the user and today's model token usage."""

    tokens_today: TokenUsageRead


class UserUpdate(BaseModel):
    """PATCH /api/auth/me: only the fields sent change."""

    model_config = ConfigDict(extra="forbid")

    name: CleanText | None = PydanticField(default=None, max_length=255)
    time_zone: TimeZoneName | None = None

    @field_validator("name")
    @classmethod
    def _strip_name(cls, value: str | None) -> str | None:
        return value.strip() or None if value is not None else None


class RegisterRequest(BaseModel):
    """A new built-in account."""

    email: EmailStr = PydanticField(description="A valid e-mail address; unique.")
    password: CleanText = PydanticField(
        min_length=8, max_length=256, description="At least 8 characters."
    )
    name: CleanText | None = PydanticField(default=None, max_length=255)

    @field_validator("email")
    @classmethod
    def _lower_email(cls, value: str) -> str:
        return value.strip().lower()

    @field_validator("name")
    @classmethod
    def _strip_name(cls, value: str | None) -> str | None:
        if value is None:
            return None
        return value.strip() or None


class LoginRequest(BaseModel):
    """Credentials of a built-in account."""

    email: CleanText = PydanticField(min_length=1, max_length=320)
    password: CleanText = PydanticField(min_length=1, max_length=256)


class TokenResponse(BaseModel):
    """A bearer token and the user it names."""

    token: str = PydanticField(description="HS256 JWT; send it as `Authorization: Bearer <token>`.")
    token_type: str = "bearer"
    expires_at: datetime
    user: UserRead

"""Sign-in discovery for MCP clients: RFC 9728 protected-resource metadata.

An MCP client that meets a 401 reads the `resource_metadata` URL from the
`WWW-Authenticate` challenge, fetches that document, and learns from its
`authorization_servers` where to sign in (Better Auth, when BETTER_AUTH_URL is set). The
document is served at both places clients look:

- `/.well-known/oauth-protected-resource/api/mcp`: the MCP endpoint's own (RFC 9728 §3.1
  inserts the well-known segment before the resource's path); `resource` is the endpoint.
- `/.well-known/oauth-protected-resource`: the origin's; `resource` is the origin, which
  covers the REST API too (the same tokens serve both).

URLs are built from the request (scheme and Host, which the DNS-rebinding guard or the
proxy in front vouches for), so the documents name the address the client used.
"""

from __future__ import annotations

from typing import Annotated, cast

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from todochat.accounts.tokens import AUTH_BASE_PATH
from todochat.core.config import Settings

MCP_PATH = "/api/mcp"
WELL_KNOWN = "/.well-known/oauth-protected-resource"
RESOURCE_NAME = "todochat"

router = APIRouter(tags=["mcp"])


class ProtectedResourceMetadata(BaseModel):
    """RFC 9728 §2 metadata (the fields todochat can state truthfully)."""

    resource: str = Field(description="The protected resource's identifier (its URL)")
    authorization_servers: list[str] | None = Field(
        default=None,
        description="Issuers of accepted tokens (Better Auth's origin); absent when unset",
    )
    bearer_methods_supported: list[str] = Field(default_factory=lambda: ["header"])
    resource_name: str = RESOURCE_NAME
    resource_documentation: str | None = None


def origin_of(request: Request) -> str:
    """This server's origin: PUBLIC_URL, else the one the client addressed (scheme and Host)."""
    settings = _settings(request)
    return settings.public_url or str(request.base_url).rstrip("/")


def resource_identifiers(settings: Settings) -> list[str]:
    """The audiences an OAuth access token for this server carries (RFC 8707): its origin and
    its MCP endpoint, which only PUBLIC_URL names (behind a proxy the request cannot)."""
    if not settings.public_url:
        return []
    return [settings.public_url, settings.public_url + MCP_PATH]


def authorization_server(settings: Settings) -> str | None:
    """Better Auth's OAuth issuer (its base URL: origin + /api/auth), where clients sign in."""
    return settings.better_auth_url + AUTH_BASE_PATH if settings.better_auth_url else None


def metadata_url(request: Request, resource_path: str) -> str:
    """Where the metadata of the resource at `resource_path` (e.g. `/api/mcp`) is served."""
    return f"{origin_of(request)}{WELL_KNOWN}{resource_path}"


def bearer_challenge(request: Request, resource_path: str, *, invalid: bool) -> str:
    """`WWW-Authenticate` for a 401: where to find the metadata, and whether the token was bad."""
    parts = [f'resource_metadata="{metadata_url(request, resource_path)}"']
    if invalid:
        parts.insert(0, 'error="invalid_token"')
    return "Bearer " + ", ".join(parts)


def _settings(request: Request) -> Settings:
    return cast(Settings, request.app.state.settings)


SettingsDep = Annotated[Settings, Depends(_settings)]


def _metadata(
    request: Request, settings: Settings, resource_path: str
) -> ProtectedResourceMetadata:
    origin = origin_of(request)
    issuer = authorization_server(settings)
    return ProtectedResourceMetadata(
        resource=f"{origin}{resource_path}",
        authorization_servers=[issuer] if issuer else None,
        resource_documentation=f"{origin}/docs",
    )


@router.get(WELL_KNOWN, response_model_exclude_none=True)
async def origin_metadata(request: Request, settings: SettingsDep) -> ProtectedResourceMetadata:
    """RFC 9728 metadata of the whole API (the origin): where its tokens come from."""
    return _metadata(request, settings, "")


@router.get(WELL_KNOWN + MCP_PATH, response_model_exclude_none=True)
async def mcp_metadata(request: Request, settings: SettingsDep) -> ProtectedResourceMetadata:
    """RFC 9728 metadata of the MCP endpoint: where an MCP client signs in."""
    return _metadata(request, settings, MCP_PATH)

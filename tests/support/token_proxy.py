"""A loopback HTTP proxy that adds `Authorization: Bearer <token>` to every request.

The official MCP conformance suite cannot send an Authorization header; it talks to this
proxy, which forwards each request to todochat unchanged (method, path, body, and the
Host and Origin headers the suite chose, so the DNS-rebinding scenario reaches the
server's guard) plus the token, and streams the answer back.
"""

from __future__ import annotations

import contextlib
from http.server import BaseHTTPRequestHandler
from typing import Any

import httpx2

from tests.support.servers import LoopbackHTTPServer

# Hop-by-hop headers (RFC 9110 §7.6.1) are the proxy's own business, not forwarded.
_HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "content-length",
}


class TokenProxy(LoopbackHTTPServer):
    """`with TokenProxy(upstream, token) as proxy:` serves on `proxy.url`."""

    def __init__(self, upstream: str, token: str) -> None:
        self.upstream = upstream.rstrip("/")
        self.requests = 0
        client = httpx2.Client(timeout=60)
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _forward(self) -> None:
                proxy.requests += 1
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = [
                    (name, value)
                    for name, value in self.headers.items()
                    if name.lower() not in _HOP_BY_HOP and name.lower() != "authorization"
                ]
                headers.append(("Authorization", f"Bearer {token}"))
                with client.stream(
                    self.command, proxy.upstream + self.path, headers=headers, content=body
                ) as response:
                    self.send_response(response.status_code)
                    for name, value in response.headers.multi_items():
                        if name.lower() not in _HOP_BY_HOP:
                            self.send_header(name, value)
                    if response.status_code in (204, 304):
                        self.end_headers()
                        return
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    for chunk in response.iter_raw():
                        if chunk:
                            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                            self.wfile.flush()
                    self.wfile.write(b"0\r\n\r\n")

            def handle(self) -> None:
                # The client may hang up at any time (the suite closes connections freely).
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    super().handle()

            do_GET = do_POST = do_DELETE = do_OPTIONS = do_PUT = do_PATCH = _forward

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._client = client
        super().__init__(Handler)

    def __exit__(self, *exc: object) -> None:
        super().__exit__(*exc)
        self._client.close()

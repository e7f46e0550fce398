"""Request bodies over MAX_REQUEST_BODY_BYTES answer 413 before they are read.

Starlette and FastAPI have a `max_body_size` of their own, but it answers in plain text
from outside every middleware (so without CORS headers, the request id or a log line);
this one answers like the rest of the API, `{"detail": ...}`, from inside them:

- a `Content-Length` over the limit answers at once, and the app never runs;
- a body without one (chunked) is counted as the app reads it, and the read that passes
  the limit raises `BodyTooLarge`, answered 413 by the app's error handlers.
"""

from __future__ import annotations

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

DETAIL = "Content Too Large"


class BodyTooLarge(HTTPException):
    def __init__(self) -> None:
        super().__init__(status_code=413, detail=DETAIL)


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await JSONResponse({"detail": DETAIL}, status_code=413)(scope, receive, send)
            return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge
            return message

        await self.app(scope, counting_receive, send)

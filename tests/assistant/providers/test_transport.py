"""The provider client's HTTP transport: the same bytes on the wire as httpx2's own, kept-alive
connections, every way a response body can end, and httpx2's errors."""

from __future__ import annotations

import asyncio
import ipaddress
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx2
import openai
import pytest

from tests.support.scripted_provider import ScriptedProvider, text
from todochat.assistant.providers.transport import ProviderTransport, provider_http_client

Respond = Callable[[asyncio.StreamWriter, int], Awaitable[None]]


@dataclass
class RawServer:
    """A loopback HTTP/1.1 server that records each request's bytes and answers by script."""

    respond: Respond
    requests: list[bytes] = field(default_factory=list)
    connections: int = 0
    port: int = 0

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    name, _, value = line.partition(b":")
                    if name.lower() == b"content-length":
                        length = int(value)
                body = await reader.readexactly(length)
                self.requests.append(head + body)
                await self.respond(writer, len(self.requests))
                if writer.is_closing():
                    return
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


@asynccontextmanager
async def raw_server(respond: Respond) -> AsyncIterator[RawServer]:
    server = RawServer(respond)
    listening = await asyncio.start_server(server._serve, "127.0.0.1", 0)
    server.port = listening.sockets[0].getsockname()[1]
    try:
        yield server
    finally:
        listening.close()


def answer(body: bytes, *extra: bytes) -> bytes:
    head = b"HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: %d\r\n" % len(body)
    return head + b"".join(line + b"\r\n" for line in extra) + b"\r\n" + body


async def hello(writer: asyncio.StreamWriter, number: int) -> None:
    writer.write(answer(b"hello %d" % number, b"x-number: %d" % number))


def lean(**kwargs: object) -> httpx2.AsyncClient:
    return httpx2.AsyncClient(transport=ProviderTransport(), **kwargs)  # type: ignore[arg-type]


async def test_the_server_receives_the_bytes_httpx2_itself_sends() -> None:
    async with raw_server(hello) as server:
        url = f"http://127.0.0.1:{server.port}/v1/chat/completions?x=1"
        headers = {"Authorization": "Bearer key", "X-Stainless-Lang": "python"}
        async with httpx2.AsyncClient() as stock, lean() as ours:
            for client in (stock, ours):
                response = await client.post(url, json={"model": "m", "é": [1, 2]}, headers=headers)
                assert response.status_code == 200
        assert len(server.requests) == 2
        assert server.requests[0] == server.requests[1]
        assert server.requests[1].endswith(b'{"model":"m","\xc3\xa9":[1,2]}')


async def test_a_connection_is_kept_alive_and_reused() -> None:
    async with raw_server(hello) as server, lean() as client:
        url = f"http://127.0.0.1:{server.port}/"
        answers = [await client.get(url) for _ in range(3)]
        assert [(a.status_code, a.text, a.headers["x-number"]) for a in answers] == [
            (200, "hello 1", "1"),
            (200, "hello 2", "2"),
            (200, "hello 3", "3"),
        ]
        assert answers[0].reason_phrase == "OK"
        assert answers[0].http_version == "HTTP/1.1"
        assert server.connections == 1


async def test_connection_close_and_a_body_ended_by_closing_are_not_reused() -> None:
    async def close_delimited(writer: asyncio.StreamWriter, number: int) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nconnection: close\r\n\r\nuntil the end %d" % number)
        await writer.drain()
        writer.close()

    async with raw_server(close_delimited) as server, lean() as client:
        url = f"http://127.0.0.1:{server.port}/"
        assert [(await client.get(url)).text for _ in range(2)] == [
            "until the end 1",
            "until the end 2",
        ]
        assert server.connections == 2


async def test_a_chunked_body_streams_as_it_is_sent() -> None:
    release = asyncio.Event()

    async def chunked(writer: asyncio.StreamWriter, number: int) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n5\r\nfirst\r\n")
        await writer.drain()
        await release.wait()
        writer.write(b"6\r\nsecond\r\n0\r\n\r\n")

    async with raw_server(chunked) as server, lean() as client:
        url = f"http://127.0.0.1:{server.port}/"
        async with client.stream("GET", url) as response:
            pieces = response.aiter_bytes()
            assert await anext(pieces) == b"first"  # before the server sends the rest
            release.set()
            assert [piece async for piece in pieces] == [b"second"]
        release.clear()
        release.set()
        assert (await client.get(url)).text == "firstsecond"
        assert server.connections == 1


async def test_a_server_that_closed_an_idle_connection_gets_a_new_one() -> None:
    async def once(writer: asyncio.StreamWriter, number: int) -> None:
        writer.write(answer(b"answer %d" % number))
        await writer.drain()
        writer.close()  # without saying so in the headers

    async with raw_server(once) as server, lean() as client:
        url = f"http://127.0.0.1:{server.port}/"
        assert (await client.get(url)).text == "answer 1"
        await asyncio.sleep(0.05)  # the close reaches the client
        assert (await client.get(url)).text == "answer 2"
        assert server.connections == 2


async def test_a_closing_not_yet_handed_over_by_the_event_loop_is_seen_before_reuse() -> None:
    closed = asyncio.Event()

    async def once(writer: asyncio.StreamWriter, number: int) -> None:
        writer.write(answer(b"answer %d" % number))
        await writer.drain()
        writer.close()
        await writer.wait_closed()
        closed.set()

    async with raw_server(once) as server, lean() as client:
        url = f"http://127.0.0.1:{server.port}/"
        assert (await client.get(url)).text == "answer 1"
        await closed.wait()  # the client's side of the socket has the FIN, unread
        assert (await client.get(url)).text == "answer 2"
        assert server.connections == 2


async def test_a_kept_connection_closed_as_the_request_goes_out_is_replaced_once() -> None:
    async def idle_timeout_on_the_second(writer: asyncio.StreamWriter, number: int) -> None:
        if number == 2:  # the server's idle timeout met the request: closed, no answer
            writer.close()
            return
        writer.write(answer(b"answer %d" % number))

    async with raw_server(idle_timeout_on_the_second) as server, lean() as client:
        url = f"http://127.0.0.1:{server.port}/"
        assert (await client.get(url)).text == "answer 1"
        assert (await client.post(url, content=b"again")).text == "answer 3"
        assert server.connections == 2
        assert server.requests[1] == server.requests[2]  # the same request, sent again


async def test_a_new_connection_closed_without_an_answer_is_an_error_and_not_sent_again() -> None:
    async def never(writer: asyncio.StreamWriter, number: int) -> None:
        writer.close()

    async with raw_server(never) as server, lean() as client:
        with pytest.raises(httpx2.RemoteProtocolError):
            await client.post(f"http://127.0.0.1:{server.port}/", content=b"once")
        assert len(server.requests) == 1


async def test_a_body_cut_short_is_a_remote_protocol_error() -> None:
    async def short(writer: asyncio.StreamWriter, number: int) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\nhalf")
        await writer.drain()
        writer.close()

    async with raw_server(short) as server, lean() as client:
        with pytest.raises(httpx2.RemoteProtocolError):
            await client.get(f"http://127.0.0.1:{server.port}/")


async def test_no_answer_in_time_is_a_read_timeout_and_the_next_request_still_works() -> None:
    async def slow_first(writer: asyncio.StreamWriter, number: int) -> None:
        if number == 1:
            await asyncio.sleep(1)
        writer.write(answer(b"late" if number == 1 else b"fine"))

    async with raw_server(slow_first) as server, lean() as client:
        url = f"http://127.0.0.1:{server.port}/"
        with pytest.raises(httpx2.ReadTimeout):
            await client.get(url, timeout=httpx2.Timeout(5, read=0.1))
        assert (await client.get(url)).text == "fine"
        assert server.connections == 2  # the timed-out connection was not reused


async def test_a_cancelled_request_leaves_no_connection_behind() -> None:
    started = asyncio.Event()

    async def stall_first(writer: asyncio.StreamWriter, number: int) -> None:
        if number == 1:
            started.set()
            await asyncio.sleep(1)
        writer.write(answer(b"fine %d" % number))

    async with raw_server(stall_first) as server, lean() as client:
        url = f"http://127.0.0.1:{server.port}/"
        request = asyncio.create_task(client.get(url))
        await started.wait()
        request.cancel()
        with pytest.raises(asyncio.CancelledError):
            await request
        assert (await client.get(url)).text == "fine 2"
        assert server.connections == 2


async def test_nothing_listening_is_a_connect_error() -> None:
    async with raw_server(hello) as server:
        port = server.port
    async with lean() as client:
        with pytest.raises(httpx2.ConnectError):
            await client.get(f"http://127.0.0.1:{port}/")


async def test_a_header_with_a_line_break_is_refused() -> None:
    async with raw_server(hello) as server, lean() as client:
        request = client.build_request("GET", f"http://127.0.0.1:{server.port}/")
        request.headers["x-evil"] = "fine"
        request.headers._list[-1] = (b"x-evil", b"x-evil", b"a\r\nx-injected: 1")
        with pytest.raises(httpx2.LocalProtocolError):
            await client.send(request)
        assert server.requests == []


async def test_the_openai_client_reports_its_own_errors_over_it() -> None:
    async with raw_server(hello) as server:
        port = server.port
    client = openai.AsyncOpenAI(
        base_url=f"http://127.0.0.1:{port}/v1", api_key="k", max_retries=0, http_client=lean()
    )
    with pytest.raises(openai.APIConnectionError):
        await client.chat.completions.create(model="m", messages=[{"role": "user", "content": "x"}])
    await client.close()


async def test_streamed_and_whole_completions_from_a_provider() -> None:
    with ScriptedProvider() as provider:
        provider.script(text("Added milk."), text("Added bread."))
        client = openai.AsyncOpenAI(
            base_url=provider.base_url, api_key="k", max_retries=0, http_client=lean()
        )
        messages: list[openai.types.chat.ChatCompletionMessageParam] = [
            {"role": "user", "content": "milk"}
        ]
        completion = await client.chat.completions.create(model="m", messages=messages)
        assert completion.choices[0].message.content == "Added milk."
        stream = await client.chat.completions.create(model="m", messages=messages, stream=True)
        chunks = [chunk async for chunk in stream]
        assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == (
            "Added bread."
        )
        await client.close()


def _self_signed(directory: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and localhost, and its key (it signs itself)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy")


@pytest.mark.parametrize("variable", ["HTTPS_PROXY", "https_proxy", "ALL_PROXY"])
def test_a_proxy_named_by_the_environment_keeps_the_stock_client(
    monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    for name in (*PROXY_VARIABLES, "all_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    lean_client = provider_http_client("https://api.openai.com/v1")
    assert isinstance(lean_client._transport, ProviderTransport)
    monkeypatch.setenv(variable, "http://proxy.internal:3128")
    stock = provider_http_client("https://api.openai.com/v1")
    assert not isinstance(stock._transport, ProviderTransport)
    proxied = stock._transport_for_url(httpx2.URL("https://api.openai.com/v1/chat/completions"))
    assert proxied is not stock._transport  # httpx2's proxy transport, from the environment
    # a proxy for the other scheme only leaves the lean transport in place
    if variable.lower() == "https_proxy":
        assert isinstance(
            provider_http_client("http://gpu-box:11434/v1")._transport, ProviderTransport
        )


async def test_https_is_verified_and_kept_alive(tmp_path: Path) -> None:
    cert, key = _self_signed(tmp_path)
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)
    server = RawServer(hello)
    listening = await asyncio.start_server(server._serve, "127.0.0.1", 0, ssl=server_context)
    port = listening.sockets[0].getsockname()[1]
    try:
        trusting = ssl.create_default_context(cafile=str(cert))
        async with httpx2.AsyncClient(transport=ProviderTransport(ssl_context=trusting)) as client:
            answers = [(await client.get(f"https://localhost:{port}/")).text for _ in range(2)]
        assert answers == ["hello 1", "hello 2"]
        assert server.connections == 1
        # without the certificate among its authorities, the client refuses the server
        async with lean() as client:
            with pytest.raises(httpx2.ConnectError):
                await client.get(f"https://localhost:{port}/")
    finally:
        listening.close()


async def test_ssl_cert_file_is_honoured_as_httpx2_honours_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cert, key = _self_signed(tmp_path)
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)
    listening = await asyncio.start_server(
        RawServer(hello)._serve, "127.0.0.1", 0, ssl=server_context
    )
    port = listening.sockets[0].getsockname()[1]
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    try:
        async with lean() as client:
            assert (await client.get(f"https://localhost:{port}/")).text == "hello 1"
    finally:
        listening.close()

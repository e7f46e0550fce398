"""The README, replayed as a newcomer follows it: from a fresh copy, in an empty folder.

Blocks marked `<!-- replay -->` run verbatim, in README order, in one bash session (so
`$API`, `$TOKEN`, `cd` carry over), beside a copy of the checkout (what a clone holds)
and with a throwaway home, so `uv tool install` installs there. One shim stands in for
what a test cannot do literally: `todochat serve` starts in the background on a free port
(the README's :8000 is rewritten to it). Each `# => ...` or `# data: ...`
comment is checked against the output of the command above it: every `"key": value`
pair it shows must be in the answer (`...` stands for the rest), else the text itself.
The terminal transcript (`<!-- replay: terminal -->`) is typed into `todochat chat` and
its lines must come back; the Claude Desktop stdio configuration (`<!-- replay:
mcp-stdio -->`) is started with the official MCP client, as Claude Desktop would.

Runs once per CI run, in the SQLite pass: the walk-through uses the embedded database.
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from mcp import Client
from mcp.client.stdio import StdioServerParameters

from tests.support.servers import free_port

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
COMMAND_TIMEOUT = 300  # `uv tool install` resolves and installs from PyPI (cached)
README_PORT = "8000"
PAIR = re.compile(r'"([A-Za-z_]+)": ("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false|null|\[\])')
# What a newcomer's shell would not have set: the test run's own settings.
CLEARED = ("DATABASE_URL", "TEST_DATABASE_URL", "AGENT_", "BETTER_AUTH_", "MCP_", "VIRTUAL_ENV")


@dataclass
class Command:
    text: str
    expected: list[str] = field(default_factory=list)


@dataclass
class Block:
    kind: str  # "bash", "terminal" or "mcp-stdio"
    body: str
    line: int


def replay_blocks(readme: str) -> list[Block]:
    """The fenced blocks that follow a `<!-- replay[: kind] -->` line, in order."""
    pattern = re.compile(r"^<!-- replay(?:: ([\w-]+))? -->\n```[^\n]*\n(.*?)^```$", re.M | re.S)
    return [
        Block(match.group(1) or "bash", match.group(2), readme.count("\n", 0, match.start()) + 1)
        for match in pattern.finditer(readme)
    ]


def commands(body: str) -> list[Command]:
    """Shell commands (continuation lines joined), each with the expectations below it."""
    found: list[Command] = []
    pending = ""
    for line in body.splitlines():
        stripped = line.strip()
        if pending:
            pending += "\n" + line
        elif stripped.startswith(("# =>", "# data:")):
            found[-1].expected.append(stripped.partition(" ")[2].partition(" ")[2])
            continue
        elif not stripped or stripped.startswith("#"):
            continue
        else:
            pending = line
        if not pending.endswith("\\"):
            found.append(Command(pending))
            pending = ""
    return found


def pairs_of(value: Any) -> set[tuple[str, str]]:
    """Every (key, scalar JSON) pair in a JSON value, at any depth."""
    found: set[tuple[str, str]] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(item, dict | list) or item == []:
                found.add((key, json.dumps(item)))
            found |= pairs_of(item)
    elif isinstance(value, list):
        for item in value:
            found |= pairs_of(item)
    return found


def answer_pairs(output: str) -> set[tuple[str, str]]:
    """The pairs of the output: one JSON document, or one per line (`data:` lines too)."""
    documents = []
    try:
        documents.append(json.loads(output))
    except ValueError:
        for line in output.splitlines():
            try:
                documents.append(json.loads(line.removeprefix("data:").strip()))
            except ValueError:
                continue
    return set().union(*(pairs_of(document) for document in documents))


def check(expected: str, output: str) -> None:
    shown = [(key, value) for key, value in PAIR.findall(expected) if "…" not in value]
    if not shown:
        assert expected in output, f"expected {expected!r} in:\n{output}"
        return
    present = answer_pairs(output)
    # Ids are the database's to give (SQLite reuses a deleted row's id, PostgreSQL never
    # does): an id shown as a number must be a number, whichever.
    numbered = {key for key, value in present if key.endswith("id") and value.isdigit()}
    missing = [
        (key, value)
        for key, value in shown
        if (key, json.dumps(json.loads(value))) not in present
        and not (key.endswith("id") and value.isdigit() and key in numbered)
    ]
    assert not missing, f"{missing} (from {expected!r}) not in:\n{output}"


class Shell:
    """One bash session; `run` sends a command and returns its output and exit status."""

    MARK = f"__replay_{uuid.uuid4().hex}__"

    def __init__(self, env: dict[str, str], cwd: Path) -> None:
        self.process = subprocess.Popen(
            ["bash", "--noprofile", "--norc"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=cwd,
        )

    def run(self, command: str, timeout: float = COMMAND_TIMEOUT) -> tuple[str, int]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(f"{command}\nprintf '\\n{self.MARK} %s\\n' $?\n".encode())
        self.process.stdin.flush()
        received = b""
        deadline = time.monotonic() + timeout
        ending = re.compile(rf"\n{self.MARK} (\d+)\n$".encode())
        while not (found := ending.search(received)):
            if time.monotonic() > deadline:
                raise AssertionError(f"{command!r} did not finish:\n{received.decode()}")
            ready, _, _ = select.select([self.process.stdout], [], [], 1)
            if ready:
                chunk = os.read(self.process.stdout.fileno(), 65536)
                if not chunk:
                    raise AssertionError(f"bash ended during {command!r}:\n{received.decode()}")
                received += chunk
        output = received[: found.start()].decode(errors="replace").removesuffix("\n")
        return output, int(found.group(1))

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


def copy_checkout(destination: Path) -> None:
    """What a fresh clone would hold: tracked files and new ones git does not ignore."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, listed):
        source = ROOT / name.decode()
        if source.is_file():
            target = destination / name.decode()
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)


@dataclass
class Newcomer:
    """A throwaway home with the README's shell, a copy of the checkout and a free port."""

    home: Path
    checkout: Path
    port: int
    env: dict[str, str]
    shell: Shell

    def local(self, text: str) -> str:
        """README text with its :8000 pointed at this run's port."""
        return text.replace(f":{README_PORT}", f":{self.port}")


SHIMS = r"""
todochat() {
    if [ "$1" = serve ]; then
        command todochat "$@" --port "$REPLAY_PORT" > "$REPLAY_LOG" 2>&1 &
        echo $! > "$REPLAY_PID"
        for _ in $(seq 1 1200); do
            curl -sf -m 5 "http://127.0.0.1:$REPLAY_PORT/health" > /dev/null && return 0
            kill -0 "$(cat "$REPLAY_PID")" 2> /dev/null || { cat "$REPLAY_LOG"; return 1; }
            sleep 0.1
        done
        cat "$REPLAY_LOG"; return 1
    fi
    command todochat "$@"
}
"""


@pytest.fixture(scope="module")
def newcomer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Newcomer]:
    if os.environ.get("TEST_DATABASE_URL"):
        pytest.skip("the README walk-through uses the embedded SQLite: it runs in the SQLite pass")
    if shutil.which("jq") is None and os.environ.get("CI") != "true":
        pytest.skip("the README's walk-through uses jq, which is not installed (.ci/install-tools)")
    base = tmp_path_factory.mktemp("newcomer")
    home, start = base / "home", base / "work"
    for folder in (home, start):
        folder.mkdir()
    checkout = start / "todochat"  # the README starts beside a copy named todochat
    copy_checkout(checkout)
    uv_cache = subprocess.run(["uv", "cache", "dir"], capture_output=True, text=True, check=True)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(CLEARED) and not key.startswith("PYTEST")
    }
    port = free_port()
    env.update(
        HOME=str(home),
        PATH=f"{home / '.local/bin'}{os.pathsep}{env['PATH']}",
        UV_TOOL_DIR=str(home / ".local/share/uv/tools"),
        UV_TOOL_BIN_DIR=str(home / ".local/bin"),
        UV_CACHE_DIR=uv_cache.stdout.strip(),  # the machine's cache: what a second install finds
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_STATE_HOME=str(home / ".local/state"),
        REPLAY_PORT=str(port),
        REPLAY_LOG=str(base / "serve.log"),
        REPLAY_PID=str(base / "serve.pid"),
    )
    env.pop("XDG_DATA_HOME", None)
    shell = Shell(env, start)
    shell.run(SHIMS)
    try:
        yield Newcomer(home, checkout, port, env, shell)
    finally:
        pid = Path(env["REPLAY_PID"])
        if pid.exists():
            subprocess.run(["kill", pid.read_text().strip()], check=False)
        shell.close()


def test_the_readme_walk_through_works_from_a_fresh_copy(newcomer: Newcomer) -> None:
    blocks = replay_blocks(README.read_text())
    assert {block.kind for block in blocks} == {"bash", "terminal", "mcp-stdio"}
    for block in blocks:
        where = f"README.md:{block.line}"
        if block.kind == "bash":
            for command in commands(block.body):
                output, status = newcomer.shell.run(newcomer.local(command.text))
                assert status == 0, f"{where}: {command.text!r} exited {status}:\n{output}"
                for expected in command.expected:
                    check(expected, output)
        elif block.kind == "terminal":
            replay_terminal(newcomer, block, where)
        else:
            replay_mcp_stdio(newcomer, block, where)


def ids(text: str) -> str:
    """Task numbers as `#N`: the database gives them (see `check`)."""
    return re.sub(r"#\d+", "#N", text)


def replay_terminal(newcomer: Newcomer, block: Block, where: str) -> None:
    """Type the transcript's `you>` lines into `todochat chat`; its other lines come back."""
    typed = [
        line.removeprefix("you> ") for line in block.body.splitlines() if line.startswith("you> ")
    ]
    sign_in = "me@example.com\ncorrect horse\n"
    cwd, _ = newcomer.shell.run("pwd")
    done = subprocess.run(
        ["todochat", "chat", "--url", f"http://127.0.0.1:{newcomer.port}"],
        input=sign_in + "\n".join(typed) + "\n",
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT,
        env=newcomer.env,
        cwd=cwd,
    )
    assert done.returncode == 0, f"{where}: todochat chat exited {done.returncode}:\n{done.stderr}"
    shown = [ids(line) for line in block.body.splitlines() if line and not line.startswith("you> ")]
    answered = ids(done.stdout).replace("you> ", "\n").splitlines()
    position = 0
    for line in shown:
        assert line in answered[position:], f"{where}: {line!r} not in:\n{done.stdout}"
        position = answered.index(line, position) + 1


def replay_mcp_stdio(newcomer: Newcomer, block: Block, where: str) -> None:
    """Start the configured server as Claude Desktop would, then list tasks through it."""
    import asyncio

    cwd, _ = newcomer.shell.run("pwd")
    bin_dir = str(newcomer.home / ".local/bin")
    text = block.body.replace("/Users/you/.local/bin", bin_dir).replace("/Users/you/todo", cwd)
    server = json.loads(text)["mcpServers"]["todochat"]
    assert Path(server["command"]).is_file(), f"{where}: {server['command']} is not installed"

    async def list_tasks() -> tuple[list[str], str]:
        parameters = StdioServerParameters(
            command=server["command"],
            args=server["args"],
            env={**server.get("env", {}), "PATH": newcomer.env["PATH"]},
            cwd=str(newcomer.home),  # a desktop app starts it anywhere: not in the folder
        )
        async with Client(parameters) as mcp:
            names = [tool.name for tool in (await mcp.list_tools()).tools]
            result = await mcp.call_tool("list_tasks", {"status": "all"})
            return names, json.dumps(result.structured_content)

    names, tasks = asyncio.run(list_tasks())
    assert {"add_task", "list_tasks", "complete_task", "delete_task", "update_task"} <= set(names)
    listed, _ = newcomer.shell.run(
        'curl -s "$API/api/$ME/tasks?status=all" -H "$AUTH" | jq -r ".items[].title"'
    )
    for title in filter(None, listed.splitlines()):
        assert title in tasks, f"{where}: {title!r} (from the walk-through) not in {tasks}"

"""`todochat chat` as a person runs it: a real process against a real `todochat serve`.

Piped input covers sign-in and commands; a pseudo-terminal covers what only a terminal
has (line editing, history, Ctrl-C). Every failure must be one line and no traceback.
"""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest

from tests.conftest import TEST_SECRET
from tests.support.databases import scratch_database
from tests.support.scripted_provider import ScriptedProvider, error, text
from tests.support.servers import ServerProcess, free_port, start_server
from tests.support.terminal import Terminal

pytestmark = pytest.mark.slow

PASSWORD = "password123"
SERVER_ENV = {
    "AGENT_MODEL": "offline",
    "AGENT_BASE_URL": "",
    "BETTER_AUTH_SECRET": TEST_SECRET,
    "BETTER_AUTH_URL": "",
    "MCP_SERVER_URL": "",
    "LOG_LEVEL": "WARNING",
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One `todochat serve` for the module, on a private database; tests use new e-mails."""
    workdir = tmp_path_factory.mktemp("terminal-server")
    with scratch_database(workdir) as database_url:
        process = start_server({**SERVER_ENV, "DATABASE_URL": database_url}, workdir)
        try:
            yield process
        finally:
            process.stop()


def new_email() -> str:
    return f"user-{uuid.uuid4().hex[:10]}@example.com"


def client_env(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        **SERVER_ENV,
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
    }


def chat(args: list[str], lines: str, home: Path) -> subprocess.CompletedProcess[str]:
    completed = subprocess.run(
        [sys.executable, "-m", "todochat", "chat", *args],
        input=lines,
        capture_output=True,
        text=True,
        timeout=120,
        env=client_env(home),
        cwd=home,
    )
    assert "Traceback" not in completed.stderr + completed.stdout
    return completed


def register(server: ServerProcess, email: str) -> dict[str, str]:
    response = httpx2.post(
        f"{server.base_url}/api/auth/register", json={"email": email, "password": PASSWORD}
    )
    assert response.status_code == 201
    return {"token": response.json()["token"], "id": response.json()["user"]["id"]}


def test_no_server_is_one_line_with_what_to_do(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    result = chat(["--url", url], "", tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"todochat chat: cannot reach {url} (connection refused): start it with "
        "`todochat serve`, pass --url, or use --local"
    ]


def test_end_of_input_at_the_email_prompt_ends_quietly(
    server: ServerProcess, tmp_path: Path
) -> None:
    result = chat(["--url", server.base_url], "", tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == "Not signed in."


def test_wrong_password_for_an_existing_account_says_so(
    server: ServerProcess, tmp_path: Path
) -> None:
    email = new_email()
    register(server, email)
    result = chat(["--url", server.base_url], f"{email}\nnot-the-password\ny\n", tmp_path)
    assert f"{email} already has an account, and that is not its password." in result.stderr
    assert "Email already registered" not in result.stderr
    assert result.returncode == 1  # input ended before a right password


def test_a_short_password_is_one_readable_line(server: ServerProcess, tmp_path: Path) -> None:
    result = chat(["--url", server.base_url], f"{new_email()}\nshort\ny\n", tmp_path)
    assert "Could not sign in: password: string should have at least 8 characters" in result.stderr
    assert "[{" not in result.stderr


def test_declining_to_create_an_account_asks_again(server: ServerProcess, tmp_path: Path) -> None:
    email = new_email()
    result = chat(["--url", server.base_url], f"{email}\n{PASSWORD}\nn\n", tmp_path)
    assert result.stderr.count("E-mail: ") + result.stdout.count("E-mail: ") == 2
    login = httpx2.post(
        f"{server.base_url}/api/auth/login", json={"email": email, "password": PASSWORD}
    )
    assert login.status_code == 401  # no account was made


def test_sign_up_chat_and_commands_then_the_token_is_remembered(
    server: ServerProcess, tmp_path: Path
) -> None:
    email = new_email()
    lines = [email, PASSWORD, "y", "/help", "remind me to call mom", "/new", "/bogus"]
    lines += ["what's pending?"]
    first = chat(["--url", server.base_url], "\n".join(lines) + "\n", tmp_path)
    assert first.returncode == 0, first.stderr
    assert f"Created an account for {email}." in first.stderr
    assert "/undo    take back the latest change" in first.stderr
    assert "New conversation: your next message starts it." in first.stderr
    assert "Unknown command /bogus: /help lists the commands." in first.stderr
    assert "+ added #1 Call mom" in first.stdout
    assert "= listed 1 task" in first.stdout

    credentials = tmp_path / "config/todochat/credentials.json"
    assert stat.S_IMODE(credentials.stat().st_mode) == 0o600
    again = chat(["--url", server.base_url], "show me all my tasks\n", tmp_path)
    assert "E-mail" not in again.stdout + again.stderr  # the saved token was used
    assert "Call mom" in again.stdout

    # /help and /bogus never reached the assistant; /new started a second conversation.
    login = httpx2.post(
        f"{server.base_url}/api/auth/login", json={"email": email, "password": PASSWORD}
    ).json()
    headers = {"Authorization": f"Bearer {login['token']}"}
    listed = httpx2.get(
        f"{server.base_url}/api/{login['user']['id']}/conversations", headers=headers
    ).json()
    titles = sorted(item["title"] for item in listed["items"])
    assert titles == ["remind me to call mom", "show me all my tasks", "what's pending?"]


def test_a_bulk_delete_asks_y_or_n_and_only_yes_deletes(
    server: ServerProcess, tmp_path: Path
) -> None:
    email = new_email()
    lines = [email, PASSWORD, "y", "add buy milk", "add call mom"]
    lines += ["delete all my tasks", "n", "delete all my tasks", "y", "show my tasks"]
    result = chat(["--url", server.base_url], "\n".join(lines) + "\n", tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    # task ids are the server's (shared by the module's tests)
    waiting = r"  \? Delete 'Buy milk' \(#\d+\)\n  \? Delete 'Call mom' \(#\d+\)\n"
    assert len(re.findall(waiting, out)) == 2
    assert out.count("Approve? [y/N] ") == 2
    kept = out.index("OK, I kept your 2 tasks: nothing was deleted.")
    assert re.search(r"- deleted #\d+ Buy milk", out[kept:])
    assert re.search(r"- deleted #\d+ Call mom", out[kept:])
    assert "- deleted" not in out[:kept]
    login = httpx2.post(
        f"{server.base_url}/api/auth/login", json={"email": email, "password": PASSWORD}
    ).json()
    tasks = httpx2.get(
        f"{server.base_url}/api/{login['user']['id']}/tasks",
        headers={"Authorization": f"Bearer {login['token']}"},
    ).json()
    assert tasks["items"] == []


def test_a_conversation_that_is_not_yours_is_one_line(
    server: ServerProcess, tmp_path: Path
) -> None:
    email = new_email()
    chat(["--url", server.base_url], f"{email}\n{PASSWORD}\ny\n", tmp_path)
    result = chat(["--url", server.base_url, "--conversation", "999999"], "hello\n", tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "todochat chat: conversation 999999 does not exist or is not yours"
    ]


def test_local_chat_adds_and_lists_tasks_with_the_offline_model(tmp_path: Path) -> None:
    with scratch_database(tmp_path) as database_url:
        env = {"DATABASE_URL": database_url}
        result = subprocess.run(
            [sys.executable, "-m", "todochat", "chat", "--local"],
            input="Add a task to buy milk\nwhat's pending?\n",
            capture_output=True,
            text=True,
            timeout=120,
            env={**client_env(tmp_path), **env},
            cwd=tmp_path,
        )
    assert result.returncode == 0, result.stderr
    assert "+ added #1 Buy milk" in result.stdout
    assert "Buy milk" in result.stdout.split("= listed 1 task", 1)[1]
    assert "Traceback" not in result.stderr


def test_at_a_terminal_lines_edit_history_recalls_and_ctrl_c_keeps_the_next_message(
    server: ServerProcess, tmp_path: Path
) -> None:
    email = new_email()
    register(server, email)
    terminal = Terminal(
        [sys.executable, "-m", "todochat", "chat", "--url", server.base_url],
        {**client_env(tmp_path), "TERM": "xterm"},
        tmp_path,
    )
    try:
        terminal.expect("E-mail: ")
        terminal.send(f"{email}\n")
        terminal.expect("Password: ")
        terminal.send(f"{PASSWORD}\n")
        terminal.expect("you> ")
        terminal.send("Add a task to buy milk\n")
        terminal.expect("+ added #")  # task ids are the server's, shared by the module
        terminal.expect(" Buy milk\n")
        terminal.expect("you> ")
        terminal.send("half a line")
        terminal.expect("half a line")  # echoed by readline: it is reading the line now
        # Ctrl-C: the line is dropped, a hint and a new prompt come
        terminal.interrupt(then="(Ctrl-D or /quit leaves)")
        terminal.expect("you> ")
        terminal.send("what's pending?\n")  # not swallowed by the Ctrl-C before it
        terminal.expect("= listed 1 task")
        terminal.expect("you> ")
        terminal.send("Add a task to buy bread\x01\x0b")  # Ctrl-A, Ctrl-K: line editing
        terminal.send("Add a task to call mom\n")
        terminal.expect("+ added #")
        terminal.expect(" Call mom\n")
        terminal.expect("you> ")
        terminal.send("\x1b[A\x1b[A\n")  # Up, Up: the message before the last one
        terminal.expect("= listed 2 tasks")
        terminal.expect("you> ")
        terminal.send("\x04")  # Ctrl-D
        assert terminal.wait() == 0
    finally:
        terminal.close()
    assert "Traceback" not in terminal.output
    assert "Password: " + PASSWORD not in terminal.output  # not echoed
    history = (tmp_path / "state/todochat/history").read_text()
    assert "what's pending?" in history
    assert email not in history
    assert PASSWORD not in history
    assert stat.S_IMODE((tmp_path / "state/todochat/history").stat().st_mode) == 0o600


def test_retry_after_a_failed_turn_is_the_same_message_once(tmp_path: Path) -> None:
    """The model fails the first time: /retry resends with the same client_message_id."""
    with ScriptedProvider() as provider, scratch_database(tmp_path) as database_url:
        provider.script(error(500), text("Hello again."))
        env = {
            **SERVER_ENV,
            "DATABASE_URL": database_url,
            "AGENT_BASE_URL": provider.base_url,
            "AGENT_MODEL": "scripted",
            "AGENT_MAX_RETRIES": "0",
        }
        server = start_server(env, tmp_path)
        try:
            email = new_email()
            result = chat(
                ["--url", server.base_url], f"{email}\n{PASSWORD}\ny\nhello\n/retry\n", tmp_path
            )
            login = httpx2.post(
                f"{server.base_url}/api/auth/login", json={"email": email, "password": PASSWORD}
            ).json()
            headers = {"Authorization": f"Bearer {login['token']}"}
            base = f"{server.base_url}/api/{login['user']['id']}/conversations"
            conversations = httpx2.get(base, headers=headers).json()["items"]
            messages = httpx2.get(
                f"{base}/{conversations[0]['id']}/messages", headers=headers
            ).json()["items"]
        finally:
            server.stop()
    assert result.returncode == 0, result.stderr
    assert "/retry sends it again." in result.stderr
    assert "Hello again." in result.stdout
    assert len(conversations) == 1
    assert [(m["role"], m["content"]) for m in messages] == [
        ("user", "hello"),
        ("assistant", "Hello again."),
    ]


def test_undo_takes_back_changes_whoever_made_them(server: ServerProcess, tmp_path: Path) -> None:
    email = new_email()
    lines = [email, PASSWORD, "y", "remind me to call mom", "delete call mom"]
    lines += ["/undo", "/undo", "/undo"]
    result = chat(["--url", server.base_url], "\n".join(lines) + "\n", tmp_path)
    assert result.returncode == 0, result.stderr
    assert '↶ Restored "Call mom".' in result.stdout
    assert '↶ Moved to the trash "Call mom".' in result.stdout
    assert "Nothing to undo." in result.stderr
    login = httpx2.post(
        f"{server.base_url}/api/auth/login", json={"email": email, "password": PASSWORD}
    ).json()
    headers = {"Authorization": f"Bearer {login['token']}"}
    trash = httpx2.get(
        f"{server.base_url}/api/{login['user']['id']}/tasks?status=deleted", headers=headers
    ).json()
    assert [task["title"] for task in trash["items"]] == ["Call mom"]

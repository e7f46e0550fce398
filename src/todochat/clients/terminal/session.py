"""One chat session: read a line, send it, print the streamed reply; commands start with `/`."""

from __future__ import annotations

import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TextIO

import httpx2

from todochat.clients.terminal.api import (
    Api,
    ServerUnreachable,
    TerminalError,
    describe,
    retry_after,
)
from todochat.clients.terminal.credentials import Credentials
from todochat.clients.terminal.prompt import Prompts
from todochat.clients.terminal.render import ChatPrinter, parse_sse

HELP = """\
  /new     start a new conversation (your next message opens it)
  /undo    take back the latest change to your tasks, whoever made it
  /retry   send the last message again after it failed
  /help    this list
  /quit    leave (Ctrl-D does too)
Anything else goes to the assistant. Up and Down recall earlier messages; Ctrl-C stops a
reply (the server still finishes and keeps it)."""


@dataclass(frozen=True)
class Unsent:
    """A message whose turn failed, and the id that makes a resend the same turn."""

    message: str
    id: str


class ChatSession:
    """The conversation loop of `todochat chat`, against one server as one user."""

    def __init__(
        self,
        api: Api,
        credentials: Credentials,
        prompts: Prompts,
        *,
        conversation_id: int | None = None,
        sign_in_again: Callable[[], Credentials] | None = None,
        out: TextIO | None = None,
    ) -> None:
        self.api = api
        self.credentials = credentials
        self.prompts = prompts
        self.printer = ChatPrinter(out or sys.stdout)
        self.printer.conversation_id = conversation_id
        self.sign_in_again = sign_in_again
        # The last message that failed, with its id: /retry sends both again, so the
        # server treats it as the same turn (never stored twice, never answered twice).
        self.unsent: Unsent | None = None

    @property
    def conversation_id(self) -> int | None:
        return self.printer.conversation_id

    def run(self) -> int:
        """Chat until Ctrl-D or /quit; 0 then."""
        hinted = False
        while True:
            try:
                line = self.prompts.message()
            except EOFError:
                if self.prompts.interactive:
                    self.prompts.say("")
                return 0
            except KeyboardInterrupt:
                self.prompts.say("" if hinted else "\n(Ctrl-D or /quit leaves)")
                hinted = True
                continue
            if not line:
                continue
            if line.startswith("/"):
                if not self.command(line):
                    return 0
                continue
            self.send(line)

    def command(self, line: str) -> bool:
        """Run a `/command`; False when it ends the session."""
        name = line.split()[0].lower()
        if name in {"/quit", "/exit"}:
            return False
        if name == "/help":
            self.prompts.say(HELP)
        elif name == "/new":
            self.printer.conversation_id = None
            self.prompts.say("New conversation: your next message starts it.")
        elif name == "/undo":
            self.undo()
        elif name == "/retry":
            if self.unsent is None:
                self.prompts.say("Nothing to retry.")
            else:
                self.send(self.unsent.message, client_message_id=self.unsent.id)
        else:
            self.prompts.say(f"Unknown command {name}: /help lists the commands.")
        return True

    def send(
        self, message: str, *, client_message_id: str | None = None, again: bool = True
    ) -> None:
        """One chat turn: the reply streams to the output; failures are one line each."""
        unsent = Unsent(message, client_message_id or uuid.uuid4().hex)
        body: dict[str, Any] = {"message": message, "client_message_id": unsent.id}
        if self.conversation_id is not None:
            body["conversation_id"] = self.conversation_id
        self.unsent = unsent
        finished = self.stream(body, again=again)
        if finished is None:
            return
        if not finished:  # signed in again: send the message once more
            self.send(message, client_message_id=unsent.id, again=False)
            return
        self.unsent = None
        self.answer_approval()

    def stream(self, body: dict[str, Any], *, again: bool = True) -> bool | None:
        """Send one chat request and print its streamed reply: True when it ended with
        `done`, False when the user signed in again (send it once more), None when it
        failed or was stopped (already told in one line)."""
        finished = False
        try:
            with self.api.chat(self.credentials, body) as response:
                if response.status_code == 401 and again and self.sign_in_again is not None:
                    self.prompts.say("The server no longer accepts your sign-in.")
                    self.credentials = self.sign_in_again()
                    return False
                if response.status_code != 200:
                    self.refused(response)
                    return None
                for event in parse_sse(response.iter_lines()):
                    self.printer.handle(event)
                    finished = finished or bool(event.get("done"))
                if not finished:
                    raise ServerUnreachable(f"the reply from {self.api.server} was cut off")
        except KeyboardInterrupt:
            self.printer.end_line()
            self.prompts.say("Stopped. The server still finishes the reply and keeps it.")
            self.unsent = None
            return None
        except ServerUnreachable as exc:
            self.printer.end_line()
            self.prompts.say(f"{str(exc)[:1].upper()}{str(exc)[1:]}: /retry sends it again.")
            return None
        except ValueError:  # a data line that is not JSON: not a todochat server
            self.printer.end_line()
            raise TerminalError(f"{self.api.server} sent a reply todochat cannot read") from None
        return True

    def answer_approval(self) -> None:
        """The turn paused for approval (a bulk delete): ask y/n, send the answer, and
        print the rest of the turn. Ctrl-D or Ctrl-C leaves it waiting for a yes or no."""
        approval = self.printer.approval
        self.printer.approval = None
        if approval is None or self.conversation_id is None:
            return
        try:
            approve = self.prompts.confirm("Approve? [y/N] ")
        except (EOFError, KeyboardInterrupt):
            self.prompts.say("\nStill waiting: say yes or no as your next message.")
            return
        body = {
            "conversation_id": self.conversation_id,
            "approval": {"id": approval.get("id"), "approve": approve},
        }
        if self.stream(body):
            self.answer_approval()  # the resumed turn may ask again

    def refused(self, response: httpx2.Response) -> None:
        """A turn the server answered with an error status."""
        status = response.status_code
        if status == 401:
            raise TerminalError("the server no longer accepts your sign-in: run `todochat chat`")
        if status == 404 and self.conversation_id is not None:
            self.prompts.say(
                f"Conversation {self.conversation_id} no longer exists: /retry sends your "
                "message to a new one."
            )
            self.printer.conversation_id = None
        elif status in (429, 503) or status >= 500:
            self._adopt_conversation(response)
            reason = describe(response).rstrip(".")
            wait = retry_after(response)
            self.prompts.say(f"Not answered: {reason}{wait}. /retry sends it again.")
        else:
            self.unsent = None
            self.prompts.say(f"Not sent: {describe(response)}")

    def _adopt_conversation(self, response: httpx2.Response) -> None:
        """A 503 names the conversation that holds the message (a new one on a first
        message): /retry resends into it, never starting a second conversation."""
        if self.conversation_id is not None:
            return
        named = response.headers.get("x-conversation-id", "")
        if named.isdigit():
            self.printer.conversation_id = int(named)

    def undo(self) -> None:
        response = self.api.undo(self.credentials)
        if response.status_code == 200:
            body = response.json()
            summary = body.get("summary") if isinstance(body, dict) else None
            self.printer.out.write(f"  ↶ {summary or 'undone'}\n")
            self.printer.out.flush()
        elif response.status_code == 409:
            self.prompts.say("Nothing to undo.")
        elif response.status_code in (404, 405):
            self.prompts.say(f"{self.api.server} has no undo (it is an older todochat).")
        else:
            self.prompts.say(f"Could not undo: {describe(response)}")

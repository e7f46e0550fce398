"""`todochat chat`: talk to the assistant in a terminal, with replies streaming in.

Against a server (default http://127.0.0.1:8000) it signs in with a built-in account and
remembers the token per server (`$XDG_CONFIG_HOME/todochat/credentials.json`,
owner-only). With `--local` it serves the whole app in process on the configured
database, as a local user. Every failure is one line on stderr, never a traceback; the
exit code is 0 after Ctrl-D or /quit, 1 when the session could not start or had to end,
130 after Ctrl-C at a sign-in prompt.
"""

from __future__ import annotations

from todochat.clients.terminal.api import Api, ServerUnreachable, TerminalError
from todochat.clients.terminal.credentials import (
    Credentials,
    forget_credentials,
    load_credentials,
    save_credentials,
)
from todochat.clients.terminal.local import local_server
from todochat.clients.terminal.prompt import Prompts
from todochat.clients.terminal.session import ChatSession
from todochat.clients.terminal.signin import sign_in

__all__ = ["run"]


def run(server: str, *, local: bool, conversation_id: int | None, logout: bool) -> int:
    """The `todochat chat` command; returns the exit code."""
    prompts = Prompts()
    try:
        if local:
            with local_server() as (url, credentials):
                return _chat(Api(url), credentials, prompts, conversation_id, local=True)
        api = Api(server)
        if logout:
            forget_credentials(api.server)
        saved = load_credentials(api.server)
        try:
            api.check()
            credentials = saved if saved and api.accepts(saved) else _sign_in(api, prompts)
        except ServerUnreachable as exc:
            raise TerminalError(
                f"{exc}: start it with `todochat serve`, pass --url, or use --local"
            ) from None
        return _chat(api, credentials, prompts, conversation_id, local=False)
    except TerminalError as exc:
        prompts.say(f"todochat chat: {exc}")
        return exc.exit_code
    except EOFError:
        prompts.say(("\n" if prompts.interactive else "") + "Not signed in.")
        return 1
    except KeyboardInterrupt:
        prompts.say("\nInterrupted.")
        return 130
    finally:
        prompts.save_history()


def _sign_in(api: Api, prompts: Prompts) -> Credentials:
    credentials = sign_in(api, prompts)
    save_credentials(api.server, credentials)
    return credentials


def _chat(
    api: Api,
    credentials: Credentials,
    prompts: Prompts,
    conversation_id: int | None,
    *,
    local: bool,
) -> int:
    try:
        if conversation_id is not None and not api.conversation_exists(
            credentials, conversation_id
        ):
            raise TerminalError(f"conversation {conversation_id} does not exist or is not yours")
        where = "in process" if local else f"on {api.server}"
        prompts.say(
            f"todochat: {credentials.email} {where}"
            + (f", conversation {conversation_id}" if conversation_id is not None else "")
            + ". Type a message; /help lists the commands; Ctrl-D quits."
        )
        session = ChatSession(
            api,
            credentials,
            prompts,
            conversation_id=conversation_id,
            sign_in_again=None if local else (lambda: _sign_in(api, prompts)),
        )
        return session.run()
    finally:
        api.close()

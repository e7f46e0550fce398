"""Signing in to a server with a built-in account, or creating one when the user says so."""

from __future__ import annotations

from todochat.clients.terminal.api import Api, TerminalError, describe, retry_after
from todochat.clients.terminal.credentials import Credentials
from todochat.clients.terminal.prompt import Prompts


def sign_in(api: Api, prompts: Prompts) -> Credentials:
    """Ask for an e-mail and a password until the server accepts them.

    A pair the server does not know creates an account only after the user confirms, so a
    mistyped e-mail never makes a second, empty account. Ctrl-D or Ctrl-C reach the caller.
    """
    prompts.say(f"Sign in to {api.server} (a new e-mail can create an account).")
    while True:
        email = prompts.ask("E-mail: ")
        if not email:
            continue
        password = prompts.ask_secret("Password: ")
        response = api.sign_in(email, password, register=False)
        if response.status_code == 401:
            question = f"No account matches {email} and that password. Create one? [y/N] "
            if not prompts.confirm(question):
                continue
            response = api.sign_in(email, password, register=True)
            if response.status_code == 409:
                prompts.say(f"{email} already has an account, and that is not its password.")
                continue
        if response.status_code in (200, 201):
            if response.status_code == 201:
                prompts.say(f"Created an account for {email}.")
            body = response.json()
            return Credentials(token=body["token"], user_id=body["user"]["id"], email=email)
        if response.status_code in (404, 405):
            raise TerminalError(f"{api.server} does not serve the todochat API")
        if response.status_code >= 500:
            raise TerminalError(f"{api.server} could not sign you in: {describe(response)}")
        prompts.say(f"Could not sign in: {describe(response)}{retry_after(response)}")

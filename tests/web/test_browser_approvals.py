"""End-to-end: a bulk delete asks first in the web app (Approve / Reject), in a real Chromium."""

from __future__ import annotations

import re

import httpx2
import pytest

from tests.support.browser import require_playwright
from tests.support.servers import ServerProcess

require_playwright()  # before playwright is imported

from playwright.sync_api import Page, expect  # noqa: E402

from tests.web.test_browser import (  # noqa: E402, F401  (fixtures)
    PageFactory,
    User,
    browser,
    chromium,
    last_reply,
    log_in,
    open_page,
    playwright_,
    register,
    server,
    tasks_region,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def with_tasks(server: ServerProcess, user: User, *titles: str) -> None:  # noqa: F811
    for title in titles:
        response = httpx2.post(
            f"{server.base_url}/api/{user.id}/tasks", json={"title": title}, headers=user.headers
        )
        assert response.status_code == 201, response.text


def ask_to_delete_all(page: Page) -> None:
    message = page.get_by_role("textbox", name="Message")
    message.fill("delete all my tasks")
    message.press("Enter")


def titles(server: ServerProcess, user: User) -> list[str]:  # noqa: F811
    tasks = httpx2.get(f"{server.base_url}/api/{user.id}/tasks", headers=user.headers).json()
    return [task["title"] for task in tasks["items"]]


def test_approve_deletes_what_the_assistant_asked_about(
    open_page: PageFactory,  # noqa: F811
    server: ServerProcess,  # noqa: F811
) -> None:
    user = register(server, "approver")
    with_tasks(server, user, "Buy milk", "Call mom")
    page = open_page()
    log_in(page, user.email)
    tasks = tasks_region(page)
    expect(tasks.get_by_text("Call mom")).to_be_visible()
    ask_to_delete_all(page)

    approval = page.get_by_role("group", name="Approval needed")
    expect(approval).to_be_visible()
    expect(approval.locator("li")).to_have_text(
        [re.compile(r"Delete 'Buy milk' \(#\d+\)"), re.compile(r"Delete 'Call mom' \(#\d+\)")]
    )
    expect(last_reply(page).locator(".message-text")).to_contain_text("Say yes to confirm")
    assert titles(server, user) == ["Buy milk", "Call mom"]  # nothing deleted yet
    expect(tasks.get_by_text("Buy milk")).to_be_visible()

    page.reload()  # the question waits in the database: the buttons come back
    expect(approval.locator("li")).to_have_count(2)
    approval.get_by_role("button", name="Approve").click()
    reply = last_reply(page)
    expect(reply.locator(".chip")).to_have_count(2)
    expect(reply.locator(".chip").first).to_contain_text(re.compile(r"deleted #\d+ Buy milk"))
    expect(reply.locator(".message-text")).to_contain_text("deleted 2 tasks")
    expect(approval).to_have_count(0)
    expect(page.get_by_text("Approved")).to_be_visible()
    expect(tasks.get_by_text("Buy milk")).to_have_count(0)
    assert titles(server, user) == []


def test_reject_keeps_the_tasks_and_a_new_message_drops_the_buttons(
    open_page: PageFactory,  # noqa: F811
    server: ServerProcess,  # noqa: F811
) -> None:
    user = register(server, "rejecter")
    with_tasks(server, user, "Pay rent", "Walk dog")
    page = open_page()
    log_in(page, user.email)
    ask_to_delete_all(page)
    approval = page.get_by_role("group", name="Approval needed")
    approval.get_by_role("button", name="Reject").click()
    expect(last_reply(page).locator(".message-text")).to_have_text(
        "OK, I kept your 2 tasks: nothing was deleted."
    )
    expect(page.get_by_text("Rejected: nothing was deleted.")).to_be_visible()
    assert titles(server, user) == ["Pay rent", "Walk dog"]

    ask_to_delete_all(page)
    expect(approval).to_be_visible()
    message = page.get_by_role("textbox", name="Message")
    message.fill("what's pending?")
    message.press("Enter")
    expect(approval).to_have_count(0)
    expect(page.get_by_text("Not answered: nothing was deleted.")).to_be_visible()
    assert titles(server, user) == ["Pay rent", "Walk dog"]

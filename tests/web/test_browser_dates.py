"""End-to-end: due dates, repeats, priorities and tags in the web app, in a real Chromium."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx2
import pytest

from tests.support.browser import require_playwright
from tests.support.servers import ServerProcess

require_playwright()  # before playwright is imported

from playwright.sync_api import expect  # noqa: E402

from tests.web.test_browser import (  # noqa: E402, F401  (fixtures)
    PageFactory,
    User,
    browser,
    chromium,
    log_in,
    open_page,
    playwright_,
    register,
    server,
    tasks_region,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ZONE = "Pacific/Auckland"  # far from UTC: its day is rarely UTC's


def api(server: ServerProcess, user: User, method: str, path: str, **body: Any) -> Any:  # noqa: F811
    response = httpx2.request(
        method,
        f"{server.base_url}{path.replace('{me}', user.id)}",
        json=body or None,
        headers=user.headers,
    )
    assert response.is_success, response.text
    return response.json()


def test_the_browser_time_zone_becomes_the_users(
    open_page: PageFactory,  # noqa: F811
    server: ServerProcess,  # noqa: F811
) -> None:
    user = register(server, "zone")
    assert api(server, user, "GET", "/api/auth/me")["time_zone"] == "UTC"
    page = open_page(timezone_id="Asia/Karachi")
    log_in(page, user.email)
    expect(tasks_region(page).get_by_role("button", name="Today")).to_be_visible()
    for _ in range(50):
        if api(server, user, "GET", "/api/auth/me")["time_zone"] == "Asia/Karachi":
            break
        page.wait_for_timeout(100)
    assert api(server, user, "GET", "/api/auth/me")["time_zone"] == "Asia/Karachi"


def test_today_upcoming_and_overdue_views(
    open_page: PageFactory,  # noqa: F811
    server: ServerProcess,  # noqa: F811
) -> None:
    user = register(server, "views")
    api(server, user, "PATCH", "/api/auth/me", time_zone=ZONE)
    yesterday = (datetime.now(ZoneInfo(ZONE)).date() - timedelta(days=1)).isoformat()
    for title, due in [
        ("Late report", yesterday),
        ("Call the bank", "today"),
        ("Book flights", "in 3 days"),
        ("Plan holiday", "in 10 days"),
        ("Someday", None),
    ]:
        api(server, user, "POST", "/api/{me}/tasks", title=title, **({"due": due} if due else {}))
    page = open_page(timezone_id=ZONE)
    log_in(page, user.email)
    tasks = tasks_region(page)
    pending = tasks.get_by_role("list", name="Pending tasks")
    expect(pending.get_by_role("listitem")).to_have_count(5)

    tasks.get_by_role("button", name="Today").click()
    expect(pending.get_by_role("listitem")).to_have_count(1)
    expect(pending).to_contain_text("Call the bank")
    expect(tasks.get_by_role("button", name="Today")).to_have_attribute("aria-pressed", "true")

    tasks.get_by_role("button", name="Upcoming").click()
    expect(pending.get_by_role("listitem")).to_have_count(2)
    expect(pending.get_by_role("listitem").first).to_contain_text("Call the bank")
    expect(pending.get_by_role("listitem").last).to_contain_text("Book flights")

    tasks.get_by_role("button", name="Overdue").click()
    expect(pending.get_by_role("listitem")).to_have_count(1)
    overdue = pending.locator(".due.overdue")
    expect(overdue).to_contain_text("Overdue")
    red = overdue.evaluate("el => getComputedStyle(el).color")
    normal = tasks.locator(".task-id").first.evaluate("el => getComputedStyle(el).color")
    assert red != normal

    tasks.get_by_role("button", name="All").click()
    expect(pending.get_by_role("listitem")).to_have_count(5)


def test_editing_due_date_repeat_priority_and_tags_by_hand(
    open_page: PageFactory,  # noqa: F811
    server: ServerProcess,  # noqa: F811
) -> None:
    user = register(server, "edit")
    api(server, user, "PATCH", "/api/auth/me", time_zone=ZONE)
    task = api(server, user, "POST", "/api/{me}/tasks", title="Water the plants")
    page = open_page(timezone_id=ZONE)
    log_in(page, user.email)
    tasks = tasks_region(page)
    tasks.get_by_role("button", name='Edit "Water the plants"').click()
    dialog = page.get_by_role("dialog", name="Edit task")
    dialog.get_by_role("textbox", name="Due").fill("next blursday")
    dialog.get_by_role("button", name="Save").click()
    expect(dialog.get_by_role("alert")).to_contain_text("could not read 'next', 'blursday'")
    assert api(server, user, "GET", f"/api/{{me}}/tasks/{task['id']}")["due_date"] is None

    dialog.get_by_role("textbox", name="Due").fill("tomorrow 5pm")
    dialog.get_by_role("textbox", name="Repeat").fill("every monday")
    dialog.get_by_role("combobox", name="Priority").select_option("high")
    dialog.get_by_role("textbox", name="Tags").fill("Home, #garden")
    dialog.get_by_role("button", name="Save").click()
    expect(dialog).to_be_hidden()

    row = tasks.get_by_role("listitem").filter(has_text="Water the plants")
    expect(row).to_contain_text("17:00")
    expect(row).to_contain_text("every Monday")
    expect(row).to_contain_text("high")
    expect(row).to_contain_text("#garden")
    expect(row).to_contain_text("#home")
    saved = api(server, user, "GET", f"/api/{{me}}/tasks/{task['id']}")
    assert (saved["priority"], saved["repeat"], saved["tags"]) == (
        "high",
        "FREQ=WEEKLY;BYDAY=MO",
        ["garden", "home"],
    )
    assert saved["due_text"].endswith("17:00")

    # Opening and saving again unchanged sends nothing and keeps everything.
    tasks.get_by_role("button", name='Edit "Water the plants"').click()
    expect(dialog.get_by_role("textbox", name="Due")).to_have_value(saved["due_text"])
    dialog.get_by_role("button", name="Save").click()
    expect(dialog).to_be_hidden()
    assert api(server, user, "GET", f"/api/{{me}}/tasks/{task['id']}") == saved


def test_checking_off_a_repeating_task_moves_it_to_its_next_date(
    open_page: PageFactory,  # noqa: F811
    server: ServerProcess,  # noqa: F811
) -> None:
    user = register(server, "repeat")
    task = api(
        server,
        user,
        "POST",
        "/api/{me}/tasks",
        title="Pay rent",
        due="2027-01-01",
        repeat="every month on the 1st",
    )
    page = open_page(timezone_id="UTC")
    log_in(page, user.email)
    tasks = tasks_region(page)
    tasks.get_by_role(
        "checkbox", name='Mark "Pay rent" as done'
    ).click()  # once: a repeating task comes back unchecked at once
    row = tasks.get_by_role("list", name="Pending tasks").get_by_role("listitem")
    expect(row).to_contain_text("Mon 1 Feb 2027")
    expect(row).to_contain_text("every month on the 1st")
    saved = api(server, user, "GET", f"/api/{{me}}/tasks/{task['id']}")
    assert (saved["completed"], saved["due_date"]) == (False, "2027-02-01")

"""The system prompt: the user's own date, time and zone, and how to pass dates."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from todochat.assistant.prompt import get_system_prompt, stated_today


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        (
            "Asia/Karachi",
            "Friday, 04 December 2026, 00:30 in their time zone, Asia/Karachi (UTC+05:00)",
        ),
        (
            "America/Los_Angeles",
            "Thursday, 03 December 2026, 11:30 in their time zone, America/Los_Angeles (UTC-08:00)",
        ),
        ("UTC", "Thursday, 03 December 2026, 19:30 in their time zone, UTC (UTC+00:00)"),
    ],
)
def test_the_prompt_states_the_users_local_date_time_and_zone(zone: str, expected: str) -> None:
    now = datetime(2026, 12, 3, 19, 30, tzinfo=UTC).astimezone(ZoneInfo(zone))
    prompt = get_system_prompt(now=now)
    assert expected in " ".join(prompt.split())


def test_the_prompt_says_to_pass_the_users_date_words() -> None:
    prompt = " ".join(get_system_prompt(now=datetime.now(UTC)).split())
    assert 'due "tomorrow 5pm"' in prompt
    assert "do not work dates out yourself" in prompt
    assert 'due "overdue"' in prompt


def test_the_prompt_says_when_to_undo_and_restore() -> None:
    prompt = " ".join(get_system_prompt(now=datetime.now(UTC)).split())
    assert '- undo: the user wants the last change taken back ("undo", "undo that"' in prompt
    assert "Never try to undo by adding, editing or deleting tasks yourself." in prompt
    assert 'restore_task: the user wants a deleted task back ("bring it back"' in prompt
    assert "never undo or change anything else for these words" in prompt
    assert 'list_tasks with status "deleted" shows the trash' in prompt


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Asia/Karachi", "UTC", "Pacific/Pago_Pago"])
def test_the_stated_day_is_read_back_in_any_zone(zone: str) -> None:
    now = datetime(2026, 12, 31, 23, 30, tzinfo=UTC).astimezone(ZoneInfo(zone))
    assert stated_today(get_system_prompt(now=now, user_name="Ana")) == now.date()


@pytest.mark.parametrize(
    "text",
    [None, "", "You are a helpful assistant.", "For the user it is now Funday, 99 Smarch 2026,"],
)
def test_no_day_is_read_from_other_instructions(text: str | None) -> None:
    assert stated_today(text) is None

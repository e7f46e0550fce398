"""The slot stage: title, description, priority and due date out of an add request."""

from __future__ import annotations

from datetime import date

from todochat.assistant.offline.slots import Slots, priority_level, read_slots, resolve_date

TODAY = date(2026, 11, 23)  # a Monday


def test_title_keeps_the_users_words_without_list_suffix() -> None:
    assert read_slots("buy oat milk to my shopping list please", (), TODAY) == Slots(
        "Buy oat milk", None, None, None
    )


def test_description_priority_and_due_are_cut_off_the_title() -> None:
    slots = read_slots(
        "pay rent due tomorrow with high priority, description: bank transfer", (), TODAY
    )
    assert slots == Slots("Pay rent", "bank transfer", "high", "2026-11-24")


def test_a_date_after_by_is_read_but_stays_in_the_title() -> None:
    slots = read_slots("finish the slides by friday", (), TODAY)
    assert (slots.title, slots.due) == ("Finish the slides by friday", "2026-11-27")


def test_a_gerund_title_starts_with_its_verb() -> None:
    assert read_slots("booking aquarium tickets", (), TODAY).title == "Book aquarium tickets"


def test_a_quoted_title_is_taken_verbatim() -> None:
    assert read_slots("qq0qq", ("Call mom — urgent",), TODAY).title == "Call mom — urgent"


def test_priority_words() -> None:
    assert [priority_level(w) for w in ("top", "URGENT", "normal", "lowest", "medium")] == [
        "high",
        "high",
        "medium",
        "low",
        "medium",
    ]


def test_date_words() -> None:
    assert resolve_date("tomorrow", TODAY) == "2026-11-24"
    assert resolve_date("monday", TODAY) == "2026-11-30"  # today is Monday: the next one
    assert resolve_date("next wednesday", TODAY) == "2026-11-25"
    assert resolve_date("3rd of march", TODAY) == "2027-03-03"
    assert resolve_date("2026-02-30", TODAY) is None

"""The plan stage, titles: a correction edits only the part of a title it names."""

from __future__ import annotations

from todochat.assistant.offline.plan import corrected_title


def test_a_correction_edits_only_the_part_it_names() -> None:
    assert corrected_title("1 pack of AA batteries", "4 packs") == "4 packs of AA batteries"
    assert corrected_title("Order new charger", "laptop charger") == "Order laptop charger"
    assert corrected_title("Buy batteries", "AA batteries") == "Buy AA batteries"
    assert corrected_title("Book a table", "book a table for four") == "book a table for four"
    assert corrected_title("Buy 2 eggs", "6") == "Buy 6 eggs"

"""The delete budget of a chat turn: which responses' deletes run and which wait."""

from __future__ import annotations

from todochat.assistant.approvals import DeleteBudget


def verdicts(allowed: int, responses: list[int]) -> list[bool]:
    """Whether each model response's deletes wait, responses asking for that many deletes."""
    budget = DeleteBudget(allowed=allowed)
    asked = []
    for deletes in responses:
        budget.see_response(deletes)
        asked.append(budget.ask)
    return asked


def test_one_delete_runs_and_two_at_once_wait() -> None:
    assert verdicts(1, [1]) == [False]
    assert verdicts(1, [2]) == [True]


def test_one_at_a_time_the_first_runs_and_each_further_one_waits() -> None:
    assert verdicts(1, [1, 1, 1]) == [False, True, True]


def test_a_response_without_deletes_never_waits() -> None:
    assert verdicts(1, [0, 2, 0]) == [False, True, False]


def test_a_larger_allowance_counts_across_responses() -> None:
    assert verdicts(3, [3]) == [False]
    assert verdicts(3, [4]) == [True]
    assert verdicts(3, [2, 1, 1]) == [False, False, True]
    assert verdicts(3, [2, 2]) == [False, True]  # a response's deletes run or wait together


def test_zero_turns_approval_off() -> None:
    assert verdicts(0, [1, 5, 50]) == [False, False, False]


def test_a_resumed_turn_asks_again_for_any_further_delete() -> None:
    budget = DeleteBudget(allowed=3).spent()
    budget.see_response(1)
    assert budget.ask

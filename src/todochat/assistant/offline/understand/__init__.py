"""Stage 3 of the offline model, understand: each clause into an intent with its slots.

A message (``message``) is cut into clauses, and each clause (``clause``) is tried against
the rule families, most specific first, one module per family: ``commands`` (undo, bare
verbs, "keep it"), ``fields`` (description, priority, due), ``add``, ``done`` (complete,
reopen), ``delete`` (and restore), ``rename`` (and corrections), ``query`` (lists, counts,
status questions) and ``deeds`` ("I called mom"). ``passes`` relate the clauses of one
message; ``retract`` drops what a message takes back. Slots come from ``slots``, targets from
``targets``. Titles keep the user's own words. Nothing here looks at the task list; turning a
phrase into a task id is the planner's job.
"""

from todochat.assistant.offline.meaning import (
    SOCIAL_KINDS,
    TARGETED_KINDS,
    Intent,
    IntentKind,
    Priority,
    Status,
    Target,
)
from todochat.assistant.offline.targets import parse_target, without_when

from .add import followup_add, read_bare_add
from .message import parse_message, understand

__all__ = [
    "SOCIAL_KINDS",
    "TARGETED_KINDS",
    "Intent",
    "IntentKind",
    "Priority",
    "Status",
    "Target",
    "followup_add",
    "parse_message",
    "parse_target",
    "read_bare_add",
    "understand",
    "without_when",
]

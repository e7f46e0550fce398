"""Stage 4 of the offline model, plan: the intents of a turn to tool calls or a reply.

``planner`` holds the entry point (``Planner.decide``); the class is built in layers, one
module each: ``turn`` (the message read in the light of the conversation), ``resolve``
(which tasks a target names), ``actions`` (the tool calls), ``undo`` and ``reply`` (the
outcome of each intent). ``steps`` holds the data they pass around; ``titles`` the
title a correction gives.
"""

from .planner import Planner
from .steps import MAX_TOOL_ROUNDS, Decision, PlannedCall, ToolBox, call_key
from .titles import corrected_title

__all__ = [
    "MAX_TOOL_ROUNDS",
    "Decision",
    "PlannedCall",
    "Planner",
    "ToolBox",
    "call_key",
    "corrected_title",
]

"""Decide the next step of a turn: which tools to call, or what to say.

The Runner calls the model again after every round of tool calls, so the planner
is a pure function of the conversation: it re-reads the user's message, looks at
the calls already made in this turn and their results, and returns the calls that
are still missing (adds and id-based actions first, with a ``list_tasks`` when a
task is named by its words; the resolved actions after that) or, when nothing is
missing, the final reply. Ids are never invented: they come from the user, from
earlier tool results, or from a listing made in this turn.
"""

from __future__ import annotations

from todochat.assistant.offline.understand import (
    TARGETED_KINDS,
)

from .reply import Reporter
from .steps import (
    MAX_TOOL_ROUNDS,
    UNDO_CALL,
    WAITS_FOR_THE_LIST,
    Decision,
    PlannedCall,
    due_list_call,
)


class Planner(Reporter):
    """One decision over one conversation snapshot (build a new one per model call)."""

    def decide(self) -> Decision:
        """The next step: the calls still missing in this turn, else the reply."""
        current = self.conv.current
        if current.batches >= MAX_TOOL_ROUNDS or not current.user_text.strip():
            return Decision(text=self.reply())
        wanted: list[PlannedCall] = []
        undoing: list[PlannedCall] = []
        need_list = False
        # A listing asked for after a change waits for it, so it shows the result.
        changing = False
        for i, intent in enumerate(self.intents):
            waits = intent.kind == "add" and intent.text in WAITS_FOR_THE_LIST
            if waits and self.snapshot is None:
                need_list = True  # first see whether the task is on the list already
                changing = True
                continue
            if intent.kind == "add" and intent.title:
                add = self._add_call(intent)
                wanted.append(add)
                changing = changing or add.key not in self.executed
            elif intent.kind in ("list", "count"):
                if not changing:
                    wanted.append(self._listing_call(intent))
            elif intent.kind == "undo" and intent.query:
                continue  # a change described that was not the last one: nothing to call
            elif intent.kind == "undo" and self.toolbox.has("undo"):
                undoing.append(UNDO_CALL)
            elif intent.kind == "undo":
                undoing.extend(call for call, _, _ in self._undo_plan())
            elif intent.kind in TARGETED_KINDS:
                res = self.resolve(i)
                if res.state == "wait_list" or (intent.kind == "status" and self.snapshot is None):
                    need_list = True
                if res.state == "wait_trash":
                    wanted.append(self._list_call("deleted"))
                if res.state == "wait_due":
                    wanted.append(due_list_call(res.phrase))
                if res.state in ("wait_list", "wait_adds", "wait_trash", "wait_due"):
                    changing = True
                if res.state == "ready" and intent.kind != "status":
                    if self._completed_instead(intent, res):
                        continue
                    calls = self._action_calls(intent, res)[0]
                    wanted.extend(calls)
                    changing = changing or any(
                        c.key not in self.executed and self.toolbox.allows(c) for c in calls
                    )
        if need_list:
            wanted.append(self._list_call("all"))
        # The calls of one answer run at once, in no set order: an undo goes alone, before
        # the rest ("i meant the 3rd one, undo that" would else race the 3rd one's completion).
        for calls in (undoing, wanted):
            fresh = self._fresh(calls)
            if fresh:
                return Decision(calls=fresh)
        return Decision(text=self.reply())

    def _fresh(self, calls: list[PlannedCall]) -> tuple[PlannedCall, ...]:
        """The calls not made yet in this turn, each once, that the toolbox allows."""
        fresh: list[PlannedCall] = []
        seen: set[str] = set()
        for call in calls:
            if call.key in self.executed or call.key in seen or not self.toolbox.allows(call):
                continue
            seen.add(call.key)
            fresh.append(call)
        return tuple(fresh)

"""The tool calls for an intent whose target is resolved, and the tasks already in the
wanted state.
"""

from __future__ import annotations

import re
from typing import Any

from todochat.assistant.offline.matching import TaskInfo
from todochat.assistant.offline.slots import keeping_time, shifted
from todochat.assistant.offline.understand import (
    Intent,
)

from .resolve import Resolver
from .steps import BARE_HOUR_RE, PlannedCall, Resolution
from .titles import corrected_title, renamed_title, respelt


class Actions(Resolver):
    """Tool calls for resolved intents."""

    def _action_calls(
        self, intent: Intent, resolution: Resolution
    ) -> tuple[list[PlannedCall], list[TaskInfo]]:
        """The tool calls for a resolved action, and the tasks already in the wanted state."""
        calls: list[PlannedCall] = []
        skipped: list[TaskInfo] = []
        if intent.kind in ("rename", "describe") and len(resolution.tasks) != 1:
            return calls, skipped
        if intent.kind == "rename" and not intent.title and intent.text != "respell":
            return calls, skipped
        if intent.kind == "due" and intent.text == "ask":
            return calls, skipped  # "move the dentist thing": the reply asks when to
        for task in resolution.tasks:
            snap = self.snapshot_by_id.get(task.id)
            if intent.kind == "complete":
                if snap is not None and snap.completed:
                    skipped.append(snap)
                    continue
                done: dict[str, Any] = {"task_id": task.id}
                if intent.text == "for_good" and self.toolbox.accepts("complete_task", "for_good"):
                    done["for_good"] = True  # "done for good": the repeat ends
                calls.append(PlannedCall("complete_task", done))
            elif intent.kind == "delete" and intent.verb == "clear" and self._ticked(task.id):
                # "sent the rent, clear the mpesa one": a task said done, then cleared off the
                # list, is ticked off (the completion's own call); never also deleted
                if snap is not None and snap.completed:
                    skipped.append(snap)
                    continue
                calls.append(PlannedCall("complete_task", {"task_id": task.id}))
            elif intent.kind == "delete":
                calls.append(PlannedCall("delete_task", {"task_id": task.id}))
            elif intent.kind == "reopen":
                if snap is not None and not snap.completed:
                    skipped.append(snap)
                    continue
                calls.append(PlannedCall("update_task", {"task_id": task.id, "completed": False}))
            elif intent.kind == "rename":
                title = self.new_title(intent, task)
                due_text = (snap or task).due
                hour = intent.title if intent.text == "correction" else title
                if BARE_HOUR_RE.fullmatch(hour) and due_text and "," in due_text:
                    # "actually make that 11" for a task due at a time: the hour, not a title
                    new_due = f"{due_text.split(',')[0]} at {same_half(hour, due_text)}"
                    calls.append(PlannedCall("update_task", {"task_id": task.id, "due": new_due}))
                    continue
                if title == (snap or task).title or not title:
                    continue  # nothing the correction could replace
                calls.append(PlannedCall("update_task", {"task_id": task.id, "title": title}))
            elif intent.kind == "due":
                when: dict[str, Any] = {"task_id": task.id}
                old_due = (snap or task).due
                said_day = _said_day(intent, (snap or task).title) if not old_due else None
                if said_day is not None:
                    # "email coach about saturday", then "its sunday not saturday": the day
                    # is what the title says, corrected there (the task has no date to move)
                    calls.append(
                        PlannedCall("update_task", {"task_id": task.id, "title": said_day})
                    )
                    continue
                if intent.due is not None:
                    when["due"] = (
                        keeping_time(intent.due, old_due, self.today) if intent.due else ""
                    )
                if intent.text == "shift" and intent.due:  # "bump X by 2 days", "an hour later"
                    moved = shifted(old_due, intent.due, self.today)
                    if moved is None:
                        continue  # no time to move by minutes: the reply says so
                    when["due"] = moved
                bare = bool(intent.due and BARE_HOUR_RE.fullmatch(intent.due))
                if intent.text == "time" and bare and not old_due:
                    when["due"] = f"at {intent.due}"  # "it starts at 8" of an undated task
                if intent.text == "time" and intent.due and old_due:
                    # "make that 4pm": the day it is due on ("Tue 1 Dec"), at the new time
                    said = intent.due
                    if BARE_HOUR_RE.fullmatch(said):  # "make it 8:30" for a dinner at 19:00
                        said = same_half(said, old_due)
                    if BARE_HOUR_RE.fullmatch(said):  # "it starts at 8 now" of a morning task
                        said = f"at {said}"
                    when["due"] = f"{old_due.split(',')[0]} {said}"
                if intent.repeat is not None:
                    when["repeat"] = intent.repeat
                if intent.priority is not None:  # "due fri, low prio"
                    when["priority"] = intent.priority
                calls.append(PlannedCall("update_task", when))
            elif intent.kind == "tag":
                have = (snap or task).tags
                if intent.text == "remove":
                    tags = [t for t in have if intent.tags and t not in intent.tags]
                else:
                    tags = list(dict.fromkeys([*have, *intent.tags]))
                if tags == list(have):
                    skipped.append(snap or task)
                    continue
                calls.append(PlannedCall("update_task", {"task_id": task.id, "tags": tags}))
            elif intent.kind == "restore" and snap is not None:
                # a task still on the list was finished, not deleted: back means reopened
                if not snap.completed:
                    skipped.append(snap)
                    continue
                calls.append(PlannedCall("update_task", {"task_id": task.id, "completed": False}))
            elif intent.kind == "restore" and self.toolbox.has("restore_task"):
                calls.append(PlannedCall("restore_task", {"task_id": task.id}))
            elif intent.kind == "restore":
                args: dict[str, Any] = {"title": task.title}
                if task.description:
                    args["description"] = task.description
                calls.append(PlannedCall("add_task", args))
            elif intent.kind == "priority":
                calls.append(
                    PlannedCall("update_task", {"task_id": task.id, "priority": intent.priority})
                )
            elif intent.kind == "describe":
                calls.append(
                    PlannedCall(
                        "update_task", {"task_id": task.id, "description": intent.description}
                    )
                )
        return calls, skipped

    def _ticked(self, task_id: int) -> bool:
        """Whether a completion of this message resolves to the task ``task_id``."""
        for i, intent in enumerate(self.intents):
            if intent.kind != "complete":
                continue
            res = self.resolve(i)
            if res.state == "ready" and any(t.id == task_id for t in res.tasks):
                return True
        return False

    def new_title(self, intent: Intent, task: TaskInfo) -> str:
        """The title a rename sets; a correction edits only the part it names.

        After "add buy 1 pack of AA batteries", "make it 4 packs" gives "buy 4 packs of AA
        batteries"; "make that laptop charger" after "order new charger" gives "order laptop
        charger"; a correction that starts with a verb is a whole new title.
        """
        if intent.text not in ("correction", "renamed", "respell", "appended"):
            return intent.title
        old = (self.snapshot_by_id.get(task.id) or self.known.get(task.id) or task).title
        if intent.text == "appended":  # "the X one is for Y, put that in the name"
            return f"{old.rstrip(' .')} {intent.title}"
        if intent.text == "respell":  # "fix the spelling in the package task"
            return respelt(old, intent.query)
        if intent.text == "renamed":  # "Patel LLC is now Patel & Sons LLC": the name only
            return renamed_title(old, intent.title, intent.query)
        named = intent.target.text if intent.target is not None else ""
        return corrected_title(old, intent.title, named, intent.query, capital=intent.capital)


def _said_day(intent: Intent, title: str) -> str | None:
    """The title with the day the user took back (``intent.query``, "not saturday") made the day
    said instead, when the title says that day; else None."""
    if not intent.query or not intent.due or not re.fullmatch(r"[a-z]+day", intent.due, re.I):
        return None
    found = re.search(rf"\b{re.escape(intent.query)}\b", title, re.IGNORECASE)
    if found is None:
        return None
    new = intent.due.lower() if found[0].islower() else intent.due.capitalize()
    return f"{title[: found.start()]}{new}{title[found.end() :]}"


_SHOWN_TIME_RE = re.compile(r",\s*(?P<h>\d{1,2}):\d{2}$")


def same_half(hour: str, due_text: str) -> str:
    """ "dinner fri 7pm", then "actually make it 8": 20:00, not 08:00. A bare hour of 1 to 11
    keeps the half of the day the task was due in (a task at 19:00 moves to 8pm); an hour
    said past 12 ("make it 20:30"), or a task due in the morning, is read as it stands."""
    shown = _SHOWN_TIME_RE.search(due_text)
    said = int(hour.split(":")[0])
    if shown is not None and int(shown["h"]) >= 12 and 1 <= said <= 11:
        return f"{hour}pm"
    return hour

"""Stage 5's input: what happened for each intent, read from the tool results, before
``replies`` turns it into sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import cached_property
from typing import Any

from todochat.assistant.approvals import REJECTION_MESSAGE
from todochat.assistant.offline import replies
from todochat.assistant.offline.conversation import ToolResult
from todochat.assistant.offline.matching import TaskInfo, covering
from todochat.assistant.offline.scope import scope_tasks, word_named
from todochat.assistant.offline.slots import day_shown
from todochat.assistant.offline.social import vented
from todochat.assistant.offline.text import content_stems, is_past_tense
from todochat.assistant.offline.understand import (
    SOCIAL_KINDS,
    Intent,
)

from .steps import MUTATING, Outcome, Resolution, int_arg
from .titles import only_part_said
from .undo import Undo

_CHANGING = MUTATING | {"undo", "restore_task"}


def when_text(result: ToolResult, due: Any, repeat: Any) -> str:
    """ "due Fri 5 Dec, 17:00, every month on the 1st": the tool's own words for when a task
    is due and how it repeats (the words sent when the tool does not say)."""
    data = result.data if isinstance(result.data, Mapping) else {}
    shown_due = data.get("due") or due
    shown_repeat = data.get("repeat") if "repeat" in data else repeat
    parts = [f"due {shown_due}" if shown_due else "", str(shown_repeat or "")]
    if repeat == "" and not shown_repeat:
        parts.append("no longer repeating")
    return ", ".join(part for part in parts if part)


class Reporter(Undo):
    """The final answer of a turn, one outcome per intent."""

    def reply(self) -> str:
        """The final answer, one sentence (or block) per intent, in the user's order.

        Consecutive successes of one kind are merged ("I've added 'A' (#1) and 'B' (#2)").
        """
        actionable = [i for i in self.intents if i.kind not in SOCIAL_KINDS]
        outcomes: list[Outcome] = []
        reported: set[str] = set()
        if (
            not actionable
            and all(i.kind == "unknown" for i in self.intents)
            and vented(self.conv.current.user_text)
        ):
            return replies.vented()  # "ugh today has been sooo long": kind, and no change
        for i, intent in enumerate(self.intents):
            if intent.kind == "unknown" and intent.query == "unread" and actionable:
                # a part read as no request beside requests made: said, never silently left
                outcomes.append(Outcome("unknown", text=replies.left_unread(intent.text)))
                continue
            if intent.kind in SOCIAL_KINDS:
                if not actionable:
                    outcomes.append(Outcome(intent.kind, text=self._reply_social(intent)))
                continue
            outcome = self._outcome(i, intent, reported)
            if outcome is None:
                continue
            last = outcomes[-1] if outcomes else None
            if (
                last is not None
                and last.kind == outcome.kind
                and outcome.kind in ("add", "complete", "delete", "reopen")
                and last.done
                and outcome.done
                and not last.extra
                and not last.text
                and not outcome.text
            ):
                last.done.extend(outcome.done)
                last.details.extend(outcome.details)
                last.extra.extend(outcome.extra)
                continue
            outcomes.append(outcome)
        sentences = list(dict.fromkeys(t for t in (o.render() for o in outcomes) if t))
        if any("Which one did you mean?" in t for t in sentences):
            # One question at a time: "emailed raj, tick it" asks which Raj task, once.
            sentences = [t for t in sentences if not t.startswith("Which task would you like")]
        if not sentences:
            return replies.unknown()
        if self._changed_something():
            sentences = [replies.nothing_else_changed(t) for t in sentences]
        sep = "\n\n" if any("\n" in t for t in sentences) else " "
        return sep.join(sentences)

    def _done_by_another(self, index: int, intent: Intent, res: Resolution) -> bool:
        """Whether the tasks a question would ask about were all deleted in this turn, or all
        changed just so ("the retreat's cancelled, the venue's flooded, delete all the
        retreat tasks": no "which retreat task?" after deleting them all; "delete every boat
        task. sold it": no "which one is sold?"; "got the timetable printed and stuck up in
        the window": no "is 'stuck up in the window' the timetable?" once it is done)."""
        if res.problem != "ambiguous" or not res.candidates:
            return False
        settled = {"delete_task"} | ({"complete_task"} if intent.kind == "complete" else set())
        done = {
            int_arg(c.args.get("task_id"))
            for c in self.conv.current.calls
            if c.name in settled and c.result is not None and c.result.ok
        }
        return {t.id for t in res.candidates} <= done

    def _completed_instead(self, intent: Intent, res: Resolution) -> bool:
        """Whether ``intent`` is a delete told as a deed ("I cancelled the DSTV") of tasks the same
        message asks to complete ("..., tick it off"): the completion is what was asked, so the
        delete is left out (it would leave nothing to complete). A delete asked for ("mark the
        milk done then delete it") stays."""
        if intent.kind != "delete" or not is_past_tense(intent.verb.lower()) or not res.tasks:
            return False
        return {t.id for t in res.tasks} <= self._ticked_by_completions

    @cached_property
    def _ticked_by_completions(self) -> frozenset[int]:
        """The tasks the message's completions tick, resolved once for every delete that asks
        (resolutions are memoised per intent, so they do not change within a decision)."""
        ticked: set[int] = set()
        for j, other in enumerate(self.intents):
            if other.kind == "complete":
                done = self.resolve(j)
                if done.state == "ready":
                    ticked.update(t.id for t in done.tasks)
        return frozenset(ticked)

    def _remark_beside_a_change(self, intent: Intent, res: Resolution) -> bool:
        """Whether ``intent`` is a deed told in the past that names its task only loosely,
        beside a change this turn made to that very task ("the bins one should repeat weekly
        now, we got a new bin": getting a bin is why the bins repeat, no bins put out, and no
        question whether they were). Said alone, it is still asked about."""
        if res.problem != "ambiguous" or len(res.candidates) != 1 or intent.kind != "complete":
            return False
        told = intent.target.text.split(None, 1) if intent.target is not None else []
        if len(told) < 2 or not is_past_tense(told[0].lower()):
            return False
        return any(
            c.name == "update_task"
            and c.result is not None
            and c.result.ok
            and int_arg(c.args.get("task_id")) == res.candidates[0].id
            for c in self.conv.current.calls
        )

    def _story_beside_a_deed(self, intent: Intent, res: Resolution) -> bool:
        """Whether ``intent`` is a clause of a story, a deed told in the past that names no
        task, beside another deed of the message that ticked one off ("took the car in to
        Canadian Tire this morning and got the winter tires put on": the trip to the shop is
        how the tires got done, no request that failed). Said alone, it is still reported."""
        if res.problem != "not_found" or intent.kind != "complete" or intent.target is None:
            return False
        # (a visit, "went to the post office on my lunch", is read without its verb)
        told = intent.target.text.split(None, 1)
        if intent.target.kind != "words" or not (
            intent.text == "visit" or (len(told) > 1 and is_past_tense(told[0].lower()))
        ):
            return False
        return any(
            c.name == "complete_task" and c.result is not None and c.result.ok
            for c in self.conv.current.calls
        )

    def _changed_something(self) -> bool:
        """Whether a call of this turn changed a task (a reply then never says nothing did)."""
        return any(
            c.name in _CHANGING and c.result is not None and c.result.ok
            for c in self.conv.current.calls
        )

    def _reply_social(self, intent: Intent) -> str:
        if intent.kind == "greet":
            return replies.greeting(intent.text == "how")
        if intent.kind == "thanks":
            return replies.thanks(intent.text == "ack")
        if intent.kind == "bye":
            return replies.goodbye()
        if intent.kind == "keep" and intent.text == "already" and intent.target:
            return replies.already_listed(self._task(intent.target.ids[0]))
        if intent.kind == "keep":
            return replies.left_as_is(intent.text == "contradiction")
        if intent.kind == "help" and intent.text == "beyond":
            return replies.BEYOND_THE_LIST
        if intent.kind == "help":
            return replies.HELP_TEXT
        return replies.unknown()

    def _outcome(self, index: int, intent: Intent, reported: set[str]) -> Outcome | None:
        if intent.kind == "add":
            return self._add_outcome(intent)
        if intent.kind in ("list", "count"):
            return Outcome(intent.kind, text=self._reply_list(intent))
        if intent.kind == "undo" and intent.query:
            return Outcome("undo", text=replies.undo_not_last(intent.query))
        if intent.kind == "undo" and self.toolbox.has("undo"):
            return self._undo_tool_outcome()
        if intent.kind == "undo":
            return self._undo_outcome(reported)
        if intent.kind == "rename" and not intent.title and intent.text != "respell":
            return Outcome("rename", text=replies.ask_new_title())
        res = self.resolve(index)
        if res.state in ("wait_list", "wait_adds", "wait_trash", "wait_due"):
            return Outcome(intent.kind, text=self._reply_lookup_failed(intent))
        if res.state == "problem" and self._done_by_another(index, intent, res):
            return None
        if res.state == "problem" and (
            self._story_beside_a_deed(intent, res) or self._remark_beside_a_change(intent, res)
        ):
            return None
        if res.state == "problem":
            return Outcome(intent.kind, text=self._reply_problem(intent, res))
        if self._completed_instead(intent, res):
            return None
        if intent.kind == "status":
            said = {
                "when": self._when_text,
                "repeat": self._field_text(replies.repeat_line),
                "priority": self._field_text(replies.priority_line),
            }.get(intent.query, self._status_text)
            return Outcome("status", text=" ".join(said(t) for t in res.tasks))
        asks_when = intent.kind == "due" and intent.text == "ask"
        if (intent.kind in ("rename", "describe") or asks_when) and len(res.tasks) != 1:
            phrase = intent.target.text if intent.target else ""
            return Outcome(intent.kind, text=replies.ambiguous(phrase, res.tasks))
        if asks_when:
            task = self.snapshot_by_id.get(res.tasks[0].id) or res.tasks[0]
            return Outcome("due", text=replies.ask_new_due(task))
        if intent.kind == "due" and intent.text == "shift" and (intent.due or "").endswith("m"):
            # "push the dentist back an hour" of a task with no time: say so, change nothing
            untimed = [self.snapshot_by_id.get(t.id) or t for t in res.tasks]
            untimed = [t for t in untimed if not t.due or "," not in t.due]
            if untimed:
                return Outcome("due", text=replies.no_time_to_move(untimed[0]))
        calls, skipped = self._action_calls(intent, res)
        if intent.text == "respell" and not calls:  # no misspelling it knows in the title
            task = self.snapshot_by_id.get(res.tasks[0].id) or res.tasks[0]
            return Outcome("rename", text=replies.ask_spelling(task))
        if (
            intent.text == "correction"
            and (intent.capital or only_part_said(intent.query) or only_part_said(intent.title))
            and not calls
            and not skipped
        ):
            # "make it Porto" for 'Call Sara about Lisbon trip', "it should say buy wine, not
            # just dessert" for a title without dessert, "just the bread" for one that lists no
            # bread: what it replaces is unclear
            # (titles.corrected_title left the title as it was)
            task = self.snapshot_by_id.get(res.tasks[0].id) or res.tasks[0]
            return Outcome("rename", text=replies.ask_which_part(task, intent.title))
        fresh = [c for c in calls if c.key not in reported]
        if calls and not fresh and not skipped:
            return None
        outcome = Outcome(intent.kind, title=intent.title, desc=intent.description or "")
        outcome.priority = intent.priority or ""
        if intent.kind == "tag":
            outcome.priority = ("-" if intent.text == "remove" else "") + ",".join(intent.tags)
        kept: list[TaskInfo] = []  # deletes the user did not approve
        for call in fresh:
            reported.add(call.key)
            if "task_id" not in call.args:  # a deleted task added back
                readded = self._result_of(call)
                if isinstance(readded, str):
                    outcome.extra.append(
                        replies.failed("restore", f"'{call.args['title']}'", readded)
                    )
                else:
                    outcome.done.append(readded.task() or TaskInfo(0, str(call.args["title"])))
                continue
            task_id = int(call.args["task_id"])
            if intent.kind == "delete" and call.name == "complete_task":
                # a task said done and then cleared is ticked off (`actions`): say so
                outcome.kind = "complete"
            before = self._task(task_id)
            result = self._result_of(call)
            if result == REJECTION_MESSAGE:
                kept.append(before)
                continue
            if isinstance(result, str):
                outcome.extra.append(
                    replies.unavailable(intent.kind)
                    if result == "unavailable"
                    else replies.failed(intent.kind, replies.name(before), result)
                )
                continue
            after = result.task(fallback_id=task_id)
            next_due = result.data.get("next_due") if isinstance(result.data, Mapping) else None
            if intent.kind == "complete" and next_due:
                outcome.extra.append(replies.repeats_next(after or before, str(next_due)))
            if intent.kind == "due" and "title" in call.args:
                # "its sunday not saturday" of 'Email coach about saturday': the title's day
                outcome.kind = "rename"
                outcome.title = str(call.args["title"])
                outcome.done.append(before)
                outcome.details.append("")
                continue
            if intent.kind == "due":
                outcome.priority = when_text(result, intent.due, intent.repeat)
                if intent.priority:
                    outcome.priority += f", {intent.priority} priority"
            if intent.kind == "rename" and "due" in call.args:  # a bare hour: a new time
                outcome.kind = "due"
                outcome.priority = when_text(result, call.args["due"], None)
                outcome.done.append(before)
            elif intent.kind == "rename":
                outcome.title = str(call.args.get("title", intent.title))
                outcome.done.append(before)
            else:
                outcome.done.append(after if after and after.title else before)
            outcome.details.append("")
        if kept:
            outcome.extra.append(replies.kept(kept))
        if res.phrase and outcome.done:
            # "finished both the visa photos and the yoga class": the thing named that is no
            # task is said so (see Resolver._each_named)
            outcome.extra.append(replies.none_named(res.phrase))
        outcome.extra = list(dict.fromkeys(outcome.extra))
        if skipped:
            outcome.extra.append(replies.already(intent.kind, skipped))
        return outcome

    def _add_outcome(self, intent: Intent) -> Outcome:
        if not intent.title:
            return Outcome("add", text=replies.no_title())
        call = self._add_call(intent)
        result = self._result_of(call)
        if isinstance(result, str):
            if result == "unavailable":
                return Outcome("add", text=replies.unavailable("add"))
            return Outcome("add", text=replies.failed("add", f"'{intent.title}'", result))
        task = result.task() or TaskInfo(0, intent.title)
        if not task.title:
            task = replace(task, title=intent.title)
        notes: list[str] = []
        if intent.priority and "priority" in call.args:
            notes.append(f"{intent.priority} priority")
        if ("due" in call.args or "repeat" in call.args) and (
            when := when_text(result, call.args.get("due"), call.args.get("repeat"))
        ):
            notes.append(when)
        if intent.tags and "tags" in call.args:
            notes.append("tagged " + ", ".join(intent.tags))
        detail = f" ({', '.join(notes)})" if notes else ""
        if intent.description:
            detail += f" with the description '{intent.description}'"
        return Outcome("add", done=[task], details=[detail])

    def _when_text(self, task: TaskInfo) -> str:
        snap = self.snapshot_by_id.get(task.id)
        if snap is None:
            return f"I couldn't find task #{task.id}."
        return replies.when_line(snap)

    def _field_text(self, line: Callable[[TaskInfo], str]) -> Callable[[TaskInfo], str]:
        """A field of a task asked about ("does X repeat?"), said by ``line`` from the list."""

        def said(task: TaskInfo) -> str:
            snap = self.snapshot_by_id.get(task.id)
            return line(snap) if snap is not None else f"I couldn't find task #{task.id}."

        return said

    def _status_text(self, task: TaskInfo) -> str:
        snap = self.snapshot_by_id.get(task.id)
        if snap is None:
            return f"I couldn't find task #{task.id}."
        return replies.status_line(snap)

    def _reply_list(self, intent: Intent) -> str:
        call = self.executed.get(self._listing_call(intent).key)
        if call is None:
            if not self.toolbox.has("list_tasks"):
                return replies.unavailable("list")
            return replies.failed("list", "your tasks", "I ran out of steps")
        result = call.result or ToolResult(ok=False, error="no result came back")
        if not result.ok:
            return replies.failed("list", "your tasks", result.error)
        tasks = result.tasks()
        if intent.status != "all":
            tasks = [t for t in tasks if t.completed == (intent.status == "completed")]
        day = call.args.get("due_on")
        if day:
            # "what's due friday": the tool kept the tasks due that day (any time of it)
            wanted = {**intent.filter.args(), "on": day_shown(day, self.today) or day}
            return replies.filtered(tasks, wanted, intent.kind == "count", intent.status)
        if intent.filter.args():
            return replies.filtered(tasks, intent.filter.args(), intent.kind == "count")
        if intent.text == "added" and (added := self._added_in_chat(tasks)):
            return replies.added_in_chat(added, intent.kind == "count")
        query = intent.query
        if query and intent.text == "tag":
            tagged = [t for t in tasks if query in t.tags]
            if tagged:
                return replies.filtered(
                    tagged, {"tag": query}, intent.kind == "count", intent.status
                )
        if query and intent.text == "loose":
            # ("what inv stuff is left": the invoice tasks)
            query = " ".join(filter(None, (word_named(w, result.tasks()) for w in query.split())))
        if query:
            tasks = scope_tasks(query, tasks)
        if query and not intent.text and len(tasks) > 1 and len(content_stems(query)) >= 2:
            # "anything about Bea's swimming?": of the tasks sharing a word, the one carrying
            # them all ('Enroll Bea in swimming', not 'Buy school supplies for Bea'), so "mark
            # it done" after it names it
            tasks = covering(query, tasks) or tasks
        if intent.kind == "count":
            return replies.count(tasks, intent.status, query)
        return replies.listing(tasks, intent.status, query)

    def _added_in_chat(self, tasks: list[TaskInfo]) -> list[TaskInfo]:
        """The listed tasks this chat's adds made ("what did i just add?"), in the order added;
        none when it added none still on the list (the whole list answers then)."""
        ids = [
            t.id
            for turn in self.conv.turns
            for c in turn.calls
            if c.name == "add_task" and c.result is not None and (t := c.result.task())
        ]
        by_id = {t.id: t for t in tasks}
        return [by_id[i] for i in dict.fromkeys(ids) if i in by_id]

    def _reply_lookup_failed(self, intent: Intent) -> str:
        for call in reversed(self.conv.current.calls):
            if call.name == "list_tasks" and call.result is not None and not call.result.ok:
                return replies.failed("list", "your tasks", call.result.error)
        if not self.toolbox.has("list_tasks"):
            return replies.unavailable(intent.kind)
        return replies.which_task(intent.kind)

    def _reply_problem(self, intent: Intent, res: Resolution) -> str:
        if res.problem == "not_found":
            return replies.not_found(res.phrase)
        if res.problem == "none_deleted":
            return replies.nothing_deleted()
        if res.problem == "ambiguous":
            return replies.ambiguous(res.phrase, res.candidates)
        if res.problem == "id_or_place":
            return replies.id_or_place(int(res.phrase or 0), res.candidates)
        if res.problem == "out_of_range":
            return replies.out_of_range(int(res.phrase or 0), res.size)
        if res.problem == "empty_scope":
            status = intent.target.status if intent.target else "all"
            return replies.empty_scope(intent.kind, status, res.phrase)
        return replies.which_task(intent.kind)

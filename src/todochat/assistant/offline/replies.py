"""The assistant's words: short, friendly sentences that name tasks as 'Title' (#id).

Naming every task with its id matters beyond politeness: the next turn resolves
"the second one" from the ids mentioned in the previous reply.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .matching import TaskInfo

_MAX_LISTED = 50
_DESC_PREVIEW = 80
_TOOL_HINT_RE = re.compile(
    r"\s*[^.;]*\b(?:list_tasks|add_task|complete_task|delete_task|update_task|call\s+\w+_tasks?)\b"
    r"[^.;]*[.;]?",
    re.I,
)

VERB_PAST = {
    "complete": "marked as done",
    "delete": "deleted",
    "reopen": "reopened",
    "rename": "renamed",
    "describe": "updated",
}
VERB_INFINITIVE = {
    "add": "add",
    "list": "show",
    "count": "count",
    "status": "check",
    "complete": "complete",
    "delete": "delete",
    "reopen": "reopen",
    "rename": "rename",
    "describe": "update",
    "priority": "change the priority of",
    "due": "change the due date of",
    "restore": "bring back",
    "undo": "undo the change to",
}

HELP_TEXT = (
    "I'm your task assistant. Here's what I can do:\n"
    '- Add tasks: "add buy groceries", "remind me to call mom"\n'
    '- Show them: "show my tasks", "what\'s pending?", "what have I completed?"\n'
    '- Mark them done: "mark task 3 as done", "I called mom"\n'
    '- Change them: "rename task 1 to \'Call mom tonight\'", "reopen task 2"\n'
    '- Delete them: "delete the meeting task", "delete all completed tasks"'
)

# The answer to a question of what the assistant does besides the list ("can you also send
# whatsapp messages for me or only the list?"): honest, short, with what it can do instead.
BEYOND_THE_LIST = (
    "I only look after your to-do list: I can't send messages, make calls or do things outside "
    "the app for you. I can add it as a task so you don't forget, for example: 'add text "
    "mum about sunday'."
)


def name(task: TaskInfo) -> str:
    """'Title' (#id), or just the id when the title is unknown."""
    if task.title:
        return f"'{task.title}' (#{task.id})"
    return f"task #{task.id}"


def join(parts: Sequence[str]) -> str:
    """Join with commas and a final "and"."""
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


# "Invalid arguments for update_task: due: there is no 30 February. Fix them and call again."
# (the MCP server's words): the reason is for people, the rest is for a model
_INVALID_ARGS_RE = re.compile(r"^\s*Invalid arguments for \w+:\s*(?:\w+:\s+)?", re.I)
_ADVICE_RE = re.compile(r"\s*Fix (?:it|them)(?: and (?:call|try) again)?\.?", re.I)


def clean_error(error: str) -> str:
    """A tool error as a sentence for people: tool names and advice to the model removed."""
    text = _TOOL_HINT_RE.sub("", _ADVICE_RE.sub("", _INVALID_ARGS_RE.sub("", error))).strip()
    if not text:
        text = error.strip() or "something went wrong"
    if not text.endswith((".", "!", "?")):
        text += "."
    return text


def _line(task: TaskInfo, show_status: bool) -> str:
    # Bullets, not numbers: the only numbers a user sees are ids, so "task 3" is unambiguous.
    line = f"- {name(task)}"
    if show_status and task.completed:
        line += " (done)"
    when = ", ".join(part for part in (task.due and f"due {task.due}", task.repeat) if part)
    if when:
        line += f" ({when})"
    if task.description:
        desc = task.description.strip().replace("\n", " ")
        if len(desc) > _DESC_PREVIEW:
            desc = desc[: _DESC_PREVIEW - 1].rstrip() + "…"
        line += f": {desc}"
    return line


def _lines(tasks: Sequence[TaskInfo], show_status: bool) -> str:
    shown = [_line(t, show_status) for t in tasks[:_MAX_LISTED]]
    if len(tasks) > _MAX_LISTED:
        shown.append(f"...and {len(tasks) - _MAX_LISTED} more.")
    return "\n".join(shown)


def listing(tasks: Sequence[TaskInfo], status: str, query: str = "") -> str:
    """A task list reply; a pending listing never names completed tasks (and vice versa)."""
    if query:
        if not tasks:
            return f"I couldn't find any {_status_word(status)}tasks matching '{query}'."
        return (
            f"Here {'is' if len(tasks) == 1 else 'are'} the {_status_word(status)}"
            f"{'task' if len(tasks) == 1 else 'tasks'} matching '{query}':\n"
            + _lines(tasks, status == "all")
        )
    if status == "pending":
        if not tasks:
            return "Nothing pending - you're all caught up!"
        return f"You have {plural(len(tasks), 'pending task')}:\n" + _lines(tasks, False)
    if status == "completed":
        if not tasks:
            return "You haven't completed any tasks yet."
        return f"You've completed {plural(len(tasks), 'task')}:\n" + _lines(tasks, False)
    if not tasks:
        return "Your task list is empty. Want me to add something?"
    done = sum(1 for t in tasks if t.completed)
    head = f"You have {plural(len(tasks), 'task')}"
    if done and done < len(tasks):
        head += f" ({len(tasks) - done} pending, {done} done)"
    elif done:
        head += " (all done)"
    return head + ":\n" + _lines(tasks, True)


_DUE_NAMES = {
    "today": "due today",
    "tomorrow": "due tomorrow",
    "week": "due in the next 7 days",
    "none": "without a due date",
}


def filtered(
    tasks: Sequence[TaskInfo], wanted: Mapping[str, str], count: bool = False, status: str = "all"
) -> str:
    """A listing by due date, priority or tag: "You have 2 tasks due today: ...";
    ``status`` is said when it left some tasks out ("2 pending tasks tagged work")."""
    words = ["overdue"] if wanted.get("due") == "overdue" else []
    if status != "all":
        words.append(status)
    if wanted.get("priority"):
        words.append(f"{wanted['priority']} priority")
    words.append("task" if len(tasks) == 1 else "tasks")
    if wanted.get("due") in _DUE_NAMES:
        words.append(_DUE_NAMES[wanted["due"]])
    if wanted.get("on"):
        words.append(f"due {wanted['on']}")
    if wanted.get("tag"):
        words.append(f"tagged {wanted['tag']}")
    what = " ".join(words)
    if not tasks:
        return f"You have no {what}."
    if count:
        names = join([name(t) for t in tasks[:10]]) + (", ..." if len(tasks) > 10 else "")
        return f"You have {len(tasks)} {what}: {names}."
    return f"You have {len(tasks)} {what}:\n" + _lines(tasks, True)


def _status_word(status: str) -> str:
    return {"pending": "pending ", "completed": "completed "}.get(status, "")


def count(tasks: Sequence[TaskInfo], status: str, query: str = "") -> str:
    """A "how many" reply: the number first, then the names."""
    suffix = f" matching '{query}'" if query else ""
    names = join([name(t) for t in tasks[:10]]) + (", ..." if len(tasks) > 10 else "")
    if status == "pending":
        if not tasks:
            return f"You have no pending tasks{suffix} - all caught up!"
        return f"You have {plural(len(tasks), 'pending task')}{suffix}: {names}."
    if status == "completed":
        if not tasks:
            return f"You haven't completed any tasks{suffix} yet."
        return f"You've completed {plural(len(tasks), 'task')}{suffix}: {names}."
    if not tasks:
        return f"You have no tasks{suffix}."
    done = sum(1 for t in tasks if t.completed)
    return (
        f"You have {plural(len(tasks), 'task')}{suffix} in total: "
        f"{len(tasks) - done} pending and {done} done."
    )


def added_in_chat(tasks: Sequence[TaskInfo], count: bool = False) -> str:
    """ "what did i just add?": the tasks this chat added, named (a count says the number)."""
    head = f"In this chat you've added {plural(len(tasks), 'task')}"
    if count:
        return f"{head}: {join([name(t) for t in tasks])}."
    return f"{head}:\n" + _lines(tasks, True)


def added(tasks: Sequence[TaskInfo], details: Sequence[str]) -> str:
    names = [name(t) + d for t, d in zip(tasks, details, strict=True)]
    return f"I've added {join(names)} to your list."


def acted(
    kind: str,
    tasks: Sequence[TaskInfo],
    new_title: str = "",
    new_desc: str = "",
    priority: str = "",
) -> str:
    """The sentence for a successful change to one or more tasks."""
    names = [name(t) for t in tasks]
    if kind == "priority":
        return f"I've set {join(names)} to {priority} priority."
    if kind == "due":
        return f"I've set {join(names)} to {priority or 'no due date'}."
    if kind == "tag":
        # the tags come as one comma-joined string ("infra,security"): said as a list
        tags = join(priority.lstrip("-").split(","))
        if priority.startswith("-"):
            return f"I've removed the tag {tags or 'tags'} from {join(names)}."
        return f"I've tagged {join(names)} {tags}."
    if kind == "restore":
        return f"I've brought back {join(names)}."
    if kind == "complete":
        if len(tasks) == 1:
            return f"Nice work! I've marked {names[0]} as done."
        return f"Nice work! I've marked {plural(len(tasks), 'task')} as done: {join(names)}."
    if kind == "delete":
        if len(tasks) == 1:
            return f"I've deleted {names[0]}."
        return f"I've deleted {plural(len(tasks), 'task')}: {join(names)}."
    if kind == "reopen":
        if len(tasks) == 1:
            return f"I've reopened {names[0]} - it's back on your pending list."
        return f"I've reopened {plural(len(tasks), 'task')}: {join(names)}."
    if kind == "rename":
        return f"I've renamed {join(names)} to '{new_title}'."
    if kind == "describe":
        return f"I've updated the description of {join(names)} to '{new_desc}'."
    return f"Done: {join(names)}."


def repeats_next(task: TaskInfo, next_due: str) -> str:
    """After completing a repeating task: when it comes round again."""
    return f"{name(task)} repeats: it's next due {next_due}."


def already(kind: str, tasks: Sequence[TaskInfo]) -> str:
    names = join([name(t) for t in tasks])
    verb = "is" if len(tasks) == 1 else "are"
    if kind == "complete":
        return f"{names} {verb} already done."
    if kind == "tag":
        return f"{names} already {'has' if len(tasks) == 1 else 'have'} those tags."
    return f"{names} {verb} already pending."


def status_line(task: TaskInfo) -> str:
    state = "done" if task.completed else "still pending"
    text = f"{name(task)} is {state}."
    if task.description:
        text += f" Description: {task.description}"
    return text


def when_line(task: TaskInfo) -> str:
    """ "when is the dentist?": the task's due date and repeat, as its listing line shows them."""
    if task.due:
        text = f"{name(task)} is due {task.due}"
        text += f" ({task.repeat})." if task.repeat else "."
    elif task.repeat:
        text = f"{name(task)} has no due date; it repeats {task.repeat}."
    else:
        text = f"{name(task)} has no due date. Say 'move it to friday' to give it one."
    if task.completed:
        text += " It's already done."
    return text


def repeat_line(task: TaskInfo) -> str:
    """ "does the bins one repeat weekly?": how often the task repeats, if it does."""
    if task.repeat:
        return f"{name(task)} repeats {task.repeat}."
    return f"{name(task)} doesn't repeat."


def priority_line(task: TaskInfo) -> str:
    """ "is the rego high priority?": the task's priority, if one is set."""
    if task.priority and task.priority != "none":
        return f"{name(task)} is {task.priority} priority."
    return f"{name(task)} has no priority set."


def failed(kind: str, task_label: str, error: str) -> str:
    verb = VERB_INFINITIVE.get(kind, kind)
    text = f"Sorry, I couldn't {verb} {task_label}: {clean_error(error)}"
    if "not found" in error.lower() or "no task" in error.lower():
        text += " Say 'show my tasks' to see your tasks and their numbers."
    return text


def kept(tasks: Sequence[TaskInfo]) -> str:
    """Deletes the user did not approve: nothing was deleted."""
    if len(tasks) == 1:
        return f"OK, I kept {name(tasks[0])}."
    return f"OK, I kept your {len(tasks)} tasks: nothing was deleted."


def not_found(phrase: str) -> str:
    return (
        f"I couldn't find a task matching '{phrase}', so I haven't changed anything. "
        "Say 'show my tasks' to see your list."
    )


def none_named(phrase: str) -> str:
    """A thing named beside others that were found ("finished both the visa photos and the
    yoga class"): the others changed, this one names no task."""
    return f"I couldn't find a task matching '{phrase}'."


_NOTHING_CHANGED_RE = re.compile(r"(?: or)? changed anything(?= yet| or|\.|,)")


def nothing_else_changed(text: str) -> str:
    """``text`` in a turn that did change something: a question never says nothing changed
    ("I've deleted 'X' (#1). ... Which one did you mean? I haven't made that change yet")."""
    return _NOTHING_CHANGED_RE.sub(
        lambda m: "" if m.group().startswith(" or") else " made that change", text
    )


def ambiguous(phrase: str, candidates: Sequence[TaskInfo]) -> str:
    if len(candidates) == 1:
        # an unsure match: one task, but a word said is missing from it or against it
        said = f"'{phrase}'" if phrase else "that"
        return (
            f"I'm not sure {said} means {name(candidates[0])}. Is that the one? "
            "I haven't changed anything yet."
        )
    what = f"matching '{phrase}'" if phrase else "that could be the one you mean"
    return (
        f"I found more than one task {what}: {join([name(t) for t in candidates])}. "
        "Which one did you mean? I haven't changed anything yet."
    )


def which_task(kind: str) -> str:
    verb = VERB_INFINITIVE.get(kind, kind)
    return (
        f"Which task would you like me to {verb}? "
        "Tell me its name or number (for example 'task 3')."
    )


def id_or_place(number: int, candidates: Sequence[TaskInfo]) -> str:
    """A number that may be a task's id or a place in the list shown: say which is which."""
    place = f"number {number} in the list I showed you is {name(candidates[-1])}"
    if len(candidates) == 1:
        return (
            f"There's no task #{number}, but {place}. Is that the one? "
            "I haven't changed anything yet."
        )
    return (
        f"Task #{number} is {name(candidates[0])}, but {place}. "
        "Which one did you mean? I haven't changed anything yet."
    )


def out_of_range(ordinal: int, size: int) -> str:
    return (
        f"There's no task number {ordinal} in the list I showed you "
        f"(it had {plural(size, 'task')}). Which one did you mean?"
    )


def empty_scope(kind: str, status: str, query: str) -> str:
    about = f" matching '{query}'" if query else ""
    if kind == "complete":
        return f"There are no pending tasks{about} to mark as done - you're all caught up!"
    if kind == "reopen":
        return f"There are no completed tasks{about} to reopen."
    word = {"completed": "completed ", "pending": "pending "}.get(status, "")
    return f"You don't have any {word}tasks{about} to {VERB_INFINITIVE.get(kind, kind)}."


def unavailable(kind: str) -> str:
    return f"Sorry, I can't {VERB_INFINITIVE.get(kind, kind)} tasks right now."


def no_title() -> str:
    return "What should the task say? For example: 'add buy milk'."


def greeting(how: bool) -> str:
    if how:
        return "I'm doing great, thanks for asking! What can I do for your tasks today?"
    return (
        "Hi there! I can add, list, complete, update and delete your tasks. "
        "Try 'add buy milk' or 'what's pending?'."
    )


def thanks(ack: bool) -> str:
    if ack:
        return "Okay! Let me know if there's anything else I can do for your tasks."
    return "You're welcome! Anything else I can help with?"


def vented() -> str:
    return (
        "Sorry it's been a rough one. I haven't changed anything - I'm here when you need "
        "your list."
    )


def goodbye() -> str:
    return "Goodbye! Your tasks will be here when you get back."


def unknown() -> str:
    return (
        "Sorry, I didn't quite get that. I can add tasks ('add buy milk'), show them "
        "('what's pending?'), mark them done ('mark task 3 as done'), rename them or "
        "delete them."
    )


def left_unread(text: str) -> str:
    """A part of a message beside requests that were made, which asked nothing the model could
    read ("add buy milk, and also whatever the school wants"): said, never silently left."""
    return (
        f"I wasn't sure what to do with '{text}', so I haven't added or changed anything for "
        "it - could you say it as a task?"
    )


def already_listed(task: TaskInfo) -> str:
    return f"{name(task)} is already on your list, so I haven't added it again."


def left_as_is(contradiction: bool = False) -> str:
    if contradiction:
        return (
            "You said it isn't done yet, so I've left it open. Say 'mark it done' if you "
            "want it ticked off."
        )
    return "OK, I haven't changed anything."


def ask_spelling(task: TaskInfo) -> str:
    return (
        f"I can't tell which word of {name(task)} is misspelt. How should it read? For example: "
        f"'it should say Call John'. I haven't changed anything."
    )


def ask_which_part(task: TaskInfo, value: str) -> str:
    return (
        f"I can't tell which part of {name(task)} '{value}' should replace. How should it "
        f"read? Say the whole title with '{value}' in it, for example: 'it should say ...'. I "
        f"haven't changed anything."
    )


def ask_new_title() -> str:
    return "What should the new title be? For example: 'rename task 3 to Call mom tonight'."


def ask_new_due(task: TaskInfo) -> str:
    now = f" It's due {task.due} now." if task.due else ""
    return (
        f"When should {name(task)} be due?{now} Tell me the day or time, for example "
        "'move it to friday'. I haven't changed anything yet."
    )


def no_time_to_move(task: TaskInfo) -> str:
    """ "push it back an hour" of a task due all day, or not due at all."""
    due = f"is due {task.due} with no time of day" if task.due else "has no due date"
    return (
        f"{name(task)} {due}, so there's no time to move. Tell me the time it's at, for "
        "example 'move it to 7pm'. I haven't changed anything."
    )


def nothing_deleted() -> str:
    return (
        "Nothing was deleted just now, so I haven't brought anything back or "
        "changed anything. To restore an older one, say 'bring back' and its name; 'undo' "
        "takes back your latest change."
    )


_SET_AGAIN = {
    "rename": "the title it should have ('rename X to ...')",
    "priority": "the priority it should have ('set X to low priority')",
    "tag": "the tags it should have ('tag X as work')",
    "describe": "the description it should have",
    "add": "which task to remove ('delete X')",
}


def undo_not_last(kind: str) -> str:
    """An undo asked of a change that was not my latest one: what to say instead."""
    what = _SET_AGAIN.get(kind, "what it should be")
    return (
        "That wasn't my latest change, so I haven't undone anything. "
        f"Tell me {what} and I'll change it."
    )


def nothing_to_undo() -> str:
    return "There's nothing for me to undo - I didn't change any tasks in my last reply."


_UNDONE = {
    "delete": "removed {name} again",
    "reopen": "marked {name} as not done",
    "restore": "restored {name}",
    "complete": "marked {name} as done again",
    "retitle": "changed the title back to '{title}'",
    "redescribe": "restored the description of {name}",
}


def undone(what: str, task: TaskInfo) -> str:
    return _UNDONE.get(what, "reverted {name}").format(name=name(task), title=task.title)


def undo_summary(summary: str) -> str:
    """The reply after the undo tool reverted the latest change (its own one-line summary)."""
    if summary:
        return f"Undone: {summary.rstrip('.')}."
    return "Undone: I've reverted your last change."


def undo_done(parts: Sequence[str]) -> str:
    return f"Undone: I've {join(list(parts))}."

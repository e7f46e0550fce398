"""Seed-and-say scaffolding the plan stage's tests share: tasks written as one string
("title|title@2026-11-24|title:done"), the store's state in the same words, and the state
expected after named changes."""

from __future__ import annotations

from collections.abc import Callable

from tests.assistant.offline.harness import ChatSession, TaskStore


def seed(store: TaskStore, seeds: str) -> None:
    """ "title|title@2026-11-24|title:done": the tasks, with a due day or done."""
    for said in seeds.split("|"):
        done = said.endswith(":done")
        title, _, due = said.removesuffix(":done").partition("@")
        task = store.create(title, due_date=due or None)
        task["completed"] = done


def state(store: TaskStore) -> list[str]:
    """The store's tasks in the words of ``seed``, sorted."""
    return sorted(
        t["title"]
        + (":done" if t["completed"] else "")
        + ("@" + t["due_date"] if t["due_date"] else "")
        for t in store.tasks.values()
    )


def new_tasks(state: list[str], seeds: str) -> list[str]:
    """The tasks of ``state`` (as ``state`` and ``play`` give them) that are none of ``seeds``
    (as ``seed`` takes them): what the messages made or changed."""
    seeded = seeds.split("|")
    return [said for said in state if said not in seeded]


def expected(seeds: str, changes: dict[str, str]) -> list[str]:
    """The seeds with ``changes`` made: title (or the seed as written) -> "done", "deleted",
    "nodue" or "@day"."""
    out = []
    for said in seeds.split("|"):
        done = said.endswith(":done")
        title, _, due = said.removesuffix(":done").partition("@")
        change = changes.get(said, changes.get(title, ""))
        if change == "deleted":
            continue
        if change == "done":
            done = True
        if change == "nodue":
            due = ""
        if change.startswith("@"):
            due = change[1:]
        out.append(f"{title}{':done' if done else ''}{'@' + due if due else ''}")
    return sorted(out)


async def play(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, messages: list[str]
) -> tuple[list[str], str]:
    """Seed, say each message in one conversation: the state after, and the last reply."""
    seed(store, seeds)
    session = session_for(store)
    reply = ""
    for message in messages:
        reply = (await session.say(message)).reply
    return state(store), reply


async def played_new(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, messages: list[str]
) -> list[str]:
    """Seed, say each message (``play``), and the tasks then that are none of the seeds
    (``new_tasks``)."""
    state, _ = await play(store, session_for, seeds, messages)
    return new_tasks(state, seeds)


async def assert_changes(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    messages: list[str],
    changes: dict[str, str] | None = None,
) -> str:
    """Seed, say each message, and assert the tasks are the seeds with ``changes`` made (see
    ``expected``; none: as they were). The last reply, for what a test asks of it."""
    state, reply = await play(store, session_for, seeds, messages)
    assert state == expected(seeds, changes or {})
    return reply


def repeats(store: TaskStore) -> dict[str, str]:
    """The store's repeating tasks: title -> how often, as the tools show it."""
    return {t["title"]: t["repeat_text"] for t in store.tasks.values() if t.get("repeat_text")}


async def assert_titles(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    tasks: list[str],
    messages: list[str],
    titles: list[str],
    *,
    done: bool | None = None,
) -> str:
    """Create ``tasks`` (titles, in order), say each message in one conversation, and assert
    the store's titles are exactly ``titles``, in order (with ``done``, of the completed tasks
    only, or of the open ones). The last reply, for what a test asks of it."""
    for title in tasks:
        store.create(title)
    session = session_for(store)
    reply = ""
    for message in messages:
        reply = (await session.say(message)).reply
    assert store.titles(done=done) == titles
    return reply

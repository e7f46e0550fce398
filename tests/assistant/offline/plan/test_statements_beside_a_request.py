"""The plan stage, a situation told beside a request ("had a mad productive saturday!! tick them
all off", "kids have mufti day tmrw and i totally forgot about the donation, remind me to X",
"blue bin only goes out every other week here", "just realised the rego runs out on the weekend
so that one's urgent, bump it up to high"): a clause with its own subject and verb, or a past
verb of what one found, is never a task of its own, though it has a day or a repeat; the
request is made ("it" after news of a task is that task). How often a repeat is said with the
word for repeating ("repeating weekly") and its first day ("first one this sunday") are its
repeat and start, and "mum is coming on sunday" after "oh and crayfish" is no word of the title.
Never harm: words with a day and no verb of a story ("dentist friday 3pm", "mums birthday
sunday") still add, as does "add kids mufti day money"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play

SEEDS = "Go to gym|Pay rent|Take out compost|Renew passport"


@pytest.mark.parametrize(
    ("message", "added", "done"),
    [
        (
            "had such a chill sunday lol. add call the bank tomorrow",
            ["Call the bank@2026-11-24"],
            [],
        ),
        (
            "the kids have swimming friday and i forgot the towels, remind me to wash the towels",
            ["Wash the towels"],
            [],
        ),
        ("had a brutal monday!! tick off the gym one", [], ["Go to gym"]),
        (
            "we have guests on saturday and i totally forgot about the wine, add buy wine",
            ["Buy wine"],
            [],
        ),
        (
            "the compost one should repeat every 2 weeks. green bin only goes out every second "
            "week here",
            [],
            [],
        ),
        ("noticed the library opens at 9 tomorrow, add return the books", ["Return the books"], []),
    ],
)
async def test_a_situation_told_beside_a_request_adds_nothing(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    message: str,
    added: list[str],
    done: list[str],
) -> None:
    state, _ = await play(store, session_for, SEEDS, [message])
    seeds = [f"{s}:done" if s in done else s for s in SEEDS.split("|")]
    assert state == sorted([*seeds, *added])


async def test_it_after_news_of_a_task_is_that_task(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    message = "just noticed my passport runs out in march so that one's urgent, bump it up to high"
    await play(store, session_for, SEEDS, [message])
    assert [t["title"] for t in store.tasks.values() if t["priority"] == "high"] == [
        "Renew passport"
    ]
    assert len(store.tasks) == 4


@pytest.mark.parametrize(
    ("message", "title", "due"),
    [
        ("add water the lawn, repeating weekly, first one this saturday", "Water the lawn", "28"),
        (
            "add put the recycling out every week, first one this sunday",
            "Put the recycling out",
            "29",
        ),
        ("add feed the fish weekly, the first one's on sunday", "Feed the fish", "29"),
        ("add water plants, recurring weekly", "Water plants", ""),
    ],
)
async def test_a_repeat_said_with_its_first_day(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, title: str, due: str
) -> None:
    await play(store, session_for, "Pay rent", [message])
    task = next(t for t in store.tasks.values() if t["title"] == title)
    assert task["repeat_text"] == "every week"
    assert not due or (task["due_date"] or "").startswith(f"2026-11-{due}")
    assert len(store.tasks) == 2


@pytest.mark.parametrize(
    ("messages", "title"),
    [
        (["add buy plantain", "oh and crayfish, mum is coming on sunday"], "Buy crayfish"),
        (["add buy rice", "oh and beans, my sister is visiting on friday"], "Buy beans"),
    ],
)
async def test_someone_coming_is_no_word_of_the_title(
    store: TaskStore, session_for: Callable[..., ChatSession], messages: list[str], title: str
) -> None:
    state, _ = await play(store, session_for, "Pay rent", messages)
    assert title in [s.split("@")[0] for s in state]
    assert len(state) == 3


@pytest.mark.parametrize(
    ("message", "added"),
    [
        ("dentist friday 3pm. also add buy milk", ["Dentist", "Buy milk"]),
        ("mums birthday sunday, remind me to buy a card", ["Mums birthday", "Buy a card"]),
        ("add kids mufti day money for friday", ["Kids mufti day money"]),
        ("add the bins go out every tuesday", ["The bins go out"]),
    ],
)
async def test_words_with_a_day_and_no_story_still_add(
    store: TaskStore, session_for: Callable[..., ChatSession], message: str, added: list[str]
) -> None:
    state, _ = await play(store, session_for, "Pay rent", [message])
    titles = [s.split("@")[0] for s in state]
    assert sorted(titles) == sorted(["Pay rent", *added])

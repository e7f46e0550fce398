"""The plan stage, adds asked for in the ways people ask: "add it to my todo" or "can u put
that in" after the thing was said; "ok add it then" after a look-up found nothing (with the
date said with it); a remark after the task ("..., I need to send it to her on friday") that
gives a date and no title; request words of other languages and registers ("tolong add:",
"aja"); a level, tag or date said in any order after the title; a time of day said the
Australian way ("arvo"); and a day a message is about ("email coach about saturday"), which is
no due date, and which "its sunday not saturday" corrects in the title. Never harm: a question
about a task adds nothing, "add it" with nothing said before asks, a dated task keeps its
title when its day is corrected, and a remark that says no date dates nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore, read_due


def _added(store: TaskStore) -> list[tuple[str, str | None, str | None, list[str]]]:
    return [
        (t["title"], t["due_date"], t["priority"], t["tags"])
        for t in store.tasks.values()
        if t["title"] != "Walk the dog"
    ]


@pytest.mark.parametrize(
    ("said", "title", "due"),
    [
        ("I must go to immigration office for visa extension next monday. please add it to my "
         "todo", "Go to immigration office for visa extension", "next monday"),
        ("I have to renew my passport by friday. add it to my todos pls",
         "Renew my passport", "friday"),
        ("i need to book the vet for thursday. stick it on my to-do list",
         "Book the vet", "thursday"),
        ("jake has dentist thurs at 2:30pm can u put that in", "Jake has dentist",
         "thursday at 2:30pm"),
        ("the boiler service is on friday. put it in please", "The boiler service", "friday"),
        ("we must pay the plumber tomorrow, pop that in", "Pay the plumber", "tomorrow"),
        ("I need to book the vet for thursday. can you add that to my to do list",
         "Book the vet", "thursday"),
        ("Mum's birthday is on the 12th, remind me about it", "Mum's birthday", "the 12th"),
    ],
)  # fmt: skip
async def test_add_it_after_the_thing_said_adds_that_thing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str, due: str
) -> None:
    store.create("Walk the dog")
    await session_for(store).say(said)
    assert _added(store) == [(title, read_due(due), None, [])]


@pytest.mark.parametrize(
    ("said", "title", "due"),
    [
        ("Please help me add buy recharge card for my mama, I need to send it to her on friday",
         "Buy recharge card for my mama", "friday"),
        ("add buy milk, I need it for the cake on friday", "Buy milk", "friday"),
        ("add buy flowers for grandma, I want to give them to her on sunday",
         "Buy flowers for grandma", "sunday"),
        ("add pick up the suit, I need to wear it on saturday", "Pick up the suit", "saturday"),
        ("add book the hall, we need it for the party next saturday", "Book the hall",
         "next saturday"),
        # news first, then the remark that dates the thing ("so i need it by sat")
        ("add get a card for mam, her bday is sunday so i need it by sat at the latest 🎂",
         "Get a card for mam", "saturday"),
        ("add buy wrapping paper, the party is on saturday and we need it by friday",
         "Buy wrapping paper", "friday"),
        ("add pick up the cake, party is saturday so i need it friday", "Pick up the cake",
         "friday"),
        # never harm: a remark that says the day it can't be done dates nothing
        ("add call the plumber, the sink is leaking so i need it fixed", "Call the plumber",
         None),
        ("add call the plumber, i can't do it today", "Call the plumber", None),
        ("add call the plumber, i won't be home for it on monday", "Call the plumber", None),
    ],
)  # fmt: skip
async def test_a_remark_after_the_task_gives_its_date_and_no_title(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    due: str | None,
) -> None:
    store.create("Walk the dog")
    await session_for(store).say(said)
    assert _added(store) == [(title, read_due(due), None, [])]


@pytest.mark.parametrize(
    ("said", "title", "level", "tags"),
    [
        ("tolong add: order more packaging boxes for my online shop. low priority aja, tag it "
         "shop", "Order more packaging boxes for my online shop", "low", ["shop"]),
        ("Please add a task for me: send the tax documents to Steuerberater. It is very "
         "important so make high priority, and tag with finance.",
         "Send the tax documents to Steuerberater", "high", ["finance"]),
        ("add renew the car insurance. set low prio", "Renew the car insurance", "low", []),
        ("add renew the car insurance. high priority, tag it car", "Renew the car insurance",
         "high", ["car"]),
        ("not urgent at all but stick 'sort out the garage' on there, low priority, no date "
         "just whenever", "Sort out the garage", "low", []),
        ("chuck 'renew rego' on there, low priority", "Renew rego", "low", []),
        ("add renew the car insurance. tag it car, low priority", "Renew the car insurance",
         "low", ["car"]),
        ("add renew the car insurance, tag it car, high priority", "Renew the car insurance",
         "high", ["car"]),
        ("pop call the bank on the list, high priority", "Call the bank", "high", []),
    ],
)  # fmt: skip
async def test_a_level_or_tag_said_after_the_title_in_any_order_is_the_new_tasks(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    level: str,
    tags: list[str],
) -> None:
    store.create("Walk the dog")
    await session_for(store).say(said)
    assert _added(store) == [(title, None, level, tags)]


@pytest.mark.parametrize(
    ("said", "title", "due"),
    [
        ("add bins out every tuesday arvo pls", "Bins out", None),
        ("call mum tomorrow arvo", "Call mum", "tomorrow afternoon"),
        ("pick up the kids this arvo", "Pick up the kids", "today afternoon"),
        ("add footy training thursday arvo at 4", "Footy training", "thursday at 4pm"),
    ],
)  # fmt: skip
async def test_arvo_is_the_afternoon(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    due: str | None,
) -> None:
    store.create("Walk the dog")
    await session_for(store).say(said)
    (added,) = _added(store)
    assert added[0] == title
    if due is not None:
        assert added[1] == read_due(due)


async def test_a_repeat_said_with_arvo_is_kept(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    await session_for(store).say("add bins out every tuesday arvo pls")
    (task,) = store.tasks.values()
    assert task["title"] == "Bins out" and task["repeat_text"]


@pytest.mark.parametrize(
    ("asked", "then", "title", "due"),
    [
        ("did i put the mosque donation on my list?", "ok pls add it then, for jummah on friday",
         "Mosque donation", "friday"),
        ("did i add the gutter cleaning to the list?", "no? add it for saturday",
         "Gutter cleaning", "saturday"),
        ("have i put the school trip form on my list?", "ok add it then", "School trip form",
         None),
    ],
)  # fmt: skip
async def test_add_it_after_a_look_up_found_nothing_adds_the_thing_asked_about(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    asked: str,
    then: str,
    title: str,
    due: str | None,
) -> None:
    store.create("Walk the dog")
    session = session_for(store)
    await session.say(asked)
    assert store.titles() == ["Walk the dog"]  # the question adds nothing
    await session.say(then)
    assert _added(store) == [(title, read_due(due), None, [])]


async def test_a_question_about_a_task_on_the_list_finds_it_and_adds_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Mosque donation")
    result = await session_for(store).say("did i put the mosque donation on my list?")
    assert store.titles() == ["Mosque donation"]
    assert "Mosque donation" in result.reply


@pytest.mark.parametrize("said", ["add it", "ok add it then", "pls put it on my list"])
async def test_add_it_with_nothing_said_before_asks(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.create("Walk the dog")
    result = await session_for(store).say(said)
    assert store.titles() == ["Walk the dog"]
    assert "added" not in result.reply


@pytest.mark.parametrize(
    ("said", "title", "due"),
    [
        ("put email coach about saturday on the list", "Email coach about saturday", None),
        ("add text the group re sunday", "Text the group re sunday", None),
        ("remind me to call the vet about tuesday", "Call the vet about tuesday", None),
        # a day said after the subject, or on its own, is the due date
        ("call mum about dinner on saturday", "Call mum about dinner", "saturday"),
        ("add email boss on friday about the budget", "Email boss about the budget", "friday"),
    ],
)  # fmt: skip
async def test_a_day_a_message_is_about_is_no_due_date(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    due: str | None,
) -> None:
    store.create("Walk the dog")
    await session_for(store).say(said)
    assert _added(store) == [(title, read_due(due), None, [])]


async def test_the_day_corrected_in_a_title_that_says_it(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    session = session_for(store)
    await session.say("put email coach about saturday on the list")
    result = await session.say("oh actually its sunday not saturday, can u change it")
    assert _added(store) == [("Email coach about sunday", None, None, [])]
    assert "renamed" in result.reply


async def test_the_day_corrected_of_a_dated_task_moves_its_date(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    session = session_for(store)
    await session.say("call mum about dinner on saturday")
    await session.say("oh actually its sunday not saturday, can u change it")
    assert _added(store) == [("Call mum about dinner", read_due("sunday"), None, [])]


@pytest.mark.parametrize(
    ("first", "then", "title", "due"),
    [
        ("kal ke liye add karo: Ali ki fees jama karwani hai",
         "nahi yaar kal nahi, parson ke liye kar do", "Ali ki fees jama karwani hai",
         "the day after tomorrow"),
        ("friday ko add kar do: bijli ka bill bharna", "friday nahi, itwar ko kar do",
         "Bijli ka bill bharna", "sunday"),
    ],
)  # fmt: skip
async def test_roman_urdu_a_day_before_the_add_then_another_day_instead(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    first: str,
    then: str,
    title: str,
    due: str,
) -> None:
    session = session_for(store)
    await session.say(first)
    await session.say(then)
    assert _added(store) == [(title, read_due(due), None, [])]


async def test_roman_urdu_a_day_taken_back_with_nothing_added_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    store.create("Walk the dog", due_date=read_due("tomorrow"))
    result = await session_for(store).say("kal nahi, parson ke liye kar do")
    assert store.tasks[1]["due_date"] == read_due("tomorrow")
    assert "?" in result.reply


@pytest.mark.parametrize(
    ("said", "title", "due", "level"),
    [
        ("tolong tambah beli susu", "Beli susu", None, None),
        ("tambahin bayar listrik besok ya", "Bayar listrik", "tomorrow", None),
        ("tolong catat: jemput anak les hari ini", "Jemput anak les", "today", None),
        ("ingetin aku bayar listrik besok", "Bayar listrik", "tomorrow", None),
        ("tolong ingatkan saya untuk telpon ibu lusa", "Telpon ibu", "the day after tomorrow",
         None),
        ("masukin beli galon ke list, prioritas tinggi", "Beli galon", None, "high"),
        ("do add renew my licence", "Renew my licence", None, None),
    ],
)  # fmt: skip
async def test_a_request_in_indonesian_or_malay_words_adds(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    title: str,
    due: str | None,
    level: str | None,
) -> None:
    store.create("Walk the dog")
    await session_for(store).say(said)
    assert _added(store) == [(title, read_due(due), level, [])]


@pytest.mark.parametrize(
    "said", ["tambahan info: the meeting moved", "see ya", "do you add tasks?", "thank ya"]
)
async def test_words_like_a_request_word_add_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    store.create("Walk the dog")
    await session_for(store).say(said)
    assert store.titles() == ["Walk the dog"]


@pytest.mark.parametrize(
    ("said", "due", "level"),
    [
        ("add file the expenses, tag work, due friday", "friday", None),
        ("add file the expenses. tag it work, due tomorrow", "tomorrow", None),
        ("add file the expenses, priority: low, tags: work", None, "low"),
        ("add file the expenses, due friday, high priority, tag work", "friday", "high"),
    ],
)
async def test_a_tag_a_date_and_a_level_in_any_order_after_the_title(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    due: str | None,
    level: str | None,
) -> None:
    store.create("Walk the dog")
    await session_for(store).say(said)
    assert _added(store) == [("File the expenses", read_due(due), level, ["work"])]

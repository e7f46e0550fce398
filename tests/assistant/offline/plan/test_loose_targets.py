"""The plan stage, the task the user means said loosely: a remark after a request is no part of
its target ("take the date off the shed painting, it'll happen whenever it happens"); a deed
told in the past names the task by its thing, whatever was said of when or where it was done
("paid my church dues today after service", "dropped the asos return off at the post office");
a day among duplicates names the one due that day. Near wordings that name two tasks, or only
tell news, change nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, play

# FIXED_TODAY is Monday 23 November 2026
TUESDAY = "2026-11-24"
THURSDAY = "2026-11-26"
FRIDAY = "2026-11-27"


SHED = f"paint the shed@{FRIDAY}|fix fence panel|order compost:done"
CAR = f"Wash the car@{TUESDAY}|Pagar boleto da internet@{THURSDAY}"
TAFSIR = f"read Quran tafsir surah Yasin@{TUESDAY}|top up Touch n Go"
GYM = "Go to gym|Buy protein powder|Meal prep for the week"


@pytest.mark.parametrize(
    ("seeds", "message", "changes"),
    [
        (
            SHED,
            "take the date off the shed painting, it'll happen whenever it happens",
            {"paint the shed": "nodue"},
        ),
        (SHED, "remove the date from the shed one, whenever is fine", {"paint the shed": "nodue"}),
        (SHED, "clear the due date on the shed one, it can wait", {"paint the shed": "nodue"}),
        (
            CAR,
            "the car wash one doesnt need a date, i do whenever i have time. take the date out",
            {"Wash the car": "nodue"},
        ),
        (CAR, "the car one. take the date out", {"Wash the car": "nodue"}),
        (
            TAFSIR,
            "can remove the date from the tafsir one? i will read whenever got time",
            {"read Quran tafsir surah Yasin": "nodue"},
        ),
        (TAFSIR, "can delete the touch n go one?", {"top up Touch n Go": "deleted"}),
        (
            GYM,
            "remove the gym one, membership is cancelled, not going anymore. too expensive",
            {"Go to gym": "deleted"},
        ),
        (
            GYM,
            "delete the meal prep one, nobody eats it anyway",
            {"Meal prep for the week": "deleted"},
        ),
    ],
)
async def test_a_remark_after_a_request_is_no_part_of_its_target(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, seeds, [message], changes)


@pytest.mark.parametrize(
    ("seeds", "message"),
    [
        # a date taken out with no task said or talked about: asked
        (CAR, "take the date out"),
        # two tasks the words name: asked
        (
            f"paint the shed front@{FRIDAY}|paint the shed back@{TUESDAY}",
            "take the date off the shed painting, it'll happen whenever",
        ),
        # a request asked with its "you" left out only when a request verb follows
        (GYM, "can change be scary?"),
        # news of a membership, no request
        (GYM, "gym membership is cancelled, not going anymore"),
    ],
)
async def test_a_loose_request_that_names_no_one_task_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, message: str
) -> None:
    await assert_changes(store, session_for, seeds, [message])


BANK = "call the bank about the overdraft|buy school shoes for mia|book the car in for a service"
ASOS = "post the parcel back to asos|pick up dry cleaning|text sophie about saturday"
CHURCH = "pay church dues|choir rehearsal|buy school uniform for Kofi"
TRAINING = "finish mandatory training modules|swap shift with Priya|buy compression socks"
CAF = "Send CAF documents|Prendre RDV chez le médecin|Buy baguette and cheese for Sunday lunch"


@pytest.mark.parametrize(
    ("seeds", "message", "done"),
    [
        (
            BANK,
            "finally got thru to the bank after 40 mins on hold 🙌 can tick that off",
            BANK.split("|")[0],
        ),
        (BANK, "rang the bank after an hour in the queue, mark it done", BANK.split("|")[0]),
        (
            ASOS,
            "dropped the asos return off at the post office on my way in 📦",
            ASOS.split("|")[0],
        ),
        (ASOS, "took the asos parcel to the post office this morning", ASOS.split("|")[0]),
        (
            CHURCH,
            "I have paid my church dues today after service. Mark it done for me please 🙏",
            "pay church dues",
        ),
        (CHURCH, "paid the church dues after mass", "pay church dues"),
        (BANK, "bought mia's school shoes on my lunch break", "buy school shoes for mia"),
        (
            TRAINING,
            "just off a 12hr shift, managed to do the mandatory training modules on my break so "
            "mark that done pls",
            "finish mandatory training modules",
        ),
        (
            TRAINING,
            "managed to do the training modules on my break",
            "finish mandatory training modules",
        ),
        (TRAINING, "long night, managed to buy the compression socks", "buy compression socks"),
        (
            CAF,
            "I have finished the CAF paperwork, it was a nightmare but it is sent. "
            "You can tick it.",
            "Send CAF documents",
        ),
        (CAF, "I've sent the CAF documents, it was a pain but it is done", "Send CAF documents"),
    ],
)
async def test_a_deed_names_its_task_whatever_is_said_of_when_or_where(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    done: str,
) -> None:
    await assert_changes(store, session_for, seeds, [message], {done: "done"})


@pytest.mark.parametrize(
    ("seeds", "message"),
    [
        # not done, or still to do
        (BANK, "couldn't get thru to the bank after 40 mins on hold"),
        (TRAINING, "just off a 12hr shift, didn't manage to do the training modules on my break"),
        (TRAINING, "just off a 12hr shift, gonna do the training modules on my break"),
        (CHURCH, "will pay my church dues after service"),
        (ASOS, "gonna drop the asos return off at the post office on my way in"),
        # the shift of a remark is no task done
        (TRAINING, "just off a 12hr shift, so tired"),
        # two tasks the deed could be
        (
            "post the parcel back to asos|post the parcel to gran",
            "dropped the parcel off at the post office on my way in",
        ),
        (
            "pay church dues for mum|pay church dues for dad",
            "I have paid church dues today after service. Mark it done",
        ),
        # a feeling
        (CAF, "I have hated the CAF paperwork, it was a nightmare"),
    ],
)
async def test_a_deed_not_done_or_naming_two_tasks_completes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, message: str
) -> None:
    await assert_changes(store, session_for, seeds, [message])


SWIM = f"swimming lesson for ella@{TUESDAY}|swimming lesson for ella@{THURSDAY}|buy new goggles"
MOT = "book MOT|book mot for the car|get the tyres checked"
INVOICES = "Send invoice to Mr. Okafor|Follow up unpaid invoice - Ade Stores|Buy Indomie carton"


@pytest.mark.parametrize(
    ("seeds", "messages", "changes"),
    [
        # a day said among tasks each due some day names the one due then
        (
            SWIM,
            ["delete ellas swimming on tuesday, the pools shut for maintenance"],
            {f"swimming lesson for ella@{TUESDAY}": "deleted"},
        ),
        (
            SWIM,
            ["mark ella's swimming on thursday as done"],
            {f"swimming lesson for ella@{THURSDAY}": "done"},
        ),
        # one of two tasks the user says are the same one listed twice
        (
            MOT,
            ["theres two mot ones on there somehow, delete one of them"],
            {"book mot for the car": "deleted"},
        ),
        (MOT, ["i have two mot tasks, remove one of them"], {"book mot for the car": "deleted"}),
        # "the two X ones": both
        (
            INVOICES,
            ["tag the two invoice ones as business pls, want to keep my business stuff separate"],
            {},
        ),
        # a quoted title spelt with its words joined another way
        (
            "Send M-Pesa to landlord|Buy gas refill",
            [
                "delete 'send mpesa to landlord' i already sent it yesterday, "
                "no need to keep it there"
            ],
            {"Send M-Pesa to landlord": "deleted"},
        ),
        (
            "Send e-mail to school|Buy gas refill",
            ["mark 'send email to school' done"],
            {"Send e-mail to school": "done"},
        ),
        # a story before a comma, then the task's new day and the old one
        (
            f"parent teacher meeting@{THURSDAY}|buy printer paper",
            [
                "school just texted, the parent teacher meeting is now friday not thursday. "
                "pls change it"
            ],
            {"parent teacher meeting": f"@{FRIDAY}"},
        ),
        (
            f"parent teacher meeting@{THURSDAY}|buy printer paper",
            ["the parent teacher meeting is now friday not thursday"],
            {"parent teacher meeting": f"@{FRIDAY}"},
        ),
        # a search, then "it": the task found
        (
            "book car in for WOF|buy dog food|call Aunty Rose",
            [
                "have i got anything about the car on here?",
                "oh yeah did that yesterday, mark it done",
            ],
            {"book car in for WOF": "done"},
        ),
    ],
)
async def test_the_task_meant_said_loosely(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    messages: list[str],
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, seeds, messages, changes)


async def test_the_two_ones_said_are_both_tagged(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    (await play(store, session_for, INVOICES, ["tag the two invoice ones as business pls"]))[0]
    tagged = sorted(t["title"] for t in store.tasks.values() if t.get("tags") == ["business"])
    assert tagged == sorted(INVOICES.split("|")[:2])


@pytest.mark.parametrize(
    ("seeds", "messages"),
    [
        # a day no duplicate is due on, or duplicates with no day
        (SWIM, ["delete ellas swimming on friday"]),
        (
            "swimming lesson for ella|swimming lesson for ella@" + TUESDAY,
            ["delete ellas swimming on wednesday"],
        ),
        # two tasks that are not one listed twice
        (
            "book MOT|cancel mot for the van|get the tyres checked",
            ["theres two mot ones on there, delete one of them"],
        ),
        # three tasks for "the two X ones"
        (INVOICES + "|pay invoice for gas", ["tag the two invoice ones as business"]),
        (INVOICES + "|pay invoice for gas", ["delete the two invoice ones"]),
        # a quoted title that is not one on the list
        ("Send M-Pesa to landlord|Buy gas refill", ["delete 'send mpesa to landlady'"]),
        # a search, then news that is no deed
        (
            "book car in for WOF|buy dog food|call Aunty Rose",
            [
                "have i got anything about the car on here?",
                "oh yeah the car is making a noise again",
            ],
        ),
        # a correction said of who, not when, with a story before it: no change of day
        (
            f"parent teacher meeting@{THURSDAY}|buy printer paper",
            ["school just texted, the meeting is for mia not leo"],
        ),
    ],
)
async def test_near_wordings_that_name_no_one_task_change_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, messages: list[str]
) -> None:
    await assert_changes(store, session_for, seeds, messages)


BILLS = f"bijli ka bill jama karna@{THURSDAY}|darzi se kapray uthana|gaari ki service"


@pytest.mark.parametrize(
    ("seeds", "message", "changes"),
    [
        # Roman Urdu: when and where a deed was done, after its verb, is no part of the task
        (
            BILLS,
            "bijli ka bill jama kar diya aaj bank ja ke, isay done mark kar do",
            {"bijli ka bill jama karna": "done"},
        ),
        (BILLS, "darzi se kapray utha liye aaj market ja ke", {"darzi se kapray uthana": "done"}),
        # never: not done, a plan, or two bills
        (BILLS, "bijli ka bill jama nahi hua aaj bank ja ke", {}),
        (
            f"{BILLS}|gas ka bill jama karna",
            "bill jama kar diya aaj bank ja ke, isay done mark kar do",
            {},
        ),
    ],
)
async def test_roman_urdu_deed_with_when_and_where(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, seeds, [message], changes)


LOANS = "Return money to Hassan|Book bus ticket to Lahore"


@pytest.mark.parametrize(
    ("seeds", "message", "changes"),
    [
        # Roman Urdu words of an English title ("paise" money, "wapis" back) name it
        (
            LOANS,
            "Hassan ko paise wapis kar diye, isko done kar do",
            {"Return money to Hassan": "done"},
        ),
        (LOANS, "bilal ke paise wapas kar diye", {}),
        # never: the money of another task, or another thing given back
        ("Return money to Hassan|Send money to Hassan", "Hassan ko paise bhej diye", {}),
        ("Return the drill to Hassan|Book bus ticket", "Hassan ko paise wapis kar diye", {}),
    ],
)
async def test_roman_urdu_words_of_an_english_title(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    message: str,
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, seeds, [message], changes)

"""The plan stage, tasks ticked off or removed when the news is told with a story around it, and
bulk changes with an exception told as a story:

- a thing someone named had done ("bella's had her vax done at the vet") is done;
- "sudah X, done yaa" (Indonesian "already") ticks X;
- "X is done" joined on after another request and a remark is never dropped as a remark;
- "the second one is done, i sent them yesterday" ticks the second one listed;
- "no forget that actually, Declan rang them already" takes back the add just made;
- "we go by car finally so the train tickets are not necessary, delete it" deletes the train
  task (a railway named for the train, "Renfe");
- "sorted the warrant of fitness for the ute today" ticks the ute's WOF beside Mum's car's: the
  words said as is single out one of two close tasks;
- "mark all the shopping ones done except the bread" and "mark all done, only the grill I didn't
  clean yet" spare the one named;
- "I already went to the bank for make the deposit, mark it like complete please" ticks 'Go to
  bank to deposit rent': the visit and what it was for, said.

Not covered: a story in a clause of its own that tells apart two tasks named by another ("the
naming ceremony for tobi's baby don cancel, scrap that gift task" still asks), nor a visit
whose purpose is not said ("went to the bank today" asks which bank task).

Never harm: a deed said as not done, a remark about a pet, two tasks the words fit equally, an
exception that names no task, and a reason after a delete ticks or deletes nothing more."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes

BELLA = "Take Bella to vet for vaccinations|Buy dog food|Pay vet bill"
ARISAN = "Transfer arisan money|Buy rice"
ZARA = "Return Zara jacket|Renew NIE|Buy milk"
VALENCIA = "Book Renfe tickets to Valencia|Book hotel in Valencia"
WOF = "Get WOF for the ute|Book WOF for Mum's car"
SHOP = "Buy milk|Buy bread|Buy eggs|Ring Gran"
CHURRASCO = "Buy picanha|Buy charcoal|Buy beer|Clean the grill"
BANK = "Go to bank to deposit rent|Call bank about the card"
LISTED = "Send invoices to Acme|Call plumber|Buy stamps"


@pytest.mark.parametrize(
    ("seeds", "messages", "changes"),
    [
        (BELLA, ["sweet as, bella's had her vax done at the vet"], {BELLA.split("|")[0]: "done"}),
        (BELLA, ["bella has had her vaccinations done, phew"], {BELLA.split("|")[0]: "done"}),
        (
            ARISAN,
            ["sudah transfer the arisan money, done yaa 🙏"],
            {"Transfer arisan money": "done"},
        ),
        (ARISAN, ["udah transfer arisan money"], {"Transfer arisan money": "done"}),
        (
            ZARA,
            ["delete the Zara thing, I decided to keep the jacket, and the NIE is done 🙌"],
            {"Return Zara jacket": "deleted", "Renew NIE": "done"},
        ),
        (
            ZARA,
            ["remove the zara one, changed my mind about returning it, and the NIE is sorted"],
            {"Return Zara jacket": "deleted", "Renew NIE": "done"},
        ),
        (
            LISTED,
            ["what's on my list?", "ok the second one is done, i sent them yesterday"],
            {"Call plumber": "done"},
        ),
        (
            "Buy milk",
            [
                "Add ring the bank about the mortgage",
                "Ah no forget that actually, Declan rang them already",
            ],
            {},
        ),
        (
            "Buy milk",
            ["add book the plumber", "nah forget that, Sam booked him already"],
            {},
        ),
        (
            VALENCIA,
            ["we go by car finally so the train tickets are not necessary, delete it"],
            {"Book Renfe tickets to Valencia": "deleted"},
        ),
        (
            WOF,
            ["sorted the warrant of fitness for the ute today, she passed"],
            {"Get WOF for the ute": "done"},
        ),
        (
            SHOP,
            [
                "got the shopping from Tesco, mark all the shopping ones done except the bread, "
                "they were out of it"
            ],
            {"Buy milk": "done", "Buy eggs": "done"},
        ),
        (
            SHOP,
            ["mark all the shopping ones done except the eggs"],
            {"Buy milk": "done", "Buy bread": "done"},
        ),
        (
            CHURRASCO,
            [
                "I bought everything for the churrasco, mark all done, "
                "only the grill I didn't clean yet"
            ],
            {"Buy picanha": "done", "Buy charcoal": "done", "Buy beer": "done"},
        ),
        (
            BANK,
            ["I already went to the bank for make the deposit, mark it like complete please"],
            {"Go to bank to deposit rent": "done"},
        ),
        (
            CHURRASCO,
            ["got it all sorted for saturday, tick them all off, only the grill we haven't done"],
            {"Buy picanha": "done", "Buy charcoal": "done", "Buy beer": "done"},
        ),
    ],
)
async def test_news_told_with_a_story_changes_the_task_meant(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    seeds: str,
    messages: list[str],
    changes: dict[str, str],
) -> None:
    await assert_changes(store, session_for, seeds, messages, changes)


@pytest.mark.parametrize(
    ("seeds", "messages"),
    [
        (BELLA, ["bella hates the vet"]),
        (BELLA, ["bella had her vax done last year"]),
        (ARISAN, ["I forgot to transfer the arisan money"]),
        (ARISAN, ["belum transfer the arisan money"]),
        (WOF, ["sorted the WOF today"]),
        (WOF, ["sorted the car WOF"]),
        (
            "Buy gift for Tobi's baby naming|Buy gift for Tobi's birthday",
            ["the gift for tobi is cancelled"],
        ),
        (SHOP, ["mark all the shopping ones done except the cheese"]),
        (CHURRASCO, ["mark all done, only the grill"]),
        (BANK, ["went to the bank today"]),
        ("Dentist appointment|Buy milk", ["remove the dentist task, the appointment is done"]),
    ],
)
async def test_a_story_that_names_no_one_task_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, messages: list[str]
) -> None:
    changes = {"Dentist appointment": "deleted"} if seeds.startswith("Dentist") else {}
    await assert_changes(store, session_for, seeds, messages, changes)

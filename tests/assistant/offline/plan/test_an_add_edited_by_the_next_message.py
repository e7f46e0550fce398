"""The plan stage, a message right after an add (or after asking about a thing) that edits the
task just added instead of adding another: a day said after "wait"/"hold on"/"oh and"/"also"
("add renew my passport at SRE", "wait, put it for next monday"), "it must be done tomorrow
before noon", "and make it repeat every month also", a change with its reason after it ("make
that 6, practice runs late on weds": the reason is no request), "meant sunscreen not sunnies",
a quoted whole new title ("make it 'extend visa at immigration'"), "Add also: change oil in
car" (a new add, without its "also:"), and "ok add it then" after "did I already add the
passport renewal?" (the thing asked about). Never harm: "wait"/"also" as a task's own word, a
new add right after an add, and questions after an add change nothing of it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import play, played_new, repeats

SEEDS = "Water the plants|Call plumber"


@pytest.mark.parametrize(
    ("messages", "added"),
    [
        # a day said after a hesitation word
        (
            ["add renew my passport at SRE", "wait, put it for next monday"],
            ["Renew my passport at SRE@2026-11-30"],
        ),
        (["add buy stamps", "hold on, make it due friday"], ["Buy stamps@2026-11-27"]),
        (["add book the dentist", "oh and put it on thursday"], ["Book the dentist@2026-11-26"]),
        (["add call grandma", "also make it for saturday"], ["Call grandma@2026-11-28"]),
        (["add fix the bike", "wait, put that on tomorrow"], ["Fix the bike@2026-11-24"]),
        (
            ["add email the landlord", "hang on, set it for wednesday"],
            ["Email the landlord@2026-11-25"],
        ),
        (["add order printer ink", "oh, and it's due on friday"], ["Order printer ink@2026-11-27"]),
        (
            ["add return library books", "hmm wait, put that on tuesday"],
            ["Return library books@2026-11-24"],
        ),
        (
            ["add submit the report", "wait actually due next monday"],
            ["Submit the report@2026-11-30"],
        ),
        # it must be done by ...
        (
            [
                "Add call the Hausverwaltung about the heating",
                "Oh and it must be done tomorrow before noon",
            ],
            ["Call the Hausverwaltung about the heating@2026-11-24T12:00:00+00:00"],
        ),
        (["add pay rent", "it needs to be done by friday"], ["Pay rent@2026-11-27"]),
        (["add clean the garage", "needs doing by saturday"], ["Clean the garage@2026-11-28"]),
        (
            ["add renew insurance", "it has to be done by next monday"],
            ["Renew insurance@2026-11-30"],
        ),
        (["add send the invoice", "must be finished by thursday"], ["Send the invoice@2026-11-26"]),
        (["add book the venue", "it should be done by wednesday"], ["Book the venue@2026-11-25"]),
        (["add file taxes", "this has to happen by friday"], ["File taxes@2026-11-27"]),
        (["add fix the fence", "oh it needs to get done tomorrow"], ["Fix the fence@2026-11-24"]),
        # a change, and the reason for it
        (
            [
                "add pick up lily from soccer at 5:30",
                "actually make that 6, practice runs late on weds",
            ],
            ["Pick up lily from soccer@2026-11-23T18:00:00+00:00"],
        ),
        (
            [
                "add dentist appointment on friday",
                "make it thursday, the clinic is closed on fridays",
            ],
            ["Dentist appointment@2026-11-26"],
        ),
        (
            ["add call the bank tomorrow", "actually make it wednesday, they are shut on tuesday"],
            ["Call the bank@2026-11-25"],
        ),
        (
            ["add team lunch on friday", "make that saturday, jo works late on fridays"],
            ["Team lunch@2026-11-28"],
        ),
        (
            ["add visit nan on sunday", "actually saturday, mum has church on sunday"],
            ["Visit nan@2026-11-28"],
        ),
        # meant X not Y
        (["add buy sunnies", "oops meant sunscreen not sunnies 🤦‍♀️"], ["Buy sunscreen"]),
        (["add buy apples", "meant pears not apples"], ["Buy pears"]),
        (["add email Karen", "oops, I meant Kieran, not Karen"], ["Email Kieran"]),
        (
            ["add book train to Leicester", "sorry meant Leeds not Leicester"],
            ["Book train to Leeds"],
        ),
        (["add buy dog food", "ugh i meant cat food not dog food"], ["Buy cat food"]),
        (["add buy rice", "I meant noodles not rice lol"], ["Buy noodles"]),
        (["add call john", "oh i meant mike, not john"], ["Call mike"]),
        (["add buy a red pen", "oops meant blue not red"], ["Buy a blue pen"]),
        (
            ["add pick up dry cleaning monday", "oops meant tuesday not monday"],
            ["Pick up dry cleaning@2026-11-24"],
        ),
        # a word that only stresses the new words
        (
            ["add buy sweets for Diwali", "make it kaju katli specifically, 1 kg"],
            ["Buy kaju katli, 1 kg"],
        ),
        (["add buy flowers", "make it tulips specifically"], ["Buy tulips"]),
        (["add get cake", "make that chocolate cake in particular"], ["Get chocolate cake"]),
        (
            ["add buy wine", "sorry make it red wine specifically, 2 bottles"],
            ["Buy red wine, 2 bottles"],
        ),
        (["add buy paint", "make it white gloss specifically"], ["Buy white gloss"]),
        (["add order a phone case", "make it the clear one specifically"], ["Order the clear one"]),
        (["add buy bread", "change it to sourdough in particular"], ["Buy sourdough"]),
        (
            ["add pick up a gift", "make it perfume to be specific, 50 ml"],
            ["Pick up perfume, 50 ml"],
        ),
        # a quoted whole new title
        (
            [
                "add pick up visa at immigration",
                "sorry, make it 'extend visa at immigration' and put it for Friday",
            ],
            ["Extend visa at immigration@2026-11-27"],
        ),
        (
            ["add call bob", 'change it to "email Bob about the invoice"'],
            ["Email Bob about the invoice"],
        ),
        (["add buy paint", "make it 'buy paint and brushes'"], ["Buy paint and brushes"]),
        (["add fix the tap", "sorry make it 'ring plumber about tap'"], ["Ring plumber about tap"]),
        (["add get stuff for trip", 'make that "pack for Lisbon trip"'], ["Pack for Lisbon trip"]),
        (
            ["add book hotel", "actually make it 'book hotel in Porto', due saturday"],
            ["Book hotel in Porto@2026-11-28"],
        ),
        (["add pay bill", "make it “pay the gas bill” please"], ["Pay the gas bill"]),
        (
            ["add tidy", "sorry, make it 'tidy the garage' and put it for sunday"],
            ["Tidy the garage@2026-11-29"],
        ),
        # add also:
        (
            ["Add: buy winter tyres", "Add also: change oil in car"],
            ["Buy winter tyres", "Change oil in car"],
        ),
        (["add buy eggs", "add also: call mum"], ["Buy eggs", "Call mum"]),
        (["add buy eggs", "add also call the bank"], ["Buy eggs", "Call the bank"]),
        (["add buy eggs", "Add as well: book flights"], ["Book flights", "Buy eggs"]),
        (["add buy eggs", "Also add: pay gas bill"], ["Buy eggs", "Pay gas bill"]),
        (["add buy eggs", "add also - renew car insurance"], ["Buy eggs", "Renew car insurance"]),
        (
            ["add buy eggs", "add also: pick up parcel friday"],
            ["Buy eggs", "Pick up parcel@2026-11-27"],
        ),
        (["add buy eggs", "Add too: wash the car"], ["Buy eggs", "Wash the car"]),
        # add it then, after a question about a thing
        (
            ["did I already add the passport renewal?", "ok add it then, due next friday"],
            ["Passport renewal@2026-12-04"],
        ),
        (["is 'call the dentist' on my list?", "add it then"], ["Call the dentist"]),
        (["is the gas bill on my list?", "ok then add it"], ["Gas bill"]),
        (["did I add buy milk?", "ok add it"], ["Buy milk"]),
        (
            ["did I already add the car tax renewal?", "add it then, friday"],
            ["Car tax renewal@2026-11-27"],
        ),
        (["have I added the vet appointment?", "ok put it down then"], ["Vet appointment"]),
        (["did i put the insurance renewal on?", "ok add it please"], ["Insurance renewal"]),
        (
            ["did I already add book flights?", "no? add it then, for tomorrow"],
            ["Book flights@2026-11-24"],
        ),
    ],
)
async def test_the_next_message_edits_the_task_just_added(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    messages: list[str],
    added: list[str],
) -> None:
    assert sorted(await played_new(store, session_for, SEEDS, messages)) == sorted(added)


@pytest.mark.parametrize(
    ("messages", "how_often"),
    [
        (["add pay BPJS tomorrow", "and make it repeat every month also"], "month"),
        (["add water the roses", "make it repeat every week"], "week"),
        (["add take out bins", "and have it recur every tuesday"], "tue"),
        (["add pay rent", "make it recurring monthly"], "month"),
        (["add call mum", "oh and it should repeat every sunday"], "sun"),
        (["add backup laptop", "set it to repeat weekly"], "week"),
        (["add change bedsheets", "make that recur every 2 weeks"], "2"),
        (["add clean fish tank", "also make it repeat each month"], "month"),
    ],
)
async def test_the_next_message_makes_the_task_just_added_repeat(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    messages: list[str],
    how_often: str,
) -> None:
    new = await played_new(store, session_for, SEEDS, messages)
    assert len(new) == 1
    title = new[0].partition("@")[0]
    assert how_often in (repeats(store).get(title) or "").lower()


@pytest.mark.parametrize(
    ("messages", "added"),
    [
        # "wait"/"also" as a task's own word, a new add right after an add
        (
            ["add buy milk", "add wait for the courier on friday"],
            ["Buy milk", "Wait for the courier@2026-11-27"],
        ),
        (["add buy milk", "also add call mum on friday"], ["Buy milk", "Call mum@2026-11-27"]),
        (["add buy milk", "oh and add eggs"], ["Buy eggs", "Buy milk"]),
        (
            ["add buy milk", "hold on, add book flights for next monday"],
            ["Book flights@2026-11-30", "Buy milk"],
        ),
        (
            ["add buy milk", "remind me to wait for the plumber tomorrow"],
            ["Buy milk", "Wait for the plumber@2026-11-24"],
        ),
        (["add buy milk", "add pay rent every month"], ["Buy milk", "Pay rent@2026-11-23"]),
        (
            ["add buy milk", "add the essay must be done by friday"],
            ["Buy milk", "The essay@2026-11-27"],
        ),
        (
            ["add buy milk", "add also known as pizza night"],
            ["Buy milk", "Also known as pizza night"],
        ),
        # questions after an add
        (["add buy milk", "wait, what's due friday?"], ["Buy milk"]),
        (["add buy milk", "what needs to be done by friday?"], ["Buy milk"]),
        (["add buy milk", "how do I make a task repeat?"], ["Buy milk"]),
        (["add buy milk", "meant to ask, what's due friday?"], ["Buy milk"]),
        # a reason that is a request of its own still is one
        (
            ["add buy milk friday", "make that saturday, and add buy bread on wednesday"],
            ["Buy bread@2026-11-25", "Buy milk@2026-11-28"],
        ),
        # a stress word in a task's own words, a day stressed
        (
            ["add buy milk", "add read specifically about taxes"],
            ["Buy milk", "Read specifically about taxes"],
        ),
        (["add buy milk", "make it friday specifically"], ["Buy milk@2026-11-27"]),
        # "wait" said before something other than a change
        (["add buy milk", "wait, no, delete it"], []),
        (["add buy milk", "hold on, the courier is late"], ["Buy milk"]),
        # what must be done by whom, no date
        (["add buy milk", "it must be done by the council"], ["Buy milk"]),
        # a quoted title that is a new add
        (["add buy milk", "add 'wait for courier'"], ["Buy milk", "Wait for courier"]),
    ],
)
async def test_never_harm(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    messages: list[str],
    added: list[str],
) -> None:
    assert sorted(await played_new(store, session_for, SEEDS, messages)) == sorted(added)


async def test_the_reply_names_the_quoted_new_title_for_the_due_change(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    _, reply = await play(
        store,
        session_for,
        SEEDS,
        [
            "add pick up visa at immigration",
            "sorry, make it 'extend visa at immigration' and put it for Friday",
        ],
    )
    assert "set 'Extend visa at immigration'" in reply

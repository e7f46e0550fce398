"""The plan stage, a task or its thing mentioned without saying it is done: a generated grid of
twelve everyday lists (bills, chores, calls, errands, work, kids, health, the car, the home,
travel, pets, admin) crossed with frames in phone style, each naming one task of the list.

Never harm: a plan or the future ("gonna pay the electric bill later", "the MOT is tomorrow"),
a hope, a need ("still need to ...", "haven't ... yet", "... is still pending"), a question
("did i ...?", "should i ... first?", "when is ... due?"), a condition ("if i ... today"), an
attempt that failed ("tried to ... but the shop was shut"), what someone else did ("mom called
about the rent"), a reason, a complaint, a wish that it repeat or a reminder, progress that is
no completion ("started ...", "halfway through ..."), a negation ("didn't ...", "couldn't
..."), others' news, a deed that is no task beside a plan ("made dinner, ... later"), and a
complaint in another language: no task is ticked and none deleted (a due day, a repeat or an
added task may follow; a completion never).

Must work, so the model is not made timid: a deed reported in the same lists ("called ...",
"... done", "just paid ...", "finally sorted ...", "... is sorted", "got ... done", "booked
...") ticks exactly the task it names."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


@dataclass(frozen=True)
class Task:
    """A seed task and the words a person uses for it: the deed to do (``do``), done (``did``,
    and after "have", ``pp``), being done (``ing``), its thing (``thing``) and the job as a
    noun (``job``, the thing unless said)."""

    title: str
    do: str
    did: str
    ing: str
    thing: str
    pp: str = ""
    job: str = ""

    def words(self) -> dict[str, str]:
        """The slots a frame is filled with."""
        return {
            "do": self.do,
            "did": self.did,
            "pp": self.pp or self.did,
            "ing": self.ing,
            "thing": self.thing,
            "job": self.job or self.thing,
        }


T = Task
LISTS: dict[str, list[Task]] = {
    "bills": [
        T(
            "Pay the electric bill",
            "pay the electric bill",
            "paid the electric bill",
            "paying the electric bill",
            "the electric bill",
        ),
        T(
            "Renew car insurance",
            "renew the car insurance",
            "renewed the car insurance",
            "renewing the car insurance",
            "the car insurance",
        ),
        T(
            "Call the bank about the card",
            "call the bank",
            "called the bank",
            "calling the bank",
            "the bank",
            job="the bank call",
        ),
        T(
            "Send rent to landlord",
            "send the rent",
            "sent the rent",
            "sending the rent",
            "the rent",
        ),
    ],
    "chores": [
        T(
            "Clean the bathroom",
            "clean the bathroom",
            "cleaned the bathroom",
            "cleaning the bathroom",
            "the bathroom",
        ),
        T(
            "Fix the kitchen tap",
            "fix the tap",
            "fixed the tap",
            "fixing the tap",
            "the kitchen tap",
        ),
        T(
            "Take out the bins",
            "take the bins out",
            "took the bins out",
            "taking the bins out",
            "the bins",
            pp="taken the bins out",
        ),
        T(
            "Buy washing up liquid",
            "buy washing up liquid",
            "bought washing up liquid",
            "buying washing up liquid",
            "the washing up liquid",
        ),
    ],
    "calls": [
        T(
            "Call grandma about Christmas",
            "call grandma",
            "called grandma",
            "calling grandma",
            "grandma",
            job="the call to grandma",
        ),
        T(
            "Email the accountant",
            "email the accountant",
            "emailed the accountant",
            "emailing the accountant",
            "the accountant",
            job="the email to the accountant",
        ),
        T(
            "Text Jake about Saturday",
            "text jake",
            "texted jake",
            "texting jake",
            "saturday with jake",
            job="the text to jake",
        ),
        T(
            "Ring the dentist",
            "ring the dentist",
            "rang the dentist",
            "ringing the dentist",
            "the dentist",
            pp="rung the dentist",
        ),
    ],
    "errands": [
        T(
            "Pick up dry cleaning",
            "pick up the dry cleaning",
            "picked up the dry cleaning",
            "picking up the dry cleaning",
            "the dry cleaning",
        ),
        T(
            "Return the Amazon parcel",
            "return the amazon parcel",
            "returned the amazon parcel",
            "returning the amazon parcel",
            "the amazon parcel",
        ),
        T("Buy stamps", "buy stamps", "bought stamps", "buying stamps", "the stamps"),
        T(
            "Renew passport",
            "renew my passport",
            "renewed my passport",
            "renewing my passport",
            "my passport",
        ),
    ],
    "work": [
        T(
            "Send the invoice to Acme",
            "send the acme invoice",
            "sent the acme invoice",
            "sending the acme invoice",
            "the acme invoice",
        ),
        T(
            "Finish quarterly report",
            "finish the quarterly report",
            "finished the quarterly report",
            "finishing the quarterly report",
            "the quarterly report",
        ),
        T(
            "Book meeting room for Friday",
            "book the meeting room",
            "booked the meeting room",
            "booking the meeting room",
            "the meeting room",
        ),
        T(
            "Email Priya the slides",
            "email priya the slides",
            "emailed priya the slides",
            "emailing priya the slides",
            "the slides for priya",
        ),
    ],
    "kids": [
        T(
            "Pick up Mia from football",
            "pick mia up from football",
            "picked mia up from football",
            "picking mia up from football",
            "mia's football",
            job="mia's football pickup",
        ),
        T(
            "Pay school trip money",
            "pay the school trip money",
            "paid the school trip money",
            "paying the school trip money",
            "the school trip money",
        ),
        T(
            "Buy Leo new shoes",
            "buy leo new shoes",
            "bought leo new shoes",
            "buying leo new shoes",
            "leo's shoes",
        ),
        T(
            "Sign Mia's permission slip",
            "sign mia's permission slip",
            "signed mia's permission slip",
            "signing mia's permission slip",
            "mia's permission slip",
        ),
    ],
    "health": [
        T(
            "Book dentist appointment",
            "book the dentist",
            "booked the dentist",
            "booking the dentist",
            "the dentist appointment",
        ),
        T(
            "Pick up prescription",
            "pick up my prescription",
            "picked up my prescription",
            "picking up my prescription",
            "my prescription",
        ),
        T(
            "Call the GP about blood test",
            "call the gp",
            "called the gp",
            "calling the gp",
            "the blood test",
            job="the gp call",
        ),
        T(
            "Renew gym membership",
            "renew the gym membership",
            "renewed the gym membership",
            "renewing the gym membership",
            "the gym membership",
        ),
    ],
    "car": [
        T("Book MOT for the car", "book the MOT", "booked the MOT", "booking the MOT", "the MOT"),
        T(
            "Fix the bike puncture",
            "fix the puncture",
            "fixed the puncture",
            "fixing the puncture",
            "the bike puncture",
        ),
        T(
            "Pay parking fine",
            "pay the parking fine",
            "paid the parking fine",
            "paying the parking fine",
            "the parking fine",
        ),
        T(
            "Top up the Oyster card",
            "top up the oyster",
            "topped up the oyster",
            "topping up the oyster",
            "the oyster card",
        ),
    ],
    "home": [
        T(
            "Call the plumber about the leak",
            "call the plumber",
            "called the plumber",
            "calling the plumber",
            "the leak",
            job="the plumber call",
        ),
        T(
            "Pay the council tax",
            "pay the council tax",
            "paid the council tax",
            "paying the council tax",
            "the council tax",
        ),
        T(
            "Clean the fridge",
            "clean the fridge",
            "cleaned the fridge",
            "cleaning the fridge",
            "the fridge",
        ),
        T(
            "Buy light bulbs",
            "buy light bulbs",
            "bought light bulbs",
            "buying light bulbs",
            "the light bulbs",
        ),
        T(
            "Fix the wardrobe door",
            "fix the wardrobe door",
            "fixed the wardrobe door",
            "fixing the wardrobe door",
            "the wardrobe door",
        ),
    ],
    "travel": [
        T(
            "Book flights to Lisbon",
            "book the lisbon flights",
            "booked the lisbon flights",
            "booking the lisbon flights",
            "the lisbon flights",
        ),
        T(
            "Renew travel insurance",
            "renew the travel insurance",
            "renewed the travel insurance",
            "renewing the travel insurance",
            "the travel insurance",
        ),
        T(
            "Buy a plug adapter",
            "buy a plug adapter",
            "bought a plug adapter",
            "buying a plug adapter",
            "the plug adapter",
        ),
        T(
            "Email the hotel about late check-in",
            "email the hotel",
            "emailed the hotel",
            "emailing the hotel",
            "the hotel",
            job="the hotel email",
        ),
    ],
    "pets": [
        T(
            "Book the vet for Rex",
            "book rex in at the vet",
            "booked rex in at the vet",
            "booking rex in at the vet",
            "rex's vet appointment",
        ),
        T("Buy cat food", "buy cat food", "bought cat food", "buying cat food", "the cat food"),
        T(
            "Clean the fish tank",
            "clean the fish tank",
            "cleaned the fish tank",
            "cleaning the fish tank",
            "the fish tank",
        ),
    ],
    "admin": [
        T(
            "Send tax return",
            "send off my tax return",
            "sent off my tax return",
            "sending off my tax return",
            "my tax return",
        ),
        T(
            "Renew the TV licence",
            "renew the tv licence",
            "renewed the tv licence",
            "renewing the tv licence",
            "the tv licence",
        ),
        T(
            "Email landlord about the deposit",
            "email the landlord",
            "emailed the landlord",
            "emailing the landlord",
            "the deposit",
            job="the landlord email",
        ),
        T(
            "Cancel the Netflix subscription",
            "cancel netflix",
            "cancelled netflix",
            "cancelling netflix",
            "netflix",
        ),
    ],
}

# Frames that mention a task without saying it is done, each in a few phone-style variants.
MENTIONS: dict[str, list[str]] = {
    "plan_later": ["gonna {do} later", "im gonna {do} later tonight", "going to {do} later!!"],
    "plan_tomorrow": ["{do} tomorrow hopefully", "ill {do} tmrw", "will {do} tomorrow morning"],
    "after_work": ["will {do} after work", "i'll {do} after work x", "gonna {do} after my shift"],
    "other_deed_then_plan": [
        "finished work, {do} tomorrow hopefully",
        "done for today, will {do} tmrw",
        "made dinner finally. {do} later",
    ],
    "thing_is_later": ["{thing} is tomorrow", "{thing} is monday i think", "{thing} is next week"],
    "hope": [
        "hope i can {do} this weekend",
        "hopefully {do} on saturday",
        "fingers crossed i get to {do} this week",
    ],
    "need": ["still need to {do}", "i still gotta {do}", "still have to {do} ugh"],
    "havent": ["haven't {pp} yet", "havent {pp} yet", "i still havent {pp}"],
    "pending": ["{thing} is still pending", "{thing} still pending", "{thing} is still not done"],
    "did_i": ["did i {do}?", "did i {do} already", "have i {pp}?"],
    "should_first": [
        "should i {do} first?",
        "should i {do} before the weekend",
        "do i {do} today or tmrw?",
    ],
    "when_due": ["when is {thing} due?", "whens {thing} due", "when do i have to {do} by?"],
    "conditional": [
        "if i {do} today can i relax tmrw lol",
        "if i {do} tonight ill be happy",
        "if i manage to {do} today thatd be great",
    ],
    "tried_failed": [
        "tried to {do} but the shop was shut",
        "tried to {do} but no luck",
        "tried {ing} today but it didnt work",
    ],
    "someone_else": [
        "mom called about {thing}",
        "my sister asked about {thing}",
        "jake mentioned {thing} earlier",
    ],
    "reason": [
        "im late because i was trying to {do}",
        "the reason im stressed is i need to {do}",
        "cant come tonight, need to {do}",
    ],
    "complaint": ["ugh {ing} is such a pain", "{ing} is so annoying", "i hate {ing} tbh"],
    "repeat_wish": [
        "can {do} be every month so it keeps coming back",
        "make {do} repeat weekly",
        "i want {do} to come back every month",
    ],
    "reminder": [
        "remind me to {do} on friday",
        "pls remind me to {do} tmrw",
        "dont let me forget to {do}",
    ],
    "started": ["started {ing}", "started {ing} this morning", "i've started {ing}"],
    "halfway": ["halfway through {ing}", "half way thru {ing} lol", "about halfway done {ing}"],
    "didnt": ["didnt {do} today", "i didn't {do}", "didn't get to {do}"],
    "couldnt": ["couldnt {do} today", "couldn't {do}, too tired", "wasnt able to {do}"],
    "others_news": [
        "the plumber is coming thursday",
        "{thing} got moved to next week",
        "the guy about {thing} is coming round tmrw",
    ],
    "forgot": ["forgot to {do} again smh", "i forgot to {do}", "omg forgot {ing}"],
    "ran_out_of_time": [
        "wanted to {do} but ran out of time",
        "meant to {do} but didnt have time",
        "was gonna {do} but didnt get round to it",
    ],
    "about_to": ["about to {do}", "abt to {do} now", "on my way to {do}"],
    "doing_now": ["{ing} now", "{ing} rn", "currently {ing}"],
    "must_i": [
        "do i still need to {do}?",
        "do i really have to {do} today",
        "is it urgent to {do}?",
    ],
    "is_it_done": ["is {job} done?", "is {job} sorted?", "{job} done yet?"],
    "not_yet": ["not {pp} yet", "{job} not done yet", "{job} isnt sorted yet"],
    "maybe": ["might {do} later idk", "maybe ill {do} tonight", "prob {do} at the weekend"],
    "cant_till": [
        "cant {do} till payday",
        "can't {do} until friday",
        "wont be able to {do} till next week",
    ],
    "asked_if": [
        "mum asked if i {did}",
        "dad keeps asking if ive {pp}",
        "boss wants to know if i {did}",
    ],
    "waiting": [
        "waiting to hear back about {thing}",
        "still waiting on {thing}",
        "waiting for them to get back to me about {thing}",
    ],
    "nearly": ["nearly {pp}", "almost done {ing}", "nearly finished {ing}"],
    "two_plans": [
        "{do} today, {other_do} tomorrow hopefully",
        "{do} tonight and {other_do} tmrw",
        "gonna {do} now then {other_do} after",
    ],
    "paid_in_other_sense": [
        "just got paid so i can {do} now",
        "got paid today, will {do} tonight",
        "payday!! gonna {do}",
    ],
    "done_in_other_sense": [
        "done for the day, now {ing}",
        "done! now on to {ing}",
        "work done, {ing} next",
    ],
    "sorted_wanted": [
        "need to get {job} sorted",
        "{job} needs sorting asap",
        "getting {job} sorted tomorrow",
    ],
    "done_wanted": [
        "want {job} done by friday",
        "{job} has to be done by friday",
        "{job} needs to be done today",
    ],
    "done_later": [
        "{job} will be done tomorrow",
        "{job} should be done by friday",
        "{job} will be sorted next week",
    ],
    "once_done": [
        "once {job} is done ill relax",
        "when {job} is done i can chill",
        "after {ing} ill have a nap",
    ],
    "dont_tick": [
        "dont tick {job} yet",
        "don't mark {job} as done, still waiting",
        "leave {job} open for now",
    ],
    "thought_i_did": [
        "i thought i {did} but i didnt",
        "pretty sure i never {did}",
        "i should have {pp} yesterday",
    ],
    "how_it_is_done": [
        "can i {do} online?",
        "ill sort {job} on the phone tomorrow",
        "{job} can be done online i think",
    ],
    "keeps_coming_back": [
        "{do} every month from now on so it keeps coming back",
        "make {job} a monthly one so it keeps coming back",
        "{job} should come back every week",
    ],
    "fed_up": [
        "im so done with {thing} lol",
        "so done with {ing}",
        "honestly so done with {thing}",
    ],
    "booked_for_it": [
        "booked the day off to {do}",
        "booked a taxi so i can {do}",
        "called in sick, gonna {do} instead",
    ],
    "other_deed_on_it": [
        "checked {thing}",
        "printed out the stuff for {thing}",
        "looked up {thing}",
    ],
    "someone_will": [
        "mum said she'll {do} for me",
        "asked jake to {do}",
        "my partner is going to {do}",
    ],
    "done_by_then": [
        "i'll have {pp} by friday",
        "hopefully {pp} by the weekend",
        "would've {pp} if i had time",
    ],
    "worked_out_how": [
        "worked out how to {do}",
        "sorted out when to {do}",
        "figured out where to {do}",
    ],
    "bare_mention": ["{thing}?", "what about {thing}", "{thing} ugh"],
    "other_language": [
        "{thing} ya me tiene harta",
        "yaar {thing} ka kya karun",
        "hay nako {thing} na naman",
        "ya me cansé de {thing}",
        "pagod na ako sa {thing}",
        "yaar {thing} ne dimag kharab kar diya",
    ],
}

# Frames that report the deed done: they tick exactly the task named.
DEEDS: dict[str, list[str]] = {
    "past": ["{did}", "{did} this morning", "{did} earlier lol"],
    "just": ["just {did}", "just {did}!!", "jst {did}"],
    "job_done": ["{job} done", "{job} done ✅", "{job} - done"],
    "job_is_done": ["{job} is done", "{job} is done now", "{job}'s done"],
    "finally_sorted": ["finally sorted {job}", "sorted {job} finally", "finally sorted out {job}"],
    "is_sorted": ["{job} is sorted", "{job} is all sorted", "{job}'s sorted now"],
    "got_done": ["got {job} done", "got {job} done today", "finally got {job} done"],
    "tick": ["{did}, tick it", "ok {did}, you can tick that off", "{did} so cross it off"],
    "have_done": ["i've {pp}", "i have {pp}", "ive {pp} now"],
    "finally": ["{did} finally!!", "finally {did}", "{did} at last"],
    "finished": ["finished {ing}", "done {ing}", "all done {ing}"],
    "managed": ["managed to {do} today", "managed to {do}", "i managed to {do} this morning"],
    "all_done_with": ["all done with {job}", "done with {job}", "{job} all done"],
    "yep": ["yep {did}", "yes {did} earlier", "ok so i {did}"],
    "deed_then_plan": [
        "{did} tonight, {other_do} tomorrow hopefully",
        "{did}, gonna {other_do} after work",
        "{did} but still need to {other_do}",
    ],
    "deed_then_not": [
        "{did}. havent {other_pp} yet",
        "{did}, {other_job} is tomorrow",
        "{did} and tried to {other_do} but the shop was shut",
    ],
    "took_care": ["took care of {job}", "{job} taken care of", "{job} is taken care of"],
}


@dataclass(frozen=True)
class Case:
    """One cell of a grid: the seeds, the message, and the task it names."""

    seeds: tuple[str, ...]
    message: str
    named: str


def grid(frames: dict[str, list[str]]) -> Iterator[Any]:
    """Every frame crossed with every list, one test per frame: the task named and the variant
    turn with the list and the frame, so each task and each variant is used."""
    for j, (frame, variants) in enumerate(frames.items()):
        cases = []
        for i, tasks in enumerate(LISTS.values()):
            task = tasks[(i + j) % len(tasks)]
            other = tasks[(i + j + 1) % len(tasks)].words()
            words = task.words() | {"other_" + slot: said for slot, said in other.items()}
            message = variants[(i + j // len(tasks)) % len(variants)].format(**words)
            cases.append(Case(tuple(t.title for t in tasks), message, task.title))
        yield pytest.param(cases, id=frame)


MENTION_CASES = list(grid(MENTIONS))
DEED_CASES = list(grid(DEEDS))


async def told(session_for: Callable[..., ChatSession], case: Case) -> tuple[list[str], list[str]]:
    """Seed the case's tasks in a store of their own, say its message: the seeds deleted, and
    the tasks done after it."""
    store = TaskStore()
    for title in case.seeds:
        store.create(title)
    await session_for(store).say(case.message)
    titles = {t["title"] for t in store.tasks.values()}
    done = [t["title"] for t in store.tasks.values() if t["completed"]]
    return [t for t in case.seeds if t not in titles], done


@pytest.mark.parametrize("cases", MENTION_CASES)
async def test_a_mention_that_is_no_deed_ticks_nothing(
    session_for: Callable[..., ChatSession], cases: list[Case]
) -> None:
    wrong = []
    for case in cases:
        deleted, done = await told(session_for, case)
        if deleted or done:
            wrong.append((case.message, deleted, done))
    assert wrong == []


@pytest.mark.parametrize("cases", DEED_CASES)
async def test_a_deed_ticks_exactly_its_task(
    session_for: Callable[..., ChatSession], cases: list[Case]
) -> None:
    wrong = []
    for case in cases:
        deleted, done = await told(session_for, case)
        if deleted or done != [case.named]:
            wrong.append((case.message, deleted, done))
    assert wrong == []

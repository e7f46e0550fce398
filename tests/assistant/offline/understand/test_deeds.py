"""The understand stage, reports of deeds: what was done completes its task, what was not
completes nothing."""

from __future__ import annotations

import pytest

from tests.assistant.offline.understand.reading import one, parse
from todochat.assistant.offline.text import content_stems


def test_past_tense_statement_completes_by_words() -> None:
    intent = one("I called mom")
    assert intent.kind == "complete"
    assert intent.target is not None and intent.target.text == "called mom"


def test_two_past_tense_reports_are_two_intents() -> None:
    kinds = [i.kind for i in parse("I walked the dog and called mom")]
    assert kinds == ["complete", "complete"]


def test_noun_and_participle_completes() -> None:
    intent = one("passport renewed!")
    assert intent.target is not None and intent.target.text == "renewed passport"


def test_a_deed_on_all_the_x_names_x() -> None:
    target = one("GRADED ALL THE MIDTERMS FINALLY").target
    assert target is not None and (target.kind, target.text) == ("words", "graded midterms")


@pytest.mark.parametrize(
    "text",
    [
        "ugh bailed on the 2k again",
        "skipped the gym today",
        "didn't get to the laundry",
        "I never called the bank",
        "missed the dentist",
    ],
)
def test_a_deed_not_done_completes_nothing(text: str) -> None:
    assert not [i for i in parse(text) if i.kind == "complete"]


@pytest.mark.parametrize(
    "text",
    [
        "my passport expired",  # 'Renew passport'
        "milk went off",  # 'Buy milk'
        "the car broke down again",
        "my card got declined",
        "the washing machine's broken",
        "printer's jammed",
        "rent got raised",  # 'Pay rent'
        "the school fees went up again",
    ],
)
def test_what_befell_a_thing_completes_nothing(text: str) -> None:
    assert not [i for i in parse(text) if i.kind == "complete"]


@pytest.mark.parametrize(
    ("text", "meant"),
    [("passport renewed", "renewed passport"), ("milk bought", "bought milk")],
)
def test_a_thing_done_beside_them_still_completes(text: str, meant: str) -> None:
    intent = one(text)
    assert intent.kind == "complete" and intent.target is not None
    assert intent.target.text == meant


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("the council finally replied about the licence", "council about the licence"),
        ("Priya sent over the rota for december", "Priya over the rota for december"),
        ("my landlord has returned the deposit this morning", "my landlord the deposit"),
        ("tom already gave me his share of the gas bill", "tom me his share of the gas bill"),
        ("she emailed the signed contract", "the signed contract"),
    ],
)
def test_someone_elses_deed_names_the_task_without_its_verb(text: str, words: str) -> None:
    intent = one(text)
    assert intent.kind == "complete" and intent.text == "hearsay"
    assert intent.target is not None
    assert content_stems(intent.target.text) == content_stems(words)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("sarah emailed me about the report", "emailed me"),
        ("the dentist called me back", "called me"),
        ("jake paid us back", "paid me"),
        ("the plumber called", "called me"),  # more often them than the user
        ("mom rang back", "rang me"),
        ("my husband called the plumber", "called"),  # a deed on the task's own thing
        ("jake finally paid his half of the rent", "paid"),
    ],
)
def test_someone_elses_deed_says_whether_it_was_done_to_the_user(text: str, verb: str) -> None:
    intent = one(text)
    assert (intent.kind, intent.text, intent.verb) == ("complete", "hearsay", verb)


@pytest.mark.parametrize(
    "text",
    [
        "the plumber still hasn't sent the quote",
        "nobody replied about the venue",
        "what sent that email",
        "i sent the invoice",
    ],
)
def test_no_hearsay_without_someone_who_did_it(text: str) -> None:
    assert not [i for i in parse(text) if i.text == "hearsay"]


@pytest.mark.parametrize(
    "text", ["hit the gym earlier", "read chapter 4 last night", "put the bins out this morning"]
)
def test_a_deed_spelled_like_its_present_is_past_with_a_when(text: str) -> None:
    assert one(text).kind == "complete"


def test_a_deed_with_no_when_and_no_subject_is_no_report() -> None:
    assert one("read chapter 4").kind != "complete"  # an imperative: a task to add


@pytest.mark.parametrize(
    "text",
    ["I wrote that wrong", "i typed the date in wrong", "I added the milk twice by mistake"],
)
def test_a_mistake_owned_up_to_completes_nothing(text: str) -> None:
    assert not [i for i in parse(text) if i.kind == "complete"]


@pytest.mark.parametrize(
    ("said", "kind", "text"),
    [
        ("I don pay the rent", "words", "pay the rent"),
        ("i don submit the form", "words", "submit the form"),
        ("we don wash the car finally", "words", "wash the car"),
        ("I don finish am", "it", ""),
        ("I don do am", "it", ""),
    ],
)
def test_a_pidgin_done_report_completes(said: str, kind: str, text: str) -> None:
    """ "I don pay the rent" (I have paid the rent) is a done-report; "am" after its verb is
    "it". It was not understood."""
    intent = one(said)
    assert intent.kind == "complete" and intent.target is not None
    assert intent.target.kind == kind
    assert text in intent.target.text


@pytest.mark.parametrize(
    "said",
    [
        "I don forget to pay the rent",  # forgotten: not done
        "I don start the report",  # started: not done
        "I don tire",
        "abeg I never pay the rent",
    ],
)
def test_a_pidgin_report_of_what_is_not_done_completes_nothing(said: str) -> None:
    assert all(i.kind != "complete" for i in parse(said))


@pytest.mark.parametrize(
    ("said", "words"),
    [
        # (left at the post office, it was posted)
        ("dropped off the parcel at the post office", "posted parcel"),
        ("i dropped the library books off", "dropped library books off"),
        ("dropped the spare keys round", "dropped spare keys round"),
        ("dropped by the bank", "dropped by the bank"),
        ("dropped the casserole off at the hendersons", "dropped casserole off at the hendersons"),
        ("we dropped the kids off at school", "dropped kids off at school"),
    ],
)
def test_dropped_with_a_particle_is_a_deed_done_not_a_task_called_off(
    said: str, words: str
) -> None:
    """ "dropped off the cake at the venue" deleted 'Drop off wedding cake at the venue': "drop
    off" is a delivery done. A cancel verb alone still deletes."""
    intent = one(said)
    assert intent.kind == "complete" and intent.target is not None
    assert intent.target.text == words


@pytest.mark.parametrize(
    ("said", "words"),
    [
        ("dropped the gym membership", "gym membership"),
        ("cancelled the dentist", "dentist"),
        ("we dropped the idea of a party", "idea of a party"),
    ],
)
def test_a_cancel_verb_without_a_particle_still_deletes(said: str, words: str) -> None:
    intent = one(said)
    assert intent.kind == "delete" and intent.target is not None
    assert intent.target.text == words


@pytest.mark.parametrize(
    ("said", "words"),
    [
        ("picked up the parcel on the way back", "picked up the parcel"),
        ("posted the letters on my way to work", "posted letters"),
        ("grabbed the dry cleaning while i was out", "grabbed dry cleaning"),
        ("I bought stamps on the way home", "bought stamps"),
    ],
)
def test_where_a_deed_was_done_on_the_way_is_no_part_of_its_task(said: str, words: str) -> None:
    intent = one(said)
    assert intent.kind == "complete" and intent.target is not None
    assert intent.target.text == words


def test_a_deed_not_done_on_the_way_home_still_completes_nothing() -> None:
    assert not [i for i in parse("skipped the gym on the way home") if i.kind == "complete"]


@pytest.mark.parametrize(
    ("message", "place"),
    [
        ("just got back from the dentist!! no cavities", "dentist"),
        ("back from the vet, luna is fine", "vet"),
        ("home from physio finally", "physio"),
        ("just came back from my haircut, love it", "haircut"),
        ("i'm back from work", "work"),
    ],
)
def test_coming_back_from_a_place_is_a_visit_done(message: str, place: str) -> None:
    """Marked "visit": the planner completes only a task that is that visit."""
    intent = parse(message)[0]
    assert intent.kind == "complete" and intent.text == "visit"
    assert intent.target is not None and intent.target.text == place


@pytest.mark.parametrize(
    ("message", "place"),
    [
        ("i went to the dentist", "dentist"),
        ("been to the vet with luna", "vet with luna"),
        ("was at the barber's this morning", "barber's"),
        ("saw the doctor today", "doctor"),
        ("had my dentist appt", "dentist appt"),
        ("visited grandma", "visit grandma"),
        ("finally went to see the physio", "physio"),
        ("we were at the optician yesterday", "optician"),
        ("i've been to the gym, feeling great", "gym"),
        ("attended the pottery class", "pottery class"),
    ],
)
def test_going_to_a_place_is_a_visit_done(message: str, place: str) -> None:
    """Marked "visit" like coming back from it: only a task that is that visit is completed."""
    intent = parse(message)[0]
    assert intent.kind == "complete" and intent.text == "visit"
    assert intent.target is not None and intent.target.text == place


@pytest.mark.parametrize(
    "message",
    [
        "called the dentist",  # the deed itself, not a visit
        "booked the vet",
        "saw the email from bob",  # seeing a thing is no visit
        "had my lunch",
        "was at the barber's?",  # a question
        "i'm at the dentist",  # not done yet
        "never went to the dentist",
    ],
)
def test_a_deed_beside_a_place_is_no_visit(message: str) -> None:
    assert not [i for i in parse(message) if i.text == "visit"]


@pytest.mark.parametrize(
    "text",
    ["we ran out of coffee this morning", "ran out of milk", "i've run out of printer ink"],
)
def test_running_out_of_a_thing_completes_nothing(text: str) -> None:
    assert all(i.kind != "complete" for i in parse(text))


def test_a_run_that_was_done_still_completes() -> None:
    assert one("i ran the 5k").kind == "complete"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The dentist appointment I already had yesterday, you can close it.",
            "attended dentist appointment",
        ),
        ("the flu jab i had this morning", "attended flu jab"),
        ("the parents evening we went to yesterday", "attended parents evening"),
        ("the webinar i attended earlier", "attended webinar"),
    ],
)
def test_an_appointment_had_or_attended_is_done(text: str, words: str) -> None:
    intent = parse(text)[0]
    assert intent.kind == "complete" and intent.target is not None
    assert intent.target.text.removeprefix("attended ") == words.removeprefix("attended ")


def test_an_appointment_one_had_to_move_is_not_done() -> None:
    assert all(i.kind != "complete" for i in parse("the dentist appointment i had to move"))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("did the grocery run", "grocery run"),
        ("did the school run this morning", "school run"),
        ("did my physio exercises", "physio exercises"),
        ("did the big food shop, finally", "big food shop"),
    ],
)
def test_did_the_thing_without_a_question_mark_is_a_deed(text: str, words: str) -> None:
    intent = one(text)
    assert intent.kind == "complete" and intent.target is not None
    assert words in intent.target.text


@pytest.mark.parametrize(
    "text",
    [
        "did the plumber come",
        "did the landlord reply about the leak",
        "did my parcel arrive",
        "did the car pass its mot",
        "did the cheque clear yet",
        "did the bank get back to me",
        "did my passport renewal go through",
        "did the kids finish their homework",
    ],
)
def test_did_someone_do_a_thing_is_a_question_and_changes_nothing(text: str) -> None:
    assert not [i for i in parse(text) if i.kind in ("complete", "delete", "add", "rename")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("my thesis advisor signed the form after 3 weeks of chasing him", "thesis advisor form"),
        ("the landlord finally fixed the boiler after two months of asking", "landlord boiler"),
        ("sent the visa form after a couple of days of checking it", "sent visa form"),
        ("the bank replied about the mortgage after weeks", "bank about the mortgage"),
        ("renewed the passport after ages", "renewed passport"),
    ],
)
def test_how_long_a_deed_took_is_no_part_of_its_task(text: str, words: str) -> None:
    intent = one(text)
    assert intent.kind == "complete" and intent.target is not None
    assert content_stems(intent.target.text) == content_stems(words)


@pytest.mark.parametrize(
    "text",
    [
        "my advisor still hasn't signed the form after 3 weeks of chasing him",
        "tried to send the visa form after two days of waiting",
    ],
)
def test_a_long_wait_for_a_deed_not_done_completes_nothing(text: str) -> None:
    assert not [i for i in parse(text) if i.kind == "complete"]


@pytest.mark.parametrize(
    "text",
    [
        "we caved and bought a new one",
        "i just got another one",
        "ordered a different one instead",
        "bought a brand new one yesterday",
    ],
)
def test_getting_a_new_one_completes_nothing(text: str) -> None:
    """ "the stroller one, delete it, we caved and bought a new one": the new one replaces a
    thing, it names no task (it completed the task just added)."""
    assert all(i.kind != "complete" for i in parse(text))


@pytest.mark.parametrize(
    ("text", "words"), [("bought a new phone charger", "phone charger"), ("bought it", "")]
)
def test_a_new_thing_named_or_it_is_still_a_deed(text: str, words: str) -> None:
    intent = one(text)
    assert intent.kind == "complete" and intent.target is not None
    assert words in intent.target.text


@pytest.mark.parametrize(
    ("said", "kind", "ordinal", "ids"),
    [
        ("finally knocked out #4, that one's been haunting me for a week", "ids", 0, (4,)),
        ("took care of the second one", "ordinal", 2, ()),
        ("i dealt with the last one", "ordinal", -1, ()),
        ("ok the last one i actually did this morning, forgot to tell you", "ordinal", -1, ()),
        ("the top one i took care of yesterday", "ordinal", 1, ()),
        ("the second one i also finished", "ordinal", 2, ()),
    ],
)
def test_a_finish_phrase_on_a_reference_completes_what_it_refers_to(
    said: str, kind: str, ordinal: int, ids: tuple[int, ...]
) -> None:
    intent = parse(said)[0]
    assert intent.kind == "complete" and intent.target is not None
    assert (intent.target.kind, intent.target.ordinal, intent.target.ids) == (kind, ordinal, ids)


def test_a_finish_phrase_names_nothing_of_the_task() -> None:
    intent = one("knocked out the gas bill")
    assert intent.kind == "complete" and intent.target is not None
    assert intent.target.text == "gas bill"


@pytest.mark.parametrize(
    "said",
    [
        "the last one i actually need",
        "the last one i can't do",
        "which one did i knock out last?",
        "i couldn't get through the ironing",
    ],
)
def test_near_misses_of_a_finish_phrase_on_a_reference(said: str) -> None:
    assert all(i.kind != "complete" for i in parse(said))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("because the cheque bounced, reopen the rent", "rent"),
        ("cause the payment bounced, put the gas bill back to not done", "gas bill"),
        ("since I haven't actually done it, reopen the gas bill", "gas bill"),
        ("because i misread, can you uncheck the gas bill", "gas bill"),
        ("since the bank reversed it, can you reopen the gas bill", "gas bill"),
    ],
)
def test_a_reason_before_a_reopen_is_no_deed_and_keeps_the_request(text: str, target: str) -> None:
    intents = parse(text)
    changes = [i for i in intents if i.kind != "unknown"]
    assert [i.kind for i in changes] == ["reopen"], intents
    assert changes[0].target is not None and changes[0].target.text == target


@pytest.mark.parametrize(
    "text", ["the cheque cleared", "the gas bill got paid", "i paid the gas bill, tick it off"]
)
def test_a_deed_without_a_reason_word_is_still_a_deed(text: str) -> None:
    assert parse(text)[0].kind == "complete"

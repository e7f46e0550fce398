"""The understand stage, what is said around an add: a remark after a comma with a subject and
verb of its own ("she'll kill me if i forget", "form's in the green folder", "dem go cut
light"), a purpose ("so i know which one"), a level said with why ("its urgent otherwise ..."),
a deadline in a remark ("so i need it by sat") and news of when a place shuts are no part of a
title, nor tasks of their own; titles that say such words as the task keep them."""

from __future__ import annotations

import pytest

from tests.assistant.offline.understand.reading import one, parse


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("remind me to ring mum at 7 tonight, she'll kill me if i forget again", "Ring mum"),
        ("add renew the car tax, they'll fine me if it lapses", "Renew the car tax"),
        ("add call the school, we'd better sort the trip money", "Call the school"),
        ("add water the plants, you'll see they're drooping", "Water the plants"),
        ("add pay the water bill, they've sent two letters already", "Pay the water bill"),
        (
            "abeg remind me to pay NEPA bill tmrw morning 9am, dem go cut light again if i forget",
            "Pay NEPA bill",
        ),
        ("add order school photos, form's in the green folder", "Order school photos"),
        ("add fix the back door, the key's under the mat", "Fix the back door"),
        ("add book the mechanic, the car's making a funny noise", "Book the mechanic"),
    ],
)
def test_a_remark_with_its_own_subject_after_the_comma_is_no_part_of_the_title(
    said: str, title: str
) -> None:
    intent = one(said)
    assert (intent.kind, intent.title) == ("add", title)


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("add tell Sam she got the job", "Tell Sam she got the job"),
        ("add check why the boiler keeps stopping", "Check why the boiler keeps stopping"),
        ("add tell jo we'll be late", "Tell jo we'll be late"),
        ("add tell jo, we'll be late", "Tell jo, we'll be late"),
        ("add find out why it's not working", "Find out why it's not working"),
        ("add check whether it's still leaking", "Check whether it's still leaking"),
        ("add ask the landlord if it's broken again", "Ask the landlord if it's broken again"),
        ("add see how it's going with the builders", "See how it's going with the builders"),
        ("add eggs, jo's bread, milk", "Eggs"),  # a list: the first of three items
    ],
)
def test_a_clause_that_is_the_task_itself_stays_in_the_title(said: str, title: str) -> None:
    assert parse(said)[0].title == title


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("pls add pay electricity bill tmrw, its urgent otherwise they will cut the connection",
         "Pay electricity bill"),
        ("add renew my visa, it's really important because it runs out in march", "Renew my visa"),
        ("add send the invoice, this is urgent as the client is waiting", "Send the invoice"),
        ("add call the gas board its urgent or else we'll have no heating", "Call the gas board"),
    ],
)  # fmt: skip
def test_a_level_said_with_why_sets_the_priority(said: str, title: str) -> None:
    intent = one(said)
    assert (intent.kind, intent.title, intent.priority) == ("add", title, "high")


def test_a_level_asked_about_is_the_task_and_no_priority() -> None:
    intent = one("add check if it's urgent before calling")
    assert intent.priority is None
    assert "it's" in intent.title


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("add write down the wifi code so i remember it", "Write down the wifi code"),
        ("remind me to label the freezer bags so i know what's in them", "Label the freezer bags"),
        ("add put the keys in the bowl so i can find them", "Put the keys in the bowl"),
        ("add set an alarm so i wake up on time", "Set an alarm so i wake up on time"),
        ("add tell Sam so she knows", "Tell Sam so she knows"),
    ],
)
def test_a_purpose_of_knowing_or_remembering_is_no_part_of_the_title(said: str, title: str) -> None:
    assert one(said).title == title


@pytest.mark.parametrize(
    ("said", "title", "due"),
    [
        ("add get a card for mam, her bday is sunday so i need it by sat at the latest 🎂",
         "Get a card for mam", "sat"),
        ("add order the cake, the party is saturday so we need it by friday", "Order the cake",
         "friday"),
        ("add get a card for mam by sat at the latest", "Get a card for mam", "sat"),
        ("add get a card for mam, her bday is sunday", "Get a card for mam", None),
        ("Please help me add buy recharge card for my mama, I need to send it to her on friday",
         "Buy recharge card for my mama", "friday"),
        ("add buy a birthday card for dad, i have to post it by wednesday",
         "Buy a birthday card for dad", "wednesday"),
        ("add get the printer ink, we need to collect it from the shop tomorrow",
         "Get the printer ink", "tomorrow"),
    ],
)  # fmt: skip
def test_a_deadline_said_in_a_remark_is_the_tasks_due(said: str, title: str, due: str) -> None:
    intent = one(said)
    assert (intent.kind, intent.title, intent.due) == ("add", title, due)


@pytest.mark.parametrize(
    "said",
    ["office closes at 3 so i must go before", "the pharmacy shuts at 6 tonight",
     "the sale ends friday"],
)  # fmt: skip
def test_when_a_place_shuts_is_news_and_no_task(said: str) -> None:
    assert [i.kind for i in parse(said)] == ["unknown"]


def test_a_place_that_shuts_after_an_add_adds_nothing_more() -> None:
    said = parse(
        "pls add collect school fees receipt from the bursar for tomorrow. office closes at 3 so "
        "i must go before"
    )
    assert [(i.kind, i.title) for i in said if i.kind == "add"] == [
        ("add", "Collect school fees receipt from the bursar")
    ]


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("dentist tmrw 3pm", "Dentist"),
        ("yoga starts at 6 tomorrow", "Yoga starts"),  # an event that starts may be one to add
    ],
)
def test_words_with_a_date_and_no_news_verb_are_still_added(said: str, title: str) -> None:
    assert one(said).title == title


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("agrégame llevar el carro al taller el sábado a las 10, ya suena bien feo el freno",
         "Llevar el carro al taller"),
        ("añade comprar leche, ya no queda nada", "Comprar leche"),
        ("apúntame llamar al plomero, ya se rompió la llave otra vez", "Llamar al plomero"),
        ("agrega pagar la luz mañana, ya llegó el recibo", "Pagar la luz"),
    ],
)  # fmt: skip
def test_a_spanish_remark_with_ya_is_no_part_of_the_title(said: str, title: str) -> None:
    assert one(said).title == title


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("ammi ki dawai leni hai pharmacy se, kal ke liye add kar do please",
         "Ammi ki dawai lena"),
        ("kal shaam 6 baje Ammi ki dawai leni hai pharmacy se, add kar do please",
         "Ammi ki dawai lena"),
        ("bijli ka bill jama karna hai bank se, add kar do", "Bijli ka bill jama karna"),
        ("abbu ke liye kurta lena hai market se, add karo", "Abbu ke liye kurta lena"),
        ("doodh lena hai add karo", "Doodh lena"),
    ],
)  # fmt: skip
def test_a_place_said_after_an_urdu_verb_is_an_afterthought(said: str, title: str) -> None:
    assert one(said).title == title


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("add get passport photos, and the bank form thing you can mark done I gave it today",
         "bank form thing"),
        ("add buy stamps and the dentist one you can mark as done", "dentist one"),
    ],
)  # fmt: skip
def test_leave_to_mark_a_task_done_after_an_add_completes_it(said: str, named: str) -> None:
    add, done = parse(said)
    assert add.kind == "add"
    assert done.kind == "complete" and done.target is not None and done.target.text == named


def test_someone_saying_it_can_be_marked_done_names_no_task() -> None:
    assert all(
        i.target is None or i.target.text != "boss said"
        for i in parse("the boss said you can mark it done")
    )


@pytest.mark.parametrize(
    "said",
    [
        "the report you can mark done, once I send it",
        "the report you can mark done when I send it",
        "the report you can mark done tomorrow",
    ],
)
def test_leave_to_mark_a_task_done_later_completes_nothing_yet(said: str) -> None:
    assert all(
        i.kind != "complete" or i.target is None or i.target.text != "report" for i in parse(said)
    )

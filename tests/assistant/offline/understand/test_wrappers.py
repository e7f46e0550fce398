"""The message around a request: greetings, polite wrappers, chatter sentences and emoji, and
the reasons and remarks said after a title (none of them is a task)."""

from __future__ import annotations

import pytest

from tests.assistant.offline.understand.reading import parse


def adds(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(i.title, i.due, i.priority) for i in parse(text) if i.kind == "add"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Good morning. Would you be so good as to add a reminder for me to pick up my "
            "prescription at Rite Aid? Thank you kindly.",
            "Pick up my prescription at Rite Aid",
        ),
        ("could you be kind enough to add a task for me to call the vet", "Call the vet"),
        ("would u be so kind as to put pick up dry cleaning on my list", "Pick up dry cleaning"),
        (
            "Hiya, would you be so good as to remind me to ring the council? Cheers",
            "Ring the council",
        ),
        ("if you'd be so kind as to add renew my passport", "Renew my passport"),
        ("Evening! can you be a dear and add water the ferns, ta", "Water the ferns"),
        ("set up a reminder for us to book the campsite", "Book the campsite"),
    ],
)
def test_polite_wrappers_leave_the_request(text: str, title: str) -> None:
    assert [t for t, _, _ in adds(text)] == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Morning! Hope you're well ☀️ Would you be a love and pop 'order new yoga blocks' on "
            "my list? The old ones are falling apart, honestly 😂",
            "Order new yoga blocks",
        ),
        ("hope ur having a good day 🌞 add call the plumber pls", "Call the plumber"),
        (
            "the landlord emailed again and I've lost the letter 🙈 could you add a reminder to "
            "pay the deposit",
            "Pay the deposit",
        ),
        ("ugh what a week 😩 remind me to book a massage", "Book a massage"),
        ("long day 💤💤 put return the parcel on my list", "Return the parcel"),
    ],
)
def test_an_emoji_between_words_ends_a_sentence(text: str, title: str) -> None:
    assert [t for t, _, _ in adds(text)] == [title]


def test_an_emoji_after_a_deed_stays_with_it() -> None:
    deed, add = parse("posted the parcel ✅ add buy tape")
    assert deed.kind == "complete" and deed.target is not None
    assert deed.target.text == "posted parcel"
    assert (add.kind, add.title) == ("add", "Buy tape")


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("put stream with the lads at 9 tonight on there", "today at 9pm"),
        ("add call mum tonight at 8:30", "today at 8:30pm"),
        ("add ring grandad at 7 this evening", "today at 7pm"),
        ("add vet appointment on Thursday at 2:30 in the afternoon", "thursday at 2:30pm"),
        ("add dentist tmrw at 9 in the morning", "tomorrow at 9am"),
        ("add eye test on Wendesday", "wednesday"),
    ],
)
def test_times_of_the_day_in_words_are_due_times(text: str, due: str) -> None:
    [(title, said, _)] = adds(text)
    assert said is not None and said.lower() == due
    assert not any(w in title.lower() for w in ("tonight", "evening", "morning", "afternoon"))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("need to finish my history essay by fri its urgent fr", "Finish my history essay"),
        ("add call the bank, it's really important", "Call the bank"),
        ("add renew the car tax this is urgent", "Renew the car tax"),
        ("gotta email my tutor asap", "Email my tutor"),
        ("add book the vet, its super urgent", "Book the vet"),
    ],
)
def test_urgency_said_as_a_remark_is_high_priority(text: str, title: str) -> None:
    assert [(t, p) for t, _, p in adds(text)] == [(title, "high")]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "add buy a card for my nephew Sam, his birthday is next month",
            "Buy a card for my nephew Sam",
        ),
        (
            "add water the neighbours' plants, they're away till sunday",
            "Water the neighbours' plants",
        ),
        ("add collect the cake, she'll be upset otherwise", "Collect the cake"),
    ],
)
def test_an_explanation_after_a_comma_is_not_the_title(text: str, title: str) -> None:
    assert [t for t, _, _ in adds(text)] == [title]

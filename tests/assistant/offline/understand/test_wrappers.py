"""The message around a request: greetings, polite wrappers, chatter sentences and emoji, and
the reasons and remarks said after a title (none of them is a task)."""

from __future__ import annotations

import pytest

from tests.assistant.offline.understand.reading import one, parse, when


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
    assert said is not None and when(said) == when(due)
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


def kinds(text: str) -> list[str]:
    return [i.kind for i in parse(text) if i.kind != "unknown"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I think I doubled up on the milk, silly me, can you remove 7 please?", "delete"),
        ("the printer jammed again, ugh, could you delete 12", "delete"),
        ("the kids are driving me mad, please tick off 4", "complete"),
        ("work was mad today, so can you show my list", "list"),
        ("ugh what a morning, could you add pay the deposit", "add"),
    ],
)
def test_a_request_after_a_comma_is_read_behind_what_led_up_to_it(text: str, kind: str) -> None:
    assert kinds(text) == [kind]


@pytest.mark.parametrize(
    ("text", "title", "due"),
    [
        (
            "My brother rang and reminded me that I promised to fix his bike, could you put "
            "that down for me?",
            "Fix his bike",
            None,
        ),
        ("I've got the dentist on Friday at 3pm. Please make a note of it.", "Dentist", "friday"),
        ("I need to renew the car insurance by monday stick that on there", "Renew", "monday"),
        ("I have to call the council tomorrow, add it pls", "Call the council", "tomorrow"),
        ("we promised to bring dessert on saturday, so jot that down", "Bring dessert", "saturday"),
        ("write down that I have to return the drill", "Return the drill", None),
        ("note down that we need to book flights", "Book flights", None),
        ("put down that I should ring grandma tomorrow", "Ring grandma", "tomorrow"),
    ],
)
def test_an_add_of_that_adds_what_was_said_before_it(
    text: str, title: str, due: str | None
) -> None:
    [(said, when, _)] = adds(text)
    assert said.startswith(title)
    assert "that" not in said.lower().split() and "note" not in said.lower()
    assert (when or "").lower().startswith(due or "")


def test_an_add_of_that_after_a_question_adds_nothing() -> None:
    assert [t for t, _, _ in adds("what's on my list? add that")] == [""]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("lemme add something quickly call the garage", "Call the garage"),
        ("add sth real quick: buy bin bags", "Buy bin bags"),
        ("add a thing real quick pay the window cleaner", "Pay the window cleaner"),
        ("can you add smth for me", ""),
        ("could u add something to the list", ""),
    ],
)
def test_something_as_the_object_of_an_add_is_no_title(text: str, title: str) -> None:
    assert [t for t, _, _ in adds(text)] == [title]


@pytest.mark.parametrize(
    "text",
    [
        "show my list. I just want to be sure I haven't forgotten anything",
        "what's due this week? I want to make sure I haven't missed something",
        "I need to stay focused lol",
        "i wanna feel on top of things for once",
        "I just need to get my head around it all",
    ],
)
def test_a_wish_about_a_state_of_mind_adds_nothing(text: str) -> None:
    assert adds(text) == []


@pytest.mark.parametrize(
    ("text", "repeat"),
    [
        ("gym every tue and thu gotta stay consistent fr", "every tuesday and thursday"),
        ("add yoga every sunday, need to stay motivated", "every sunday"),
    ],
)
def test_a_pep_talk_after_a_repeating_task_is_not_its_title(text: str, repeat: str) -> None:
    [intent] = [i for i in parse(text) if i.kind == "add"]
    assert intent.repeat == repeat
    assert len(intent.title.split()) == 1


@pytest.mark.parametrize(
    ("text", "done"),
    [
        (
            "please remove the dentist one, since I moved it myself, and add one to call the "
            "orthodontist",
            "Call the orthodontist",
        ),
        ("drop the bake sale task bc it got cancelled and add buy flowers", "Buy flowers"),
    ],
)
def test_a_reason_ends_where_the_next_request_starts(text: str, done: str) -> None:
    assert kinds(text) == ["delete", "add"]
    assert [t for t, _, _ in adds(text)] == [done]


@pytest.mark.parametrize(
    ("text", "title", "due"),
    [
        ("also get a new phone case, mine has a crack lol", "Get a new phone case", None),
        ("get some stamps, the old ones are used up", "Get some stamps", None),
        ("new task restock the printer paper", "Restock the printer paper", None),
        ("new reminder book the chimney sweep", "Book the chimney sweep", None),
        (
            "remind me thurs: chase the builder for the invoice",
            "Chase the builder for the invoice",
            "thursday",
        ),
        ("remind me to cancel the free trial before it renews", "Cancel the free trial", None),
        ("add call mum before she flies out", "Call mum", None),
        (
            "add to call the plumber about the boiler, is broken since friday",
            "Call the plumber about the boiler",
            None,
        ),
        (
            "Lucy has a recital next week and I must not forget to buy her flowers. pop that "
            "on my list",
            "Buy her flowers",
            None,
        ),
        ("Right, couple of things: add buy stamps", "Buy stamps", None),
        ("oh hold on a sec, add water the plants", "Water the plants", None),
    ],
)
def test_titles_are_cleaned_of_what_was_said_around_them(
    text: str, title: str, due: str | None
) -> None:
    [(said, when, _)] = adds(text)
    assert said == title
    assert (when or None) == due


@pytest.mark.parametrize(
    "text",
    [
        "could you ring the bank for me and sort the overdraft out?",
        "can u submit my timesheet for me asap",
        "please email the school for me today",
    ],
)
def test_a_job_for_the_assistant_itself_adds_nothing(text: str) -> None:
    assert adds(text) == []


def test_get_rid_of_after_a_comma_is_a_request_of_its_own() -> None:
    assert kinds("rename buy tiles to buy floor tiles, and get rid of the skip hire") == [
        "rename",
        "delete",
    ]


@pytest.mark.parametrize(
    ("text", "title", "due"),
    [
        ("add swim lesson on thursday at five thirty", "Swim lesson", "thursday at 5:30"),
        ("add call grandma at seven o'clock tonight", "Call grandma", "today at 7:00pm"),
        ("add dentist friday at half past nine in the morning", "Dentist", "friday at 9:30am"),
        ("add book club on monday at six fifteen", "Book club", "monday at 6:15"),
        (
            "remind me to order more flour frm the mill tmrw",
            "Order more flour from the mill",
            "tomorrow",
        ),
    ],
)
def test_clock_times_in_words_are_due_times(text: str, title: str, due: str) -> None:
    [(said, words, _)] = adds(text)
    assert said == title and words is not None and when(words) == when(due)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "add pick up the dry cleaning on friday and also the gas bill is paid now",
            "Pick up the dry cleaning",
        ),
        ("add buy bin bags n take out the bins also my tax return is submitted", "Buy bin bags"),
        (
            "add renew the parking permit, and the library books are returned",
            "Renew the parking permit",
        ),
    ],
)
def test_a_report_after_an_add_is_no_second_add(text: str, title: str) -> None:
    intents = parse(text)
    assert intents[0].title == title
    assert intents[-1].kind == "complete"
    assert all(" is " not in i.title and " are " not in i.title for i in intents)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("add fix the fence, high priority, the neighbour has complained twice", "Fix the fence"),
        ("add chase the invoice, urgent, my boss keeps asking", "Chase the invoice"),
    ],
)
def test_a_remark_after_a_priority_is_not_the_title(text: str, title: str) -> None:
    assert adds(text) == [(title, None, "high")]


@pytest.mark.parametrize(
    "text", ["wait no, delete that, my wife already did it", "no. delete it, we don't need it"]
)
def test_no_before_a_request_is_an_answer_not_a_number(text: str) -> None:
    assert kinds(text) == ["delete"]


def test_no_before_a_number_is_still_a_number() -> None:
    assert adds("add deliver parcel to No. 5 Elm St") == [
        ("Deliver parcel to No. 5 Elm St", None, None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "the recital got moved to friday, put that on there",
        "parents evening has been postponed to the 9th. make a note of it",
    ],
)
def test_news_of_a_task_is_no_add_of_that(text: str) -> None:
    assert "add" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "title", "due", "priority"),
    [
        ("need a reminder every friday to put the bins out", "Put the bins out", None, None),
        ("i'd like a reminder to renew the car tax", "Renew the car tax", None, None),
        ("set me a reminder to text Ama back", "Text Ama back", None, None),
        (
            "could you make a note for me to order more printer ink",
            "Order more printer ink",
            None,
            None,
        ),
        ("can you put in 'book the MOT' for tomorrow", "Book the MOT", "tomorrow", None),
        ("urgent — send the invoices to Kofi", "Send the invoices to Kofi", None, "high"),
        (
            "need to get the boiler looked at, keep forgetting lol",
            "Get the boiler looked at",
            None,
            None,
        ),
        (
            "add: pay the water bill on friday, high priority pls 🙏",
            "Pay the water bill",
            "friday",
            "high",
        ),
        # near misses: a reminder the list has, a place to put something, a title ending 'at'
        ("add sign in at", "Sign in at", None, None),
    ],
)
def test_words_around_a_request_are_not_its_title(
    text: str, title: str, due: str | None, priority: str | None
) -> None:
    assert adds(text) == [(title, due, priority)]


def test_a_reminder_already_set_is_no_request_to_add() -> None:
    assert adds("did you set the reminder to call mum?") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("can we move the venue walkthrough to 3pm instead, same day", "due"),
        ("could we push the dentist to friday", "due"),
        ("can we delete the gym one", "delete"),
        ("shall we mark the invoice done", "complete"),
    ],
)
def test_can_we_before_a_request_is_the_request(text: str, kind: str) -> None:
    assert [i.kind for i in parse(text)] == [kind]


@pytest.mark.parametrize(
    "text", ["can we talk about the budget tomorrow", "can we not delete the gym one"]
)
def test_can_we_before_no_request_or_a_question_changes_nothing(text: str) -> None:
    assert all(i.kind not in ("delete", "complete", "due") for i in parse(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ok real talk what do i HAVE to get done today", "list"),
        ("ngl whats left", "list"),
        ("lowkey how many things are still open", "count"),
        ("not gonna lie, add buy milk", "add"),
        ("srsly what have i got due tomorrow", "list"),
    ],
)
def test_a_chatty_lead_before_a_request_goes(text: str, kind: str) -> None:
    """ "real talk", "ngl", "lowkey" before a request say how it is said, nothing more: "ok
    real talk what do i HAVE to get done today" was read as a done-report of "real talk"."""
    assert [i.kind for i in parse(text)] == [kind]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("add real talk podcast episode", "Real talk podcast episode"),
        ("add listen to the ngl episode", "Listen to the ngl episode"),
    ],
)
def test_a_chatty_lead_word_inside_a_title_stays(text: str, title: str) -> None:
    assert [t for t, _, _ in adds(text)] == [title]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("you may cross off the parcel one", "complete"),
        ("you may now strike off the milk", "complete"),
        ("you may check the parcel one off", "complete"),
        ("you may delete the parcel one", "delete"),
    ],
)
def test_you_may_before_a_request_is_the_request(text: str, kind: str) -> None:
    assert [i.kind for i in parse(text)] == [kind]


@pytest.mark.parametrize(
    "text", ["you may want to call the bank", "you may need to add a reminder"]
)
def test_you_may_before_a_wish_changes_nothing(text: str) -> None:
    assert all(i.kind not in ("complete", "delete", "add") for i in parse(text))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("add stretch for ten minutes so i actually do it", "Stretch for ten minutes"),
        ("add drink more water so that i actually remember", "Drink more water"),
        ("add read one chapter so i actually get it done", "Read one chapter"),
        ("add book the gym so i do it this time", "Book the gym"),
    ],
)
def test_why_it_is_put_on_the_list_is_no_part_of_the_title(text: str, title: str) -> None:
    assert [t for t, _, _ in adds(text)] == [title]


def test_a_purpose_of_the_task_itself_stays_in_the_title() -> None:
    assert [t for t, _, _ in adds("add save money so i can buy a car")] == [
        "Save money so i can buy a car"
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("hello there, add milk", "add"),
        ("Hello there, would you be so kind as to take the knit scarf off my list", "delete"),
        ("hiya there! can u show my list", "list"),
    ],
)
def test_hello_there_is_a_greeting(text: str, kind: str) -> None:
    assert [i.kind for i in parse(text)] == [kind]


def test_hello_theres_is_no_greeting_of_there() -> None:
    assert parse("hello there's a leak, add call the plumber")[-1].title == "Call the plumber"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("my friend jess is visiting and i keep forgetting stuff so: add buy sheets", "Buy sheets"),
        ("the boiler is acting up again anyway: add call the plumber", "Call the plumber"),
        ("work is mad this week basically: remind me to book the dentist", "Book the dentist"),
    ],
)
def test_a_story_before_so_and_a_colon_is_why_the_request_after_it_is_made(
    text: str, title: str
) -> None:
    assert [t for t, _, _ in adds(text)] == [title]


def test_a_colon_in_a_title_stays() -> None:
    assert [t for t, _, _ in adds("add the following so: eggs")] == ["The following so: eggs"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Good evening. I would like to add a task please, to collect the curtains from the "
            "cleaners. Many thanks, Harold",
            "Collect the curtains from the cleaners",
        ),
        ("could you add a reminder kindly: ring the optician", "Ring the optician"),
        (
            "Hello, please add a note for me please,, to post the birthday card . Regards, Joan",
            "Post the birthday card",
        ),
        ("Dear assistant, add pay the window cleaner. Kind regards, Tom", "Pay the window cleaner"),
        ("i'd like to create a reminder pls - book the boiler service", "Book the boiler service"),
    ],
)
def test_a_formal_wrapper_and_a_sign_off_leave_the_title(text: str, title: str) -> None:
    assert [t for t, _, _ in adds(text)] == [title]


@pytest.mark.parametrize("text", ["Thank you kindly, Margaret", "Many thanks, Harold x"])
def test_a_sign_off_alone_adds_nothing(text: str) -> None:
    assert adds(text) == []


def test_a_doubled_comma_still_cuts_a_list() -> None:
    assert [t for t, _, _ in adds("add apples,, pears and plums")] == ["Apples", "Pears", "Plums"]


@pytest.mark.parametrize(
    ("said", "title"),
    [
        (
            "Add please task: bring documents for visa in embassy, on Thursday",
            "Bring documents for visa in embassy",
        ),
        (
            "need to book the car in for its WOF sometime next week, low priority tho",
            "Book the car in for its WOF",
        ),
        ("add pls buy bread", "Buy bread"),
    ],
)
def test_please_after_the_verb_and_tho_after_the_level_are_no_part_of_a_title(
    said: str, title: str
) -> None:
    """Visible batches 81 and 82."""
    intent = one(said)
    assert (intent.kind, intent.title) == ("add", title)


def test_no_rush_on_that_after_an_edit_says_nothing_of_the_task() -> None:
    intent = one("take the date off the tire rotation, no rush on that")
    assert intent.kind == "due" and intent.target is not None
    assert intent.target.text == "tire rotation"

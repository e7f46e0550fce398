"""The offline model with dates, repeats, priorities and tags, through the real Runner.

The harness's tools read `due` and `repeat` with the shared parser, as the MCP tools do
(today is Monday 23 November 2026, in UTC).
"""

from __future__ import annotations

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore


async def test_a_monthly_reminder_repeats_and_keeps_its_title_clean(store: TaskStore) -> None:
    turn = await ChatSession(store).say("remind me to pay rent every month on the 1st")
    assert turn.tool_calls == [
        ("add_task", {"title": "Pay rent", "repeat": "every month on the 1st"})
    ]
    task = store.tasks[1]
    assert (task["title"], task["repeat_text"]) == ("Pay rent", "every month on the 1st")
    assert "every month on the 1st" in turn.reply


async def test_quick_add_with_priority_and_tag(store: TaskStore) -> None:
    await ChatSession(store).say("add pay rent every month on the 1st p1 #home")
    task = store.tasks[1]
    assert (task["title"], task["priority"], task["tags"]) == ("Pay rent", "high", ["home"])


async def test_a_date_and_time_leave_the_title(store: TaskStore) -> None:
    turn = await ChatSession(store).say("add call mom tomorrow at 5pm")
    task = store.tasks[1]
    assert (task["title"], task["due_date"]) == ("Call mom", "2026-11-24T17:00:00+00:00")
    assert "due" in turn.reply


async def test_move_the_dentist_to_friday(store: TaskStore) -> None:
    store.create("Dentist appointment", due_date="2026-11-25")
    store.create("Buy milk")
    turn = await ChatSession(store).say("move the dentist to friday")
    assert store.tasks[1]["due_date"] == "2026-11-27"
    assert store.tasks[2]["due_date"] is None
    assert "Dentist appointment" in turn.reply


async def test_make_it_high_priority_and_tag_it_after_adding(store: TaskStore) -> None:
    session = ChatSession(store)
    await session.say("add renew passport")
    await session.say("make it high priority")
    turn = await session.say("tag it work")
    assert (store.tasks[1]["priority"], store.tasks[1]["tags"]) == ("high", ["work"])
    assert "tagged" in turn.reply
    await session.say("tag it as travel")
    assert store.tasks[1]["tags"] == ["work", "travel"]
    await session.say("remove the work tag from it")
    assert store.tasks[1]["tags"] == ["travel"]


async def test_whats_due_this_week_and_overdue(store: TaskStore) -> None:
    store.create("File the report", due_date="2026-11-25")
    store.create("Pay the old bill", due_date="2026-11-20")
    store.create("Plan next year", due_date="2027-01-10")
    store.create("Someday maybe")
    session = ChatSession(store)
    week = await session.say("what's due this week?")
    assert week.tool_calls == [("list_tasks", {"status": "pending", "due": "week"})]
    assert "File the report" in week.reply
    assert "Plan next year" not in week.reply and "Someday" not in week.reply
    overdue = await session.say("what's overdue?")
    assert overdue.tool_calls == [("list_tasks", {"status": "pending", "due": "overdue"})]
    assert "Pay the old bill" in overdue.reply and "File the report" not in overdue.reply
    none = await session.say("anything due tomorrow?")
    assert "no tasks due tomorrow" in none.reply


async def test_show_my_work_tasks_lists_the_tag(store: TaskStore) -> None:
    store.create("Write the slides", tags=["work"])
    store.create("Buy flowers", tags=["home"])
    turn = await ChatSession(store).say("show my work tasks")
    assert "Write the slides" in turn.reply and "Buy flowers" not in turn.reply


async def test_make_a_task_repeat_and_stop_it(store: TaskStore) -> None:
    store.create("Go to the gym")
    session = ChatSession(store)
    await session.say("make the gym task repeat every monday")
    assert store.tasks[1]["repeat_text"] == "every Monday"
    await session.say("stop repeating the gym task")
    assert store.tasks[1]["repeat_text"] is None


async def test_words_the_parser_cannot_read_are_not_a_date(store: TaskStore) -> None:
    store.create("Plan the offsite")
    await ChatSession(store).say("move the offsite to the big room")
    assert store.tasks[1]["due_date"] is None


async def test_clearing_a_due_date_never_deletes_the_task(store: TaskStore) -> None:
    store.create("Renew SSL cert", due_date="2026-11-29")
    await ChatSession(store).say("clear the due date on the ssl cert")
    assert store.tasks[1]["due_date"] is None
    assert not store.trash


async def test_words_with_a_date_and_no_verb_are_a_task(store: TaskStore) -> None:
    session = ChatSession(store)
    await session.say("dentist tmrw 3pm")
    assert (store.tasks[1]["title"], store.tasks[1]["due_date"]) == (
        "Dentist",
        "2026-11-24T15:00:00+00:00",
    )
    await session.say("actually make that 4pm")  # a time alone keeps the day
    assert store.tasks[1]["due_date"] == "2026-11-24T16:00:00+00:00"
    assert store.tasks[1]["title"] == "Dentist"


async def test_a_story_with_a_date_is_not_a_task(store: TaskStore) -> None:
    await ChatSession(store).say("yesterday I forgot to call grandpa")
    await ChatSession(store).say("the car passed its MOT today")
    assert not store.tasks


async def test_a_new_time_for_a_named_task_is_not_a_new_title(store: TaskStore) -> None:
    store.create("Dentist appointment", due_date="2026-11-25T15:00:00+00:00")
    await ChatSession(store).say("actually make the dentist 4:30pm")
    task = store.tasks[1]
    assert (task["title"], task["due_date"]) == (
        "Dentist appointment",
        "2026-11-25T16:30:00+00:00",
    )


async def test_slots_said_alone_after_an_add(store: TaskStore) -> None:
    session = ChatSession(store)
    await session.say("add buy hdmi cable")
    await session.say("due fri, low prio")
    task = store.tasks[1]
    assert (task["due_date"], task["priority"]) == ("2026-11-27", "low")
    await session.say("and tag it party")
    assert task["tags"] == ["party"]


async def test_priority_edits_in_short_words(store: TaskStore) -> None:
    store.create("Review PR 482")
    store.create("Refactor auth", priority="high")
    session = ChatSession(store)
    await session.say("prio high on the PR review")
    await session.say("deprioritize refactor auth, low")
    assert (store.tasks[1]["priority"], store.tasks[2]["priority"]) == ("high", "low")


async def test_tag_with_the_tag_as_the_last_word(store: TaskStore) -> None:
    store.create("Finish quarterly report")
    store.create("Grocery run")
    await ChatSession(store).say("tag the report one work")
    assert (store.tasks[1]["tags"], store.tasks[2]["tags"]) == (["work"], [])


async def test_counting_a_tag_and_a_short_week_question(store: TaskStore) -> None:
    for title in ("Write the slides", "Send the invoice", "Book the room"):
        store.create(title, tags=["work"])
    store.create("Update the changelog", due_date="2026-11-26")
    session = ChatSession(store)
    assert "3" in (await session.say("how many work tasks do i have")).reply
    assert "changelog" in (await session.say("due this wk?")).reply


async def test_mark_all_overdue_as_done(store: TaskStore) -> None:
    store.create("Renew SSL cert", due_date="2026-11-20")
    store.create("File expenses", due_date="2026-11-22")
    store.create("Prep demo", due_date="2026-11-27")
    await ChatSession(store).say("mark all overdue as done")
    assert [t["completed"] for t in store.tasks.values()] == [True, True, False]


async def test_bump_a_due_date_by_some_days(store: TaskStore) -> None:
    store.create("Write blog post", due_date="2026-11-25")
    store.create("Record podcast", due_date="2026-11-26T15:00:00+00:00")
    session = ChatSession(store)
    await session.say("bump the blog post by 2 days")
    await session.say("push the podcast back a week")
    assert store.tasks[1]["due_date"] == "2026-11-27"
    assert store.tasks[2]["due_date"] == "2026-12-03T15:00:00+00:00"


async def test_a_shift_says_which_way_and_keeps_the_time(store: TaskStore) -> None:
    """ "push the haircut back by one day, same time" (held-out 34): the task's own date
    moves, with its time; forward, up, earlier and sooner move it earlier. Someone who rang
    before the request is only why it is asked."""
    store.create("Haircut", due_date="2026-11-25T10:00:00+00:00")
    store.create("Vet for Biscuit", due_date="2026-11-27")
    store.create("Gym session", due_date="2026-11-26T18:00:00+00:00")
    store.create("Call the salon")
    store.create("Submit report", due_date="2026-11-30")
    session = ChatSession(store)
    await session.say("salon just rang, can u push the haircut back by one day, same time")
    await session.say("bring the vet forward 2 days")
    await session.say("move the gym session up a day")
    await session.say("can you move the report a couple of days earlier")
    assert store.tasks[1]["due_date"] == "2026-11-26T10:00:00+00:00"
    assert store.tasks[2]["due_date"] == "2026-11-25"
    assert store.tasks[3]["due_date"] == "2026-11-25T18:00:00+00:00"
    assert store.tasks[5]["due_date"] == "2026-11-28"
    assert store.tasks[4]["completed"] is False  # the salon rang; the user did not call it


async def test_a_shift_whose_way_is_not_said_changes_no_date(store: TaskStore) -> None:
    store.create("Return the chairs", due_date="2026-11-25")
    await ChatSession(store).say("bring the chairs back by one day")
    assert store.tasks[1]["due_date"] == "2026-11-25"


async def test_a_repeat_on_several_days_without_a_verb(store: TaskStore) -> None:
    await ChatSession(store).say("gym every mon wed fri 7am")
    task = store.tasks[1]
    assert (task["title"], task["repeat_text"]) == (
        "Gym",
        "every Monday, Wednesday and Friday at 07:00",
    )


async def test_acting_on_everything_due_today_asks_the_tool_which_are(store: TaskStore) -> None:
    store.create("Return library books", due_date="2026-11-23")
    store.create("Pay lunch money", due_date="2026-11-23T15:00:00+00:00")
    store.create("Book haircut", due_date="2026-11-27")
    turn = await ChatSession(store).say("mark everything due today as done")
    assert ("list_tasks", {"status": "all", "due": "today"}) in turn.tool_calls
    assert [t["completed"] for t in store.tasks.values()] == [True, True, False]


async def test_a_command_with_a_date_scope_is_not_a_due_date_change(store: TaskStore) -> None:
    store.create("Return library books", due_date="2026-11-24")
    store.create("Book haircut", due_date="2026-11-27")
    await ChatSession(store).say("delete everything due tomorrow")
    assert list(store.tasks) == [2]
    assert store.tasks[2]["due_date"] == "2026-11-27"


async def test_a_due_date_for_words_that_name_no_task_adds_it(store: TaskStore) -> None:
    store.create("Buy printer ink")
    await ChatSession(store).say("moodboard for bloom due in 5 days, tag it bloom")
    task = store.tasks[2]
    assert (task["title"], task["due_date"], task["tags"]) == (
        "Moodboard for bloom",
        "2026-11-28",
        ["bloom"],
    )


async def test_a_new_day_keeps_the_time_and_a_new_repeat_needs_no_verb(store: TaskStore) -> None:
    store.create("Dentist", due_date="2026-11-24T15:00:00+00:00")
    store.create("Sync call with Bloom", repeat_text="every week")
    store.create("Order business cards", priority="high")
    session = ChatSession(store)
    await session.say("move the dentist to friday")
    assert store.tasks[1]["due_date"] == "2026-11-27T15:00:00+00:00"
    await session.say("make the bloom sync every 2 weeks instead")
    assert store.tasks[2]["repeat_text"] == "every 2 weeks"
    await session.say("business cards arent urgent anymore, low priority")
    assert store.tasks[3]["priority"] == "low"
    assert len(store.tasks) == 3


async def test_a_bare_hour_for_a_timed_task_is_its_time_not_its_title(store: TaskStore) -> None:
    session = ChatSession(store)
    await session.say("invoice acme tmrw 9am")
    turn = await session.say("actually make that 11")
    assert "renamed" not in turn.reply and "due" in turn.reply
    task = store.tasks[1]
    assert (task["title"], task["due_date"]) == ("Invoice acme", "2026-11-24T11:00:00+00:00")
    store.create("Buy 2 eggs")
    await session.say("add buy 6 rolls")
    await session.say("actually make it 4")  # an amount, as before
    assert store.tasks[3]["title"] == "Buy 4 rolls"


async def test_a_date_said_before_change_the_date(store: TaskStore) -> None:
    store.create("Buy poop bags", due_date="2026-11-25")
    store.create("Walk Pepper")
    await ChatSession(store).say("actually i need the poop bags today, change the date")
    assert (store.tasks[1]["due_date"], len(store.tasks)) == ("2026-11-23", 2)


async def test_a_repeat_before_i_must_then_please_add(store: TaskStore) -> None:
    turn = await ChatSession(store).say("every saturday I must call to my mother, please add")
    (task,) = store.tasks.values()
    assert (task["title"], task["repeat_text"]) == ("Call to my mother", "every Saturday")
    assert "What should the task say" not in turn.reply


async def test_done_for_good_ends_the_repeat(store: TaskStore) -> None:
    store.create("Bloom social posts", repeat_text="every week")
    store.create("Water the plants", repeat_text="every Saturday")
    session = ChatSession(store)
    turn = await session.say("mark the social posts done for good")
    assert turn.tool_calls[-1] == ("complete_task", {"task_id": 1, "for_good": True})
    assert (store.tasks[1]["completed"], store.tasks[1]["repeat_text"]) == (True, None)
    await session.say("I watered the plants")
    assert store.calls[-1] == ("complete_task", {"task_id": 2})


async def test_a_part_of_the_day_and_an_hour_are_one_repeat(store: TaskStore) -> None:
    """ "every morning at 7" (batch 33) repeated at 09:00 with a due "at 7"; the part of the
    day says am or pm. A noun before a dash ("add a recurring task - X") is no title."""
    session = ChatSession(store)
    await session.say("add a recurring task - water the tulsi plant every morning at 7")
    await session.say("add take my pills every evening at 8:30")
    await session.say("add walk the dog every morning")
    assert [(t["title"], t["repeat_text"]) for t in store.tasks.values()] == [
        ("Water the tulsi plant", "every day at 07:00"),
        ("Take my pills", "every day at 20:30"),
        ("Walk the dog", "every day at 09:00"),
    ]


async def test_a_date_after_the_tags_of_an_add_dates_it(store: TaskStore) -> None:
    """ "add finish lab report, tag it chem and uni, due friday" (held-out 34) tagged it
    'due-friday'; a tag that only looks like a date word stays a tag."""
    session = ChatSession(store)
    await session.say("add write the essay plan, tag it english and uni, due friday")
    await session.say("add pay the rent, tag it home, by the 1st")
    await session.say("add prep for book club, tag it due-diligence")
    tasks = list(store.tasks.values())
    assert [(t["title"], t["tags"]) for t in tasks] == [
        ("Write the essay plan", ["english", "uni"]),
        ("Pay the rent", ["home"]),
        ("Prep for book club", ["due-diligence"]),
    ]
    assert [t["due_date"] for t in tasks] == ["2026-11-27", "2026-12-01", None]


async def test_a_date_after_on_my_list_dates_the_task(store: TaskStore) -> None:
    """ "put 'sort costume for Leo' on my list for saturday pls" (held-out 34) lost its day."""
    session = ChatSession(store)
    await session.say("pop 'return the library books' on my list for friday pls")
    await session.say("stick call the vet on the list tomorrow")
    await session.say("put buy stamps on my list")
    assert [(t["title"], t["due_date"]) for t in store.tasks.values()] == [
        ("Return the library books", "2026-11-27"),
        ("Call the vet", "2026-11-24"),
        ("Buy stamps", None),
    ]


async def test_an_hour_written_with_an_h_is_a_time_never_a_new_title(store: TaskStore) -> None:
    """ "15h", "9h30" (much of Europe): a 24-hour clock. Batch 63's harmful miss renamed
    'Meeting with M. Lefebvre' to '15h' on "the meeting ... tomorrow is at 15h and not 14h"."""
    store.create("Meeting with M. Lefebvre", due_date="2026-11-24T14:00:00+00:00")
    store.create("Envoyer devis")
    session = ChatSession(store)
    turn = await session.say("the meeting with Lefebvre tomorrow is at 15h and not 14h, sorry")
    assert "renamed" not in turn.reply
    assert (store.tasks[1]["title"], store.tasks[1]["due_date"]) == (
        "Meeting with M. Lefebvre",
        "2026-11-24T15:00:00+00:00",
    )
    await session.say("move the devis to friday 9h30")
    assert store.tasks[2]["due_date"] == "2026-11-27T09:30:00+00:00"
    await session.say("add call the notaire tomorrow à 16h")
    assert (store.tasks[3]["title"], store.tasks[3]["due_date"]) == (
        "Call the notaire",
        "2026-11-24T16:00:00+00:00",
    )
    await session.say("remind me to stretch in 2h")
    assert (store.tasks[4]["title"], store.tasks[4]["due_date"]) == (
        "Stretch",
        "2026-11-23T12:00:00+00:00",
    )
    await session.say("add study for 2h")  # a span, not a time
    assert (store.tasks[5]["title"], store.tasks[5]["due_date"]) == ("Study for 2h", None)


async def test_snooze_and_defer_put_a_task_off(store: TaskStore) -> None:
    store.create("Dentist")
    store.create("Tax return")
    session = ChatSession(store)
    await session.say("snooze the dentist till monday")
    await session.say("defer tax return to friday")
    assert [(t["title"], t["due_date"]) for t in store.tasks.values()] == [
        ("Dentist", "2026-11-30"),
        ("Tax return", "2026-11-27"),
    ]


async def test_a_part_of_the_day_with_a_clock_time_is_that_time(store: TaskStore) -> None:
    # "tonight 8 pm", "thursday evening like 8ish", "at half 5" (Irish: 17:30): a time said with
    # its part of the day, roughly, or as the clock face is said, leaves the title
    session = ChatSession(store)
    for message in (
        "add call CA regarding TDS tonight 8 pm",
        "add collect the dry cleaning thurs evening like 8ish",
        "remind me to ring the GP tomorrow morning at 9",
        "add book the taxi for friday at half 5",
        "add take the bins out tomorrow night at 10",
        # near misses: a measure, and "like" that is no time word, stay in the title
        "add buy half 5 kg of rice",
        "add i'd like 8 samosas",
    ):
        await session.say(message)
    assert [(t["title"], t["due_date"]) for t in store.tasks.values()] == [
        ("Call CA regarding TDS", "2026-11-23T20:00:00+00:00"),
        ("Collect the dry cleaning", "2026-11-26T20:00:00+00:00"),
        ("Ring the GP", "2026-11-24T09:00:00+00:00"),
        ("Book the taxi", "2026-11-27T17:30:00+00:00"),
        ("Take the bins out", "2026-11-24T22:00:00+00:00"),
        ("Buy half 5 kg of rice", None),
        ("I'd like 8 samosas", None),
    ]


async def test_a_new_time_said_as_news_keeps_the_day(store: TaskStore) -> None:
    # "the cake pickup is half 5 not 5": a pickup is a collection, half 5 is 17:30
    store.create("Collect birthday cake", due_date="2026-11-26T17:00:00+00:00")
    store.create("Blow up balloons")
    turn = await ChatSession(store).say("the cake pickup is half 5 not 5")
    assert store.tasks[1]["due_date"] == "2026-11-26T17:30:00+00:00"
    assert store.tasks[2]["due_date"] is None
    assert [name for name, _ in turn.tool_calls] == ["list_tasks", "update_task"]


async def test_field_edits_said_in_taglish_pidgin_and_indian_english(store: TaskStore) -> None:
    # "gawin mong every weekday yung X" (make X every weekday), "make am every monday, no be one
    # time thing" (Pidgin: make it repeat), "prepone X to thursday" (move it earlier), a level
    # said with "abeg"; the remark after each changes nothing
    store.create("Pack baon for kids")
    store.create("Do stock count")
    store.create("Meeting with Agarwal distributor", due_date="2026-11-27")
    store.create("Submit NAFDAC registration documents")
    session = ChatSession(store)
    for message in (
        "gawin mong every weekday yung pack baon for kids, araw araw ko naman ginagawa eh",
        "the stock count, make am every monday, no be one time thing",
        "Kindly prepone the Agarwal meeting to thursday",
        "make the nafdac one urgent abeg, dem don dey disturb me",
    ):
        await session.say(message)
    tasks = list(store.tasks.values())
    assert [(t["title"], t["repeat_text"]) for t in tasks[:2]] == [
        ("Pack baon for kids", "every weekday"),
        ("Do stock count", "every Monday"),
    ]
    assert tasks[2]["due_date"] == "2026-11-26"
    assert tasks[3]["priority"] == "high"
    assert len(tasks) == 4 and not any(t["completed"] for t in tasks)


async def test_remarks_after_an_add_leave_its_title(store: TaskStore) -> None:
    # "due na kasi" (it's due, that's why), "paglabas ko ng duty" (when I get off duty), "not
    # important tho" (a low one), "kesho 9am" (Swahili: tomorrow)
    session = ChatSession(store)
    for message in (
        "pls add pay meralco bill tmrw, due na kasi 😅",
        "pa add naman po: buy formula milk for baby, bukas paglabas ko ng duty 🙏",
        "could u add look into cheaper car insurance, not important tho, no rush at all",
        "pls remind me kesho 9am to send mpesa to the maize supplier",
        "add the stock count every monday, not a one-off",
    ):
        await session.say(message)
    assert [(t["title"], t["due_date"], t["priority"]) for t in store.tasks.values()] == [
        ("Pay meralco bill", "2026-11-24", None),
        ("Buy formula milk for baby", "2026-11-24", None),
        ("Look into cheaper car insurance", None, "low"),
        ("Send M-Pesa to the maize supplier", "2026-11-24T09:00:00+00:00", None),
        ("The stock count", "2026-11-23", None),
    ]


async def test_near_misses_of_remarks_and_pidgin_change_nothing(store: TaskStore) -> None:
    # a remark alone, or "am" that is no "it", must never complete, delete or rename a task
    store.create("Do stock count")
    store.create("Pay water bill")
    session = ChatSession(store)
    for message in (
        "no be one time thing",
        "due na kasi",
        "I am at the shop, not a one-off",
        "prepone am",
    ):
        await session.say(message)
    assert [(t["title"], t["completed"]) for t in store.tasks.values()] == [
        ("Do stock count", False),
        ("Pay water bill", False),
    ]


async def test_when_the_user_is_free_said_first_is_no_part_of_the_task(store: TaskStore) -> None:
    # "after my 12h shift on thurs i need to X, can u put that in for thurs evening like 8ish":
    # the clause of when the user is free goes (its day stays), and a later time of that same
    # day says more than the day alone
    store.create("Old photos")
    session = ChatSession(store)
    for message in (
        "after my 12h shift on thurs i need to collect the dry cleaning, can u put that in for "
        "thurs evening like 8ish",
        "when i get home i have to feed the cat, put it on the list",
        "after work on friday i gotta pick up the cake",
        # near misses: a change wished for later is no request now, nor a clause without a need
        "after lunch i need to delete the old photos",
        "when i need to call mum i will",
    ):
        await session.say(message)
    assert [(t["title"], t["due_date"]) for t in store.tasks.values()] == [
        ("Old photos", None),
        ("Collect the dry cleaning", "2026-11-26T20:00:00+00:00"),
        ("Feed the cat", None),
        ("Pick up the cake", "2026-11-27"),
    ]


@pytest.mark.parametrize(
    "message",
    [
        "move the school concert to february 30th",
        "move the concert to feb 30th pls",
        "change the concert date to 31st april",
        "can u push the concert to the 31st of june",
    ],
)
async def test_a_day_that_does_not_exist_changes_nothing_and_says_why(
    store: TaskStore, message: str
) -> None:
    """ "february 30th" was read as the 30th of this month: the task moved to another day."""
    store.create("School concert", due_date="2026-11-28")
    turn = await ChatSession(store).say(message)
    assert store.tasks[1]["due_date"] == "2026-11-28"
    assert "there is no" in turn.reply


@pytest.mark.parametrize(
    "message", ["add pay rent on feb 30", "remind me to call gran on april 31st pls"]
)
async def test_an_add_on_a_day_that_does_not_exist_adds_nothing_and_says_why(
    store: TaskStore, message: str
) -> None:
    turn = await ChatSession(store).say(message)
    assert store.tasks == {} and "there is no" in turn.reply

"""Fresh dated batches (dates, repeats, priorities, tags), played by the eval runner through
the real HTTP API with the offline model, on today's date in each case's time zone.

Written by someone who never saw the model and scored before it was tuned on them (README,
/work/eval-batches/SCORES.md): dates-1 68%, dates-2 58%, dates-3 80%. Once tuned on, they
must stay at least at these rates with no harmful miss; the misses left are in the README.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.assistant.offline.harness import relative_dates
from todochat.cli import main
from todochat.core.config import get_settings

DATA = Path(__file__).parent / "data"
DATES = DATA / "dates"
FLOOR = {"dates-1": 0.85, "dates-2": 0.9, "dates-3": 0.85}


@pytest.fixture
def offline_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("AGENT_MODEL", "offline")
    get_settings.cache_clear()
    yield tmp_path
    get_settings.cache_clear()


@pytest.mark.parametrize("name", sorted(FLOOR))
def test_dated_batch_keeps_its_rate_and_harms_nothing(
    name: str, offline_cli: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = DATES / f"{name}.jsonl"
    assert sum(1 for line in path.read_text().splitlines() if line.strip()) >= 45
    code = main(["eval", "--min-pass-rate", str(FLOOR[name]), str(path)])
    out = capsys.readouterr().out
    assert "harmful misses: 0" in out, out
    assert code == 0, out


RUNNER_TUNING_FLOOR = {
    "batch-27": 0.95,
    "batch-28": 0.95,
    "batch-29": 0.95,
    "batch-30": 0.95,
    "batch-31": 0.95,
    "batch-32": 0.95,
    "batch-33": 0.9,
    "batch-34": 0.9,
    "batch-35": 0.9,
    "batch-36": 0.9,
    "batch-37": 0.9,
    "batch-38": 0.8,
    "batch-43": 0.8,
    "batch-44": 0.9,
    "batch-47": 0.95,
    "batch-48": 0.95,
    "batch-49": 0.95,
    "batch-50": 0.95,
    "batch-51": 0.95,
    "batch-52": 0.95,
    "batch-57": 0.95,
    "batch-58": 0.9,
    "batch-63": 0.8,
    "batch-64": 0.95,
    "batch-67": 0.95,
    "batch-68": 0.95,
    "batch-71": 0.95,
    "batch-72": 0.95,
    "batch-75": 0.95,
    "batch-76": 0.95,
    "batch-77": 0.8,
    "batch-78": 0.8,
    "batch-79": 0.95,
    "batch-80": 0.95,
    "batch-81": 0.9,
    "batch-82": 0.9,
    "batch-83": 0.95,
    "batch-84": 0.95,
    "batch-85": 0.8,
    "batch-86": 0.7,
    "batch-87": 0.95,
    "batch-88": 0.95,
    "batch-89": 0.95,
    "batch-90": 0.95,
    "batch-91": 0.9,
    "batch-92": 0.85,
    "batch-93": 0.85,
    "batch-94": 0.85,
    "batch-95": 0.85,
    "batch-96": 0.9,
    "batch-97": 0.95,
    "batch-98": 0.95,
    "batch-99": 0.8,
    "batch-100": 0.8,
    "batch-101": 0.85,
    "batch-102": 0.8,
    "batch-103": 0.95,
    "batch-104": 0.95,
    "batch-105": 0.95,
    "batch-106": 0.95,
    "batch-107": 0.95,
    "batch-108": 0.9,
    "batch-117": 0.85,
    "batch-118": 0.75,
    "batch-119": 0.9,
    "batch-120": 0.95,
    "batch-121": 0.95,
    "batch-122": 0.95,
    "batch-123": 0.8,
    "batch-124": 0.8,
    "batch-125": 0.95,
    "batch-126": 0.95,
    "batch-127": 0.95,
    "batch-128": 0.95,
    "batch-129": 0.95,
    "batch-130": 0.9,
    "batch-131": 0.9,
    "batch-132": 0.9,
    "batch-133": 0.8,
    "batch-134": 0.8,
    "batch-135": 0.95,
    "batch-136": 0.95,
    "batch-137": 0.95,
    "batch-138": 0.95,
    "batch-139": 0.9,
    "batch-140": 0.9,
    "batch-141": 0.95,
    "batch-142": 0.95,
    "batch-143": 0.8,
    "batch-144": 0.8,
    "batch-145": 0.95,
    "batch-146": 0.95,
    "batch-147": 0.95,
    "batch-148": 0.95,
    "batch-149": 0.95,
    "batch-150": 0.95,
    "batch-151": 0.95,
    "batch-152": 0.95,
    "batch-153": 0.95,
    "batch-154": 0.95,
    "batch-155": 0.95,
    "batch-156": 0.95,
    "batch-157": 0.85,
    "batch-158": 0.8,
    "batch-159": 0.95,
    "batch-160": 0.9,
    "batch-161": 0.9,
    "batch-162": 0.95,
    "batch-163": 0.9,
    "batch-164": 0.9,
    "batch-165": 0.85,
    "batch-166": 0.9,
    "batch-167": 0.8,
    "batch-168": 0.7,
    "batch-169": 0.95,
    "batch-170": 0.95,
    "batch-171": 0.95,
    "batch-172": 0.95,
    "batch-173": 0.95,
    "batch-174": 0.9,
    "batch-175": 0.85,
    "batch-176": 0.9,
    "batch-177": 0.8,
    "batch-178": 0.8,
    "batch-179": 0.95,
    "batch-180": 0.95,
    "batch-181": 0.95,
    "batch-182": 0.9,
    "batch-183": 0.95,
    "batch-184": 0.95,
    "batch-185": 0.9,
    "batch-186": 0.95,
    "batch-187": 0.8,
    "batch-188": 0.8,
    "batch-189": 0.95,
    "batch-190": 0.95,
    "batch-191": 0.95,
    "batch-192": 0.95,
    "batch-193": 0.95,
    "batch-194": 0.95,
    "batch-195": 0.95,
    "batch-196": 0.95,
    "batch-197": 0.9,
    "batch-198": 0.75,
    "batch-199": 0.85,
    "batch-200": 0.85,
    "batch-201": 0.95,
    "batch-202": 0.95,
    "batch-203": 0.95,
    "batch-204": 0.95,
    "batch-205": 0.95,
    "batch-206": 0.95,
    "batch-207": 0.95,
    "batch-208": 0.85,
    "batch-209": 0.95,
    "batch-210": 0.95,
    "batch-211": 0.95,
    "batch-212": 0.95,
    "batch-213": 0.95,
    "batch-214": 0.95,
    "batch-215": 0.95,
    "batch-216": 0.95,
    "batch-217": 0.95,
    "batch-218": 0.9,
    "batch-219": 0.8,
    "batch-220": 0.8,
    "batch-221": 0.95,
    "batch-222": 0.95,
    "batch-223": 0.9,
    "batch-224": 0.95,
    "batch-225": 0.9,
    "batch-226": 0.95,
    "batch-227": 0.9,
    "batch-228": 0.9,
    "batch-229": 0.8,
    "batch-230": 0.8,
    "batch-231": 0.8,
    "batch-232": 0.75,
    "batch-233": 0.95,
    "batch-234": 0.95,
    "batch-235": 0.95,
    "batch-236": 0.95,
    "batch-237": 0.95,
    "batch-238": 0.95,
    "batch-239": 0.95,
    "batch-240": 0.9,
    "batch-241": 0.8,
    "batch-242": 0.75,
}
"""Fresh batches 27 (a retired teacher in Ohio), 28 (a Toronto student, all lower case), 29 and
30 (45 different people each), scored before tuning at 66.7%, 60.0%, 82.2% and 62.2% of all
cases (`todochat eval`; 0 harmful but 2 in batch 30, both since fixed). 31 and 32 (45 different
people each) were the held-out pair: written and scored by the lead only, 64.4% and 64.4% at
the start of the work (92f09a2), 73.3% and 73.3% at its end (147a692; 1 harmful in 32, then
fixed), and only then read. All are held at
their rate rounded down to 0.05 as it rises. (Batch 28's count-28-2 expects "2" in the reply;
the wrong answer "3 pending tasks" passes it when a task id holds a 2, so 28 scored 26 or 27.)
35 (45 different people: carers, freelancers, teenagers, older people new to chat) and 36 (45
people in India, Pakistan, Nigeria, the Philippines, Mexico, the UK, the US and Australia, five
cases in Spanish or Roman Urdu) were scored once before anyone read them, on f177b1c: 73.3% and
64.4%, no harmful miss. 33 and 34 (45 different people each) were the evening's held-out pair,
written at its start and scored by the lead only: 68.9% and 73.3% (1 harmful: "undo that pls,
wrong one" after a wrong delete was not read as an undo) on f177b1c, 73.3% and 73.3% (the
same harmful miss) at the end of the work (36628ac); then read, that miss fixed (a1ede67:
75.6%, none). 37 and 38 (45 different people each) were scored once before anyone read them,
on 11a3de5: 75.6% (1 harmful: "i marked X as done by accident ... can u undo that" undid the
latest change, another task's creation) and 68.9% (none). 43 (people who chat like friends:
rambling, corrections mid-message, terse power users) and 44 (dates and routines: shift workers,
a wedding planner, a landlord; half in other time zones) were scored once before anyone read
them, on ee5f1fa: 66.7% (none harmful) and 68.9% (2 harmful: "change the stretching to every day
instead of once a week" renamed it 'Every day'; "the second one is done" after a list the model
had not understood completed the second task of the whole list). Both fixed as families; at
ea73a6a 43 is at 82.2% and 44 at 91.1%, none harmful, held at 0.8 and 0.85 (a margin of a
case or two for the eval's own noise); 44 rose to 93.3% with the slots said after a wish ("i have
to water the office plants every other week. low prio, tag it work"), held at 0.9. 47 (small
business owners and freelancers: shorthand,
voice dictation, invoices and deliveries) and 48 (health, home and habits; people who type in
bursts and change their minds) were scored once before anyone read them, on 135b998: 75.6%
(none harmful) and 64.4% (2 harmful: "not doing the marathon training anymore ... take it off
my list" deleted two tasks, one of them the wrong one; "stretching doesn't need to be every
day, make it mondays only" renamed it 'Monday only'). Tuned on as families (messages typed in
bursts; a task given up with a reason, a request said again with "it", how often said with
"only" / "from now on", a wish then "make that a daily thing"), 48 passes 45/45, none harmful,
and joins the floors at 0.95, as 47 does.
Tuned on as families (follow-ups after an add, several requests in one message, house numbers,
short days in a correction, deliveries done), 47 passes 45/45; it is held at 0.95, a case or
two of margin for the eval's own noise (its dates are read on the day it runs).
51 (students and young professionals: slang, emoji, run-on bursts) and 52 (older people new to
chat, non-native speakers, six cases in Spanish or Roman Urdu only) were scored once before
anyone read them, on 162be15: 77.8% and 64.4%, none harmful; they join at those rates rounded
down, before any tuning. With the wrappers, remarks and slots around an add tuned as well (at
b432cd5; 84.4% and 75.6% with those families alone), both pass 45/45, none harmful, and are
held at 0.95 as 47 and 48 are. 49 and 50 were the held-out pair of that session: 77.8% and
73.3% on 162be15, 77.8% and 75.6% at its end (ccb9572), none harmful; read only then, they join
at those rates rounded down. With the reported wish, the remark on when and the wrapper naming
the list tuned (and the done-report families), 50 reads 43/45, none harmful: held at 0.95.
58 (stressed, chatty people: a story before the request, corrections mid-message, 13 cases in
Spanish) was scored once before anyone read it, on 37e3b71: 60.0%, none harmful; it joins at
that rate before any tuning. With what this chat added, a finish phrase on a reference ("knocked
out #4", "the last one i actually did") it reads 30/45: held at 0.65. With the Spanish families
(a reason after "que", ", y agrega X", "táchalo", "ponle prioridad alta", "cambia X por Y",
"qué me falta", "¿cuántas he terminado?") it reads 37/45, none harmful: held at 0.8.
57 (bakers, landlords, tradespeople, tutors, photographers: shorthand and asides) was scored once
before anyone read it, on 37e3b71: 80.0% (1 harmful: "whats left for the kim wedding" listed every
pending task, so "the second one's done" completed the second of the whole list, not of the
wedding's). With a listing scoped by the words after its status it reads 82.2%, none harmful;
with the rest of that session's families 43/45, held at 0.95 (and 58, with its English
families beside the Spanish ones, 42/45: held at 0.9).
63 (European freelancers writing English as a second language, a few messages in Spanish) and
64 (to-do app power users half, Hinglish and Roman Urdu families half) were scored once before
anyone read them, on f7ebda8: 57.8% and 51.1%, 1 harmful each ("the meeting tomorrow is at 15h
and not 14h" renamed the task '15h'; "make book flights to denver p1" renamed it 'Denver p1').
With the session's families (2026-12-01 22:55 UTC on: times written "15h", dd.mm.yyyy dates,
learners' wrappers, Todoist's p1-p4 and place words, Roman Urdu light verbs, reasons and place
words) they read 36/45 and 43/45 at 9e06855, none harmful: held at 0.8 and 0.95.
67 (nurses, shift workers, hospitality staff; Taglish and Irish English) and 68 (small business
owners in India, Nigeria and Kenya) were scored once before anyone read them, on bfc016d
(2026-12-02): 77.8% and 73.3%, none harmful; with the session's families (parts of the day
with a time, "half 5", Swahili day words, Taglish and Pidgin edits, "prepone", list questions)
45/45 and 44/45 at 96478c3: held at 0.95 and 0.95.
71 (adults running a home in the US, UK, Ireland, South Africa and New Zealand) and 72 (teens and
young adults in the US, the Philippines, Mexico and Spain: slang, Spanish, Spanglish, Taglish)
were scored once before anyone read them, on 0f2db11 (2026-12-02): 84.4% and 66.7%, none
harmful; with the session's families (regional words of assent before "so", how often said in a
remark, "can it be saturday", deeds then "so both are done", Spanish "pa"/"pal" and reasons,
Taglish list and rename, ticks on task numbers) 45/45 and 45/45: held at 0.95 and 0.95.
Six batches were scored before anyone read them and then tuned on, the populations fixed
before the results: on e53cb11 (2026-12-02), 75 (busy parents and shop owners in the US, UK,
India, Nigeria, the Philippines) 93.3%, 76 (students and young professionals, a third second-
language English) 80.0%, 79 (everyday phone users in English-speaking countries) 91.1%, 80
(adults worldwide, a third second-language English, a few in Spanish or Roman Urdu) 93.3%, 81
(as 79) 80.0%, 82 (as 80) 91.1%; on 0dc9710, 83 (as 79) 93.3% and 84 (as 80) 93.3%; none
harmful. At f221e98: 45, 44, 45, 45, 43, 44, 45 and 45 of 45: held at 0.95, or 0.9 for 81 and
82. 77 (as 79) and 78 (as 80), the session's final pair, were scored once on 02cd26d, before
anyone read them: 86.7% and 80.0%, and 78 had two harmful misses (read then, and fixed as
families); at the end 86.7% and 84.4%, none harmful: held at 0.8.
The session of 2026-12-02 13:10 UTC fixed its populations before any result: 85 and 87, 89, 91
as 77 (everyday phone users in English-speaking countries), 86 and 88, 90, 92 as 78 (adults
worldwide, a third second-language English, a few in Spanish or Roman Urdu). 87 to 92 were
scored before anyone read them, on 0c093f2 (the session's start): 80.0%, 66.7%, 82.2%, 77.8%,
77.8% (1 harmful) and 73.3% (1 harmful); at 0784125 45, 45, 45, 45, 43 and 40 of 45, none
harmful: held at 0.95, 0.9 for 91 and 0.85 for 92. 85 and 86, the final pair, were written
first and scored once, on 0784125 after all the session's model work: 82.2% (1 harmful, read
then and fixed as a family) and 75.6%: held at 0.8 and 0.7 (not read). 93, 95, 97 and 99
(everyday phone users in the US, UK, CA, AU, IE and NZ) and 94, 96, 98 and 100 (adults
worldwide, a third in second-language English) came next. 95 to 98 were scored before anyone
read them, on 0e27f64: 60.0%, 75.6%, 82.2% (1 harmful) and 77.8% (1 harmful); at c7f39a4 88.9%,
93.3%, 97.8% and 95.6%, none harmful. 99 and 100, written mid-session and scored once on bd3aebc
before anyone read them: 73.3% and 84.4%; 99 was then read and tuned on (84.4% at 2f3c76b), 100
not read (84.4%). 93 and 94, the
final pair, were written first and scored once, on c7f39a4 after all the session's model work:
88.9% and 86.7%, none harmful (not read).
The session of 2026-12-02 20:01 UTC fixed its populations before any result: 101, 103 and 105 as
93, 102, 104 and 106 as 94. 103 to 106 were scored before anyone read them, on 70422ab (the
session's start): 88.9% (1 harmful), 68.9% (1 harmful), 86.7% (1 harmful) and 84.4%; at 9b3aad9
45, 44, 45 and 45 of 45, none harmful: held at 0.95. 107 (as 101) and 108 (as 102), written
mid-session and scored once on 8e9a5f8 before anyone read them: 93.3% and 93.3%; then read and
tuned on, 45 and 43 of 45 at 9b3aad9: held at 0.95 and 0.9. 101 and 102, the final pair, were
written first and scored once, on 9b3aad9 after all the session's model work: 88.9% and 80.0%,
none harmful (not read; on 70422ab, the session's start, 86.7% and 77.8%).
The session of 2026-12-02 23:26 UTC wrote 109 to 116 (the same populations) and scored them
before tuning, but lost them with its machine before they were added here (figures in the
README). The session of 2026-12-03 04:30 UTC fixed its populations before any result: 117, 119
and 121 as 101, 118, 120 and 122 as 102. 119 to 122 were scored before anyone read them, on
21db749 (the session's start): 80.0%, 68.9% (1 harmful), 88.9% and 84.4%; at 5a1d46c 43,
45, 45 and 44 of 45, none harmful: held at 0.9, 0.95, 0.95 and 0.95. 117 and 118, the
final pair, were written first and scored on 21db749 at the start (86.7%, and 73.3% with 1
harmful) and once more on 2ba194b after all the session's model work: 86.7% and 75.6% (1
harmful), not read but for 118's harmful miss ("delete the visa for dubai task pls" deleted
'Book flight to Dubai'), then fixed as a family: 39 and 35 of 45 at 5a1d46c, held at 0.85
and 0.75. The session of 2026-12-03 07:58 UTC fixed the same populations before any result:
123, 125, 127, 129 and 131 as 117, the rest as 118. 125 to 128 were scored before anyone read
them, on 4c0da63 (the session's start): 84.4%, 75.6%, 71.1% (1 harmful) and 86.7%; 129 and
130, written midway, on f8e80c5: 84.4% and 77.8%; 131 and 132, on cc679d6: 82.2% and 82.2%,
none harmful. At c8cb21e 45, 45, 44, 45, 44, 40, 42 and 41 of 45, none harmful (130 and
132 41 and 42 at 0eb4eae): held at 0.95 (125 to 129) and 0.9 (130 to 132). 123 and 124, the
final pair, were written first and scored on 4c0da63 (80.0% with 1 harmful, 75.6% with 2) and
once more on e7432b5 after all the session's model work (80.0% with 1, 77.8% with 2); then
only their harmful misses were read and fixed as families: 37 and 37 of 45 at c8cb21e, none
harmful, held at 0.8. The session of 2026-12-03 11:28 UTC fixed the same populations before any
result: 133, 135, 137, 139 and 141 as 117, the rest as 118. 135 to 138 were scored before anyone
read them, on 9c1b391 (the session's start): 86.7%, 86.7% (3 harmful), 88.9% and 82.2%; 139 to
142, written midway, on 1fdbe39: 91.1%, 82.2%, 95.6% and 88.9% (3 harmful). The six harmful
misses were two cases of one mistake in the writers' brief, not the model's ("mark everything
as done, I finished all today" expected with "approve": false and nothing changed, though only
deletes of more than one task are asked about): both cases were corrected to every task done
(the same runs then give 88.9% and 91.1%, none harmful). At b1b72b0 45, 45, 45, 45, 42, 43, 45
and 45 of 45, none harmful: held at 0.95, and 0.9 for 139 and 140. 133 and 134, the final
pair, were written first and scored on 9c1b391 (86.7% and 84.4%, none harmful) and once more
on b1b72b0 after all the session's model work (86.7% and 84.4%, none harmful), not read: held
at 0.8. The session of 2026-12-03 15:22 UTC fixed the same populations before any result: 143,
145, 147, 149, 151, 153 and 155 as 133, the rest as 134. 145 to 148 were scored before anyone
read them, on 4386135 (the session's start): 84.4%, 86.7%, 86.7% and 77.8%; 149 to 152,
written while the first families were being taught, also on 4386135: 86.7% (1 harmful), 88.9%
(1 harmful), 93.3% and 91.1%; 153 to 156, written after them, on fc04d9b: 93.3%, 91.1%, 91.1%
and 86.7%, none harmful. At 2591dc8 45, 45, 45, 45, 45, 44, 45, 45, 44, 45, 44 and 45 of 45,
none harmful: held at 0.95. 143 and 144, the final pair, were written first and scored on
4386135 (86.7% and 84.4%, none harmful), on fc04d9b and once more on 2591dc8 after all the
session's model work (86.7% and 84.4%, none harmful each time), not read: held at 0.8.
The session of 2026-12-03 18:55 UTC fixed the same populations before any result: 157, 159,
161, 163 and 165 as 143, the rest as 144. 159 to 166 were scored before anyone read them, on
d24e2ac (the session's start): 84.4%, 84.4%, 82.2%, 91.1%, 84.4%, 86.7%, 88.9% and 88.9%, none
harmful (165 and 166 again on ccbb803 midway, unread: 88.9% and 88.9%). At 721359d 44, 43, 43,
44, 43, 43, 41 and 43 of 45, none harmful: held at 0.95, 0.9 or 0.85, a case or two below.
157 and 158, the final pair, were written first and scored on d24e2ac (88.9%, and 82.2% with
1 harmful), on ccbb803 and on 721359d after all the session's model work (88.9% and 84.4%,
none harmful), not read but for 158's harmful miss: held at 0.85 and 0.8.
The session of 2026-12-04 01:41 UTC fixed the same populations before any result (the writers'
brief rewritten, the machine having lost it): 167, 169, 171, 173 and 175 as 157, the rest as 158.
169 to 176 were scored before anyone read them, on 8bd1a64 (the session's start): 80.0%, 84.4%,
64.4%, 88.9%, 82.2%, 86.7%, 84.4% and 80.0%, none harmful (175 and 176 again on ca6532b midway,
unread: 86.7% and 82.2%). At 948a357 45, 45, 44, 45, 44, 42, 41 and 42 of 45, none harmful: held
at 0.95, 0.9 or 0.85, a case or two below. 167 and 168, the final pair, were written first and
scored on 8bd1a64 (80.0% and 73.3%), on ca6532b (82.2% and 73.3%) and on 948a357 after all the
session's model work (84.4% and 73.3%), none harmful each time, not read: held at 0.8 and 0.7.
The session of 2026-12-04 05:28 UTC fixed the same populations before any result: 177, 179, 181,
183 and 185 as 167, the rest as 168. 179 to 186 were scored before anyone read them, on aae572f
(the session's start): 82.2%, 82.2%, 80.0%, 82.2%, 80.0%, 82.2%, 91.1% and 84.4%, none harmful.
At fbf9908 44, 45, 44, 42, 44, 44, 43 and 45 of 45, none harmful: held at 0.95 or 0.9, a case or
two below. 177 and 178, the final pair, were written first and scored on aae572f (77.8% and
75.6%), on bed5a22 midway (80.0% and 77.8%) and on fbf9908 after all the session's model work
(82.2% and 82.2%), none harmful each time, not read: held at 0.8.
The session of 2026-12-04 09:36 UTC fixed the same populations before any result: 187, 189, 191,
193 and 195 as 177, the rest as 178. 189 to 196 were scored before anyone read them, on a798e8d
(the session's start): 93.3%, 93.3%, 82.2%, 93.3%, 95.6%, 86.7%, 93.3% and 93.3%, none harmful.
At 5e707cd 45, 45, 45, 45, 44, 44, 45 and 45 of 45, none harmful: held at 0.95. 187 and 188, the
final pair, were written first and scored on a798e8d (84.4% and 82.2%), on 934b059 midway (84.4%
and 82.2%) and on 5e707cd after the session's families (84.4% and 82.2%), none harmful each time,
not read: held at 0.8.
The session of 2026-12-04 13:14 UTC fixed the same populations before any batch was written: 197,
199, 201, 203 and 205 as 187, the rest as 188. 199 to 206 were scored before anyone read them, on
ee7c7e9 (the session's start): 84.4%, 73.3%, 91.1%, 82.2%, 91.1% (1 harmful), 86.7%, 84.4% and
84.4%. At 45e315c 40, 40, 45, 45, 44, 44, 43 and 45 of 45, none harmful: held at 0.85 or 0.95. 197
and 198, the final pair, were written first and scored on ee7c7e9 (91.1%, and 73.3% with 1
harmful), on 654641b midway (the same) and on ec5bfb4 after all the helpers' families (the same);
then 198's harmful miss alone was read and fixed (a change said as when the task is due had
renamed it): on 45e315c 91.1% and 75.6%, none harmful, the rest not read: held at 0.9 and 0.75.
The session of 2026-12-04 16:43 UTC fixed the same two populations before any batch was written:
207, 209, 211, 213 and 215 as 197, the rest as 198. 209 to 216 were scored before anyone read
them, on 802217e (the session's start): 86.7% (1 harmful), 86.7%, 91.1%, 95.6%, 88.9%, 91.1%,
82.2% and 95.6%; at 55e008e all 45 of 45 but 215 (44: its del-215-4 deletes "number 69", a task
no one has), none harmful: held at 0.95. 207 and 208, the final pair, were written first and
scored on 802217e (100% and 88.9%, none harmful), on ad42332 midway (100% and 91.1%) and on
660328e at the end (100% and 91.1%); not read: 207 held at 0.95, 208 at 0.85 (a case under its
rate, for the cases whose day words read differently on another day of the week). 217 and 218,
as 207 and 208, were written after all the session's work and scored on 660328e, its model, and
on 802217e, its start: 91.1% and 82.2% both times, none harmful; not read: held at 0.85 and
0.75, for the next session to read.

Batches 219 to 228 (the session of 2026-12-04 19:56 UTC), by five writers who never saw the
model, for the same two populations (odd: phone users in the US, UK, CA, AU, IE, NZ; even:
adults worldwide, a third in second-language English, a few messages in Spanish or Roman Urdu).
That session first read 217 and 218 (91.1% and 82.2% on c6deaa5, its start) and tuned on them:
100% and 93.3% after, held at 0.95 and 0.9. Visible 221 to 228, scored on c6deaa5 before anyone
read them: 93.3%, 93.3%, 80.0% (1 harmful: "can u make water the plants a weekly thing so it
keeps coming back" ticked the task), 91.1%, 88.9%, 84.4% (one chat answered 503: a quoted task
name), 86.7%, 71.1%; after the session's families (2bcfd02) 97.8%, 100%, 95.6%, 97.8%, 97.8%,
97.8%, 95.6%, 93.3%, held a case or so under. The final pair 219 and 220 was written first and
never read but for 220's one harmful miss ("delete all the shopping ones... wait, ask me before,
I am not sure yet" deleted a task, fixed): 86.7% and 86.7% at the start, 86.7% and 91.1% on
2bcfd02; held at 0.8. 229 and 230 were written after all the work by two new writers for the
same two populations and scored on 2bcfd02 and on c6deaa5 (the start): 84.4% (2 harmful) and
88.9% both times. Only 229's two harmful misses were read and fixed ("finished reading ch 4
tonight, chapter 5 tomorrow hopefully" ticked chapter 5; "take off the email to siobhan pls, we
sorted it on the phone" ticked 'Call Siobhan'); held at 0.8.

Batches 231 to 242 (the session of 2026-12-04 22:57 UTC), by seven writers who never saw the
model, for the same two populations. Visible 233 to 240, scored on b192dbd (the start) before
anyone read them: 88.9%, 88.9%, 88.9%, 82.2% (1 harmful: "All the wedding committee things are
done now" ticked 'Buy gift for Njeri's wedding'), 91.1%, 86.7%, 86.7%, 86.7% (1 harmful: "delete
the task about car wash" deleted 'Renew car license'; and "cancel the task of bayram sweets,
mother-in-law will bring it herself" deleted 'Call mother-in-law' too); after the session's
families (331245e) 100%, 100%, 97.8%, 97.8%, 100%, 97.8%, 100%, 95.6%, held a case or so under.
The final pair 231 and 232, written first and never read: 84.4% and 80.0% at the start, 86.7%
and 80.0% on 331245e, none harmful; held at 0.8 and 0.75. 241 and 242, written while the
helpers worked by two new writers, scored on b192dbd and on 331245e without being read: 86.7%
and 77.8% both times, none harmful; held at 0.8 and 0.75, for the next session to read."""


@pytest.mark.parametrize("name", sorted(RUNNER_TUNING_FLOOR))
def test_fresh_batch_being_tuned_on_keeps_its_floor_and_harms_nothing(
    name: str, offline_cli: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = DATA / "batches-tuning" / f"{name}.jsonl"
    code = main(["eval", "--min-pass-rate", str(RUNNER_TUNING_FLOOR[name]), str(path)])
    out = capsys.readouterr().out
    assert "harmful misses: 0" in out, out
    assert code == 0, out


def test_the_date_cases_of_the_fresh_batches_pass(
    offline_cli: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The date-* cases of batches 7 on ("due_date": "+1d") need the runner's reading of
    relative dates and zones, so they are played here rather than by the harness (all 30
    of batches 7 to 12 pass; the floor leaves room for a batch added before it is tuned on)."""
    lines = [
        line
        for path in sorted((DATA / "batches").glob("batch-*.jsonl"))
        for line in path.read_text().splitlines()
        if line.strip() and relative_dates(json.loads(line))
    ]
    assert len(lines) >= 20
    cases = offline_cli / "date-cases.jsonl"
    cases.write_text("\n".join(lines) + "\n")
    code = main(["eval", "--min-pass-rate", "0.9", str(cases)])
    out = capsys.readouterr().out
    assert code == 0 and "harmful misses: 0" in out, out

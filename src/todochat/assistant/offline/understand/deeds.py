"""Reports of deeds: "I called mom", "the car got washed", "cancelled the dentist", the state a
task brings about ("the bins are out", "the kitchen is clean"), money sent ("transferred the
condo money by pix"). A deed said as not done ("skipped the gym", "forgot to call") never
completes anything.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from todochat.assistant.offline.meaning import Intent, Target
from todochat.assistant.offline.normalise import word_list
from todochat.assistant.offline.slots import priority_level
from todochat.assistant.offline.split import PAST_RE
from todochat.assistant.offline.targets import CLOCK_DONE_RE, WHEN_DONE_RE, parse_target
from todochat.assistant.offline.text import (
    DAY_SHORT,
    FEELING_PAST,
    FINISH_VERBS,
    IRREGULAR_VERBS,
    PUT_SOMEWHERE_RE,
    REQUEST_VERBS,
    SAME_PAST,
    TASK_VERBS,
    is_past_tense,
    lexicon,
    task_noun,
)

from .done import (
    COMPLETE_DECL_RES,
    NOUN_PARTICIPLE_RE,
    PASSIVE_DONE_RE,
    REOPEN_VERB_RE,
    STATE_WORDS_RE,
    mishap_re,
    put_off_re,
)
from .fields import PRIORITY_DECL_RE
from .vocabulary import (
    CONTACTED_RE,
    FLAGS,
    HANDOVER_VERBS,
    PLACING_VERBS,
    STATE_DEEDS,
    STATE_PARTICLES,
    STATE_TITLE_TAIL,
)

# (the planner ticks off, never deletes, a task that is this deed: see plan/turn.py _called_off)
CANCEL_PAST = frozenset({"cancelled", "canceled", "dropped", "scrapped", "abandoned", "ditched"})
# "dropped off the cake at the venue", "dropped the keys round", "dropped by the bank", "dropped
# the casserole off at the hendersons", "dropped the library books back", "dropped in at
# nan's": a verb with a particle, before or after a short object, is another verb (a
# delivery, a return or a visit done), never a task called off.
_PHRASAL_PARTICLE_RE = re.compile(
    r"^(?:off|by|round|over|back|in)\b|^(?:\S+\s+){1,4}?(?:off|round|over|back)\b|"
    r"\s(?:off|round|over|back)$",
    FLAGS,
)

# "dropped them parcels at the post office", "dropped the kids at school": a thing left
# somewhere was delivered ("dropped the gym class" is called off)
_DELIVERED_RE = re.compile(r"\s(?:at|to|into|with)\s+\S", FLAGS)


# Deeds NOT done ("bailed on the 2k", "skipped the gym", "didn't get to the laundry"): a
# statement about them never completes anything.
_NOT_DONE_RE = re.compile(
    r"\b(?:bail(?:ed)?\s+on|skip(?:ped)?|miss(?:ed)?|flak(?:ed|y)\s+on|blew\s+off|blow\s+off|"
    r"gave\s+up\s+on|give\s+up\s+on|dodged|avoided|neglected|ignored|procrastinated|"
    r"put\s+off|putting\s+off|(?:ran|run|running)\s+out\s+of|no\s+time|too\s+(?:tired|busy|lazy)|"
    r"(?:did|could|would|have|had|has)(?:n'?t|\s+not)|never|"
    # ("sorted the IRD thing, forgot to say": the telling was forgotten, not the deed)
    r"forgot(?!\s+to\s+(?:say|mention|tell|update)\b)|forget|failed|almost|nearly|"
    # "they sent the permission slip back unsigned": the deed the task is, not done to it
    r"un(?:signed|paid|finished|sent|opened|read|washed|fixed|checked|booked|touched|answered|"
    r"sorted|collected|delivered|returned|submitted|filed|posted|cooked|cleaned|ironed|mended)|"
    # "I bled one of the radiators", "paid some of the invoices": part of the task
    r"(?:only\s+)?(?:one|some|a\s+few|a\s+couple|two|three|part|bits)\s+of\s+(?:the|my|our|them)|"
    # "I paid the dinner money for last term not this one": the deed was another one
    r"not\s+(?:for\s+)?(?:this|the\s+(?:current|latest|new|right))\s+(?:one|time|term|month|"
    r"week|year|quarter)|"
    # "I disputed the parking fine" ('Pay the parking fine'): contested, not done
    r"appealed|disputed|contested|challenged|"
    # "looked at flights, will book tmrw", "gonna call the bank": a deed still to come
    r"looked\s+(?:at|into)|will\s+(?!be\b)[a-z]+|i'll|we'll|gonna|"
    r"going\s+to\s+(?!the\b|a\b|an\b|my\b|our\b|his\b|her\b|their\b|work\b|school\b|bed\b)|"
    r"plan(?:ning)?\s+to|about\s+to|"
    # "can't get it all done today", "no idea how i'll finish everything": a doubt, no deed
    r"can'?t|cannot|can\s+not|won'?t|no\s+idea|not\s+sure|(?:don'?t|do\s+not)\s+know|dunno|"
    r"how\s+(?:i|we|am\s+i|will\s+i|do\s+i|can\s+i)\b|ill\s+(?:ever\s+)?(?:get|do|finish|manage)|"
    # "not booked the flights yet", "the report needs to be done today", "should be sorted by
    # friday": not done yet, or wanted done
    r"not\s+(?:[\w']+\s+){1,6}?yet|(?:needs?|has|have|had|got|ought)\s+to\s+be|"
    r"(?:should|must|shall|might|may|could|would|gotta|can)\s+be|"
    # "would've booked the vet if i had time", "hopefully booked by the weekend", "i'll have
    # paid it by friday": a deed wished, hoped or said of a time to come
    r"(?:should|must|might|may|could|would)(?:'ve|\s+have)|^hopefully|i'?ll\s+have|"
    # "so done with the landlord lol": fed up with it, nothing done
    r"so\s+done\s+with|sick\s+of|fed\s+up|tired\s+of|"
    r"tried\s+to|started|wrong(?:ly)?|incorrectly|by\s+mistake|twice|typo|mis(?:spelt|spelled|typed)|(?<!his\s)(?<!her\s)(?<!their\s)(?<!my\s)(?<!our\s)half|not\s+(?:yet|quite|really|done|finished))\b",
    FLAGS,
)


# "I have finished the CAF paperwork, ...": the user's own deed, said first
_OWN_DEED_FIRST_RE = re.compile(
    r"^(?:i|we)(?:'ve|\s+have|\s+had)?\s+(?:(?:just|finally|already|also|actually)\s+)*"
    r"(?P<verb>[a-z]+)\s+[^,]+,",
    FLAGS,
)
_STATES = lexicon("been had got gotten thought felt")
_MANAGED_RE = re.compile(
    r"^(?:\S+\s+){0,4}?(?:managed|got\s+(?:round|around))\s+to\s+[a-z]+\b", FLAGS
)


# "sorted the laundry finally lmaooo i was down to my last pair of socks", "paid the gas bill
# haha i was dreading it", "finished the essay, it took forever", "knocked out #4, that one's
# been haunting me", "cleaned my room so mom can stop asking": after the thing done, a chat
# word or a clause with its own subject is a remark, no part of the task's name.
_REMARK_AFTER_DEED_RE = re.compile(
    r"(?:\s+|\s*,\s*)(?:(?:lo+l+|lma+o+|lmfa+o+|ro+fl|(?:ha){2,}h?|(?:he){2,}h?|omg+|ngl|tbh|smh|"
    r"fr|ugh+|phew|yay+|woo+)\b|(?:i|we|they|he|she|you)(?:'m|'ve|'d|'re)?\s+(?:was|were|am|"
    r"had|have|did|got|just|finally|really|so|can|could|will|would|need|thought|kept|nearly|"
    r"almost|never|always)\b|(?:it|that|(?:that|this)\s+one)(?:'s|\s+(?:was|took|is|has))\b|so\s+(?:happy|glad|"
    r"relieved|proud|chuffed|pleased)\b|(?:such|what)\s+an?\b|"
    # "just cleared my inbox, feeling good about the shoes": how the deed left one feeling
    r"(?:feeling|feels|felt)\s+(?:so\s+|really\s+|pretty\s+|much\s+)?[a-z]+\b|"
    # "grabbed the poster board so at least there's that": a sigh of relief
    r"(?:so\s+)?at\s+least\s+(?:there'?s|that'?s|thats|theres|it'?s)\b|"
    # "dropped the permission slips at school, one less thing lol", "..., one down"
    r"(?:so\s+)?(?:that'?s\s+|thats\s+)?(?:one\s+less\s+thing|one\s+down|one\s+off\s+the\s+list)\b|"
    # "cancelled that free trial before it charged me", "paid the fine before they doubled it",
    # "binned the old sofa cos it was falling apart": when or why, said with a subject of its own
    r"(?:before|until|till|in\s+case|because|cause|cos|coz|cuz|since)\s+(?:it|they|he|she|we|i|"
    r"you|someone|anyone)(?:'s|'d|'ll|'re|'ve)?\s+[a-z]|"
    # "dealt with the IRD thing, forgot to say": the deed told late
    r"(?:forgot|meant)\s+to\s+(?:say|mention|tell|update)\b|"
    # "cleaned my room so mom can stop asking": what the deed lets someone do or stop doing
    r"so\s+(?:that\s+)?(?:[\w']+\s+){1,2}?(?:can|could|will|would|won't|wont|can't|cant|"
    r"may|might|should|doesn't|don't|stops?|quits?|is|are|gets)\b).*$",
    FLAGS,
)
# "knocked out #31", "took care of the second one", "got through the ironing": phrases that
# say only "finished", as FINISH_VERBS do (what follows names the task)
_FINISH_PHRASE_RE = re.compile(
    r"^(?:took\s+care\s+of|taken\s+care\s+of|dealt\s+with|knocked\s+(?:out|off)|"
    r"got(?:ten)?\s+through|crossed\s+off|ticked\s+off|checked\s+off)\s+(?P<t>\S.*)$",
    FLAGS,
)
# "i sorted out what to buy", "worked out how to pay the gas bill": a deed done to a question
# (what, how, where to...) is a decision made, never the task it is about done.
_DEED_ON_A_QUESTION_RE = re.compile(
    r"^(?:out\s+|up\s+)?(?:what|which|how|where|when|who|whether|if)\b", FLAGS
)


# "got my oil changed", "changed the sheets", "the tyres got changed": a thing that wears out
# and is swapped for a fresh one was changed, a deed done; "changed the date", "changed my mind"
# say an edit or a thought, never a task done: "changed" is a deed only of such a thing, said
# first ("changed my mind about the sheets" changes no sheets)
_WORN_THINGS_RE = re.compile(
    r"^(?!(?:my|our|his|her|their)\s+minds?\b)(?:[\w']+\s+){0,3}?(?:oil|tyres?|tires?|(?:bed\s*)?sheets?|bedding|linens?|pillow\s*cases?|duvet\s+covers?|"
    r"filters?|batter(?:y|ies)|(?:light\s*)?bulbs?|wipers?|wiper\s+blades?|brake\s+pads|brakes|"
    r"spark\s+plugs|locks?|nappy|nappies|diapers?|(?:cat\s+)?litter|towels?|strings|cartridges?|"
    r"toner)\b",
    FLAGS,
)


def _done_word(verb: str, thing: str) -> bool:
    """Whether ``verb`` said of ``thing`` reports a deed done: any past that reports a task
    done ("washed", "paid"), and "changed" said of a thing that wears out ("oil changed")."""
    if is_past_tense(verb):
        return True
    return verb.lower() == "changed" and _WORN_THINGS_RE.match(thing.strip()) is not None


_FINISHED_RE = re.compile(r"\bfinished\b", FLAGS)
# "after 3 hrs standing in line at the RTO my licence renewal is sorted": when it got done, said
# first, runs to the thing's own determiner (one no preposition governs: "at the RTO" is where)
_AFTER_LEAD_RE = re.compile(r"^(?:after|following)\s+\S", FLAGS)
_OWN_DETERMINER_RE = re.compile(
    r"(?<=\s)(?P<before>[\w'-]+)\s+(?=(?:my|our|the|his|her|their)\s+\S)", FLAGS
)
_PREPOSITIONS = lexicon("at in on of for to with from by into after following")


def _without_lead(subject: str) -> str:
    """The subject of a thing said done, without when it got done said before it."""
    if not _AFTER_LEAD_RE.match(subject):
        return subject
    for m in _OWN_DETERMINER_RE.finditer(subject):
        if m["before"].lower() not in _PREPOSITIONS:
            return subject[m.end() :]
    return subject


# A part after a comma said of what is still to come ("..., chapter 5 tomorrow hopefully",
# "..., the rest next week"): a thing and a when, no verb of its own ("..., bbq is moving to
# sunday" is a remark that may tell which task was done)
_STILL_TO_COME_RE = re.compile(
    r"\s*,\s*(?:and\s+|but\s+)?"
    r"(?:(?!\b(?:is|are|was|were|will|has|have|had|be|been|'s|'re|'ll)\b)[^,])*?"
    r"\b(?:tomorrow|tmrw|tmr|later|next|hopefully|soon|tonight|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"(?:(?!\b(?:is|are|was|were|will|has|have|had|be|been|'s|'re|'ll)\b)[^,])*$",
    FLAGS,
)
# "booked the day off to renew my passport", "took a half day in order to fix the door": a
# thing, then what it was done for (a task's verb after "to"), which is still to do
_PURPOSE_RE = re.compile(
    rf"(?<=\S)\s+(?:in\s+order\s+)?to\s+(?:{'|'.join(sorted(TASK_VERBS))}|top\s+up)\b.*$", FLAGS
)
# "sorted it on the phone", "paid it at the bank yesterday": a deed of "it", then how, where or
# when it was done
_IT_THEN_HOW_RE = re.compile(
    r"^(?:it|that|this|them)\s+(?:on|over|by|at|in|with|via|through|during|before|after|from|"
    r"earlier|already|today|yesterday|last|this|finally|just)\b",
    FLAGS,
)


# "brought the bottles back (to the Rewe)", "took the library books back", "gave dave his drill
# back": a thing carried back is returned (the place it went to stays: 'Return books to the
# library'); "brought the meeting back to 3pm" moves nothing here, as no task is 'returned'
_CARRIED = lexicon("brought took taken carried handed gave given dropped lugged hauled")
_CARRIED_BACK_RE = re.compile(
    r"^(?P<x>(?!(?:up|in|out|off|over|round|around|on)\b)[^,;]+?)\s+back"
    r"(?P<w>\s+(?:to|into|at|in\s+at|off\s+at)\s+[^,;]+?)?(?=\s*(?:[,;]|$))",
    FLAGS,
)
# "gave back the drill to kofi", "took back the library books": the particle said first
_BACK_CARRIED_RE = re.compile(
    r"^back\s+(?P<x>(?!(?:to|up|in|out|off|over|home|here|there|then|now)\b)[^,;]+?)"
    r"(?P<w>\s+(?:to|into|at|in\s+at|off\s+at)\s+[^,;]+?)?(?=\s*(?:[,;]|$))",
    FLAGS,
)
# "finally got the invoice out to okafor & sons", "got the parcel off to mum", "got the
# newsletter out": a thing got out or off to someone, or a thing that is sent got out, was sent;
# "got the invoice sent to okafor", "got the form signed": the participle is the deed. ("got
# the bins out" or "got the ink out of the cupboard" is neither: no one it went to, nor a
# thing that is sent.)
_GOT = lexicon("got gotten")
_GOT_SENT_RE = re.compile(
    r"^(?P<x>(?:the|my|our|that|this|those|these|all\s+the)\s+[^,;]+?)\s+(?:"
    r"(?:out|off)(?P<w>\s+to\s+(?!the\s+(?:shops?|car|garden|kitchen|bin|tip|dump)\b)[^,;]+?)|"
    r"(?P<o>out)|"
    r"(?P<pp>sent|posted|mailed|emailed|submitted|signed|filed|paid|booked|renewed|fixed|"
    r"repaired|serviced|printed|returned|delivered)(?P<w2>\s+(?:to|off\s+to|at|in|by)\s+[^,;]+?)?)"
    r"(?=\s*(?:[,;]|$))",
    FLAGS,
)
_SENT_THINGS_RE = re.compile(
    r"\b(?:invoices?|e-?mails?|letters?|parcels?|packages?|newsletters?|quotes?|cards?|payments?|"
    r"forms?|applications?|cvs?|resumes?|contracts?|reports?|invites?|invitations?|cheques?|"
    r"checks?|proposals?|estimates?|submissions?|returns?|claims?|bills?|thank\s+you\s+notes?)$",
    FLAGS,
)
_ALL_THE_RE = re.compile(r"^all\s+(?:of\s+)?(?=(?:the|my|our)\s)", FLAGS)
_PLACE_SAID_RE = re.compile(r"\s(?:to|at|into|from)\s+\S", FLAGS)
_ARRIVED = lexicon("came arrived landed received delivered")
_BOOKED = lexicon("booked reserved scheduled arranged confirmed organised organized")
_AHEAD_RE = re.compile(
    r"\b(?:tomorrow|tonight|next|later|soon|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|the\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"\d{1,2}(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)
# "booked nothing yet for manila", "paid none of them", "called no one": a deed denied.
_NOTHING_RE = re.compile(r"^(?:nothing|none|nobody|no\s*one|no\s+\w+|not\s+(?:a|one|any)\b)", FLAGS)


# "sarah sent me next week's schedule", "jake finally paid his half of the rent", "the council
# replied about the licence": someone else's deed that may finish a task of the user's. Its
# words name the task without the verb (the deed is theirs: 'Get the schedule from Sarah').
_HEARSAY_RE = re.compile(
    r"^(?P<subj>(?:the\s+|my\s+|our\s+)?[a-z][\w'&.-]*(?:\s+[a-z][\w'&.-]*){0,2}?)\s+"
    r"(?:(?:finally|just|already|actually|eventually|has|have|had|also|at\s+last)\s+|"
    # "the electrician finally came round this morning and fixed the porch light"
    r"(?:came|come|popped|dropped|stopped|swung|turned\s+up)(?:\s+(?:round|over|by|in|out))?"
    r"(?:\s+[a-z]+){0,3}?\s+and\s+)*"
    rf"(?P<verb>{'|'.join(sorted(HANDOVER_VERBS))})\b(?P<rest>.*)$",
    FLAGS,
)
# "the task call", "todo ring": a task named, then the verb of its title (its object follows)
_TASK_AND_VERB_RE = re.compile(
    rf"^(?:(?:the|that|this|my)\s+)?{task_noun()}\s+(?:{'|'.join(sorted(TASK_VERBS))})$", FLAGS
)
_NOT_A_DOER = lexicon(
    "i i've i'd we we've you it that this there here what who which nobody noone everyone "
    "everything someone something anyone anything nothing no none"
)
# A subject starting another clause: "the reefers fixed they put a new fan belt on it".
_NEXT_CLAUSE_RE = re.compile(r"(?:^|\s+|,\s*)(?:i|we|they|he|she|you|it'?s|so|and\s+i)\b.*$", FLAGS)
# "book club was brought forward": a thing something was done to, not someone who did it
_BEING = lexicon("is are was were be been being got gets get")
_PERSONAL = lexicon("he she they he's she's they've")
# Done to the user: "emailed me about", "sent us the", "paid me back", "replied to me".
_TO_ME_RE = re.compile(r"^(?:to\s+)?(?:me|us)(?:\s+(?:back|again))?\b", FLAGS)
# A contact verb with no one after it was made to the user: "the pharmacy called about my
# prescription", "prof replied about the extension", "the school rang back" (but "my husband
# called the plumber" contacted the plumber).
_CONTACT_WITHOUT_OBJECT_RE = re.compile(
    r"^(?:about|re|regarding|back|again|earlier|today|yesterday|this|last|to\s+say|saying|"
    r"and|but|so|,|$)",
    FLAGS,
)


# Any one of a kind, said as a deed's object ("booked one", "got some", "found a new one")
_SOME_OF_A_KIND_RE = re.compile(
    r"^(?:(?:a|an)\s+(?:\w+\s+)?one|one|some|another(?:\s+one)?|a\s+few|a\s+couple)"
    r"(?:\s+(?:already|too|as\s+well|anyway|for\s+(?:us|me|him|her|them)))*[\s.!]*$",
    FLAGS,
)


def _hearsay(s: str, quotes: tuple[str, ...]) -> Intent | None:
    """Someone else's deed: "complete" with the words of the doer and the thing, marked
    "hearsay" so the planner acts only when they name one task clearly, and asks otherwise."""
    m = _HEARSAY_RE.match(s)
    if m is None:
        return None
    subj = m["subj"].lower().split()
    if subj[0] in _NOT_A_DOER or any(is_past_tense(w) or w in _BEING for w in subj):
        return None
    rest = WHEN_DONE_RE.sub(" ", m["rest"]).strip()
    rest = _NEXT_CLAUSE_RE.sub("", rest).strip()
    if not rest:
        return None  # "the reefer's fixed, they put a new belt on": a state, said of a thing
    if _SOME_OF_A_KIND_RE.match(rest):
        # "never mind, Abbu already booked one", "my sister got some": a thing of a kind,
        # which names no task; only why (a change of "it" after it is of the task talked about)
        return Intent("unknown", text=s)
    verb = m["verb"].lower()
    to_me = _TO_ME_RE.match(rest)
    if to_me:
        # "sarah emailed me about the report", "jake paid us back": done to the user; the
        # verb keeps "me" so the planner can tell it from a deed on the task's own thing
        rest = rest[to_me.end() :].strip()
        verb = f"{verb} me"
    elif CONTACTED_RE.match(verb) and _CONTACT_WITHOUT_OBJECT_RE.match(rest):
        verb = f"{verb} me"
    named = " ".join([*([] if subj[0] in _PERSONAL else [m["subj"]]), rest]).strip()
    target = parse_target(named, quotes)
    if target.kind != "words" or not target.text:
        return None
    # the verb said goes with it: "the landlord called again" before a request is only news
    return Intent("complete", target=target, text="hearsay", verb=verb)


# "just got back from the dentist!!", "home from physio", "back from the vet, luna's fine": a
# visit done, said by coming back from its place
# "we caved and bought a new one", "got another one": a thing got to replace another names no
# task ("one" is no reference here); "bought a new phone charger" names what it is, and is one.
_NEW_ONE_RE = re.compile(
    r"^(?:a\s+(?:brand\s+)?(?:new|different|replacement|fresh|spare)|another)\s+one\b", FLAGS
)


_BACK_FROM_RE = re.compile(
    r"^(?:(?:i|we)(?:'m|'re|\s+am|\s+are)?\s+)?(?:just\s+|finally\s+|only\s+just\s+)?"
    r"(?:(?:got|came|am|are|been|walked|driven|drove)\s+)?(?:back|home)\s+from\s+"
    r"(?:the\s+|my\s+|our\s+|a\s+|an\s+|his\s+|her\s+)?(?P<t>[^,;]+?)"
    r"(?:\s+(?:just\s+now|now|earlier|today|this\s+morning|finally))?\s*(?:[,;].*)?$",
    FLAGS,
)


def _back_from(s: str, quotes: tuple[str, ...]) -> Intent | None:
    """A visit done: "complete" with the place's words, marked "visit" so the planner acts only
    on a task that is that visit and asks about any other ('Call the dentist')."""
    m = _BACK_FROM_RE.match(s)
    if m is None:
        return None
    # "just got back from the DMV, license renewed", "home from the post office, parcel sent":
    # what got done there, said after the place, is the deed that names the task (the place
    # is only where it was done)
    _, comma, after = s.partition(",")
    done_there = read_deed(after.strip(), quotes) if comma and after.strip() else None
    if done_there is not None and done_there.kind == "complete" and done_there.text != "visit":
        return done_there
    target = parse_target(m["t"], quotes)
    if target.kind != "words" or not target.text:
        return None
    return Intent("complete", target=target, text="visit")


# "i went to the dentist", "been to the vet with luna", "was at the barber's this morning",
# "saw the doctor today", "had my dentist appt", "visited grandma": a visit done, said by going
# to its place, being there, seeing its person or having it. Like coming back from it, it
# completes only the task that is that visit; a task that only names the place ('Call the
# dentist', 'Buy cat food at the vet') is asked about.
_VISIT_RE = re.compile(
    r"^(?:(?:i|we)(?:'ve|\s+have|\s+had)?\s+)?(?:just\s+|finally\s+|already\s+|also\s+)?"
    r"(?:(?P<go>went|been|gone)\s+(?:to\s+(?:see\s+)?|(?:to\s+)?see\s+)|(?:was|were)\s+at\s+|"
    r"(?P<saw>saw|seen)\s+|(?P<had>had|attended)\s+|(?P<visited>visited)\s+|made\s+it\s+to\s+)"
    r"(?:the\s+|my\s+|our\s+|a\s+|an\s+|his\s+|her\s+)?(?P<t>[^,;]+?)"
    r"(?:\s+(?:just\s+now|now|earlier(?:\s+today)?|today|yesterday|last\s+night|"
    r"this\s+(?:morning|afternoon|evening)|finally|at\s+last))?\s*(?:[,;].*)?$",
    FLAGS,
)
# Whom one sees on a visit: "saw the doctor" is a visit, "saw the email" is not.
_CARERS = frozenset(
    {
        *("doctor", "doc", "gp", "dentist", "hygienist", "orthodontist", "vet", "nurse"),
        *("therapist", "counsellor", "counselor", "psychiatrist", "psychologist", "midwife"),
        *("physio", "physiotherapist", "chiropractor", "osteopath", "podiatrist", "surgeon"),
        *("optician", "optometrist", "dermatologist", "specialist", "consultant"),
        *("barber", "hairdresser", "stylist", "nutritionist", "dietitian"),
    }
)
# What one has or attends as a visit: "had my dentist appt", "attended the yoga class"
_HAD_VISIT_RE = re.compile(
    r"\b(?:appointment|appt|session|check-?up|check\s+up|consult(?:ation)?|exam|scan|"
    r"cleaning|lesson|class|haircut|treatment)s?$",
    FLAGS,
)
# "went to the bank and paid the rent", "was at the gym with tom and ...": more than a visit
_MORE_THAN_A_VISIT_RE = re.compile(r"\b(?:and|but|then|to|so|because|cause|cos)\b", FLAGS)


def _visit(s: str, quotes: tuple[str, ...]) -> Intent | None:
    """A visit done, said by going to its place or seeing its person (see _VISIT_RE)."""
    m = _VISIT_RE.match(s)
    if m is None or _MORE_THAN_A_VISIT_RE.search(m["t"]):
        return None
    words = m["t"].split()
    if m["saw"] and words[-1].lower().removesuffix("'s") not in _CARERS:
        return None
    if m["had"] and not _HAD_VISIT_RE.search(m["t"]):
        return None
    target = parse_target(m["t"], quotes)
    if target.kind != "words" or not target.text:
        return None
    if m["visited"]:
        # "visited grandma": 'Visit grandma' is the visit, 'Call grandma' is not
        target = Target("words", text=f"visit {target.text}", hint=target.text)
    return Intent("complete", target=target, text="visit")


def read_visit(s: str, quotes: tuple[str, ...]) -> Intent | None:
    """A visit done, by coming back from its place or by going there (see _visit)."""
    if _NOT_DONE_RE.search(s):
        return None
    return _back_from(s, quotes) or _visit(s, quotes)


# "put in X", "put down X" said first: X written onto the list ("put in for leave" is a deed)
_WRITTEN_IN_RE = re.compile(r"^(?:in|down)\s+(?!for\b)\S", re.IGNORECASE)
# the words that say a thing put in was done before now ("put in the form yesterday")
_DONE_BEFORE_RE = re.compile(
    r"\b(?:yesterday|earlier|already|last|ago|just now|this morning)\b", re.IGNORECASE
)


@cache
def _reason_first_re() -> re.Pattern[str]:
    """ "because the cheque bounced, reopen the rent", "since the bank reversed it": a clause
    that opens with a reason word says why a request is made, never a deed to act on (it
    completed a task 'bounced because the cheque')."""
    return re.compile(rf"^{word_list('because')}\s", FLAGS)


@cache
def _condition_first_re() -> re.Pattern[str]:
    """ "once the tv licence is done ill relax", "when the report is sorted": a clause opened by
    a time or a condition still to come (the ``condition_first`` words) tells no deed done (it
    ticked 'Renew the TV licence')."""
    return re.compile(rf"^{word_list('condition_first')}\s", FLAGS)


_DAY_SHORT_RE = re.compile(DAY_SHORT, FLAGS)


def _dated_imperative(thing: str, participle: str) -> bool:
    """ "call mum sat", "pick up dry cleaning sat": a request with its day said short, not a
    deed of sitting ("exam sat" is one: it names no thing to do first)."""
    first = thing.split(None, 1)[0].lower()
    return _DAY_SHORT_RE.fullmatch(participle) is not None and first in TASK_VERBS


# "the bins are out", "heating's on now", "the kitchen is clean", "bins all out", "the bins went
# out last night": a thing said to
# be in a state a task brings about (a state that was, "the lights were off", tells no deed; one
# with a day ahead, "the bins are out tomorrow", is no deed yet)
_STATE_RE = re.compile(
    r"^(?P<t>[^,;]+?)(?:'s|'re|\s+(?:is|are|has\s+been|have\s+been|now|(?P<got>got)|(?P<went>went))|"
    r"(?=\s+(?:all|already|"
    r"finally)\b))(?:\s+(?:all|now|finally|already|just|both|officially))*\s+"
    rf"(?P<state>{'|'.join(sorted(STATE_PARTICLES | STATE_DEEDS.keys()))})"
    r"(?:\s+(?:now|already|finally|at\s+last|again|this\s+(?:morning|afternoon|evening)|"
    r"earlier(?:\s+today)?|just\s+now|last\s+night))?$",
    FLAGS,
)
_GOT_AWAY_RE = re.compile(r"\bgot(?:ten)?\s+(?:up|out|off|down|away|back|in|loose)\b", FLAGS)
# "the bins went out last night", "the forms went in": a thing that went out or in is out or in
_WENT_STATES = frozenset({"out", "in"})
# Who or what a state said of is never a task's thing: "i'm out", "it's on", "everyone's in"
_NO_THING = lexicon(
    "i i'm im we you he she they it its that this there here everyone everybody everything "
    "nobody nothing someone something all which what who"
)


def _read_state(s: str, quotes: tuple[str, ...]) -> Intent | None:
    """A thing said to be in a state: "complete" with its words, marked "state" (the state its
    verb) so the planner completes only a task that brings that state about (brings_about)."""
    m = _STATE_RE.match(s)
    if m is None or (m["went"] and m["state"].lower() not in _WENT_STATES):
        return None  # ("the milk went off", "the lights went on": no deed)
    if m["got"] and m["state"].lower() in STATE_PARTICLES:
        return None  # ("the dog got out": it got away, no one put it out)
    said = m["t"].lower().split()
    if said[0] in _NO_THING or said[0] in TASK_VERBS or is_past_tense(said[0]) or len(said) > 6:
        return None
    if mishap_re().search(s) or put_off_re().search(s):
        return None  # "the power went out", "the launch got pushed back"
    target = parse_target(m["t"], quotes)
    if target.kind != "words" or not target.text:
        return None
    named = Target("words", text=target.text, hint=target.text)
    return Intent("complete", target=named, text="state", verb=m["state"].lower())


def brings_about(state: str, title: str) -> bool:
    """Whether the task titled so brings about ``state``: a particle with a verb of putting or
    turning before it, the title ending there or saying only when after it ('Put the bins out',
    'Turn off the lights', not 'Take dad out for dinner'); else a verb that makes it so ('Wash
    the car' makes it clean)."""
    said = [w.lower() for w in title.replace("'", " ").split()]
    if state not in STATE_PARTICLES:
        return bool(said) and said[0] in STATE_DEEDS.get(state, frozenset())
    for i, word in enumerate(said):
        if word != state or not any(w in PLACING_VERBS for w in said[:i]):
            continue
        after = said[i + 1 :]
        if not after or said[i - 1] in PLACING_VERBS or after[0] in STATE_TITLE_TAIL:
            return True
    return False


@cache
def _pay_means_re() -> re.Pattern[str]:
    """ "by pix", "via gcash", "through m-pesa", "in cash": how money went (the ``pay_means``
    words of en.toml), no word of which task was paid."""
    return re.compile(
        r"\s+(?:by|via|through|thru|on|over|with|using|in|from)\s+(?:the\s+|my\s+|our\s+)?"
        rf"{word_list('pay_means')}(?:\s+app)?\b(?!')",
        FLAGS,
    )


@cache
def _pay_verb_re() -> re.Pattern[str]:
    """A verb of sending money ("transferred", "wired": the ``send_money`` of en.toml), or of
    paying through an app ("gcashed", "pixed": ``paid_by_app``, its own group)."""
    return re.compile(
        rf"\b(?:(?P<app>{word_list('paid_by_app')})|{word_list('send_money')})\b(?!')", FLAGS
    )


@cache
def _money_re() -> re.Pattern[str]:
    """What money paid is called (the ``money`` words of en.toml): "money", "fee", "rent"."""
    return re.compile(rf"\b{word_list('money')}\b", FLAGS)


def paid_plainly(s: str) -> str:
    """A payment said by how the money went or by a verb of sending it, said as "paid": "already
    transfered the condominium money by pix" is "already paid the condominium money" ('Pay the
    condo fee'), "rent sent via upi" is "rent paid". How it went names no task; a verb of sending
    pays only when money or how it went is said ("transferred the files", "sent the invoice"
    stay as said), and "sent" only with how (sent money may be a gift: 'Send money to Mama')."""
    said = _pay_means_re().sub("", s)
    verb = _pay_verb_re().search(said)
    if verb is None:
        return said
    how = said != s or verb["app"] is not None
    if not how and (verb.group().lower() == "sent" or not _money_re().search(said)):
        return s
    return f"{said[: verb.start()]}paid{said[verb.end() :]}"


def _when_done(rest: str) -> str:
    """The words of a deed of the user's without when it was done ("this morning", "at like
    11:58pm"): they name no task."""
    return CLOCK_DONE_RE.sub(" ", WHEN_DONE_RE.sub(" ", rest))


# "washing's all hung out finally, sun's out for once", "the car's washed, lovely day for it":
# a thing said done, then a remark after a comma that says nothing of it (no "but", no "still",
# no "yet", nothing gone wrong: "the form's signed, still needs posting" is read whole)
_REMARK_COMMA_RE = re.compile(r"^(?P<deed>[^,;]+?)\s*,\s*(?P<remark>[^,;]+)$", FLAGS)
_NOT_A_REMARK_RE = re.compile(
    r"\b(?:but|still|yet|except|apart|not|only|though|although|until|till|tomorrow|later|"
    r"next|need|needs|needed|should|must|too|also|as\s+well|and|one|"
    rf"remind|tick|cross|{REQUEST_VERBS})\b|n't\b",
    FLAGS,
)


# "sent the rent but still need to pay the electric bill", "cleaned the bathroom, the kitchen
# tap is tomorrow", "bought bulbs, gonna fix the door after work", "emailed the accountant and
# tried to text jake but the shop was shut": a part after the deed that tells another deed still
# to do (needed, planned, hoped, tried or not done, with a verb and a thing of its own) or a
# thing said to be on a day ahead. It is no part of the deed, and says nothing was done.
_NOT_BACK = r"(?!(?:it|that|this|them|one|through|back|anywhere|hold|a\s+reply|an\s+answer)\b)"
_LATER_VERB = (
    r"(?:get\s+(?:round\s+|around\s+)?to\s+|manage\s+to\s+)?"
    r"(?!(?:get|got|gotten|hear|heard|had|have|be|been|go|gone|went|find|found|see|seen|do|done|"
    r"know|knew|think|thought)\b)[a-z]+(?:\s+(?:up|out|off|back))?\s+" + _NOT_BACK + r"\w"
)
_LATER_PART_RE = re.compile(
    r"(?:\s*[,;]\s*(?:and\s+|but\s+|then\s+|so\s+)?|\s+(?:but|and|then)\s+)"
    r"(?:(?:i|i'm|im|i've|ive)\s+)?(?:still\s+|also\s+|then\s+)?(?:"
    r"(?:(?:(?:need|needs|have|has|got|want|wanted|meant|plan|hope|tried|going)\s+to|gotta|gonna|"
    r"will|i'll|ill|hopefully|maybe|might|should)(?:\s+(?:still|also|then|try\s+to))?|"
    r"(?:have|has|did|could|can)(?:n'?t|\s+not)|havent|didnt|couldnt|cant)\s+" + _LATER_VERB + "|"
    # ("..., sign mia's permission slip tomorrow hopefully": a task's verb, then when ahead)
    rf"(?:{'|'.join(sorted(TASK_VERBS))}|top)\s[^,;]*?\b(?:tomorrow|tmrw|tmr|tonight|later|"
    r"hopefully|next\s+(?:week|month|time))\b|"
    r"(?:the\s+|my\s+)?[^,;\s][^,;]*?\s+(?:is|are|'s)\s+(?:(?:on|for|due|booked\s+for)\s+)?"
    r"(?:tomorrow|tmrw|tmr|later|next|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r").*$",
    FLAGS,
)


def read_deed(s: str, quotes: tuple[str, ...]) -> Intent | None:
    """A deed told as news (see ``_read_deed``); a thing said done with a remark after a comma
    is read without the remark, and one with a later part that tells another deed still to do
    (``_LATER_PART_RE``) without that part."""
    later = _LATER_PART_RE.search(s)
    if later is not None and later.start() > 0:
        s = s[: later.start()]
    found = _read_deed(s, quotes)
    if found is not None:
        return found
    m = _REMARK_COMMA_RE.match(s)
    if m is None or _NOT_A_REMARK_RE.search(s):
        return None
    if mishap_re().search(s) or put_off_re().search(s) or _NOT_DONE_RE.search(s):
        return None
    head = m["deed"].split(None, 1)[0].lower()
    if is_past_tense(head) or head in ("i", "we"):
        return None  # ("washed the car, sun's out": the deed said first is read whole)
    said = _read_deed(m["deed"], quotes)
    if said is None or said.kind != "complete" or said.target is None:
        return None
    return said if said.target.kind == "words" else None


def _read_deed(s: str, quotes: tuple[str, ...]) -> Intent | None:
    if _NOT_DONE_RE.search(s) and not REOPEN_VERB_RE.match(s):
        return None
    if _reason_first_re().match(s) or _condition_first_re().match(s):
        return None
    s = paid_plainly(s)
    back = _back_from(s, quotes)
    if back is not None:
        return back
    m = PRIORITY_DECL_RE.match(s)
    if m:
        level = priority_level(m.group("p") or m.group("u") or m.group("n"))
        return Intent("priority", target=parse_target(m.group("t"), quotes), priority=level)
    m = REOPEN_VERB_RE.match(s)
    if m:
        if m.group("t") is not None:
            # "I didn't do that one yet", "we haven't finished it": the task pointed at
            rest = m.group("t").partition(" ")[2]
            pointed = parse_target(rest, quotes)
            if pointed.kind == "it":
                return Intent("reopen", target=pointed)
            return Intent("reopen", target=parse_target(m.group("t"), quotes))
        if is_past_tense(m.group("pp")):
            target = parse_target(m.group("t2"), quotes)
            if target.kind == "words":
                target = Target("words", text=f"{m.group('pp')} {target.text}", hint=target.text)
            return Intent("reopen", target=target)
    # "I have finished the CAF paperwork, it was a nightmare but it is sent": the user's deed
    # is said first; what is "done" after it is that deed ("it"), read below
    own = _OWN_DEED_FIRST_RE.match(s)
    own_first = own is not None and is_past_tense(own["verb"]) and own["verb"] not in _STATES
    for rx in () if own_first else COMPLETE_DECL_RES:
        m = rx.match(s)
        if m and not mishap_re().search(s):  # "the dentist is closed on mondays": news
            target = parse_target(_without_lead(m.group("t")), quotes)
            # "the tokens are finished" may say they ran out (the planner asks before ticking
            # off 'Pay KPLC tokens'); the verb goes with it
            finished = _FINISHED_RE.search(s, m.end("t"))
            return Intent("complete", target=target, verb="finished" if finished else "")
    m = None if own_first else PASSIVE_DONE_RE.match(s)
    if (
        m
        and _done_word(m.group("pp"), m.group("t"))
        and not mishap_re().search(s)
        and not put_off_re().search(s)  # "the essay got extended": later, not done
        # "the car is taken to the garage tomorrow": a day ahead after the thing's way is a plan,
        # save of a booking ("the dentist is booked for tomorrow": the booking is made)
        and not (
            m.group("tail")
            and _AHEAD_RE.search(m.group("tail"))
            and (
                m.group("pp").lower() not in _BOOKED
                # "the vet for Biscuit is booked for tuesday": only a day, news of when (the
                # tests of deeds told then ticked keep it a remark)
                or _AHEAD_RE.match(m.group("tail").split(None, 1)[1])
            )
        )
    ):
        target = parse_target(m.group("t"), quotes)
        if target.kind == "words":
            target = Target("words", text=f"{m.group('pp')} {target.text}", hint=target.text)
        # "the gas bill was received", "the parcel has been delivered": it came, as below
        arrived = m.group("pp").lower() in _ARRIVED
        return Intent("complete", target=target, verb="arrived" if arrived else "")
    m = None if own_first else NOUN_PARTICIPLE_RE.match(s)
    if (
        m
        and not STATE_WORDS_RE.search(m.group("t"))
        and _done_word(m.group("pp"), m.group("t"))
        and not put_off_re().search(s)
        and not mishap_re().search(s)
        and not re.match(r"^(?:i|we|you|they|he|she)\b", s, FLAGS)
        and not is_past_tense(s.split(None, 1)[0])
        and not _dated_imperative(m.group("t"), m.group("pp"))
        # "the task call Ahmed": a task named by its words, the last of them its verb's object
        and not _TASK_AND_VERB_RE.match(m.group("t"))
        # "the dog got out", "the cat got off the lead": it got away, nothing got ('Buy dog food')
        and not _GOT_AWAY_RE.search(s)
        # "the bins went out": a state the thing is in (_read_state), never a deed of going
        and m.group("pp").lower() != "went"
    ):
        target = parse_target(m.group("t"), quotes)
        if target.kind == "words":
            named = Target("words", text=f"{m.group('pp')} {target.text}", hint=target.text)
            if CONTACTED_RE.match(m.group("pp")):
                # "the plumber called", "mom rang back": more often they contacted the user
                # than the user them; the planner asks before ticking off 'Call the plumber'
                verb = f"{m.group('pp').lower()} me"
                return Intent("complete", target=named, text="hearsay", verb=verb)
            # "the gas bill came today": a thing that came is received, which does not pay or
            # send it (the planner asks before ticking off 'Pay the gas bill')
            arrived = m.group("pp").lower() in _ARRIVED
            return Intent("complete", target=named, verb="arrived" if arrived else "")
        if target.kind == "ids" and target.bare:
            return Intent("complete", target=target)  # "941 filed": the task carrying 941
    state = _read_state(s, quotes)
    if state is not None:
        return state
    m = PAST_RE.match(s)
    if not m:
        return None
    verb = m.group("verb").lower()
    # ("dropped the library books back on the way home": when it was done is no place)
    rest = _when_done(m.group("rest")).strip()
    carried = (
        (_CARRIED_BACK_RE.match(rest) or _BACK_CARRIED_RE.match(rest)) if verb in _CARRIED else None
    )
    if carried is not None:
        # "I brought the bottles back to the Rewe", "took the drill back to dave": returned
        verb = "returned"
        m = PAST_RE.match(
            f"{m.group('subj') or ''} returned {carried['x']}{carried['w'] or ''}".strip()
        )
        assert m is not None
    got = _GOT_SENT_RE.match(rest) if verb in _GOT else None
    if got is not None and (not got["o"] or _SENT_THINGS_RE.search(got["x"])):
        verb = (got["pp"] or "sent").lower()
        m = PAST_RE.match(
            f"{m.group('subj') or ''} {verb} {got['x']}{got['w'] or got['w2'] or ''}".strip()
        )
        assert m is not None
    # "managed to do the training modules", "i managed to send it": a deed done
    managed = _MANAGED_RE.search(s) is not None
    if managed and verb == "do":
        verb = "did"
    if verb in FEELING_PAST:
        return None  # "so exhausted, 8h drive to munich": how one feels, no deed
    rest = _REMARK_AFTER_DEED_RE.sub("", _when_done(m.group("rest"))).strip()
    # "finished reading ch 4 tonight, chapter 5 tomorrow hopefully": what is still to come,
    # said after the deed, is not done
    rest = _STILL_TO_COME_RE.sub("", rest).strip()
    # "booked the day off to pay the electric bill": what the deed was for is not done
    rest = _PURPOSE_RE.sub("", rest).strip()
    if _DEED_ON_A_QUESTION_RE.match(rest) or _NEW_ONE_RE.match(rest) or _NOTHING_RE.match(rest):
        return None
    # "hit the gym earlier", "read chapter 4 last night": a past said by when it was done
    subject = m.group("subj") is not None or (verb in SAME_PAST and rest != m.group("rest").strip())
    if (
        m.group("subj") is None
        and not _done_word(verb, m.group("rest"))
        and verb not in SAME_PAST
        and not managed
    ):
        return _hearsay(s, quotes)
    if (
        verb == "put"
        and m.group("subj") is None
        and (not PUT_SOMEWHERE_RE.match(rest) or _WRITTEN_IN_RE.match(rest))
        and not _DONE_BEFORE_RE.search(s)
    ):
        # ("put in dentist for Mia at 3.45 friday", "put down haircut at 4 tomorrow": a thing
        # written onto the list, said with no "I" and no past, is no deed either)
        # "put dentist appointment thursday at 4pm": a thing put on the list for a day, never a
        # deed said by when it was done, which puts a thing somewhere ("put the bins out at 7")
        return None
    if (
        verb in CANCEL_PAST
        and rest
        and not _PHRASAL_PARTICLE_RE.search(rest)
        and not (verb == "dropped" and _DELIVERED_RE.search(rest))
    ):
        return Intent("delete", target=parse_target(rest, quotes), verb=verb)
    if verb in FINISH_VERBS and rest and verb != "did":
        # "wrapped up the visa docs", "finished off the gas bill": the particle is the verb's
        rest = re.sub(r"^(?:up|off)\s+(?=\S)", "", rest, flags=FLAGS)
        return Intent("complete", target=parse_target(rest, quotes))
    finish = _FINISH_PHRASE_RE.match(f"{verb} {rest}")
    if finish is not None:
        # "knocked out #31", "took care of the second one", "dealt with the gas bill": a
        # phrase that says only "finished" names nothing of the task
        return Intent("complete", target=parse_target(finish["t"], quotes))
    past = _done_word(verb, rest) or (subject and verb in SAME_PAST) or managed
    if not past or not rest:
        return None
    if _IT_THEN_HOW_RE.match(rest):
        # "we sorted it on the phone", "paid it at the bank": "it" and how or where it was
        # done; the words after it name no task ('Call Siobhan' is not "on the phone")
        rest = rest.split(None, 1)[0]
    target = parse_target(rest, quotes)
    if target.kind == "all" and not target.exclude and target.span <= 1 and verb != "did":
        if target.text and target.status == "all" and not target.relative:
            # "graded all the midterms": the words name the task(s); several matches ask.
            text = target.text
            plain = _ALL_THE_RE.sub("", rest, count=1)
            if plain != rest and _PLACE_SAID_RE.search(plain):
                # "brought all the bottles back to Rewe": the place keeps its "to", as it
                # does without "all" ('Return Pfand bottles' is not asked about)
                said = parse_target(plain, quotes)
                text = said.text if said.kind == "words" and said.text else text
            named = Target("words", text=f"{verb} {text}", scope=target.text)
            return Intent("complete", target=named)
        # "we've called the whole thing off": a report of one deed never completes a list.
        return None
    if target.kind == "it":
        base = IRREGULAR_VERBS.get(verb, verb)
        return Intent("complete", target=replace(target, hint=base))
    if target.kind == "words" and target.span > 1 and verb == "did":
        # "did both the asado shopping and the plumber call": "did" names no part's deed
        return Intent("complete", target=target)
    if target.kind in ("words",):
        return Intent(
            "complete",
            # no hint: the user's own deed said verb first ("paid the plumber") must name
            # the task with its verb ('Call the plumber' is not it)
            # ("did both the X and the Y": as many things as said, see resolve._each_named)
            target=Target("words", text=f"{verb} {target.text}", span=target.span),
        )
    return Intent("complete", target=target)

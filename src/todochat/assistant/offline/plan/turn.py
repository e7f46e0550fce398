"""What a turn is about: the user's message read into intents in the light of the
conversation (an answer to "which one?", "and eggs" after an add, "keep it" after a change), the
task list as listed in this turn, and the tasks known from earlier turns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import cache, cached_property
from typing import Any

from todochat.assistant.offline import replies
from todochat.assistant.offline.conversation import Call, Conversation, ToolResult, Turn
from todochat.assistant.offline.matching import (
    MatchResult,
    TaskInfo,
    calls_off,
    match_tasks,
    names_another_thing,
)
from todochat.assistant.offline.normalise import as_said, normalise, word_list
from todochat.assistant.offline.slots import add_intent, day_shown, edit_deed_re, read_slots
from todochat.assistant.offline.split import split_clauses, split_sentences, strip_filler
from todochat.assistant.offline.text import (
    LIGHT_VERBS,
    PARTICLES,
    TASK_VERBS,
    capitalise,
    content_stems,
)
from todochat.assistant.offline.understand import (
    SOCIAL_KINDS,
    TARGETED_KINDS,
    Intent,
    IntentKind,
    Target,
    followup_add,
    parse_message,
    parse_target,
    read_bare_add,
)
from todochat.assistant.offline.understand.commands import (
    UNDO_FIRST_RE,
    meant_with_its_change,
    read_meant_beside_undo,
    read_redirect,
    says_other_one,
)
from todochat.assistant.offline.understand.deeds import CANCEL_PAST
from todochat.assistant.offline.understand.passes import slots_said_after_an_add

from .steps import (
    FILTER_ARGS,
    MUTATING,
    WAITS_FOR_THE_LIST,
    PlannedCall,
    Resolution,
    ToolBox,
    call_key,
    int_arg,
)

# Two-word verbs of deeds in the world whose first word is also a request to change the list:
# "drop off the parcel" with no task about a parcel is a thing to do, not a task to call off.
# ("cancel the meeting", "close the kubernetes task" naming no task change nothing: the user
# named a task that is not there.)
_DEED_VERB_RE = re.compile(
    r"^(?:clear\s+out|drop\s+off|check\s+(?:in|out)|pick\s+up|sort\s+out|take\s+off|"
    # "fetch tita at NAIA", "get the kids from school": fetching someone or something
    r"fetch|get)\s+"
    r"(?!(?:it|that|this|them|those|everything|all|the\s+rest|me|my\s+list|the\s+list)\b)"
    r"(?!.*\b(?:task|one|item|to-?do|list|agenda)s?\b)",
    re.IGNORECASE,
)
_CLARIFY_MARKERS = ("which one did you mean", "which task would you like me to", "is that the one?")


# "yes" to "Is that the one?": the one task the question named.
_YES_RE = re.compile(
    r"^(?:yes|yeah|yep|yup|yea|ya|sure|correct|right|exactly|affirmative|ok(?:ay)?|si|sí|oo|opo|"
    r"haan|ji|that'?s\s+(?:it|the\s+one|right)|that\s+one|this\s+one|the\s+same)"
    r"(?:[\s,!.]+(?:yes|please|pls|that\s+one|that'?s\s+(?:it|the\s+one|right)|it\s+is|thanks|"
    r"go\s+ahead|do\s+it|po))*[\s!.]*$",
    re.IGNORECASE,
)


_COMMAND_RE = re.compile(
    r"^(?:add|remind|put|create|delete|remove|mark|tick|complete|rename|change|move|show|list|"
    r"what|how|which|undo|never\s*mind|nvm|cancel|forget\s+it)\b",
    re.IGNORECASE,
)
_COPULAS = frozenset({"is", "are", "was", "were", "'s"})
_MOVED_NEWS_RE = re.compile(
    r"\b(?:(?:has|have|had)\s+been|got|was|were|is|are|been)\s+(?:shifted|moved|pushed(?:\s+back)?|"
    r"rescheduled|postponed|changed|bumped|brought\s+forward)\b",
    re.IGNORECASE,
)
# "add a note saying: ask about the boiler", "put a note that says white gloss, 2 tins": right
# after one task was added, the words noted are its description; with no task just added they
# are a task of their own (the understand stage's add)
# So are words put in its notes ("put in the notes 'size 8, paid already'", "add to the
# description: X") or said after a label of them ("notes: size 8, paid already").
_NOTE_SAYING_RE = re.compile(
    r"^\W*(?:(?:please|pls|can\s+you|could\s+you|and|also|oh|ok|okay)\s+)*(?:(?:add|put|write|"
    r"leave|stick|pop|jot(?:\s+down)?|include)\s+(?:(?:a|the|this)\s+)?(?:note|comment|description)"
    r"\s*(?::|-|–|—|\bsaying\b:?|\bthat\s+says\b:?|\bwhich\s+says\b:?|\breading\b:?)|"
    r"(?:add|put|write|stick|pop|jot(?:\s+down)?|type)\s+(?:(?:this|that|it)\s+)?(?:in|into|on|"
    r"to|under)\s+(?:the\s+|its\s+)?(?:notes?|description|details|comments?)(?:\s+(?:field|"
    r"section|box))?\s*(?::|-|–|—|,)?|(?:notes|description|details)\s*(?::|-|–|—))"
    r"\s*(?P<v>\S.*?)[\s.!]*$",
    re.IGNORECASE | re.DOTALL,
)
_QUOTED_NOTE_RE = re.compile(r"^['\"‘“](?P<v>[^'\"‘“’”]+)['\"’”]$")


# "put 'pay NEPA bill' for friday", "abeg put 'X' on saturday": a quoted title put on a day
_PUT_QUOTED_RE = re.compile(
    r"^\W*(?:(?:abeg|please|pls|plz|kindly|oya|can\s+(?:you|u)|could\s+(?:you|u))\s+)*"
    r"(?:put|pop|stick|set|schedule)\s+['\"‘“]",
    re.IGNORECASE,
)


_NOT_A_THING_PUT = frozenset(
    {"the", "my", "our", "your", "his", "her", "their", "that", "this", "it", "them"}
    | {"those", "these", "a", "an", "one", "task"}
)


def _put_bare(said: str, text: str) -> bool:
    """Whether ``said`` puts ``text`` somewhere as it stands: "put dentist for jack on monday"
    (a thing with no determiner, no pronoun, right after the verb)."""
    if not text or text.split()[0].lower() in _NOT_A_THING_PUT:
        return False
    return (
        re.search(
            rf"(?:^|[\s,.!])(?:put|pop|stick)\s+{re.escape(text)}\s+(?:on|for)\s",
            said,
            re.IGNORECASE,
        )
        is not None
    )


def restores_it(intent: Intent) -> bool:
    return (
        intent.kind == "restore"
        and intent.target is not None
        and (intent.target.kind in ("it", "them"))
    )


# "nvm", "scratch that", "nah forget it, they just called me": the whole message takes back
# what was just done; so does one that says first who already did it ("ahh no wait, my sister
# already bought it, forget that"), or after it ("no forget that, Declan rang them already").
# (the ``says_no`` and ``takes_back_change`` word lists; plan/resolve.py reads the first too)
@cache
def _bare_retraction_re() -> re.Pattern[str]:
    return re.compile(
        rf"^(?:(?:oh|ah+|{word_list('says_no')}|actually|sorry|hmm+|um+|uh+|ok(?:ay)?)[\s,!.]+)*"
        r"(?:(?:(?:my|our|his|her|their|the)\s+[\w']+|someone|somebody|he|she|they|we|i)"
        r"(?:'s|'ve|\s+has|\s+have)?\s+(?:already|just)\s+[^,.!;]+[,.!;]+\s*)?"
        rf"{word_list('takes_back_change')}"
        r"(?:[\s,!.]+(?:nvm|never\s*mind|then|lol|haha|sorry|thanks|actually|please|pls|plz))*"
        r"(?:[\s,!.-]+(?:they|he|she|i|we|it'?s|its|cause|because|bc|since|the|my)\b.*|"
        # ("ah no forget that actually, Declan rang them already": someone named did it)
        r"[\s,!.-]+[^,.!;?]*\b(?:already|just)\b[^?]*)?[\s.!]*$",
        re.IGNORECASE,
    )


# "actually no bread we have some", "no eggs after all": one word of a task just added.
# "and the last one too", "the 3rd one as well", "same with the gym one": a task named alone,
# with the word that says the change before it is meant again
_SAME_AGAIN_RE = re.compile(
    r"^(?:(?:oh|ah|and|also|plus|ok(?:ay)?|oh\s+and)[\s,!.]+)*(?:(?:same|ditto)\s+(?:with|for)\s+"
    r"(?P<t2>.+?)|(?P<t>.+?)\s+(?:too|as\s+well|also)|(?P<t3>.+?)\s+(?:please|pls)\s+too)"
    r"[\s!.]*$",
    re.IGNORECASE,
)
_NOT_NAMED_AGAIN_RE = re.compile(
    r"^(?:.*[,;!?]|(?:thanks?|thank|cheers|ta|you|u|me|i|we|us|same|ok(?:ay)?|lol|haha)\b)",
    re.IGNORECASE,
)
_AGAIN_KINDS: dict[str, IntentKind] = {"complete_task": "complete", "delete_task": "delete"}
_NO_X_RE = re.compile(
    r"^(?:(?:oh|ah|wait|actually|sorry|hmm+|um+|uh+)[\s,!.]+)*(?:no|not|skip\s+the|scratch\s+the)"
    r"\s+(?:the\s+|any\s+)?(?P<x>[a-z][\w'-]*)\b",
    re.IGNORECASE,
)


# What follows the old words of "not the bank, the accountant": the right ones, said as a thing
_RIGHT_ONE_SAID_RE = re.compile(
    r"[\w'-]*(?:\s+[\w'-]+){0,3}?\s*(?:[,:;.]|—|–|-)\s*(?:the|my|our|his|her|their)\s+\w",
    re.IGNORECASE,
)


# "the meal prep thing", "the dentist one": the words before "thing" name the task
_THING_RE = re.compile(r"(?:^the\s+|\s+(?:thing|one|stuff|task)$)", re.IGNORECASE)


# When a wish is to be met ("call mum this week", "ring the bank soon"): no part of what it is.
_WISH_WHEN_RE = re.compile(
    r"\b(?:this\s+(?:week(?:end)?|month|morning|afternoon|evening|arvo)|today|tonight|tomorrow|"
    r"tmrw|soon|asap|at\s+some\s+point|sometime|some\s+time|before\s+the\s+weekend|"
    r"(?:next|by)\s+(?:week|month|weekend))\b",
    re.IGNORECASE,
)


# the "to" a rename parts the old name from the new at
_TO_RE = re.compile(r"\s+to\s+", re.IGNORECASE)


class TurnState:
    """The conversation as this turn sees it: its intents, the task list, the known tasks."""

    def __init__(self, conversation: Conversation, toolbox: ToolBox, today: date) -> None:
        self.conv = conversation
        self.toolbox = toolbox
        self.today = today
        # the message as the turn's own rules read it ("ok so nvm 🙏" as "nvm")
        self.said = as_said(conversation.current.user_text)
        self.executed: dict[str, Call] = {
            call_key(c.name, c.args): c for c in conversation.current.calls
        }
        self.snapshot = self._snapshot()
        self.snapshot_by_id = {t.id: t for t in self.snapshot or []}
        self.trash = self._listed("deleted")
        self.intents = self._intents()
        self._cache: dict[int, Resolution] = {}
        # what a narrative clause's words name, by intent (plan/resolve.py: _clause_words)
        self._clauses: dict[tuple[str, ...], Resolution] = {}
        # the intent of the message a pronoun's intent takes its tasks from ("... take it off")
        self._referred: dict[int, int] = {}

    @cached_property
    def heard(self) -> str:
        """The message as the understanding stage reads it (stage 1, normalised); worked
        out only for the rules that read it."""
        return normalise(self.said)

    def _snapshot(self) -> list[TaskInfo] | None:
        for call in reversed(self.conv.current.calls):
            if call.name != "list_tasks" or call.args.get("status", "all") != "all":
                continue
            if any(call.args.get(key) for key in FILTER_ARGS):
                continue  # a filtered listing is not the whole list
            if call.result is not None and call.result.ok:
                return call.result.tasks()
        return None

    def _listed(self, status: str) -> list[TaskInfo] | None:
        for call in reversed(self.conv.current.calls):
            if call.name == "list_tasks" and call.args.get("status") == status:
                return call.result.tasks() if call.result is not None and call.result.ok else []
        return None

    @cached_property
    def known(self) -> dict[int, TaskInfo]:
        """Titles of tasks seen in earlier turns, to name a task known only by its id."""
        known: dict[int, TaskInfo] = {}
        for turn in self.conv.previous:
            for call in turn.calls:
                if call.result is None or not call.result.ok:
                    continue
                if call.name == "list_tasks":
                    for t in call.result.tasks():
                        known[t.id] = t
                    continue
                task = call.result.task(fallback_id=int_arg(call.args.get("task_id")))
                if task is not None and task.title:
                    known[task.id] = replace(known.get(task.id, task), title=task.title)
        return known

    def _task(self, task_id: int) -> TaskInfo:
        return self.snapshot_by_id.get(task_id) or self.known.get(task_id) or TaskInfo(task_id, "")

    def _intents(self) -> list[Intent]:
        intents = [
            self._split_at_its_to(
                self._called_off(self._on_the_list(self._or_add(self._described_undo(i))))
            )
            for i in self._deeds_to_do(parse_message(self.said, self.today))
        ]
        if any(i.kind == "undo" for i in intents):
            # "I didn't mean that, bring it back": the undo already brings it back.
            intents = [i for i in intents if not restores_it(i)] or intents
        elsewhere = self._redone_elsewhere(intents)
        if elsewhere is not None:
            return elsewhere
        if any(self._names_the_change(i) for i in intents):
            # "the passport photos one is not done actually, i clicked it by mistake. can u
            # undo": the change named is the undo meant; a bare undo beside it would take back
            # another change (the latest on the list, made elsewhere)
            intents = [i for i in intents if i.kind != "undo" or i.query]
        other = self._other_one(intents)
        if other is not None:
            return other
        redirected = self._redirected()
        if redirected is not None:
            return redirected
        answer = self._clarification_answer(intents)
        if answer is not None:
            return [answer]
        if self._takes_back(intents) or self._retracts_last_change(intents):
            # "delete the milk" then "no wait, keep it" or "nvm": the change just made is
            # reverted.
            return [Intent("undo")]
        titled = self._title_asked_for(intents) or self._missing_one_added(intents)
        if titled is not None:
            return [titled]
        dropped = self._dropped_add(intents)
        if dropped is not None:
            return [dropped]
        noted = self._note_on_last_add(intents)
        if noted is not None:
            return [noted]
        again = self._same_again(intents)
        if again is not None:
            return [again]
        one_add = len(intents) == 1 and intents[0].kind == "add"
        if (one_add or all(i.kind == "unknown" for i in intents)) and self._just_added():
            # "and bananas", "and put washer fluid on there too": one more like the last
            more = followup_add(self.said, self.today)
            if more is not None:
                return [replace(more, title=self._like_last_add(more.title))]
        said = self.conv.current.user_text.strip()
        if len(intents) == 1 and intents[0].kind == "unknown" and "?" not in said:
            bare = None if self._asked_last() else read_bare_add(intents[0].text, (), self.today)
            if bare is not None:
                return [self._on_the_list(bare)]
        return intents

    def _asked_last(self) -> bool:
        """Whether the last reply asked the user something (a word now may answer it)."""
        previous = self.conv.previous
        return bool(previous) and "?" in previous[-1].reply

    def _title_asked_for(self, intents: list[Intent]) -> Intent | None:
        """ "can u add smth for me" / "What should the task say?" / "new headset mic bc mine is
        cooked": the answer is the title of the add asked about (a command is read as one)."""
        previous = self.conv.previous
        if not previous or replies.no_title() not in previous[-1].reply:
            return None
        said = self.said.strip()
        if any(i.kind not in ("unknown", "complete", "add", "due") for i in intents) or (
            _COMMAND_RE.match(said)
        ):
            return None
        # "oh sorry, the meal prep thing": the words around the answer go first
        adds = slots_said_after_an_add(parse_message(f"add {self.heard}", self.today))
        if len(adds) != 1 or adds[0].kind != "add" or not adds[0].title:
            return None
        # "the meal prep thing. for sunday": the thing named, without the word "thing"
        title = _THING_RE.sub("", adds[0].title).strip() or adds[0].title
        # "remind me tomorrow" / "What should the task say?" / "call the bank": the day said
        # with the ask is the answer's
        asked = [
            i.due for i in parse_message(previous[-1].user_text, self.today) if i.kind == "add"
        ]
        due = adds[0].due or next(filter(None, asked), None)
        return replace(adds[0], title=title[:1].upper() + title[1:], due=due)

    def _missing_one_added(self, intents: list[Intent]) -> Intent | None:
        """ "is ribbon on my list to order?" found no task; "no? ok add it pls" adds the one
        asked about ('Order ribbon'). Only a look-up the previous reply said it found nothing
        for; several of them ask for the title."""
        if len(intents) != 1 or intents[0].kind != "add" or intents[0].title:
            return None
        previous = self.conv.previous
        if not previous:
            return None
        missing = [
            i.target.text
            for i in parse_message(previous[-1].user_text, self.today)
            if i.kind == "status"
            and i.target is not None
            and i.target.kind == "words"
            and replies.not_found(i.target.text) in previous[-1].reply
        ]
        if len(missing) != 1:
            return None
        adds = parse_message(f"add {missing[0]}", self.today)
        if len(adds) != 1 or adds[0].kind != "add" or not adds[0].title:
            return None
        # "ok add it then, for jummah on friday": the date said with "it" is the thing's
        said = intents[0]
        return replace(
            adds[0],
            priority=adds[0].priority or said.priority,
            due=adds[0].due or said.due,
            repeat=adds[0].repeat or said.repeat,
            tags=tuple(dict.fromkeys([*adds[0].tags, *said.tags])),
        )

    def _names_the_change(self, intent: Intent) -> bool:
        """A reopen or completion of one task named in words: the change a bare undo beside
        it means ("i got confused" names none). Not when the previous turn changed other tasks
        only: "undo that. but the gas i already buy" takes that change back and tells a deed."""
        target = intent.target
        if (
            intent.kind not in ("reopen", "complete")
            or target is None
            or target.kind != "words"
            # (before the list is read, the undo waits for it)
            or (
                self.snapshot is not None
                and match_tasks(target.text, self.snapshot).kind != "unique"
            )
        ):
            return False
        changed = self._last_changes()
        return not changed or any(match_tasks(target.text, [t]).kind != "none" for _, t in changed)

    def _takes_back_the_change(self, intent: Intent) -> bool:
        """ "sorry i meant the post office one, undo the pharmacy": a reopen or restore of the
        one task the previous turn changed, named in words, is the undo of that change (beside
        the task meant instead, the same redirect as "undo that, i meant X")."""
        target = intent.target
        if intent.kind not in ("reopen", "restore") or target is None or target.kind != "words":
            return False
        changed = self._last_changes()
        return len(changed) == 1 and match_tasks(target.text, [changed[0][1]]).kind != "none"

    def _described_undo(self, intent: Intent) -> Intent:
        """ "i renamed the milk by mistake, undo that": an undo of a change whose old value was
        not said. The undo runs when the previous turn made that change to that task; else the
        latest change is another one (made elsewhere, or earlier), and nothing is undone: a
        date is asked for, anything else is said to need its value."""
        if intent.kind != "undo" or not intent.query:
            return intent
        target = intent.target
        for name, task in self._last_changes():
            if (name == "add_task") != (intent.query == "add"):
                continue
            if target is None or target.kind in ("it", "them"):
                return Intent("undo")
            words = [w for w in (target.text, intent.title) if w]
            if any(match_tasks(w, [task]).kind != "none" for w in words):
                return Intent("undo")
        if intent.query == "due" and target is not None:
            return Intent("due", target=target, text="ask")
        return intent

    def _last_changes(self) -> list[tuple[str, TaskInfo]]:
        """The changes the previous turn made: (tool name, task), successes only."""
        if not self.conv.previous:
            return []
        changed: list[tuple[str, TaskInfo]] = []
        for call in self.conv.previous[-1].calls:
            if call.name not in MUTATING or call.result is None or not call.result.ok:
                continue
            task = call.result.task(fallback_id=int_arg(call.args.get("task_id")))
            if task is not None:
                changed.append((call.name, self.known.get(task.id, task)))
        return changed

    def _redirected(self) -> list[Intent] | None:
        """ "no not that one, the veal stock" right after one task was completed, deleted or
        reopened: that change is undone and made to the task meant
        (which must be named clearly, else it asks). Never after an add or a rename, where
        "I meant X" corrects the words."""
        said = read_redirect(self.said)
        if said is None:
            return None
        meant, wrong = said
        return self._made_instead(*meant_with_its_change(meant), wrong=wrong)

    def _redone_elsewhere(self, intents: list[Intent]) -> list[Intent] | None:
        """ "undo that and mark the tuition one", "it was the optometrist. undo that and do that
        one instead": an undo said with the task meant instead, right after one task was
        completed, deleted or reopened, is the same redirect as "not that one, X". The task
        is the one a clause names as meant, else the one a "do/mark X" clause names; a change
        of another kind said beside the undo ("undo that and delete the other list") is read
        on its own."""
        said = normalise(self.said)
        slip = any(self._undoes_another(i) for i in intents)
        if (
            not any(i.kind == "undo" and not i.query for i in intents)
            and not UNDO_FIRST_RE.match(said)
            and not any(self._takes_back_the_change(i) for i in intents)
            and not slip
        ):
            return None
        for sentence in split_sentences(said):
            for clause in split_clauses(sentence):
                meant = read_meant_beside_undo(strip_filler(clause))
                if meant is not None:
                    made = self._made_instead(*meant)
                    if made is None and slip:
                        # the words meant are never a new title of the task changed
                        return [i for i in intents if i.kind != "rename"]
                    return made
        return None

    def _undoes_another(self, intent: Intent) -> bool:
        """ "i meant the post office, undo the vet" right after the pharmacy task was ticked:
        a reopen or restore, named in words, of a task the previous turn did not change (and
        that is not done, so the reopen would change nothing) is a slip for the undo of the
        change just made, beside the task meant instead."""
        target = intent.target
        if intent.kind not in ("reopen", "restore") or target is None or target.kind != "words":
            return False
        changed = self._last_changes()
        if len(changed) != 1 or match_tasks(target.text, [changed[0][1]]).kind != "none":
            return False
        if self.snapshot is not None and intent.kind == "reopen":
            found = match_tasks(target.text, self.snapshot)
            if found.kind == "unique" and any(t.completed for t in found.tasks):
                return False  # a task ticked before: its reopen is meant
        return True

    def _made_instead(
        self, meant: str, kind: IntentKind | None = None, *, wrong: str = ""
    ) -> list[Intent] | None:
        """The previous turn's one completion, delete or reopen, undone and made to ``meant``
        (``None`` when that turn made no such single change, ``kind`` names another change,
        or ``wrong`` names another task)."""
        if not self.conv.previous:
            return None
        changes = [
            c
            for c in self.conv.previous[-1].calls
            if c.name in MUTATING and c.result is not None and c.result.ok
        ]
        if len(changes) != 1:
            return None
        call = changes[0]
        result = call.result
        task = result.task(fallback_id=int_arg(call.args.get("task_id"))) if result else None
        if task is None:
            return None
        changed = self.known.get(task.id, task)
        if wrong and match_tasks(wrong, [changed]).kind == "none":
            return None  # "not the florist" when the baker was changed: not this change
        target = parse_target(meant)
        if target.kind != "ordinal":
            target = Target("words", text=meant)
        if call.name == "complete_task":
            again = Intent("complete", target=target)
        elif call.name == "delete_task":
            again = Intent("delete", target=target)
        elif call.name == "update_task" and call.args.get("completed") is False:
            again = Intent("reopen", target=target)
        else:
            return None
        if kind is not None and kind != again.kind:
            return None  # "undo that and delete the diapers": two requests, each read alone
        return [Intent("undo"), again]

    def _other_one(self, intents: list[Intent]) -> list[Intent] | None:
        """ "no, the other one" / "mark the other one done" / "i meant the other task": of the
        candidates of the last request, the one not in focus. After a question the candidates
        are the tasks it named, and the one in focus is the one it asked about alone ("Is that
        the one?") or, of two, the one changed before it; after a change it is the task
        changed, among the tasks its question named or its words name. A bare "the other one"
        after a change takes that change back and makes it to the other; a request says what
        to do with the other ("mark the other one done"). When more than one task is "other",
        it asks."""
        named = [i for i in intents if i.target is not None and i.target.other]
        bare = not named and says_other_one(self.said)
        previous = self.conv.previous
        if not (named or bare) or not previous:
            return None
        last = previous[-1]
        if any(m in last.reply.lower() for m in _CLARIFY_MARKERS):
            original = self._pending_request(previous)
            if original is None or original.target is None:
                return None
            asked = last.mentioned_ids()
            focus = asked[:1] if len(asked) == 1 else self._changed_before(asked, previous[:-1])
            words = original.target.text if original.target.kind == "words" else ""
            within = tuple(asked) if len(asked) > 1 else ()
            target = Target("words", text=words, ids=tuple(focus), within=within, other=True)
            return [replace(named[0] if named else original, target=target, doubt=False)]
        changes = [
            c for c in last.calls if c.name in MUTATING and c.result is not None and c.result.ok
        ]
        if len(changes) != 1:
            return None
        call = changes[0]
        task = (
            call.result.task(fallback_id=int_arg(call.args.get("task_id"))) if call.result else None
        )
        if task is None:
            return None
        asked = previous[-2].mentioned_ids() if len(previous) > 1 else []
        if task.id in asked and any(m in previous[-2].reply.lower() for m in _CLARIFY_MARKERS):
            target = Target("words", ids=(task.id,), within=tuple(asked), other=True)
        else:
            said = [
                i.target.text
                for i in parse_message(last.user_text, self.today)
                if i.kind in TARGETED_KINDS and i.target is not None and i.target.kind == "words"
            ]
            if len(said) != 1:
                return None
            target = Target("words", text=said[0], ids=(task.id,), other=True)
        if named:
            return [replace(named[0], target=target)]
        if call.name == "complete_task":
            return [Intent("undo"), Intent("complete", target=target)]
        if call.name == "delete_task":
            return [Intent("undo"), Intent("delete", target=target)]
        if call.name == "update_task" and call.args.get("completed") is False:
            return [Intent("undo"), Intent("reopen", target=target)]
        return None

    @staticmethod
    def _changed_before(candidates: Sequence[int], turns: Sequence[Turn]) -> list[int]:
        """The one of two candidates changed last in ``turns`` (the one "the other" is not);
        none when neither was, or there are more than two."""
        if len(candidates) != 2:
            return []
        for turn in reversed(turns):
            for call in reversed(turn.calls):
                if call.name not in MUTATING or call.result is None or not call.result.ok:
                    continue
                task = call.result.task(fallback_id=int_arg(call.args.get("task_id")))
                if task is not None and task.id in candidates:
                    return [task.id]
        return []

    def _retracts_last_change(self, intents: list[Intent]) -> bool:
        """ "nvm", "scratch that, they just called me" right after a change: take it back. A
        request after the news is what is asked, no retraction ("nvm he just showed up, mark
        that done")."""
        said = self.said.strip()
        if any(i.kind not in ("unknown", "thanks", "undo") for i in intents):
            return False
        return bool(_bare_retraction_re().match(said)) and bool(self._last_changes())

    def _same_again(self, intents: list[Intent]) -> Intent | None:
        """ "the second one is done" then "and the last one too", "delete the gym one" then
        "the dentist one as well": a task named alone with "too" gets the change the previous
        turn made (a completion or a delete, of one kind only); where it names no task or
        several, the resolver asks as it would for the change said in full."""
        if any(i.kind != "unknown" for i in intents):
            return None
        m = _SAME_AGAIN_RE.match(self.said.strip())
        if m is None:
            return None
        kinds = {name for name, _ in self._last_changes()}
        if len(kinds) != 1:
            return None
        kind = _AGAIN_KINDS.get(kinds.pop())
        named = m["t"] or m["t2"] or m["t3"]
        if _NOT_NAMED_AGAIN_RE.match(named):
            return None  # "thanks, you too", "me too": nothing of the list named
        target = parse_target(named)
        if kind is None or target.kind not in ("ordinal", "ids", "words"):
            return None
        return Intent(kind, target=target)

    def _dropped_add(self, intents: list[Intent]) -> Intent | None:
        """ "actually no bread, we have some" right after 'Buy bread' was added: that task goes
        (only a task the previous turn added, and only when the word names one of them)."""
        if any(i.kind not in ("unknown", "thanks") for i in intents):
            return None
        m = _NO_X_RE.match(self.said.strip())
        if m is None or _RIGHT_ONE_SAID_RE.match(self.said.strip(), m.end()):
            # ("not the bank — the accountant": the right words follow, a correction, never
            # the task taken away)
            return None
        said = content_stems(m["x"])
        added = [t for name, t in self._last_changes() if name == "add_task"]
        named = [t for t in added if said and said[0] in content_stems(t.title)]
        if len(named) != 1:
            return None
        return Intent("delete", target=Target("ids", ids=(named[0].id,)))

    def _like_last_add(self, title: str) -> str:
        """ "and flat 3 too" after "Fix door lock flat 1" is "Fix door lock flat 3"; "and a
        capo" after "Pick up guitar picks" is "Pick up a capo": a follow-up that is not a task of
        its own takes the words of the task just added that it does not replace."""
        added = [
            c.args.get("title")
            for c in self.conv.previous[-1].calls
            if c.name == "add_task" and c.result is not None and c.result.ok
        ]
        last = str(added[-1]) if added and added[-1] else ""
        words, new = last.split(), title.split()
        if len(words) < 2 or not new or new[0].lower() in TASK_VERBS | LIGHT_VERBS:
            return title
        first = new[0].lower()
        for i in range(len(words) - 1, 0, -1):
            if words[i].lower() == first and i + len(new) >= len(words):
                # "flat 3" for the "flat 1" that ends the title
                return " ".join([*words[:i], new[0].lower(), *new[1:]])
        if words[0].lower() not in TASK_VERBS | LIGHT_VERBS:
            return title
        verb = words[:2] if words[1].lower() in PARTICLES else words[:1]
        said = re.search(rf"\b(a|an|some)\s+{re.escape(new[0])}\b", self.said, re.IGNORECASE)
        article = [said[1].lower()] if said else []
        return " ".join([*verb, *article, title[:1].lower() + title[1:]])

    def _or_add(self, intent: Intent) -> Intent:
        """ "moodboard due in 5 days": a date for a task by words that name none is an add
        (the slot stage gives its title)."""
        target = intent.target
        if (
            intent.kind == "due"
            and not intent.title
            and target is not None
            and target.kind == "words"
            and target.exact
            and self.snapshot is not None
            and _PUT_QUOTED_RE.match(self.said)
            and target.text.split()[0].lower() in TASK_VERBS
            and match_tasks(target.text, self.snapshot).kind == "none"
        ):
            # "abeg put 'pay NEPA bill' for friday": a quoted deed put on a day, with no task of
            # that name, is a new task ("move 'X' to friday" still names only a task)
            return Intent("add", title=target.text[:1].upper() + target.text[1:], due=intent.due)
        if (
            intent.kind == "due"
            and not intent.title
            and intent.due
            and target is not None
            and target.kind == "words"
            and not target.exact
            and self.snapshot is not None
            and _put_bare(self.said, target.text)
            and match_tasks(target.text.split()[0], self.snapshot).kind == "none"
        ):
            # "can u put dentist for jack on monday": a bare thing put on a day whose first word
            # is in no title is a new task ("put the dentist on monday" still moves one, and
            # "put gym on friday" moves 'Gym session')
            return Intent("add", title=target.text[:1].upper() + target.text[1:], due=intent.due)
        if intent.kind != "due" or target is None or target.kind != "words" or not self.snapshot:
            return intent
        found = match_tasks(target.text, self.snapshot)
        if found.kind == "unique" and names_another_thing(target.text, found.tasks[0]):
            # "car rego due friday" with 'Book car service': the task only shares "car"; the
            # thing named is no task on the list, and its date never moves that one ("the car
            # rego is due friday", "move the car rego to friday": asked)
            if not intent.title or intent.title.split()[-1].lower() in _COPULAS:
                return replace(intent, doubt=True)
            found = replace(found, kind="none", tasks=())
        if not intent.title:
            return intent
        if (
            not self._names_no_task(intent, target, found)
            or intent.title.split()[-1].lower() in _COPULAS
            or _MOVED_NEWS_RE.search(intent.title)
        ):
            # "the party is on sunday" names no task and asks for none; "X has been shifted to
            # 4pm" is news of a task, never one to add
            return intent
        return Intent(
            "add",
            title=intent.title,
            due=intent.due or None,
            repeat=intent.repeat or None,
            priority=intent.priority,
            tags=intent.tags,
        )

    def _names_no_task(self, intent: Intent, target: Target, found: MatchResult) -> bool:
        """Whether the words of a due edit that may be a deed of its own name no task: none
        matches them (``found``, their match), or (a deed verb said with a day: "fix the fence
        for tomorrow" with 'Paint the fence' listed) one does but not with the verb, another
        deed on the same thing. "update the vet for friday" names 'Rex's vet appointment',
        which has no verb."""
        if found.kind == "none":
            return True
        return bool(
            intent.verb
            and found.kind == "unique"
            and match_tasks(f"{intent.verb} {target.text}", self.snapshot or []).kind != "unique"
        )

    def _takes_back(self, intents: list[Intent]) -> bool:
        """Whether "keep it" / "don't delete the milk" speaks of a delete, completion or edit
        the previous turn made (an add is never taken back this way)."""
        keeps = [i for i in intents if i.kind == "keep" and i.text != "contradiction"]
        if not keeps or any(i.kind not in SOCIAL_KINDS for i in intents) or not self.conv.previous:
            return False
        changed: list[TaskInfo] = []
        for call in self.conv.previous[-1].calls:
            if call.name in ("delete_task", "complete_task", "update_task") and call.result:
                task = call.result.task(fallback_id=int_arg(call.args.get("task_id")))
                if call.result.ok and task is not None:
                    changed.append(self.known.get(task.id, task))
        if not changed:
            return False
        target = keeps[0].target
        if target is None or target.kind in ("it", "them"):
            return True
        return target.kind == "words" and match_tasks(target.text, changed).kind == "unique"

    def _deeds_to_do(self, intents: Sequence[Intent]) -> Sequence[Intent]:
        """ "drop off the parcel at the post office", "check in for the flight": a request
        whose two-word verb is a deed in the world, naming no task on the list, is that deed to
        add (a delete or completion that finds nothing else says so)."""
        if len(intents) != 1 or self.snapshot is None:
            return intents
        (intent,) = intents
        target = intent.target
        if intent.kind not in ("delete", "complete", "status") or target is None:
            return intents
        said = self.heard.strip()
        if target.kind != "words" or not _DEED_VERB_RE.match(said):
            return intents
        if match_tasks(target.text, self.snapshot).kind != "none":
            return intents
        slots = read_slots(said, (), self.today)
        return [add_intent(slots)] if slots.title else intents

    def _split_at_its_to(self, intent: Intent) -> Intent:
        """ "rename money to chidi to Check with Ade" with 'Send money to Mum' and 'Send money to
        Chidi' listed: a rename is read at its first "to", and "money" names both; when the
        words up to the next "to" name one task, that "to" belongs to the task's name and the
        new title is what follows it ('Check with Ade'). Read so only when the first reading
        names no task alone, so "rename milk to oat milk to go" keeps its first "to"."""
        target = intent.target
        if (
            intent.kind != "rename"
            or intent.text
            or not self.snapshot
            or target is None
            or target.kind != "words"
            or target.exact
        ):
            return intent
        parts = [part.strip() for part in _TO_RE.split(intent.title, maxsplit=1)]
        if len(parts) != 2 or not all(parts):
            return intent
        head, tail = parts
        if match_tasks(target.text, self.snapshot).kind == "unique":
            return intent
        longer = f"{target.text} to {head}"
        if match_tasks(longer, self.snapshot).kind != "unique":
            return intent
        return replace(intent, target=parse_target(longer), title=capitalise(tail))

    def _called_off(self, intent: Intent) -> Intent:
        """ "ok I finally cancelled that free trial" with 'Cancel Peacock free trial' on the
        list: the user did the task, which is to call the thing off; it is ticked off, never
        deleted (it had deleted it). Only when every task the words name is such a deed; a task
        of the thing itself ('Dentist appointment' for "cancelled the dentist") is called off."""
        target = intent.target
        if (
            intent.kind != "delete"
            or intent.verb not in CANCEL_PAST
            or target is None
            or target.kind != "words"
        ):
            return intent
        # (the tasks listed in an earlier turn, for the answer to "which one?")
        found = match_tasks(target.text, self.snapshot or list(self.known.values())).tasks
        if found and all(calls_off(t, intent.verb) for t in found):
            return Intent("complete", target=target)
        return intent

    def _on_the_list(self, intent: Intent) -> Intent:
        """ "I still need to pay rent" with 'Pay rent' on the list adds no second one; "call
        grandma sunday instead" with 'Call grandma' on it moves that task to sunday."""
        if intent.kind != "add" or intent.text not in WAITS_FOR_THE_LIST or not self.snapshot:
            return intent
        wanted = content_stems(intent.title)
        if intent.text == "edited":
            # "update the vet" with 'Rex's vet appointment' listed: a change of it with nothing
            # said to change, no task 'Update the vet' ("update my resume" adds one)
            thing = edit_deed_re().sub("", intent.title, count=1).strip()
            open_tasks = [t for t in self.snapshot if not t.completed]
            named = bool(thing) and match_tasks(thing, open_tasks).kind != "none"
            return Intent("unknown", text=intent.title) if named else intent
        if intent.text == "bare":
            # "milk" with 'Buy milk' on the list: not a second task; what to do is not said
            pending = (set(content_stems(t.title)) for t in self.snapshot if not t.completed)
            shared = any(set(wanted) & stems for stems in pending)
            return Intent("unknown", text=intent.title) if shared else intent
        same = [t for t in self.snapshot if not t.completed and content_stems(t.title) == wanted]
        if not same and len(wanted) >= 2 and intent.text in ("implied", "dated"):
            # "I keep forgetting to chase Priya about the cover" with 'Chase Priya about
            # covering Thursday 7am class' on the list: every word of the wish is in that task
            same = [
                t
                for t in self.snapshot
                if not t.completed and set(wanted) <= set(content_stems(t.title))
            ]
        if not same and intent.text == "implied":
            # "ugh i really need to call mum this week, she's been a bit flat lately" with 'Call
            # Mum' listed: the wish less a when and the remark after a comma is that task, word
            # for word ("call the plumber" is still added: it only shares a verb)
            core = set(content_stems(_WISH_WHEN_RE.sub(" ", intent.title.split(",")[0])))
            same = [
                t
                for t in self.snapshot
                if not t.completed and len(core) >= 2 and set(content_stems(t.title)) == core
            ]
        if len(same) != 1 or not wanted:
            return intent
        target = Target("ids", ids=(same[0].id,))
        if intent.text == "dated" or intent.priority:
            # "I still need to pay rent, urgent" with 'Pay rent' listed: that task, at the level
            return Intent(
                "due", target=target, due=intent.due, repeat=intent.repeat, priority=intent.priority
            )
        return Intent("keep", target=target, text="already")

    def _note_on_last_add(self, intents: list[Intent]) -> Intent | None:
        """ "add a note saying: X" right after one task was added: X describes that task."""
        if (
            not intents
            or any(i.kind not in ("add", "unknown") for i in intents)
            or not self.conv.previous
        ):
            return None
        m = _NOTE_SAYING_RE.match(self.said)
        if m is None or (len(intents) > 1 and re.search(r"[.!?]\s", m["v"])):
            return None  # ("notes: X. add milk": more than a note)
        quoted = _QUOTED_NOTE_RE.match(m["v"])
        added = [
            c.result.task(fallback_id=int_arg(c.args.get("task_id")))
            for c in self.conv.previous[-1].calls
            if c.name == "add_task" and c.result is not None and c.result.ok
        ]
        if len(added) != 1 or added[0] is None:
            return None
        note = quoted["v"] if quoted is not None else m["v"]
        return Intent("describe", target=Target("ids", ids=(added[0].id,)), description=note)

    def _just_added(self) -> bool:
        """Whether the previous turn added tasks (so "and bananas" adds another)."""
        previous = self.conv.previous
        return bool(previous) and any(
            c.name == "add_task" and c.result is not None and c.result.ok
            for c in previous[-1].calls
        )

    def _clarification_answer(self, intents: list[Intent]) -> Intent | None:
        """Read "the first one" / "Ann" after "Which one did you mean?" as that answer."""
        previous = self.conv.previous
        if not previous:
            return None
        last = previous[-1]
        if not any(m in last.reply.lower() for m in _CLARIFY_MARKERS):
            return None
        candidates = last.mentioned_ids()
        if len(candidates) == 1 and _YES_RE.match(self.said.strip()):
            original = self._pending_request(previous)
            if original is None:
                return None
            # the yes also answers a doubt the request was said with ("not sure it's paid")
            return replace(original, target=Target("ids", ids=(candidates[0],)), doubt=False)
        target = parse_target(self.said)
        if target.kind == "it":
            return None
        if not all(i.kind == "unknown" for i in intents):
            if not (len(intents) == 1 and intents[0].kind == "add" and target.kind == "words"):
                return None
            # ("push to friday" -> "Which task ...?" -> "call mum": with no candidates named,
            # a title said alone answers the question; it is matched against the whole list,
            # never added as a copy of the task meant)
            pool = [self._task(i) for i in candidates]
            if not pool and _COMMAND_RE.match(self.said.strip()):
                return None  # "add call the bank": a request of its own, never the answer
            if pool and match_tasks(target.text, pool).kind != "unique":
                return None
        original = self._pending_request(previous)
        if original is None:
            return None
        return replace(original, target=replace(target, within=tuple(candidates)))

    def _pending_request(self, previous: Sequence[Turn]) -> Intent | None:
        for turn in reversed(previous[-3:]):
            for intent in parse_message(turn.user_text, self.today):
                if intent.kind in TARGETED_KINDS and intent.target is not None:
                    return self._called_off(intent)
        return None

    def _add_result(self, index: int) -> ToolResult | None:
        call = self.executed.get(self._add_call(self.intents[index]).key)
        if call is None or call.result is None:
            return None
        return call.result

    def _add_call(self, intent: Intent) -> PlannedCall:
        args: dict[str, Any] = {"title": intent.title}
        extras = {
            "description": intent.description,
            "priority": intent.priority,
            "due": intent.due,
            "repeat": intent.repeat,
            "tags": list(intent.tags),
        }
        for key, value in extras.items():
            if value and self.toolbox.accepts("add_task", key):
                args[key] = value
        return PlannedCall("add_task", args)

    @staticmethod
    def _list_call(status: str) -> PlannedCall:
        return PlannedCall("list_tasks", {"status": status})

    def _listing_call(self, intent: Intent) -> PlannedCall:
        """A listing's call: its status, and the filters the tool takes ("due this week" is
        computed by the tool, in the user's time zone; so is the day of "what's due friday",
        its words passed as `due_on` when the date parser reads a day in them)."""
        args: dict[str, Any] = {"status": intent.status}
        for key, value in intent.filter.args().items():
            if self.toolbox.accepts("list_tasks", key):
                args[key] = value
        day = intent.filter.day
        if day and self.toolbox.accepts("list_tasks", "due_on") and day_shown(day, self.today):
            args["due_on"] = day
        return PlannedCall("list_tasks", args)

    def _result_of(self, call: PlannedCall) -> ToolResult | str:
        """The call's successful result, or why there is none ("unavailable" or an error)."""
        executed = self.executed.get(call.key)
        if executed is None:
            return "unavailable" if not self.toolbox.allows(call) else "I ran out of steps"
        result = executed.result or ToolResult(ok=False, error="no result came back")
        return result if result.ok else result.error

"""Metamorphic robustness: the cases the model passes, typed the way people type them.

Every case of the dev set and of the test batches that passes as written is played again with
each of its messages changed in a way that keeps its meaning: lower or upper case, dropped
apostrophes and end punctuation, a greeting or a discourse marker in front ("hey", "ok so",
"um"), a thanks, "pls", an emoji or "lol" after, "u" for "you", a polite or a chat request
wrapper ("could you please", "can u"), a typo in one command word, dictated capitals and full
stop, chat spellings ("tmrw", "abt", "w/"), another common verb for the request ("put X on
my list", "tick off X", "get rid of X"), a remark glued on with no comma ("... its doing my
head in"), a sentence of context first ("my boss just emailed and ..."), a softener after ("...
when u get a sec"), who asked for an add ("mum said to add ..."). A case that passed and fails
once changed is a gap in how the model reads people, of a kind no batch has to name: the
held-out wording it will meet is typed this way too.

The four added last, measured on the whole passing ground (5,873 of 6,408 undated cases) at
ee7c7e9, before the model's work on them -> after it (654641b and the next commit; 5,874
passing; changed, broken, kept):
"remark glued" 1,482 changed, 315 broken, 78.7% -> 3 broken, 99.8%; "context first" 1,616, 34,
97.9% -> 2, 99.9%; "for me" 1,584, 4, 99.7% -> 4, 99.7%; "reported" 539, 464, 13.9% -> 0,
100.0%.

The six added at 802217e, typed as second-language writers (India, Pakistan, Nigeria, the
Philippines, Kenya) and hurried phone users type: the article of a command's target dropped
("delete milk task"), a command wished ("i wanna delete the milk", "i would like to X"), a
greeting naming the listener or the hour ("hi assistant, X", "salam, X", "good morning! X"), a
one-sentence command asked ("can you add milk?"), chat words stretched ("sooo", "okk",
"pleasee") and a slip in a word of five letters or more that names a seeded task ("delete the
grocries task"). On all 6,230 passing cases, before the model's work (802217e) -> after it
(60df747; changed, broken, kept): "no articles" 434, 2, 99.5% -> 2, 99.5%; "i want to" 1,613,
415, 74.3% -> 32, 98.0%; "named greeting" 6,230, 228, 96.3% -> 0, 100%; "can you ...?" 1,068,
1, 99.9% -> 1, 99.9%; "stretched" 1,115, 189, 83.0% -> 2, 99.8% ("hii priorty": "hi" for
"high" stretched); "task typo" 392, 29, 92.6% (left: the stem hides the slip, 'meeing' for
'meeting'). Measured and left out as no gap: "kindly X" / "please X" 1,703, 2, 99.9%; "add one
task X" 303, 2, 99.3%; " ty" / " thank you so much" / " 👍" after 1,703, 1, 99.9%.

Run the whole table (about 6 minutes on two cores) with
``uv run python -m tests.assistant.offline.perturb [--show N] [name ...]``;
tests/assistant/offline/test_offline_robustness.py plays a sample of it.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
from collections.abc import Callable, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from tests.assistant.offline.harness import DATA, load_cases, play_case, relative_dates
from todochat.clients.evaluation import DEV_SET

Case = Mapping[str, Any]
Perturbation = Callable[[str], str]

_CONTRACTIONS = {
    "don't": "dont",
    "i'm": "im",
    "what's": "whats",
    "it's": "its",
    "that's": "thats",
    "can't": "cant",
    "didn't": "didnt",
    "doesn't": "doesnt",
    "i've": "ive",
    "isn't": "isnt",
    "won't": "wont",
    "let's": "lets",
    "there's": "theres",
    "haven't": "havent",
}
_CONTRACTION = re.compile(
    r"\b(" + "|".join(re.escape(k) for k in _CONTRACTIONS) + r")(?!\w)", re.IGNORECASE
)
_COMMAND = re.compile(
    r"(?:add|delete|remove|mark|show|list|change|rename|move|set|complete|finish|put|create"
    r"|make|update|clear|tick|cross|push|erase)\b",
    re.IGNORECASE,
)
TYPOS = {
    "add": "ad",
    "delete": "delte",
    "remove": "remvoe",
    "complete": "compelte",
    "tomorrow": "tomorow",
    "please": "plese",
    "finished": "finshed",
    "change": "chnage",
    "rename": "renmae",
    "priority": "priorty",
    "pending": "pendng",
    "called": "caled",
    "show": "shwo",
    "list": "lsit",
    "done": "dnoe",
    "tasks": "taks",
}
"""One slip of the keyboard in a word that carries the request (the title's words are left:
a misspelt title is a different title)."""
CHAT = {
    "tomorrow": "tmrw",
    "tonight": "tonite",
    "please": "plz",
    "with": "w/",
    "about": "abt",
    "before": "b4",
    "thanks": "thx",
    "because": "bc",
    "people": "ppl",
    "are": "r",
    "something": "smth",
    "okay": "ok",
}
"""Chat spellings of everyday words, all of them in a message."""
_ONE_ADD = re.compile(
    r"add (?!.*\b(?:to|on|tag|note|description)\b)(?P<what>[^,;:.!?]+?)[.!]?$", re.IGNORECASE
)
_ONE_DONE = re.compile(r"mark (?P<what>[^,;.!?]+?) (?:as )?(?:done|complete|completed)[.!]?$", re.I)
ADD_SAID = ("put {} on my list", "pop {} on the list", "stick {} on my list", "jot down {}")
DONE_SAID = ("tick off {}", "check off {}", "{} is done", "cross off {}")
SYNONYMS = {
    r"delete": ("remove", "get rid of", "scrap", "bin"),
    r"remove": ("delete", "get rid of"),
    r"show(?: me)?": ("give me", "list", "pull up"),
    r"change": ("update",),
}
"""Other verbs for a request's leading command (same message, same verb each run)."""
_END = re.compile(r"[.!?]*$")
_ID = re.compile(r"\{T(\d+)\}")


def _lead(words: str) -> Perturbation:
    def lead(message: str) -> str:
        return words + message[:1].lower() + message[1:]

    return lead


def _trail(words: str) -> Perturbation:
    def trail(message: str) -> str:
        return message.rstrip() + words

    return trail


def _wrap_request(words: str) -> Perturbation:
    """A request wrapper, only before a message that starts with a command."""

    def wrap(message: str) -> str:
        if _COMMAND.match(message):
            return words + message[:1].lower() + message[1:]
        return message

    return wrap


GLUED_REMARKS = (" i keep forgetting", " been putting it off for weeks", " its doing my head in")
CONTEXTS = ("long day. ", "ok so the kids are finally asleep, ", "my boss just emailed and ")
FOR_ME = (" for me", " when u get a sec", " if u can")
REPORTED = ("my wife says ", "mum said to ")


def _glued_remark(message: str) -> str:
    """A remark about the speaker run on with no comma ("add renew the rego i keep forgetting"),
    one of GLUED_REMARKS picked by the message, after a request that starts with a command and
    is no question (after "show my tasks?" a remark could be read as part of the question), and
    not after a rename or a move ("... to Y i keep forgetting" glues the remark onto a new
    title or a new day the user wrote, where either reading is a guess)."""
    if not _COMMAND.match(message) or message.rstrip().endswith("?"):
        return message
    if re.match(r"(?:rename|move|change|update|push|set)\b", message, re.IGNORECASE):
        return message
    remark = random.Random(message).choice(GLUED_REMARKS)
    return _END.sub("", message.rstrip()) + remark


def _context_first(message: str) -> str:
    """A sentence of context before a request that starts with a command ("long day. add ...",
    "my boss just emailed and delete ..."), one of CONTEXTS picked by the message: the context
    names no task and asks for nothing, so the request reads as it did."""
    if not _COMMAND.match(message):
        return message
    context = random.Random(message).choice(CONTEXTS)
    return context + message[:1].lower() + message[1:]


def _for_me(message: str) -> str:
    """A softener after a request that starts with a command ("delete the milk for me", "... when
    u get a sec", "... if u can"), one of FOR_ME picked by the message, its end punctuation
    dropped. Not "asap": after an add it can rightly set a high priority or today as the due
    day, which changes the outcome. Not after a question (a "?" request reads as asked), nor
    after a rename ("rename X to Y for me": "for me" may be part of the new title)."""
    if not _COMMAND.match(message) or message.rstrip().endswith("?"):
        return message
    if re.match(r"rename\b", message, re.IGNORECASE):
        return message
    return _END.sub("", message.rstrip()) + random.Random(message).choice(FOR_ME)


def _reported(message: str) -> str:
    """An add asked on someone's behalf: "my wife says add ...", "mum said to add ...". Only
    before a message that starts with "add" (the one request a third person's word leaves
    unambiguous: "my wife says delete the milk" could be news to weigh, not an order to carry
    out, and "mum said to mark it done" may mean she did it); one of REPORTED by the message."""
    if not re.match(r"add\b", message, re.IGNORECASE):
        return message
    return random.Random(message).choice(REPORTED) + message[:1].lower() + message[1:]


WANT = ("i want to ", "i wanna ", "i would like to ")
NAMED_GREETINGS = ("hi assistant, ", "good morning! ", "salam, ", "hello sir, ")
STRETCHED = {"please": "pleasee", "so": "sooo", "thanks": "thankss", "ok": "okk", "hi": "hii"}
_TARGET_VERB = re.compile(
    r"^(?P<verb>delete|remove|mark|complete|finish|tick off|cross off|move|rename|change|update"
    r"|push|erase|clear|set) the (?=\w)",
    re.IGNORECASE,
)
_ARTICLE_TASK = re.compile(r"^(?P<verb>add|create|make) an? (?=(?:task|reminder|todo)\b)", re.I)


def _no_articles(message: str) -> str:
    """The article after a command dropped, as learners and phone typists drop it: "delete the
    milk task" -> "delete milk task", "add a task to call mum" -> "add task to call mum". Only
    "the" of the target a command names (a title's own words are left as typed)."""
    said = _TARGET_VERB.sub(r"\g<verb> ", message, count=1)
    if said != message:
        return said
    return _ARTICLE_TASK.sub(r"\g<verb> ", message, count=1)


def _want_to(message: str) -> str:
    """ "i want to X", "i wanna X", "i would like to X" before a request that starts with a command
    other than "show" ("i want to show my tasks" is not what anyone says)."""
    if not _COMMAND.match(message) or re.match(r"show\b", message, re.IGNORECASE):
        return message
    return random.Random(message).choice(WANT) + message[:1].lower() + message[1:]


def _named_greeting(message: str) -> str:
    """A greeting that names the listener or the hour: "hi assistant, X", "good morning! X",
    "salam, X", "hello sir, X", one by the message, before any message."""
    return random.Random(message).choice(NAMED_GREETINGS) + message[:1].lower() + message[1:]


def _polite_question(message: str) -> str:
    """A request that starts with a command asked as a question: "can you add milk?". Only a
    message of one sentence with no comma ("can you add X, oh and the hose is fixed?" may ask
    whether the hose is fixed)."""
    if not _COMMAND.match(message) or re.search(r"[,;:?]|[.!]\s", message.rstrip()):
        return message
    return "can you " + message[:1].lower() + _END.sub("", message.rstrip())[1:] + "?"


def _stretched(message: str) -> str:
    """Chat words stretched the way a hurried phone typist does: "pleasee", "sooo", "thankss",
    "okk", "hii", outside quotes; a message with none of them is left."""
    parts = _QUOTED.split(message)
    for i in range(0, len(parts), 2):
        for word, long in STRETCHED.items():
            parts[i] = re.sub(rf"\b{word}\b", long, parts[i], flags=re.IGNORECASE)
    return "".join(parts)


SEEDED: ContextVar[tuple[str, ...]] = ContextVar("SEEDED", default=())
"""The titles of the tasks of the case being perturbed (``keep`` sets them)."""
_TARGETING = re.compile(
    r"(?:delete|remove|mark|complete|finish|tick off|cross off|check off|move|rename|change"
    r"|update|push|erase|get rid of|scrap)\b(?P<target>[^,;:.!?]*?)(?= to\b| as\b|[,;:.!?]|$)",
    re.IGNORECASE,
)


def _task_typo(message: str) -> str:
    """One slip in a word of five letters or more that names an existing task, in the target of
    a request that starts with a command ("delete the grocries task"): a letter inside the word
    dropped or two swapped, the word and the slip picked by the message. Only the target (not a
    new title or day after "to" or "as"); a message with no such word is left."""
    found = _TARGETING.match(message)
    if not found:
        return message
    titled = {w.lower() for title in SEEDED.get() for w in re.findall(r"[A-Za-z]+", title)}
    words = [
        m for m in re.finditer(r"[A-Za-z]{5,}", found["target"]) if m.group().lower() in titled
    ]
    if not words:
        return message
    pick = random.Random(message)
    word = pick.choice(words)
    text = word.group()
    at = pick.randrange(1, len(text) - 2)
    if pick.random() < 0.5:
        slipped = text[:at] + text[at + 1 :]
    else:
        slipped = text[:at] + text[at + 1] + text[at] + text[at + 2 :]
    if slipped == text:
        slipped = text[:at] + text[at + 1 :]
    start = found.start("target") + word.start()
    return message[:start] + slipped + message[start + len(text) :]


def _lower(message: str) -> str:
    return message.lower()


def _caps(message: str) -> str:
    return _ID.sub(r"{t\1}", message.upper())


def _no_punctuation(message: str) -> str:
    plain = _CONTRACTION.sub(lambda m: _CONTRACTIONS[m.group(1).lower()], message)
    return _END.sub("", plain.strip())


def _ending(mark: str) -> Perturbation:
    def end(message: str) -> str:
        return _END.sub("", message.rstrip()) + mark

    return end


def _chat_you(message: str) -> str:
    message = re.sub(r"\byour\b", "ur", message, flags=re.IGNORECASE)
    return re.sub(r"\byou\b", "u", message, flags=re.IGNORECASE)


def _typo(message: str) -> str:
    """One command word misspelt, the same one for the same message on every run."""
    found = [word for word in TYPOS if re.search(rf"\b{word}\b", message, re.IGNORECASE)]
    if not found:
        return message
    word = random.Random(message).choice(found)
    return re.sub(rf"\b{word}\b", TYPOS[word], message, count=1, flags=re.IGNORECASE)


_QUOTED = re.compile(r"(['\"‘“][^'\"’”]+['\"’”])")


def _chat(message: str) -> str:
    """Chat spellings outside quotes (a quoted title is the user's own words, kept as typed)."""
    parts = _QUOTED.split(message)
    for i in range(0, len(parts), 2):
        for word, chat in CHAT.items():
            parts[i] = re.sub(rf"\b{word}\b", chat, parts[i], flags=re.IGNORECASE)
    return "".join(parts)


def _synonym(message: str) -> str:
    """Another common way to say a request: a lone add or done said the other ways people say
    it, or another verb for the leading command."""
    pick = random.Random(message).choice
    lone = _ONE_ADD.fullmatch(message.strip())
    if lone and " and " not in lone["what"]:
        return pick(ADD_SAID).format(lone["what"])
    lone = _ONE_DONE.fullmatch(message.strip())
    if lone and " and " not in lone["what"]:
        return pick(DONE_SAID).format(lone["what"])
    for verb, others in SYNONYMS.items():
        found = re.match(rf"{verb}\b", message, re.IGNORECASE)
        if found:
            return pick(others) + message[found.end() :]
    return message


def _dictated(message: str) -> str:
    message = message.strip()
    end = "" if message.endswith((".", "?", "!")) else "."
    return message[:1].upper() + message[1:] + end


PERTURBATIONS: dict[str, Perturbation] = {
    "lower": _lower,
    "caps": _caps,
    "no punctuation": _no_punctuation,
    "dictated": _dictated,
    "hey": _lead("hey "),
    "ok so": _lead("ok so "),
    "so": _lead("so "),
    "um": _lead("um "),
    "alright": _lead("alright, "),
    "quick one": _lead("quick one: "),
    "thanks": _trail(" thanks"),
    "pls": _ending(" pls"),
    "emoji": _trail(" 🙏"),
    "lol": _trail(" lol"),
    "!!": _ending("!!"),
    "...": _ending("..."),
    "u": _chat_you,
    "could you please": _wrap_request("could you please "),
    "can u": _wrap_request("can u "),
    "i need u to": _wrap_request("i need u to "),
    "typo": _typo,
    "chat spelling": _chat,
    "other verb": _synonym,
    "remark glued": _glued_remark,
    "context first": _context_first,
    "for me": _for_me,
    "reported": _reported,
    "no articles": _no_articles,
    "i want to": _want_to,
    "named greeting": _named_greeting,
    "can you ...?": _polite_question,
    "stretched": _stretched,
    "task typo": _task_typo,
}


def case_files() -> list[str]:
    """The dev set and every batch of the tests, in a fixed order."""
    batches = [
        f"{folder}/{path.name}"
        for folder in ("batches", "batches-tuning")
        for path in sorted((DATA / folder).glob("*.jsonl"))
    ]
    return [DEV_SET.name, *batches]


def undated_cases() -> list[dict[str, Any]]:
    """The cases whose verdict does not hang on the day they run (the harness has one today)."""
    return [case for name in case_files() for case in load_cases(name) if not relative_dates(case)]


async def _passes(case: Case) -> bool:
    try:
        return (await play_case(case)).passed
    except Exception:  # a seed the in-memory store cannot take (a dated seed)
        return False


async def passing(cases: Sequence[Case]) -> list[Case]:
    """The cases that pass as written: the ground a perturbation is measured on."""
    return [case for case in cases if await _passes(case)]


@dataclass
class Kept:
    """How one perturbation did over the cases it changed."""

    name: str
    changed: int = 0
    broken: list[tuple[str, list[str]]] = field(default_factory=list)
    """(case id, perturbed messages) of each case that passed as written and fails perturbed."""

    @property
    def rate(self) -> float:
        return 1 - len(self.broken) / self.changed if self.changed else 1.0


async def keep(cases: Sequence[Case], name: str) -> Kept:
    """Play every case (all passing as written) with perturbation `name` on each message."""
    perturb = PERTURBATIONS[name]
    kept = Kept(name)
    for case in cases:
        seeded = SEEDED.set(tuple(str(task["title"]) for task in case.get("tasks", [])))
        said = [perturb(message) for message in case["say"]]
        SEEDED.reset(seeded)
        if said == list(case["say"]):
            continue
        kept.changed += 1
        if not await _passes({**case, "say": said}):
            kept.broken.append((str(case["id"]), said))
    return kept


async def _report(names: Sequence[str], show: int) -> None:
    cases = undated_cases()
    ground = await passing(cases)
    print(f"{len(ground)}/{len(cases)} undated cases pass as written")
    print("| perturbation | changed | broken | kept |")
    print("|---|---:|---:|---:|")
    for name in names:
        kept = await keep(ground, name)
        print(f"| {name} | {kept.changed} | {len(kept.broken)} | {kept.rate:.1%} |")
        for case_id, said in kept.broken[:show]:
            print(f"|   {case_id} | {said} | | |")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", metavar="name", help=", ".join(PERTURBATIONS))
    parser.add_argument("--show", type=int, default=0, help="broken cases to print for each")
    args = parser.parse_args(argv)
    unknown = [name for name in args.names if name not in PERTURBATIONS]
    if unknown:
        parser.error(f"unknown perturbation {unknown[0]!r}; one of: {', '.join(PERTURBATIONS)}")
    asyncio.run(_report(args.names or list(PERTURBATIONS), args.show))


if __name__ == "__main__":
    main()

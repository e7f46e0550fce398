"""Social messages: greetings, thanks and acknowledgements, help, goodbye."""

from __future__ import annotations

import re
from functools import cache

from .meaning import Intent
from .normalise import word_list
from .slots import felt
from .text import REQUEST_VERBS

_F = re.IGNORECASE | re.DOTALL

_GREETING_RE = re.compile(
    r"^(?:hi|hello|hey|hiya|howdy|yo|heya|greetings|hullo|g'?day|good\s+(?:morning|afternoon|"
    r"evening|day)|morning|evening|afternoon|what'?s\s+up|whats\s+up|sup|wassup|"
    # regional and slangy greetings
    r"howzit+|howsit|kia\s+ora|ey+\s*up|wagwan|wotcha|heyo+|aloha|hola|whassup|wazzup)"
    r"(?:\s+(?:there|friend|buddy|pal|mate|again|assistant|bot|todochat|everyone|you|all|duck|"
    r"love|pet|koutou))*[\s!.]*$",
    _F,
)
_HOW_ARE_YOU_RE = re.compile(
    r"^(?:(?:hi|hello|hey)\s+)?(?:how\s+are\s+you(?:\s+doing)?(?:\s+today)?|how'?s\s+it\s+going|"
    r"how\s+is\s+it\s+going|how\s+do\s+you\s+do|you\s+ok|are\s+you\s+there)$",
    _F,
)
_THANKS_RE = re.compile(
    r"^(?:(?:ok(?:ay)?|great|perfect|awesome|cool|nice|brilliant|excellent|wonderful|lovely|"
    r"fantastic|sweet|good|amazing|super|oh)\s*,?\s*)*(?:thanks|thank\s+you|thank\s+u|thx|ty|"
    r"cheers|much\s+appreciated|appreciate\s+it|many\s+thanks|ta)(?:\s+(?:so\s+much|a\s+lot|"
    r"very\s+much|a\s+bunch|again|mate|buddy|a\s+ton))*$",
    _F,
)
_ACK_RE = re.compile(
    r"^(?:ok(?:ay)?|k|great|perfect|awesome|cool|nice|brilliant|excellent|wonderful|lovely|"
    r"fantastic|sweet|good|amazing|got\s+it|sounds\s+good|all\s+good|alright|fine|sure|"
    # regional words of assent ("grand", "sound", "lekker", "sweet as", "choice")
    r"grand|sound|lekker|sweet\s+as|choice|ace|cracking|"
    r"yes|yeah|yep|no|nope|no\s+thanks|that'?s\s+(?:all|it|great|perfect|everything)|that\s+is\s+all|"
    r"nothing\s+else|never\s*mind|nevermind|nvm|forget\s+it|stop|wow|lol|haha|hmm+|oh|ah)"
    r"(?:[\s,]+(?:ok(?:ay)?|great|thanks|thank\s+you|cool|nice|good|perfect|then|for\s+now))*$",
    _F,
)
_HELP_RE = re.compile(
    r"^(?:(?:can\s+you\s+)?help(?:\s+me)?(?:\s+please)?|i\s+need\s+help|what\s+can\s+(?:you|i)\s+"
    r"(?:do|say|ask)(?:\s+(?:for\s+me|here|with\s+(?:you|this)))?|what\s+do\s+you\s+do|"
    r"what\s+are\s+you|who\s+are\s+you|what\s+is\s+this|how\s+do(?:es)?\s+(?:this|it|you)\s+work|"
    r"how\s+(?:do|can)\s+i\s+use\s+(?:this|you|it)|commands|instructions|capabilities|"
    r"what\s+are\s+your\s+(?:features|capabilities|commands|skills)|what\s+are\s+my\s+options|"
    r"options|menu|usage|how\s+does\s+this\s+work|what\s+can\s+you\s+help\s+(?:me\s+)?with)$",
    _F,
)
_BYE_RE = re.compile(
    r"^(?:bye|goodbye|good\s+bye|see\s+you|see\s+ya|good\s*night|later|cya|farewell|ttyl|"
    r"talk\s+(?:to\s+you\s+)?later|bye\s+bye|catch\s+you\s+later)(?:\s+(?:then|now|for\s+now))*$",
    _F,
)


# A message that only thanks or blesses ("Thank you so much for your help today, you are very
# kind! Have a blessed day") is thanks, however long: nothing in it is a task.
_THANKS_LEAD_RE = re.compile(
    r"^(?:(?:oh|ok(?:ay)?|well|and)\s+)*(?:thanks|thank\s+you|thank\s+u|thx|ty|cheers|many\s+thanks|"
    r"salamat|gracias|muchas\s+gracias|obrigad[oa]|shukriya|shukria|merci|danke|god\s+bless|"
    r"bless\s+you|you'?re\s+(?:the\s+best|a\s+star|amazing|so\s+kind|very\s+kind))\b",
    _F,
)
_REQUEST_WORD_RE = re.compile(
    rf"\b(?:{REQUEST_VERBS}|remind|show|list|create|done|finished|how\s+many|what)\b", _F
)
_BLESSING_RE = re.compile(
    r"^(?:have\s+a\s+(?:blessed|nice|good|great|lovely|wonderful)\s+(?:day|night|evening|weekend|"
    r"one)|take\s+care|god\s+bless(?:\s+you)?)(?:\s+(?:po|too|then|now))*$",
    _F,
)


# A question of what the assistant can do besides the list ("can you also send whatsapp messages
# for me or only the list?", "can u book appointments for me?", "are you able to text my wife?"):
# no task to add, a short honest answer. A verb of the list itself asks for that ("can you add
# send whatsapp to Tunde", "can you remind me to X for me?"), and a deed asked with no "for me"
# nor "or only" ("can you send whatsapp to Tunde") is a task as ever.
_LIST_VERB = (
    rf"(?:{REQUEST_VERBS}|remind|show|list|create|tick|cross|check|note|jot|write|save|"
    r"schedule|reopen|tag|update|edit|bump|push|postpone|reschedule|track|keep)"
)
_CAN_YOU = (
    r"^(?:(?:so|and|hey|ok|okay|also|wait|btw|oh|just\s+wondering)\s+)*"
    r"(?:(?:can|could|will|would)\s+(?:you|u|ya)|are\s+(?:you|u)\s+able\s+to|"
    r"is\s+it\s+possible\s+for\s+(?:you|u)\s+to|do\s+(?:you|u)\s+know\s+how\s+to)"
    r"\s+(?:(?:also|even|actually|really|ever|like)\s+)*"
    # (the verb asked of, past every word that only softens it; "can you please buy milk for
    # me?" asks politely for a deed, a task to add as ever)
    r"(?!(?:also|even|actually|really|ever|like|please|pls|plz|kindly)\b)"
)
_BEYOND_THE_LIST_RE = re.compile(
    rf"{_CAN_YOU}(?!{_LIST_VERB}\b)[a-z]+\b(?:"
    # "... or only the list?", "... or just remind me?", "... or is it just tasks"
    r".*\bor\s+(?:(?:is\s+it|do\s+(?:you|u)|are\s+(?:you|u)|can\s+(?:you|u))\s+)?"
    r"(?:only|just|merely)\b.*"
    # "... for me?", "... for me or no", "... for me as well?"
    r"|.*\bfor\s+me(?:\s+(?:too|as\s+well|also))?(?:\s+or\s+(?:no|not))?\s*\?+"
    r"|.*\bfor\s+me(?:\s+(?:too|as\s+well|also))?\s+or\s+(?:no|not)\b.*"
    # "are you able to text my wife?": asked of the assistant's own ability
    r")$",
    _F,
)
_ABLE_RE = re.compile(
    r"^(?:(?:so|and|hey|ok|okay|also)\s+)*(?:are\s+(?:you|u)\s+able\s+to|is\s+it\s+possible\s+"
    rf"for\s+(?:you|u)\s+to)\s+(?!{_LIST_VERB}\b)[a-z]+\b.*\?\s*$",
    _F,
)


def asks_beyond_the_list(text: str) -> bool:
    """Whether ``text`` asks whether the assistant does a thing besides the list."""
    said = " ".join(text.replace("’", "'").split())
    return bool(_BEYOND_THE_LIST_RE.match(said) or _ABLE_RE.match(said))


@cache
def _apology_re() -> re.Pattern[str]:
    """en.toml's ``apology`` words, one or more, compiled once (read per clause)."""
    apology = word_list("apology")
    return re.compile(f"(?:(?:oh|ugh|ah)\\s+)*{apology}(?:\\s+{apology})*")


def is_apology(text: str) -> bool:
    """ "sorry", "my bad", "i confused myself": an apology alone asks for nothing (and "i
    confused myself" names no task done)."""
    low = " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())
    return _apology_re().fullmatch(low) is not None


def read_social(text: str) -> Intent | None:
    low = " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())
    if not low:
        return Intent("unknown")
    low = re.sub(r"^(?:hi|hello|hey)\s+(?=(?:how|what|who|can|thanks|thank))", "", low)
    if _GREETING_RE.match(low):
        return Intent("greet")
    if _HOW_ARE_YOU_RE.match(low):
        return Intent("greet", text="how")
    if _THANKS_RE.match(low):
        return Intent("thanks")
    if _BYE_RE.match(low):
        return Intent("bye")
    if _HELP_RE.match(low) or _HELP_RE.match(re.sub(r"^(?:so|ok|okay|um|hey|hi)\s+", "", low)):
        return Intent("help")
    if _ACK_RE.match(low) or is_apology(low):
        return Intent("thanks", text="ack")
    if _BLESSING_RE.match(low):
        return Intent("bye")
    if _THANKS_LEAD_RE.match(low) and not _REQUEST_WORD_RE.search(low):
        return Intent("thanks")
    return None


@cache
def _hard_time_re() -> re.Pattern[str]:
    return re.compile(rf"\b{word_list('hard_time')}(?![\w'])", _F)


def vented(text: str) -> bool:
    """Whether ``text`` tells of a hard time ("ugh today has been sooo long, boss was a
    nightmare") or how the user feels ("so tired rn", `slots.felt`): said with nothing asked,
    it gets a short kind reply and changes nothing."""
    return _hard_time_re().search(text) is not None or felt(text, after=True)

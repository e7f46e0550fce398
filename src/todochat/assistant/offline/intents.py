"""Stage 3 of the offline model, understand: each clause into an intent with its slots.

Each clause (see ``split``) is tried against the rule families, most specific first: undo,
bare commands, descriptions, priorities, adds, field edits, restores, status changes,
deletes, renames, lists and questions, wishes ("I need to ..."), reports of deeds ("I called
mom") and imperatives ("buy milk"). Slots come from ``slots``, targets from ``targets``.
Titles keep the user's own words. Nothing here looks at the task list; turning a phrase into
a task id is the planner's job.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from .meaning import (
    SOCIAL_KINDS,
    TARGETED_KINDS,
    Intent,
    IntentKind,
    Priority,
    Status,
    Target,
)
from .normalise import normalise
from .slots import (
    SUBJECTS,
    add_intent,
    clean_value,
    dated_requests,
    due_words,
    priority_level,
    read_dated_add,
    read_due_edit,
    read_filtered_list,
    read_priority_edit,
    read_slot_fragment,
    read_slots,
    read_tag_edit,
)
from .social import read_social
from .split import (
    DESC_KEYWORD_RE,
    FINISH_VERBS,
    INNER_APOSTROPHE_RE,
    PAST_RE,
    TITLE_MARKER_RE,
    only_placeholder,
    protect_quotes,
    restore,
    split_clauses,
    split_sentences,
    strip_filler,
)
from .targets import (
    COMPLETED_RE,
    EXCEPT_HEAD_RE,
    PENDING_RE,
    parse_target,
    status_of,
)
from .text import (
    IRREGULAR_VERBS,
    SAME_PAST,
    STOPWORDS,
    TASK_VERBS,
    capitalise,
    is_past_tense,
    lexicon,
    words,
)

__all__ = [
    "SOCIAL_KINDS",
    "TARGETED_KINDS",
    "Intent",
    "IntentKind",
    "Priority",
    "Status",
    "Target",
    "followup_add",
    "parse_message",
    "parse_target",
    "understand",
]

_F = re.IGNORECASE | re.DOTALL

_TRAILING_SYMBOLS_RE = re.compile(r"[^\w\s'\")\].,!?]+[\s.!?]*$")

_DONE_WORDS = (
    r"(?:done|complete|completed|finished|closed|resolved|checked(?:\s+off)?|ticked(?:\s+off)?|"
    r"crossed\s+off|sorted(?:\s+out)?|taken\s+care\s+of|handled|dealt\s+with|accomplished|"
    r"achieved|finito)"
)
_REOPEN_WORDS = (
    r"(?:not\s+(?:yet\s+)?(?:done|complete|completed|finished)|undone|incomplete|uncompleted|"
    r"unfinished|pending|open|active|to\s*-?\s*do|todo|not\s+started|in\s+progress|outstanding|"
    r"unchecked|unticked)"
)
_FLUFF = (
    r"(?:\s+(?:now|already|too|as\s+well|please|pls|plz|for\s+me|today|then|again|finally|"
    r"thanks|thx|asap))*"
)
_STATUS_VERBS = r"(?:mark|set|flag|put|move|change|switch|update|make|turn|consider)"


_DESC_NOUN = r"(?:description|desc|details?|notes?)"
_DESCRIBE_RES = (
    re.compile(
        rf"^(?:set|change|update|edit|make|replace|modify|rewrite|put)\s+(?:the\s+|a\s+)?"
        rf"{_DESC_NOUN}\s+(?:of|for|on|in)\s+(?P<target>.+?)\s*(?:\bto\b|\bas\b|:|=|\bwith\b|"
        rf"\bto\s+say\b|\bto\s+read\b)\s*(?P<value>.+)$",
        _F,
    ),
    re.compile(
        rf"^(?:set|change|update|edit|make|replace|modify|give)\s+(?P<target>.+?)(?:'s)?\s+"
        rf"(?:a\s+|the\s+)?{_DESC_NOUN}\s*(?:\bto\b|\bas\b|:|=|\bwith\b|\bof\b)\s*(?P<value>.+)$",
        _F,
    ),
    re.compile(
        rf"^(?:add|put|attach|give|write|include)\s+(?:a\s+|the\s+|some\s+|this\s+)?{_DESC_NOUN}"
        r"\s+(?:to|for|on)\s+(?P<target>.+?)\s*(?::|\bsaying\b|\bthat\s+says\b|\bwhich\s+says\b|"
        r"\bas\b|\bto\s+say\b|\bof\b|\s-\s|,)\s*(?P<value>.+)$",
        _F,
    ),
    re.compile(r"^describe\s+(?P<target>.+?)\s+as\s+(?P<value>.+)$", _F),
    re.compile(
        rf"^give\s+(?P<target>.+?)\s+(?:a|the)\s+{_DESC_NOUN}\s*(?::|\bof\b|-)?\s*(?P<value>.+)$",
        _F,
    ),
    re.compile(
        rf"^(?P<target>.+?)(?:'s)?\s+{_DESC_NOUN}\s*(?::|=|\bshould\s+be\b|\bshould\s+say\b|"
        rf"\bshould\s+read\b|\bis\b|\bto\b)\s*(?P<value>.+)$",
        _F,
    ),
)


_TASK_NOUN = r"(?:task|todo|to-do|to\s+do|item|reminder|entry|note)s?"
_ADD_WITH_NOUN_RE = re.compile(
    r"^(?:add|adding|create|make|insert|append|log|record|jot\s+down|note\s+down|write\s+down|"
    r"put\s+down|save|enter|set(?:\s+up)?|schedule|start|open)\s+(?:me\s+)?"
    r"(?:(?:a|an|the|another|one\s+more|new|this|my|one)\s+)*"
    r"(?:(?P<prio>high|medium|low|top|urgent|important|normal)(?:[\s-]+priority)?\s+)?"
    r"(?:new\s+)?" + _TASK_NOUN + r"(?=[\s:,-]|$)(?!\s*(?:#|number\s+|no\.?\s*)?\d+\b)"
    r"(?:\s+for\s+(?:me|us)(?=\s*[:,-]))?\s*(?::|-|,|\bto\b|\bcalled\b|\bnamed\b|"
    r"\btitled\b|\bsaying\b|\bthat\s+says\b|\bfor\b|\babout\b|\bwhich\s+is\b|\bthat\s+is\b|"
    r"\bof\b)?\s*(?P<title>.*)$",
    _F,
)
_ADD_SEVERAL_RE = re.compile(
    r"^(?:add|create|make|put\s+down|jot\s+down|new)\s+(?:these|the\s+following|"
    r"(?:two|three|four|five|six|\d+|a\s+few|some|several|multiple)(?:\s+new)?)\s+"
    r"(?:things|tasks|items|todos|to-?dos|reminders|ones)(?:\s+to\s+my\s+list)?\s*[:\-–—]?\s*"
    r"(?P<items>.+)$",
    _F,
)
_LIST_ITEM_SPLIT_RE = re.compile(r"\s*(?:,|;|\band\b|&|\n)\s*(?:and\s+)?", _F)
_ADD_PLAIN_RE = re.compile(
    r"^(?:add|adding|jot\s+down|note\s+down|write\s+down|put\s+down|throw\s+in|"
    r"include)(?:\s*[:\-–—]\s*|\s+)(?P<title>.+)$",
    _F,
)
_ADD_TO_LIST_RE = re.compile(
    r"^(?:put|stick|pop|place|throw|get|slap|whack|bung)\s+(?P<title>.+?)\s+(?:on|onto|in|into|to)"
    r"\s+(?:my|the|our)\s+(?:[\w-]+\s+){0,2}?(?:list|tasks|todos?|to-?dos|agenda)\b.*$",
    _F,
)
_ADD_PREFIX_RE = re.compile(
    r"^(?:remind\s+me\s+(?:(?P<when>today|tonight|tomorrow|later(?:\s+today)?|"
    r"(?:on\s+|next\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"\d{4}-\d{2}-\d{2})\s+)?(?:to|that\s+i\s+(?:need|have|must|should)\s+to|about|of|that)|"
    r"(?:set|create|make|add|give\s+me)\s+(?:me\s+)?(?:a\s+|an\s+)?reminder\s+"
    r"(?:to|for|about|that)|"
    r"(?:do\s+not|don'?t)\s+(?:let\s+me\s+)?forget\s*(?:to\b|about\b|that\b)?|"
    r"(?:i|we)\s+(?:must\s+not|mustn'?t|shouldn'?t|should\s+not|can'?t|cannot|must|should|"
    r"need\s+to|have\s+to|want\s+to|got\s+to)\s+(?:not\s+)?(?:forget|remember)\s*"
    r"(?:to\b|about\b|that\b)?|"
    r"remember\s+(?:to|that\s+i\s+(?:need|have)\s+to)|"
    r"make\s+sure\s+(?:that\s+)?(?:i|we|to)\b|"
    r"(?:new\s+)?(?:todo|to-?do|task|reminder)\s*[:\-–—]|note\s+to\s+self\s*:?|memo\s*:)"
    r"(?:(?<=[:\-–—])|\b)\s*(?P<title>.+)$",
    _F,
)
_MODAL_RE = re.compile(
    r"^(?:(?:i|we)\s+(?:really\s+|still\s+|also\s+|definitely\s+|probably\s+|just\s+|"
    r"seriously\s+|absolutely\s+)?(?:need\s+to|have\s+to|have\s+got\s+to|got\s+to|gotta|must|"
    r"should|ought\s+to|want\s+to|wanna|plan\s+to|intend\s+to|mean\s+to|will\s+have\s+to|"
    r"will\s+need\s+to|had\s+better|better|would\s+like\s+to|hope\s+to)"
    r"(?:\s+(?:really|definitely|probably|seriously|actually|also|just|finally))?|"
    r"(?:i'?ve|we'?ve)\s+(?:got\s+)?to|"
    r"(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+(?:going\s+to|planning\s+to|supposed\s+to|"
    r"meant\s+to|gonna|hoping\s+to)|"
    r"(?:i'?ll|i\s+will|we'?ll|we\s+will)\s+(?:have|need)\s+to|"
    r"(?:i'?d|i\s+would|we'?d)\s+(?:better|like\s+to)|"
    r"(?:(?:still|also|really)\s+)?(?:need|have|got)\s+to|(?:(?:still|also|really)\s+)?gotta|must)"
    r"\s+(?P<title>.+)$",
    _F,
)
_COMMAND_START_RE = re.compile(
    r"^(?:add|create|delete|remove|erase|mark|rename|reopen|re-open|tick\s+off|cross\s+off|"
    r"check\s+off|update\s+task|change\s+task)\b",
    _F,
)
_LIST_WANT_RE = re.compile(
    r"^(?:see|view|know|check|look\s+at|hear|get|review|go\s+over|go\s+through)\b.*"
    r"\b(?:tasks?|todos?|to-?dos?|list|everything|pending|completed)\b",
    _F,
)


_REOPEN_RES = (
    re.compile(
        r"^(?:re-?open|un-?complete|uncheck|untick|unmark|un-?finish|restore|revive|resurrect|"
        r"reactivate|undo|un-?do)\s+(?:the\s+)?(?:completion\s+of\s+|done\s+on\s+)?(?P<t>.+)$",
        _F,
    ),
    re.compile(
        rf"^{_STATUS_VERBS}\s+(?P<t>.+?)\s+(?:as\s+|to\s+|to\s+be\s+|back\s+to\s+|back\s+as\s+|"
        rf"back\s+into\s+|back\s+|into\s+)?{_REOPEN_WORDS}(?:\s+again)?{_FLUFF}$",
        _F,
    ),
    re.compile(
        r"^(?P<t>.+?)\s+(?:isn'?t|is\s+not|wasn'?t|was\s+not|aren'?t|are\s+not)\s+"
        r"(?:actually\s+|really\s+|quite\s+)?(?:done|finished|complete|completed)"
        r"(?:\s+(?:yet|after\s+all))?$",
        _F,
    ),
    re.compile(
        r"^(?:i|we)\s+(?:haven'?t|have\s+not|didn'?t|did\s+not)\s+(?:actually\s+|really\s+)?"
        r"(?:finish(?:ed)?|complete(?:d)?)\s+(?P<t>.+?)(?:\s+(?:yet|after\s+all|actually))?$",
        _F,
    ),
    re.compile(
        r"^(?:(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+)?not\s+(?:yet\s+|quite\s+|really\s+)?"
        r"(?:done|finished|through)\s+with\s+(?P<t>.+?)(?:\s+(?:yet|after\s+all|actually))?$",
        _F,
    ),
)
_REOPEN_VERB_RE = re.compile(
    r"^(?:i|we)\s+(?:haven'?t|have\s+not|didn'?t|did\s+not)\s+(?:actually\s+|really\s+|"
    r"even\s+)?(?P<t>[a-z]+\s+.+?)(?:\s+(?:yet|after\s+all|actually))?$|"
    r"^(?P<t2>.+?)\s+(?:isn'?t|is\s+not|wasn'?t|was\s+not|aren'?t|are\s+not|hasn'?t\s+been|"
    r"has\s+not\s+been)\s+(?:actually\s+|really\s+)?(?P<pp>[a-z]+)"
    r"(?:\s+(?:yet|after\s+all|actually))?$",
    _F,
)
_COMPLETE_RES = (
    re.compile(
        rf"^{_STATUS_VERBS}\s+(?P<t>.+?)\s+(?:as\s+|to\s+|to\s+be\s+|into\s+)?(?:being\s+)?"
        rf"{_DONE_WORDS}{_FLUFF}$",
        _F,
    ),
    re.compile(r"^(?:mark|check|tick|cross|strike|knock|scratch)\s+off\s+(?P<t>.+)$", _F),
    re.compile(r"^(?:check|tick|cross|strike|knock|scratch|mark)\s+(?P<t>.+?)\s+off\b.*$", _F),
    re.compile(r"^tick\s+(?P<t>.+)$", _F),
    re.compile(
        r"^(?:complete|finish|close|resolve|finali[sz]e|wrap\s+up|accomplish|completing|"
        r"finishing|close\s+out)\s+(?P<t>.+)$",
        _F,
    ),
    re.compile(
        r"^(?:(?:i\s+am|i'?m|im|we\s+are|we'?re)\s+)?(?:all\s+|completely\s+|finally\s+)?"
        r"(?:done|finished|through)\s+with\s+(?P<t>.+)$",
        _F,
    ),
    re.compile(r"^(?:done|finished|completed|complete)\s*(?::|-|,)\s*(?P<t>.+)$", _F),
    re.compile(r"^(?:done|finished|completed)\s+(?P<t>(?:task\s*)?#?\d+.*)$", _F),
)
_COMPLETE_DECL_RES = (
    re.compile(
        r"^(?P<t>.+?)\s+(?:is|are|was|were|has\s+been|have\s+been|got|'s|is\s+now|are\s+now|"
        r"now)\s+(?:(?:all|now|finally|already|officially|completely|totally|fully)\s+)*"
        + _DONE_WORDS
        + r"\b.*$",
        _F,
    ),
    re.compile(
        r"^(?P<t>.+?)\s+" + _DONE_WORDS + r"(?:\s+(?:now|already|today|too|finally))?[.!]*$", _F
    ),
)
_PASSIVE_DONE_RE = re.compile(
    r"^(?P<t>.+?)(?:\s+(?:is|are|was|were|has\s+been|have\s+been|got)|'s)\s+"
    r"(?:(?:all|now|finally|already|officially|completely|totally|fully|just)\s+)*"
    r"(?P<pp>[a-z]+)(?:\s+(?:now|already|today|too|finally))?$",
    _F,
)
_NOUN_PARTICIPLE_RE = re.compile(
    r"^(?P<t>(?:the\s+|my\s+)?[a-z0-9'.-]+(?:\s+[a-z0-9'.-]+){0,3}?)\s+(?P<pp>[a-z]+)"
    r"(?:\s+(?:up|out|off|down|away|back))?(?:\s+(?:now|already|today|at\s+last|finally))?$",
    _F,
)
_STATE_WORDS_RE = re.compile(
    r"\b(?:is|are|was|were|be|being|getting|gets|seems?|looks?|feels?|"
    r"list|rather|quite|very|so|too|bit)\b",
    _F,
)
_IMPERATIVE_WORDS = lexicon(
    "add create mark delete remove erase rename change update set put remind complete finish tick "
    "check cross reopen cancel drop clear show list display edit make"
)
_CANCEL_PAST = frozenset({"cancelled", "canceled", "dropped", "scrapped", "abandoned", "ditched"})


_DELETE_RES = (
    re.compile(
        r"^(?:clean\s+out|clear\s+out|clean\s+up|clear\s+away|get\s+rid\s+of|wipe\s+out|"
        r"forget\s+about|throw\s+away|throw\s+out|cross\s+out|delete|deleting|remove|removing|"
        r"erase|drop|trash|discard|scrap|cancel|ditch|bin|clear|nuke|kill|axe|purge|wipe|strike|"
        r"forget|toss|eliminate|dump|lose|scratch)\s+(?P<t>.+)$",
        _F,
    ),
    re.compile(
        r"^take\s+(?P<t>.+?)\s+(?:off|out\s+of|from)\s+(?:my|the)\s+(?:[\w-]+\s+)?list\b.*$", _F
    ),
    # "take the sale barn one off, we're keeping the calves": what follows "off" is a reason
    re.compile(
        r"^take\s+(?P<t>(?:the|that|this|my)\s+.+?\s+(?:one|task|item|todo|reminder)|it|that|this|"
        r"them|those|both|that\s+one|this\s+one)\s+off\b.*$",
        _F,
    ),
    re.compile(
        r"^(?:i|we)\s+(?:do\s+not|don'?t|no\s+longer|dont|won'?t|will\s+not)\s+"
        r"(?:really\s+|actually\s+)?(?:need|have|want)\s+(?:to\s+)?(?P<t>.+?)"
        r"(?:\s+any\s*more|\s+after\s+all)?$",
        _F,
    ),
    re.compile(r"^no\s+(?:need|longer\s+need)\s+to\s+(?P<t>.+?)(?:\s+any\s*more)?$", _F),
    re.compile(
        r"^(?:(?:we'?re|i'?m|we\s+are|i\s+am|im)\s+)?not\s+(?:doing|going\s+to\s+do|going\s+to|"
        r"gonna|bothering\s+with)\s+(?P<t>.+?)(?:\s+any\s*more|\s+after\s+all|"
        r"\s+this\s+(?:year|yr|time|week|month|season|term))?$",
        _F,
    ),
    re.compile(
        r"^(?:i|we)\s+(?:won'?t|will\s+not|am\s+not|'m\s+not)\s+(?:be\s+)?needing\s+"
        r"(?P<t>.+?)(?:\s+any\s*more|\s+after\s+all)?$",
        _F,
    ),
    re.compile(
        r"^(?P<t>.+?)\s+(?:can|could|should|may)\s+(?:go|be\s+(?:deleted|removed|dropped|"
        r"scrapped|binned|cancell?ed|cleared|trashed|forgotten))(?:\s+now)?$",
        _F,
    ),
    re.compile(
        r"^(?P<t>.+?)\s+(?:is|are|'s)\s+(?:no\s+longer\s+(?:needed|necessary|relevant|required|"
        r"happening)|not\s+(?:needed|necessary|happening)|unnecessary|cancell?ed|off|obsolete|"
        r"irrelevant)\b.*$",
        _F,
    ),
)


_PRIORITY_SET_RE = re.compile(
    r"^(?:(?:make|set|mark|change|update|flag|bump|move|put)\s+(?P<t>.+?)\s+"
    r"(?:as\s+|to\s+|up\s+to\s+|on\s+|at\s+|in\s+)?"
    r"(?:a\s+|the\s+)?(?:(?P<p>high|low|medium|top|normal)(?:est)?\s+priority|"
    r"(?P<u>urgent|important))(?:\s*[,;]\s+.*)?|(?:prioriti[sz]e)\s+(?P<t3>.+))$",
    _F,
)
_PRIORITY_DECL_RE = re.compile(
    r"^(?P<t>.+?)(?:\s+is|'s)\s+(?:very\s+|really\s+|super\s+|quite\s+)?(?:a\s+)?"
    r"(?:(?P<p>high|low|medium|top)\s+priority|(?P<u>urgent|important))$",
    _F,
)
_PRIORITY_FIELD_RE = re.compile(
    r"^(?:set|change|update|make|put|bump|move|switch|turn)\s+(?:the\s+)?(?:priority|importance)"
    r"\s+(?:of|on|for)\s+(?P<t>.+?)\s+(?:to|as|at|into)\s+(?P<p>high|low|medium|normal|top|urgent)"
    r"(?:\s+priority)?$",
    _F,
)
# A rename whose new title is only a priority level ("set the hendricks one to high") sets
# the priority: a task is never renamed to "High".
_BARE_PRIORITY_RE = re.compile(
    r"(?:high|higher|highest|low|lower|lowest|medium|mid|normal|top|urgent|important|asap|p[123])"
    r"(?:\s+(?:prio|pri))?",
    _F,
)
_FIELD_WORDS_RE = re.compile(r"\b(?:due(?:\s+date)?|deadline|priority)\b", _F)
_RESTORE_RES = (
    re.compile(r"^(?:bring\s+back|restore|undelete|un-delete|recover|resurrect)\s+(?P<t>.+)$", _F),
    re.compile(
        r"^(?:bring|get|put)\s+(?P<t>.+?)\s+back(?:\s+(?:on|onto|to)\s+(?:my|the)\s+list)?$", _F
    ),
)
_DONE_IT_RE = re.compile(
    r"^(?:done|finished|completed|did\s+it|done\s+(?:it|that)|finished\s+(?:it|that)|"
    r"(?:i\s+)?(?:just\s+)?(?:did|finished|completed)\s+(?:it|that)|i'?ve\s+done\s+(?:it|that))$",
    _F,
)
_DONE_SCOPE_RE = re.compile(
    r"^(?P<t>everything|all\s+(?:of\s+)?(?:my\s+|the\s+)?(?:tasks|them|these|those)?|"
    r"both(?:\s+of\s+them)?|they|those|these|it|that|this|them|the\s+rest|"
    r"all\s+(?:my\s+)?(?:tasks|todos)|everything\s+on\s+(?:my|the)\s+list)"
    r"(?:\s+(?:is|are|was|were|have\s+been|has\s+been)|'s|'re|s)\s+(?:all\s+|now\s+)?"
    r"(?:done|complete|completed|finished|sorted|taken\s+care\s+of)(?:\s+now)?$",
    _F,
)
_BARE_RE = re.compile(
    r"^(?P<verb>add|create|new\s+task|add\s+a\s+(?:new\s+)?task|create\s+a\s+(?:new\s+)?task|"
    r"delete|remove|erase|complete|finish|reopen|mark(?:\s+as)?\s+(?:done|complete|finished)|"
    r"rename|change)(?:\s+(?P<t>(?:task\s*)?#?\d+|it|that|this|that\s+one|this\s+one))?$",
    _F,
)
_UNDO_RE = re.compile(
    r"^(?:undo|revert|reverse|roll\s*back|take\s+(?:that|it)\s+back)(?:\s+(?:that|it|this|"
    r"the\s+last\s+(?:one|change|thing|action)|my\s+last\s+(?:change|action)))?$|"
    r"^(?:that\s+was\s+a\s+mistake|oops,?\s+undo(?:\s+that)?|i\s+didn'?t\s+mean\s+(?:that|to))$",
    _F,
)
_CORRECTION_RE = re.compile(
    r"^(?:(?:make|change|switch|turn)\s+(?P<t>it|that|this)(?:\s+one)?\s+(?:to\s+|into\s+)?|"
    r"(?P<t2>it|that|this)\s+should\s+(?:be|say|read)\s+|i\s+mean(?:t)?\s+)(?P<v>.+?)"
    r"(?:\s+instead)?$",
    _F,
)
# "make the milk 2 gallons", "change the eggs to a dozen": a new amount for a named task.
_AMOUNT_EDIT_RE = re.compile(
    r"^(?:make|change|switch|turn|update|set|correct)\s+(?P<t>.+?)\s+(?:to\s+|into\s+)?"
    r"(?P<v>(?:\d+(?:[.,]\d+)?|a\s+dozen|half\s+a\s+dozen|a\s+couple(?:\s+of)?|a\s+few|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a\s+hundred)"
    r"\b.*)$",
    _F,
)
_SO_IT_SAYS_RE = re.compile(
    r"^(?:change|update|edit|modify|alter|fix|correct|amend)\s+(?P<t>.+?)\s+so\s+(?:that\s+)?"
    r"it\s+(?:says|reads|is\s+for|is\s+about)\s+(?P<v>.+?)(?:\s+instead)?$",
    _F,
)
_RENAME_RES = (
    re.compile(
        r"^(?:rename|retitle|re-?name|relabel|change|update|edit)\s+(?P<t>.+?)\s*(?:->|=>|→|-->|—>)\s*"
        r"(?P<v>.+)$",
        _F,
    ),
    re.compile(
        r"^(?:rename|retitle|re-?name|relabel)\s+(?P<t>.+?)\s+(?:to|as|into)\s+(?P<v>.+)$", _F
    ),
    re.compile(
        r"^(?:change|update|edit|modify|set|alter|switch|fix|correct)\s+(?:the\s+)?"
        r"(?:title|name|wording|text)\s+(?:of|for|on)\s+(?P<t>.+?)\s+(?:to|as|into)\s+"
        r"(?:say\s+|read\s+)?(?P<v>.+)$",
        _F,
    ),
    re.compile(
        r"^(?:change|update|edit|modify|alter|switch|fix|correct|rename)\s+(?P<t>[^:=]+?)"
        r"\s*(?::|=|\s-\s)\s*(?P<v>.+)$",
        _F,
    ),
    re.compile(
        r"^(?:change|update|edit|modify|set|alter|switch|make|turn|fix|correct|replace)\s+"
        r"(?P<t>.+?)(?:'s\s+(?:title|name))?\s+(?:to|into|as|with|so\s+(?:that\s+)?it\s+says|"
        r"so\s+(?:that\s+)?it\s+reads)\s+(?:say\s+|read\s+|be\s+)?(?P<v>.+)$",
        _F,
    ),
    re.compile(
        r"^(?:call|name)\s+(?P<t>(?:task\s*)?#\d+|task\s+\d+|it|that(?:\s+one)?|this(?:\s+one)?)"
        r"\s+(?P<v>.+)$",
        _F,
    ),
    re.compile(
        r"^(?P<t>.+?)\s+should\s+(?:be\s+called|be\s+named|be\s+renamed\s+to|say|read)\s+"
        r"(?P<v>.+)$",
        _F,
    ),
)


_LIST_START_RE = re.compile(
    r"^(?:show|list|display|view|see|get|give|tell|read|print|pull\s+up|bring\s+up|fetch|check|"
    r"review|go\s+over|go\s+through|what|what'?s|whats|which|any|anything|do\s+i|have\s+i|"
    r"did\s+i|are\s+there|is\s+there|how\s+many|how'?s|count|number\s+of|let\s+me\s+see|"
    r"can\s+i\s+see|could\s+i\s+see|may\s+i\s+see|where|remind\s+me\s+what|summari[sz]e|"
    r"overview|status|whats|lemme\s+see|got\s+any|have\s+we|am\s+i|anything\s+else)\b",
    _F,
)
_LIST_NOUN_RE = re.compile(
    r"\b(?:tasks?|todos?|to-?dos?|items?|list|things|stuff|agenda|plate|everything|anything|"
    r"reminders?|backlog|work|got\s+on|on\s+today)\b",
    _F,
)
_COUNT_RE = re.compile(r"\b(?:how\s+many|count|number\s+of|total)\b", _F)
_QUERY_RE = re.compile(
    r"\b(?:about|containing|contain|mentioning|mention|related\s+to|regarding|with\s+the\s+word|"
    r"matching|that\s+(?:mention|contain|include)s?|involving|"
    r"(?:tasks?|anything|something|ones?|items?)\s+(?:named|called|titled))\s+(?P<q>.+)$",
    _F,
)
_SEARCH_RE = re.compile(
    r"^(?:search|look\s+up|lookup|look\s+for|find|show|list|get|give\s+me|display)\s+"
    r"(?:for\s+|me\s+)?(?:(?:all|any|my|the|every)\s+)*(?:pending\s+|open\s+|completed\s+|"
    r"finished\s+|done\s+)?(?:tasks?|todos?|to-?dos?|items?|anything|something|ones?|"
    r"everything)\s+(?:about|with|containing|mentioning|matching|related\s+to|regarding|"
    r"named|called|titled|that\s+mentions?|that\s+contains?|including|involving|for)\s+"
    r"(?P<q>.+)$|^search\s+(?:for\s+|my\s+tasks\s+for\s+)?(?P<q2>.+)$",
    _F,
)
_SHOW_RE = re.compile(
    r"^(?:show|display|view|see|get|print|pull\s+up|bring\s+up|fetch|check|open)\s+"
    r"(?:me\s+)?(?:up\s+)?",
    _F,
)
_STATUS_STRIP_RE = re.compile(
    r"\b(?:" + _DONE_WORDS[3:-1] + r"|finish|complete|yet|already|still|pending|open|"
    r"outstanding|status|the\s+status\s+of|progress\s+on)\b",
    _F,
)
# "I have finished already the insurance call?": a question in a statement's word order.
_STATEMENT_ORDER_Q_RE = re.compile(
    r"^(?:i|we)(?:'ve|\s+have|\s+did)\s+(?:already\s+)?(?P<v>finished|finish|done|do|completed|"
    r"complete|called|paid|sent|bought)\b(?:\s+already)?",
    _F,
)
_STATUS_Q_RE = re.compile(
    r"^(?:did\s+i|did\s+we|have\s+i|have\s+we|has|is|are|was|were)\s+(?P<rest>.+)$", _F
)
_WHAT_ABOUT_RE = re.compile(
    r"^(?:what'?s|what\s+is|whats|what\s+about|how\s+about|how'?s|how\s+is|where\s+(?:am\s+i|are\s+we)"
    r"\s+(?:on|with))\s+(?:the\s+)?(?:status\s+(?:of|on)\s+)?(?P<rest>.+)$",
    _F,
)
_QUESTION_START_RE = re.compile(
    r"^(?:what|what'?s|whats|which|how|is|are|was|were|did|do|does|have|has|any|anything|where|"
    r"when|who|why|can\s+i|could\s+i|may\s+i|should\s+i|am\s+i)\b",
    _F,
)
_LIST_FILLER = lexicon(
    "show list display view see get give tell read print pull bring fetch check review go over "
    "through what what's whats which any anything do did have are is there how many count number "
    "let can could may where me my i all of the on in every everything tasks task todos todo "
    "to-do to-dos to items item things stuff agenda plate reminders currently right now today so "
    "far still left pending open outstanding remaining incomplete unfinished completed complete "
    "done finished closed yet not a again please up got need ones one entire whole full am we you "
    "be it those these that next active due current status overview summary summarize summarise "
    "at look for else quick lemme hear know work backlog upcoming waiting ahead accomplished "
    "achieved does like about and with there's theres we've i've ive total overall altogether"
)
_EXCEPTION_IN_MESSAGE_RE = re.compile(
    r"\b(?:except(?:\s+for)?|apart\s+from|other\s+than|but\s+not|besides|excluding|save\s+for|"
    r"(?:only\s+)?keep(?:\s+only)?|but\s+keep)"
    r"\s+(?P<ex>[^,.;!?]+?)(?=\s*(?:[,.;!?]|$|\bso\b|\band\b))|"
    r"\bonly\s+(?P<ex2>[^,.;!?]+?)\s+(?:not\s+yet|not\s+done|is\s+not\s+done|isn't\s+done|"
    r"left|remains?|stays?)\b",
    _F,
)
_WH_TITLES = frozenset(
    {
        "why",
        "what",
        "how",
        "when",
        "where",
        "who",
        "that",
        "this",
        "it",
        "them",
        "so",
        "too",
        "more",
    }
)


def _describe(s: str, quotes: tuple[str, ...]) -> Intent | None:
    for i, rx in enumerate(_DESCRIBE_RES):
        m = rx.match(s)
        if not m:
            continue
        target = parse_target(m.group("target"), quotes)
        if i == len(_DESCRIBE_RES) - 1 and target.kind == "words" and not target.exact:
            continue
        value = clean_value(m.group("value"), quotes)
        if value:
            return Intent("describe", target=target, description=value)
    return None


_ADD_LIST_RE = re.compile(
    r"^(?:add|put\s+down|jot\s+down|remind\s+me\s+to|i\s+need\s+to)\s+(?P<items>[^,]+(?:,[^,]+)+)$",
    _F,
)
_ITEM_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+(?=[^,]*$)", _F)
_NOT_AN_ITEM_RE = re.compile(
    r"^(?:then|so|but|because|cause|since|which|who|that|it|it's|its|she|he|they|we|i|you|"
    r"please|thanks|thank|pls|ok|okay|as|with|for|to|on|by|due|every|at|too|also|plus)\b",
    _F,
)


def _add_list(s: str, quotes: tuple[str, ...], today: date) -> list[Intent]:
    """ "add buy milk, call mom and pay rent": one task per item of a list after the verb.

    A list has two commas, or a comma and a last "and"; an item that reads as the rest of
    a sentence ("..., then ...", "..., it's urgent") means it is not a list.
    """
    m = _ADD_LIST_RE.match(s)
    if not m or DESC_KEYWORD_RE.search(s) or TITLE_MARKER_RE.search(s):
        return []
    raw = m.group("items")
    if raw.count(",") < 2 and not re.search(r",[^,]*\s(?:and|&)\s[^,]*$", raw):
        return []
    items = [p.strip() for p in _ITEM_SPLIT_RE.split(raw) if p and p.strip()]
    if len(items) < 3 or any(_NOT_AN_ITEM_RE.match(i) or len(i.split()) > 8 for i in items):
        return []
    out: list[Intent] = []
    for item in items:
        slots = read_slots(item, quotes, today)
        if not slots.title:
            return []
        out.append(add_intent(slots))
    return out


def _add_several(s: str, quotes: tuple[str, ...], today: date) -> list[Intent]:
    """ "add two things: buy eggs and buy flour" -> one add per item."""
    m = _ADD_SEVERAL_RE.match(s)
    if not m:
        return []
    items = [p for p in _LIST_ITEM_SPLIT_RE.split(m.group("items")) if p and p.strip()]
    if len(items) < 2:
        return []
    out: list[Intent] = []
    for item in items:
        slots = read_slots(item, quotes, today)
        if slots.title:
            out.append(add_intent(slots))
    return out


def _add(s: str, quotes: tuple[str, ...], today: date) -> Intent | None:
    m = _ADD_WITH_NOUN_RE.match(s)
    prio_word: str | None = None
    raw: str | None = None
    if m:
        raw = m.group("title")
        prio_word = m.group("prio")
    when: str | None = None
    if not m:
        for rx in (_ADD_TO_LIST_RE, _ADD_PREFIX_RE, _ADD_PLAIN_RE):
            m = rx.match(s)
            if m:
                raw = m.group("title")
                when = m.groupdict().get("when")
                break
    if raw is None:
        return None
    # "add a task: I need to remember to call mom" -> peel nested prefixes too.
    for _ in range(2):
        inner = _ADD_PREFIX_RE.match(raw.strip()) or _MODAL_RE.match(raw.strip())
        if not inner:
            break
        raw = inner.group("title")
    slots = read_slots(raw, quotes, today)
    if when and slots.due is None:
        slots = slots._replace(due=due_words(when, today))
    if prio_word and slots.priority is None:
        slots = slots._replace(priority=priority_level(prio_word))
    return add_intent(slots)


def _status_change(s: str, quotes: tuple[str, ...], question: bool) -> Intent | None:
    for i, rx in enumerate(_REOPEN_RES):
        m = rx.match(s)
        if m and not (question and i >= 2):
            return Intent("reopen", target=parse_target(m.group("t"), quotes))
    for rx in _COMPLETE_RES:
        m = rx.match(s)
        if m:
            return Intent("complete", target=parse_target(m.group("t"), quotes))
    return None


# "remove the priority from X", "I don't need a date on X anymore": a field of the task goes,
# never the task itself.
_FIELD_OF_RE = re.compile(
    r"^(?:(?:a|an|the|any|its|that|this|their|all\s+the)\s+)?(?:(?P<date>(?:due\s+)?dates?|"
    r"deadlines?|due|times?|schedule)|(?P<repeat>repeats?|repeating|recurrence)|"
    r"(?P<prio>priorit(?:y|ies)|prio|urgency|importance)|(?P<tag>tags?|labels?)|"
    r"(?P<desc>descriptions?|notes?|details))\s+(?:on|for|of|from|in|off|attached\s+to)\s+"
    r"(?P<t>.+)$",
    _F,
)


def _field_removal(raw: str, quotes: tuple[str, ...]) -> Intent:
    m = _FIELD_OF_RE.match(raw.strip())
    assert m is not None
    target = parse_target(m["t"], quotes)
    if m["date"]:
        return Intent("due", target=target, due="")
    if m["repeat"]:
        return Intent("due", target=target, repeat="", text="repeat")
    if m["tag"]:
        return Intent("tag", target=target, text="remove")
    if m["desc"]:
        return Intent("describe", target=target, description="")
    return Intent("unknown", text=raw)  # a priority is set, never removed


def _delete(s: str, quotes: tuple[str, ...], question: bool) -> Intent | None:
    for i, rx in enumerate(_DELETE_RES):
        if question and i >= 2:
            break
        m = rx.match(s)
        if not m:
            continue
        if _FIELD_OF_RE.match(m.group("t").strip()):
            return _field_removal(m.group("t"), quotes)
        target = parse_target(m.group("t"), quotes)
        verb = s.split(None, 1)[0].lower()
        if verb == "forget" and target.kind in ("it", "them"):
            return None
        return Intent("delete", target=target)
    return None


def _priority(s: str, quotes: tuple[str, ...]) -> Intent | None:
    m = _PRIORITY_SET_RE.match(s)
    if not m:
        return None
    if m.group("t3"):
        return Intent("priority", target=parse_target(m.group("t3"), quotes), priority="high")
    level = priority_level(m.group("p") or m.group("u") or "high")
    return Intent("priority", target=parse_target(m.group("t") or "it", quotes), priority=level)


def _field_edit(s: str, quotes: tuple[str, ...], today: date) -> Intent | None:
    """ "set the priority of X to high", "move X to friday", "change the due date of X to D"."""
    m = _PRIORITY_FIELD_RE.match(s)
    if m:
        level = priority_level(m.group("p"))
        return Intent("priority", target=parse_target(m.group("t"), quotes), priority=level)
    return read_due_edit(s, quotes, today)


def _restore_request(s: str, quotes: tuple[str, ...]) -> Intent | None:
    """ "bring back the gym task", "restore X": a deleted task back (the trash), by its words."""
    for rx in _RESTORE_RES:
        m = rx.match(s)
        if m:
            return Intent("restore", target=parse_target(m.group("t"), quotes))
    return None


def _done_scope(s: str) -> Intent | None:
    """ "everything is done", "both are finished", "that's done": no title words at all."""
    if _DONE_IT_RE.match(s):
        return Intent("complete", target=Target("it"))
    m = _DONE_SCOPE_RE.match(s)
    if not m:
        return None
    return Intent("complete", target=parse_target(m.group("t")))


def _bare(s: str) -> Intent | None:
    """A command verb with nothing to act on: ask for the missing part."""
    m = _BARE_RE.match(s)
    if not m:
        return None
    verb = m.group("verb").lower()
    if verb.startswith(("add", "create", "new")):
        pronoun = (m.group("t") or "").lower()
        return Intent("add", title=pronoun if pronoun in _PRONOUN_TITLES else "")
    if m.group("t"):
        if not verb.startswith(("rename", "change")):
            return None
        return Intent("rename", target=parse_target(m.group("t")), title="")
    kind: IntentKind = (
        "delete"
        if verb.startswith(("delete", "remove", "erase"))
        else "reopen"
        if verb.startswith("reopen")
        else "rename"
        if verb.startswith(("rename", "change"))
        else "complete"
    )
    return Intent(kind, target=Target("it"), title="")


# A new value said with the old one it replaces: "flat 4 not 2", "thirty bales not twenty".
_NOT_WAS_RE = re.compile(
    r"^(?P<v>.+?)\s*,?\s+(?:not|instead\s+of|rather\s+than)\s+(?:the\s+)?(?P<was>[^,]+)$", _F
)
# Words of another field: "make it high priority, race is soon" never renames.
_FIELD_VALUE_RE = re.compile(r"\b(?:priority|prio|due|deadline|urgent|important|tag(?:ged)?)\b", _F)
_BARE_NUMBER_RE = re.compile(
    r"\d{1,4}(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve", _F
)


def _correction(target: Target, raw: str, quotes: tuple[str, ...]) -> Intent | None:
    """A correction of part of a title ("make it 4", "flat 4 not 2"), or None."""
    value = clean_value(raw, quotes)
    head, comma, tail = value.partition(", ")
    if comma and len(tail.split()) >= 3 and only_placeholder(raw) is None:
        value = head  # "make that the Harris wedding, the Patels already sorted theirs"
    was = ""
    m = _NOT_WAS_RE.match(value)
    if m and only_placeholder(raw) is None:
        value, was = m["v"].strip(), m["was"].strip()
    if not value or (_FIELD_VALUE_RE.search(value) and only_placeholder(raw) is None):
        return None
    if re.fullmatch(_DONE_WORDS + "|" + _REOPEN_WORDS, value, _F):
        return None
    if due_words(value) is not None and not _BARE_NUMBER_RE.fullmatch(value):
        return None  # "make that 4pm": a time
    return Intent("rename", target=target, title=capitalise(value), text="correction", query=was)


def _rename(s: str, quotes: tuple[str, ...]) -> Intent | None:
    m = _CORRECTION_RE.match(s)
    if m:
        corrected = _correction(parse_target(m.group("t") or "it", quotes), m.group("v"), quotes)
        if corrected is not None:
            return corrected
    m = _SO_IT_SAYS_RE.match(s)
    if m:
        # "change the letter to Margaret so it says Arthur": the words it says replace a part.
        target = parse_target(m.group("t"), quotes)
        value = clean_value(m.group("v"), quotes)
        if value:
            return Intent("rename", target=target, title=value, text="correction")
    m = _AMOUNT_EDIT_RE.match(s)
    if m and due_words(m.group("v")) is None:  # "make the dentist 4:30pm" is a time
        target = parse_target(m.group("t"), quotes)
        corrected = _correction(target, m.group("v"), quotes)
        if target.kind == "words" and corrected is not None:
            return replace(corrected, title=corrected.title[:1].lower() + corrected.title[1:])
    for rx in _RENAME_RES:
        m = rx.match(s)
        if not m:
            continue
        if _NOT_WAS_RE.match(m.group("v")) and only_placeholder(m.group("v")) is None:
            # "change the straw order to thirty bales not twenty": a part of the title
            return _correction(parse_target(m.group("t"), quotes), m.group("v"), quotes)
        if _FIELD_WORDS_RE.search(m.group("t")) and only_placeholder(m.group("t")) is None:
            continue
        if due_words(m.group("v")) is not None:
            continue
        target = parse_target(m.group("t"), quotes)
        value_raw = m.group("v")
        low_value = value_raw.strip(" .!").lower()
        if re.fullmatch(_DONE_WORDS, low_value, _F):
            return Intent("complete", target=target)
        if re.fullmatch(_REOPEN_WORDS, low_value, _F):
            return Intent("reopen", target=target)
        if _BARE_PRIORITY_RE.fullmatch(low_value):
            return Intent("priority", target=target, priority=priority_level(low_value))
        if re.search(r"\bpriority\b|\bdue\b", low_value) and only_placeholder(value_raw) is None:
            continue
        value = clean_value(value_raw, quotes)
        if value:
            return Intent("rename", target=target, title=capitalise(value))
    return None


def _status_question(low: str, quotes: tuple[str, ...]) -> Intent | None:
    """ "Is the dog walked?", "did I call mom?", "what's the status of task 3?" """
    sm = _STATUS_Q_RE.match(low)
    if sm is None:
        sm = _WHAT_ABOUT_RE.match(low)
        vague = not re.search(r"\b(?:status|progress|task|todo|item)\b", low)
        if sm is not None and vague and not re.match(r"^(?:what|how)\s+about\b", low):
            return None
    if not sm or re.match(r"^(?:is|are)\s+there\b", low):
        return None
    rest = _STATUS_STRIP_RE.sub(" ", sm.group("rest"))
    if not [t for t in words(rest) if t not in _LIST_FILLER and t not in STOPWORDS]:
        return None
    target = parse_target(rest, quotes)
    if target.kind in ("words", "ids", "ordinal"):
        return Intent("status", target=target)
    return None


def _list(s: str, quotes: tuple[str, ...]) -> Intent | None:
    low = s.lower().strip(" ?.!")
    tokens = words(low)
    if not tokens:
        return None
    count = bool(_COUNT_RE.search(low))
    m = _SEARCH_RE.match(s)
    if m:
        group = "q" if m.group("q") is not None else "q2"
        query = restore(m.group(group), quotes).strip(" ?.!")
        prefix = low[: m.start(group)]
        return Intent("count" if count else "list", status=status_of(prefix), query=query)
    question = _status_question(low, quotes)
    if question is not None:
        return question
    only_list_words = all(t in _LIST_FILLER for t in tokens) and bool(
        _LIST_NOUN_RE.search(low)
        or PENDING_RE.search(low)
        or COMPLETED_RE.search(low)
        or re.match(r"^(?:show|list|display|view|see)\b", low)
    )
    starts = bool(_LIST_START_RE.match(low))
    if not starts and not only_list_words:
        return None
    has_noun = bool(_LIST_NOUN_RE.search(low))
    status = status_of(low)
    q = _QUERY_RE.search(s)
    if q and starts:
        query = restore(q.group("q"), quotes).strip(" ?.!")
        return Intent("count" if count else "list", status=status_of(low[: q.start()]), query=query)
    leftovers = [t for t in tokens if t not in _LIST_FILLER and t not in STOPWORDS]
    if starts and leftovers and _SHOW_RE.match(low):
        target = parse_target(_SHOW_RE.sub("", s), quotes)
        if target.kind in ("ids", "ordinal") or (target.kind == "words" and not has_noun):
            return Intent("status", target=target)
    if not (has_noun or status != "all" or only_list_words or count):
        return None
    if starts and leftovers and not has_noun and status == "all":
        return None
    query = ""
    if leftovers and has_noun:
        query = " ".join(w for w in words(restore(s, quotes)) if w in leftovers)
    # Words left over ("show me absolutely everything", "at the moment") are a loose query:
    # the planner keeps only those that name some task.
    return Intent("count" if count else "list", status=status, query=query, text="loose")


def _modal_add(s: str, quotes: tuple[str, ...], today: date) -> Intent | None:
    m = _MODAL_RE.match(s)
    if not m:
        return None
    rest = m.group("title").strip()
    if _COMMAND_START_RE.match(rest) or _LIST_WANT_RE.match(rest):
        inner = _parse_clause(rest, quotes, today)
        if inner is not None and inner.kind not in SOCIAL_KINDS:
            return inner
    inner_prefix = _ADD_PREFIX_RE.match(rest)
    if inner_prefix:
        rest = inner_prefix.group("title")
    return add_intent(read_slots(rest, quotes, today), text="implied")


# Deeds NOT done ("bailed on the 2k", "skipped the gym", "didn't get to the laundry"): a
# statement about them never completes anything.
_NOT_DONE_RE = re.compile(
    r"\b(?:bail(?:ed)?\s+on|skip(?:ped)?|miss(?:ed)?|flak(?:ed|y)\s+on|blew\s+off|blow\s+off|"
    r"gave\s+up\s+on|give\s+up\s+on|dodged|avoided|neglected|ignored|procrastinated|"
    r"put\s+off|putting\s+off|ran\s+out\s+of\s+time|no\s+time|too\s+(?:tired|busy|lazy)|"
    r"(?:did|could|would|have|had|has)(?:n'?t|\s+not)|never|forgot|forget|failed|almost|nearly|"
    r"tried\s+to|started|half|not\s+(?:yet|quite|really|done|finished))\b",
    _F,
)


# When a deed was done says nothing of which task: "did everything today except the 2k".
_WHEN_DONE_RE = re.compile(
    r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|yesterday|earlier(?:\s+today)?|"
    r"just\s+now|an\s+hour\s+ago|at\s+last)\b(?!')",
    _F,
)


def _declarative(s: str, quotes: tuple[str, ...]) -> Intent | None:
    if _NOT_DONE_RE.search(s) and not _REOPEN_VERB_RE.match(s):
        return None
    m = _PRIORITY_DECL_RE.match(s)
    if m:
        level = priority_level(m.group("p") or m.group("u"))
        return Intent("priority", target=parse_target(m.group("t"), quotes), priority=level)
    m = _REOPEN_VERB_RE.match(s)
    if m:
        if m.group("t") is not None:
            return Intent("reopen", target=parse_target(m.group("t"), quotes))
        if is_past_tense(m.group("pp")):
            target = parse_target(m.group("t2"), quotes)
            if target.kind == "words":
                target = Target("words", text=f"{m.group('pp')} {target.text}", hint=target.text)
            return Intent("reopen", target=target)
    for rx in _COMPLETE_DECL_RES:
        m = rx.match(s)
        if m:
            target = parse_target(m.group("t"), quotes)
            return Intent("complete", target=target)
    m = _PASSIVE_DONE_RE.match(s)
    if m and is_past_tense(m.group("pp")):
        target = parse_target(m.group("t"), quotes)
        if target.kind == "words":
            target = Target("words", text=f"{m.group('pp')} {target.text}", hint=target.text)
        return Intent("complete", target=target)
    m = _NOUN_PARTICIPLE_RE.match(s)
    if (
        m
        and not _STATE_WORDS_RE.search(m.group("t"))
        and is_past_tense(m.group("pp"))
        and not re.match(r"^(?:i|we|you|they|he|she)\b", s, _F)
        and not is_past_tense(s.split(None, 1)[0])
    ):
        target = parse_target(m.group("t"), quotes)
        if target.kind == "words":
            return Intent(
                "complete",
                target=Target("words", text=f"{m.group('pp')} {target.text}", hint=target.text),
            )
    m = PAST_RE.match(s)
    if not m:
        return None
    verb = m.group("verb").lower()
    rest = _WHEN_DONE_RE.sub(" ", m.group("rest")).strip()
    subject = m.group("subj") is not None
    if verb in _CANCEL_PAST and rest:
        return Intent("delete", target=parse_target(rest, quotes))
    if verb in FINISH_VERBS and rest and verb != "did":
        return Intent("complete", target=parse_target(rest, quotes))
    past = is_past_tense(verb) or (subject and verb in SAME_PAST)
    if not past or not rest:
        return None
    target = parse_target(rest, quotes)
    if target.kind == "all" and not target.exclude and target.span <= 1 and verb != "did":
        if target.text and target.status == "all" and not target.relative:
            # "graded all the midterms": the words name the task(s); several matches ask.
            return Intent("complete", target=Target("words", text=f"{verb} {target.text}"))
        # "we've called the whole thing off": a report of one deed never completes a list.
        return None
    if target.kind == "it":
        base = IRREGULAR_VERBS.get(verb, verb)
        return Intent("complete", target=replace(target, hint=base))
    if target.kind in ("words",):
        return Intent(
            "complete",
            # no hint: the user's own deed said verb first ("paid the plumber") must name
            # the task with its verb ('Call the plumber' is not it)
            target=Target("words", text=f"{verb} {target.text}"),
        )
    return Intent("complete", target=target)


def _imperative_add(s: str, quotes: tuple[str, ...], today: date) -> Intent | None:
    tokens = words(s)
    if len(tokens) < 2 or tokens[0] not in TASK_VERBS:
        return None
    slots = read_slots(s, quotes, today)
    # "call grandma sunday instead": with 'Call grandma' on the list, a date for it
    return add_intent(slots, text="dated" if slots.due or slots.repeat else "")


@dataclass(frozen=True)
class _Clause:
    """One clause, cleaned, with what every rule needs to read it."""

    text: str
    quotes: tuple[str, ...]
    today: date
    question: bool


# The cascade, most specific first. Questions never add, and never complete or
# delete by a declarative ("is the fence done?" is not "the fence is done").
_FOR_GOOD_RE = re.compile(r"\s*,?\s+(?:for\s+good|permanently|once\s+and\s+for\s+all)$", _F)


def _for_good(c: _Clause) -> Intent | None:
    """ "mark the social posts done for good": a completion that ends a repeat."""
    m = _FOR_GOOD_RE.search(c.text)
    if m is None or c.question:
        return None
    inner = _parse_clause(c.text[: m.start()], c.quotes, c.today)
    return replace(inner, text="for_good") if inner and inner.kind == "complete" else None


_RULES: tuple[Callable[[_Clause], Intent | None], ...] = (
    _for_good,
    lambda c: None if c.question else _done_scope(c.text),
    lambda c: _bare(c.text),
    lambda c: _describe(c.text, c.quotes),
    lambda c: _priority(c.text, c.quotes),
    lambda c: None if c.question else read_tag_edit(c.text, c.quotes),
    lambda c: None if c.question else read_priority_edit(c.text, c.quotes),
    lambda c: None if c.question else read_slot_fragment(c.text, c.quotes, c.today),
    lambda c: None if c.question else _add(c.text, c.quotes, c.today),
    lambda c: None if c.question else _field_edit(c.text, c.quotes, c.today),
    lambda c: None if c.question else _restore_request(c.text, c.quotes),
    lambda c: _status_change(c.text, c.quotes, c.question),
    lambda c: _delete(c.text, c.quotes, c.question),
    lambda c: _rename(c.text, c.quotes),
    lambda c: read_filtered_list(
        restore(c.text, c.quotes), count=bool(_COUNT_RE.search(c.text)), question=c.question
    ),
    lambda c: _list(
        _STATEMENT_ORDER_Q_RE.sub(r"have i \g<v>", c.text) if c.question else c.text, c.quotes
    ),
    lambda c: None if c.question else _modal_add(c.text, c.quotes, c.today),
    lambda c: None if c.question else _declarative(c.text, c.quotes),
    lambda c: None if c.question else _imperative_add(c.text, c.quotes, c.today),
    lambda c: None if c.question else read_dated_add(c.text, c.quotes, c.today),
)


def _parse_clause(clause: str, quotes: tuple[str, ...], today: date) -> Intent | None:
    """Read one clause; the order of the rules is the order of their specificity."""
    s = strip_filler(clause)
    if not s:
        return None
    first = s.split(None, 1)[0].lower()
    question = bool(_QUESTION_START_RE.match(s)) or (
        s.rstrip().endswith("?") and first not in _IMPERATIVE_WORDS and first not in TASK_VERBS
    )
    if question and first in ("did", "done", "have", "has") and not s.rstrip().endswith("?"):
        # "did everything today except the 2k": a report without its "I", not a question
        second = (s.split(None, 2)[1:2] or [""])[0].lower()
        question = second in SUBJECTS or second in ("the", "my", "anyone", "somebody")
    s = _TRAILING_SYMBOLS_RE.sub("", s.strip()).rstrip("?!. ").strip()
    if not s:
        return None
    if _UNDO_RE.match(s):
        return Intent("undo")
    kept = _keep(s, quotes)
    if kept is not None:
        return kept
    context = _Clause(s, quotes, today, question)
    for rule in _RULES:
        intent = rule(context)
        if intent is not None:
            return intent
    return Intent("unknown", text=restore(s, quotes))


_PRONOUN_TITLES = frozenset({"it", "that", "this", "that one", "this one", "them", "those"})

# "don't delete X", "do not mark it done", "no need to remove it": a command said not to run.
_NEGATED_COMMAND_RE = re.compile(
    r"^(?:(?:no+|nope|wait|actually|please|oh|but|and|so)[,!]?\s+)*(?:don'?t|do\s+not|never|"
    r"(?:there'?s\s+)?no\s+need\s+to|you\s+(?:don'?t|do\s+not)\s+(?:need|have)\s+to|"
    r"(?:please\s+)?(?:don'?t|do\s+not)\s+(?:you\s+)?(?:dare\s+)?)\s*"
    r"(?:(?:actually|really|yet|please|you|go\s+and)\s+)*"
    r"(?:(?P<delete>delete|remove|erase|drop|cancel|scrap|clear|bin|ditch|nuke|trash|"
    r"get\s+rid\s+of|wipe|kill|toss|archive)|(?P<complete>mark|tick|check|cross|complete|"
    r"finish|close)|(?P<rename>rename|change|edit|update)|touch|move|reopen|undo)\b(?P<t>.*)$",
    _F,
)
# "keep it", "no, keep the milk", "leave it as it is": nothing is to change.
_KEEP_RE = re.compile(
    r"^(?:(?:no+|nope|wait|actually|please|oh|ok|okay|but|just)[,!]?\s+)*(?:keep|leave)\s+"
    r"(?P<t>it|that|this|them|those|both|that\s+one|this\s+one|.+?(?=\s+(?:as\s+(?:it\s+)?is|"
    r"alone|there|on\s+(?:the|my)\s+list|for\s+now|open|pending|undone)\b)|"
    r"(?<=keep\s).+?)(?:\s+(?:as\s+(?:it\s+)?is|alone|there|on\s+(?:the|my)\s+list|for\s+now|"
    r"please|then|open|pending|undone|i\s+(?:still\s+)?need\s+(?:it|that|them)))*$",
    _F,
)


_STILL_NEED_RE = re.compile(
    r"^(?:but\s+)?(?:i|we)\s+(?:still|really|do|actually)\s+(?:need|want)\s+(?P<t>it|that|them|this|"
    r"those|this\s+one|that\s+one)(?:\s+(?:still|though))?$",
    _F,
)


def _keep(s: str, quotes: tuple[str, ...]) -> Intent | None:
    """ "don't delete the milk", "keep it": a request that nothing change."""
    m = _NEGATED_COMMAND_RE.match(s) or _KEEP_RE.match(s) or _STILL_NEED_RE.match(s)
    if m is None:
        return None
    raw = re.split(
        r"\s*[,;]\s*|\s+(?:as\s+|to\s+be\s+)?(?:done|complete|completed|finished|off)\b", m["t"]
    )
    named = raw[0].strip() if raw else ""
    groups = m.groupdict()
    verb = next((k for k in ("delete", "complete", "rename") if groups.get(k)), "")
    return Intent("keep", target=parse_target(named or "it", quotes), query=verb)


def _implied_adds_as_context(intents: list[Intent]) -> list[Intent]:
    """ "I need to redo the kitchen, reopen it": the first clause names the task, it adds none."""
    out: list[Intent] = []
    for intent in intents:
        if intent.kind == "add" and intent.title.lower() in _PRONOUN_TITLES:
            # "I need to buy milk, add it": the task is the one the previous clause named.
            if out and out[-1].kind == "add":
                continue
            if out and out[-1].kind == "unknown" and out[-1].text:
                out[-1] = Intent("add", title=capitalise(out[-1].text))
                continue
            intent = Intent("add", title="")
        out.append(intent)
    for i, intent in enumerate(out):
        if intent.kind != "add" or intent.text != "implied" or i + 1 >= len(out):
            continue
        following = out[i + 1]
        if (
            following.kind in TARGETED_KINDS
            and following.kind != "complete"
            and following.target is not None
            and following.target.kind == "it"
        ):
            out[i] = Intent("unknown", text=intent.title)
    return out


_SENTENCE_END_RE = re.compile(r"[.!?]\s|\n")
_FOLLOWUP_RE = re.compile(
    r"^(?:(?:oh\s+|and\s+)?(?:and|also|plus|&|\+)\s+|one\s+more:?\s+|another:?\s+)(?P<a>.+?)"
    r"(?:\s+(?:too|as\s+well))?$|^(?P<b>.+?)\s+(?:too|as\s+well)$",
    _F,
)


def followup_add(text: str, today: date) -> Intent | None:
    """ "and bananas" right after an add: one more task of the same kind."""
    # The words as typed too: the normaliser drops "oh and" as a wrapper.
    for candidate in (normalise(text), text):
        last = split_sentences(candidate)[-1:] or [""]
        m = _FOLLOWUP_RE.match(last[0].strip(" .!?"))
        if m is not None:
            break
    else:
        return None
    item = re.sub(r"^(?:some|more|a\s+few|a|an)\s+", "", m.group("a") or m.group("b"), flags=_F)
    protected, quotes = protect_quotes(item)
    slots = read_slots(protected, quotes, today)
    return add_intent(slots) if slots.title else None


def _new_title_said_after(intents: list[Intent]) -> list[Intent]:
    """ "change the flowers task, is for the lobby. So: Buy flowers for the lobby.": the whole
    title said after a correction is the new title, not a task of its own."""
    out: list[Intent] = []
    for intent in intents:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind == "rename"
            and last.text == "correction"
            and intent.kind == "add"
            and last.title.lower() in intent.title.lower()
            and len(intent.title.split()) > len(last.title.split())
        ):
            out[-1] = replace(last, title=intent.title, text="", query="")
            continue
        out.append(intent)
    return out


def _contradictions_kept(intents: list[Intent]) -> list[Intent]:
    """ "X is not done yet, tick it off": "it" names the task just said to be open, so
    ticking it off contradicts the message; nothing changes and the reply says so."""
    out: list[Intent] = []
    for intent in intents:
        last = out[-1] if out else None
        if (
            last is not None
            and (last.kind, intent.kind) == ("reopen", "complete")
            and intent.target is not None
            and intent.target.kind == "it"
        ):
            out[-1] = Intent("keep", target=last.target, text="contradiction")
            continue
        out.append(intent)
    return out


_LIST_WORDS_RE = re.compile(r"\b(?:list|lists|tasks?|to-?dos?|app|reminders)\b", _F)


def _narrative_adds_dropped(intents: list[Intent]) -> list[Intent]:
    """ "I'd like to have a spring clean of my list. Delete everything but X": a wish said
    beside an explicit request is context, not a task; nor is a wish about the list itself."""
    explicit = any(
        i.kind not in SOCIAL_KINDS and not (i.kind == "add" and i.text == "implied")
        for i in intents
    )
    out: list[Intent] = []
    for intent in intents:
        implied = intent.kind == "add" and intent.text == "implied"
        if implied and (explicit or _LIST_WORDS_RE.search(intent.title)):
            intent = Intent("unknown", text=intent.title)
        out.append(intent)
    return out


def _with_exceptions(intents: list[Intent], text: str) -> list[Intent]:
    """ "I've done everything apart from X, so mark all the rest as done": the exception said
    in one clause holds for "all the rest" in the next."""
    found = [m.group("ex") or m.group("ex2") for m in _EXCEPTION_IN_MESSAGE_RE.finditer(text)]
    spared = tuple(p for p in (EXCEPT_HEAD_RE.sub("", f).strip() for f in found) if p)
    out: list[Intent] = []
    for intent in intents:
        target = intent.target
        if target is not None and target.kind == "all" and not target.exclude and spared:
            intent = replace(intent, target=replace(target, exclude=spared))
        out.append(intent)
    return out


@lru_cache(maxsize=2048)
def parse_message(text: str, today: date) -> tuple[Intent, ...]:
    """The intents of a message as typed: normalised first (stage 1), then understood."""
    return understand(normalise(text), today)


# Words that take back what was just asked in the same message: "delete the milk, no wait",
# "mark X done. jk", "remove it... actually no, keep it".
_RETRACTION_RE = re.compile(
    r"(?:^|[\s,.;!?-]+)(?P<m>no\s+wait|wait\s*,?\s+no|wait\s+wait|hold\s+on|hang\s+on|"
    r"actually\s*,?\s+no(?:pe)?|no\s*,?\s+actually|jk|j/k|just\s+kidding|kidding|"
    r"scratch\s+that|forget\s+(?:that|i\s+said\s+that|what\s+i\s+said)|ignore\s+that|"
    r"on\s+second\s+thoughts?|(?:i\s+)?changed?\s+my\s+mind|never\s*mind|"
    r"don'?t\s+do\s+(?:it|that)|(?:no|nope|wait|actually)\s*,?\s+(?:keep|leave)\s+"
    r"(?:it|that|them|this)|(?:no+|nope|wait|actually)\s*,?\s+don'?t|don'?t)"
    r"(?=[\s,.;!?-]*$|\s*[,.;!?-]+\s*|\s+(?:keep|leave|don'?t|i'?ll|i\s+will|not|instead|actually|"
    r"it\s+was|it'?s|i\s+meant?|that\s+was)\b)",
    _F,
)
# "nappies size 4 no wait size 5", "saturday no wait sunday", "high prio no wait medium": a
# short correction replaces the words it stands for, then the message reads as one request.
_SELF_CORRECTION_RE = re.compile(
    r"\s*,?\s+(?:no\s+wait|wait\s+no|no\s+sorry|sorry\s+no|i\s+mean|or\s+rather)\s*,?\s+"
    r"(?P<b>(?:[\w'-]+\s+){0,2}[\w'-]+)(?=\s*(?:[.,;!?]|$))",
    _F,
)
_CORRECTABLE = (
    re.compile(
        r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|tomorrow|tonight)\b", _F
    ),
    re.compile(r"\b(?:high|low|medium|normal|top|urgent)\b", _F),
    re.compile(r"\b\d+(?:[.,]\d+)?\b", _F),
)


def _self_corrected(text: str) -> str:
    m = _SELF_CORRECTION_RE.search(text)
    if m is None:
        return text
    before, b = text[: m.start()], m["b"]
    words_b = b.split()
    if words_b[0].lower() in _IMPERATIVE_WORDS | SUBJECTS | {"actually", "not", "don't", "keep"}:
        return text
    for rx in _CORRECTABLE:
        new = rx.search(b)
        old = list(rx.finditer(before))
        if new and old and len(words_b) <= 2:
            last = old[-1]
            fixed = before[: last.start()] + b + before[last.end() :]
            if len(words_b) == 2 and words_b[0].lower() in before.lower().split():
                at = before.lower().rfind(words_b[0].lower())
                fixed = before[:at] + b
            return fixed + text[m.end() :]
    at = before.lower().rfind(" " + words_b[0].lower() + " ")
    if at >= 0:
        return before[: at + 1] + b + text[m.end() :]
    return text


_CHANGING_KINDS = frozenset(TARGETED_KINDS - {"status"} | {"add", "undo"})


def understand(text: str, today: date) -> tuple[Intent, ...]:
    """Turn one user message into the intents it contains, in the order they were said.

    Social messages (greetings, thanks, help) come back as a single intent. A clause
    that is not a command comes back as ``unknown`` with its text, so the planner can
    use it as context ("the old bike, remove it") or as the answer to a question. A
    request taken back in the same message ("delete the milk, no wait") is not made.
    """
    text = INNER_APOSTROPHE_RE.sub("'", text.strip())
    social = read_social(text)
    if social is not None:
        return (social,)
    protected, quotes = protect_quotes(text)
    protected = _self_corrected(protected)
    for m in _RETRACTION_RE.finditer(protected):
        before = protected[: m.start()].strip(" ,.;!?-")
        if not before:
            continue
        said = _understand(before, quotes, text, today)
        changing = [i for i, intent in enumerate(said) if intent.kind in _CHANGING_KINDS]
        if not changing:
            continue
        rest = protected[m.end("m") :].strip(" ,.;!?-")
        after = list(_understand(rest, quotes, text, today)) if rest else []
        # "delete X and add Y, no wait don't delete it": the kind taken back, else the last
        verb = next((i.query for i in after if i.kind == "keep" and i.query), "")
        same = [i for i in changing if said[i].kind == verb]
        dropped = (same or changing)[-1]
        kept = [intent for i, intent in enumerate(said) if i != dropped]
        out = [*kept, *(i for i in after if i.kind != "unknown")]
        if all(i.kind in SOCIAL_KINDS for i in out):
            out = [Intent("keep")]
        return tuple(out)
    return _understand(protected, quotes, text, today)


def _understand(
    protected: str, quotes: tuple[str, ...], text: str, today: date
) -> tuple[Intent, ...]:
    """The intents of a message whose quotes are protected (``text`` is it as typed)."""
    intents: list[Intent] = []
    # "add three tasks: X; Y; Z": a list's items may be cut by semicolons, not sentences.
    whole = strip_filler(protected).rstrip("?!. ")
    listed = _add_several(whole, quotes, today) if not _SENTENCE_END_RE.search(whole) else []
    for sentence in [whole] if listed else split_sentences(protected):
        several = listed or _add_several(strip_filler(sentence).rstrip("?!. "), quotes, today)
        if several:
            intents.extend(several)
            continue
        for clause in split_clauses(sentence):
            listed_adds = _add_list(strip_filler(clause).rstrip("?!. "), quotes, today)
            if listed_adds:
                intents.extend(listed_adds)
                continue
            intent = _parse_clause(clause, quotes, today)
            if intent is None:
                continue
            if intent.kind == "unknown" and read_social(intent.text) is not None:
                continue
            intents.append(intent)
    intents = _implied_adds_as_context(intents)
    intents = _contradictions_kept(intents)
    intents = _new_title_said_after(intents)
    intents = _narrative_adds_dropped(intents)
    intents = dated_requests(intents, quotes, today)
    intents = _with_exceptions(intents, text)
    intents = [
        Intent("unknown", text=i.title) if i.kind == "add" and i.title.lower() in _WH_TITLES else i
        for i in intents
    ]
    if not intents or all(i.kind == "unknown" for i in intents):
        if re.search(r"\bhelp\b", text, _F):
            return (Intent("help"),)
        if not intents:
            return (Intent("unknown", text=text),)
    return tuple(intents)

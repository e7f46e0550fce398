"""What a client may send: text a database can store and integers its columns hold.

Every text field a client fills (REST bodies and queries, chat messages, MCP tool arguments,
token claims) is a `CleanText`, so one rule refuses, with 422 (or a tool error, or 401 for
a token), the characters no database should store:

- NUL (PostgreSQL cannot store it in text at all) and the other C0 and C1 control
  characters, except tab, line feed and carriage return (terminal escapes, form feeds);
- lone surrogates, U+D800 to U+DFFF (they have no UTF-8 form: neither database takes them);
- the Unicode noncharacters (U+FDD0 to U+FDEF and the last two code points of each plane).

Ids are 32-bit integer columns on PostgreSQL, so an id above `ROW_ID_MAX` can name no row;
an offset above it can skip no more rows than a table holds.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator

ROW_ID_MAX = 2**31 - 1
OFFSET_MAX = ROW_ID_MAX

_UNSTORABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(
        f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
    )
    + "]"
)


def unstorable_character(text: str) -> str | None:
    """The first character of `text` no database should store, as `U+0000`; None if none."""
    found = _UNSTORABLE.search(text)
    return f"U+{ord(found.group()):04X}" if found else None


def check_text(text: str) -> str:
    """`text` unchanged, or ValueError (a 422 in a request model) naming the character."""
    code_point = unstorable_character(text)
    if code_point is not None:
        raise ValueError(
            f"contains a character that cannot be stored ({code_point}): remove control "
            "characters, NUL bytes and unpaired surrogates"
        )
    return text


def strip_unstorable(text: str) -> str:
    """`text` without the characters `check_text` refuses: for text we must keep whatever
    it holds, such as a model's reply."""
    return _UNSTORABLE.sub("", text)


CleanText = Annotated[str, AfterValidator(check_text)]

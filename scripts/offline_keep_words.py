"""Write the words spelling correction must leave alone, for one language of the offline model.

The offline model corrects a typo in a command word ("delte" -> "delete") when the word is
one or two edits from a word of the language's `[correct]` list. Some such words are real
words of their own ("compete", "remote", "spending"): this script lists them, from a word
list such as Debian's wamerican (`apt-get install wamerican`), into
`src/todochat/assistant/offline/languages/<lang>-keep.txt`, which ships with the package.

    uv run python scripts/offline_keep_words.py en /usr/share/dict/american-english
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from todochat.assistant.offline.normalise import edits_within  # noqa: E402

LANGUAGES = ROOT / "src/todochat/assistant/offline/languages"


def main(language: str, word_list: str) -> None:
    data = tomllib.loads((LANGUAGES / f"{language}.toml").read_text())
    # Every language's command words, since all of them are corrected towards.
    targets: set[str] = set()
    for path in LANGUAGES.glob("*.toml"):
        targets |= set(tomllib.loads(path.read_text()).get("correct", {}).get("words", "").split())
    keep: set[str] = set()
    for line in Path(word_list).read_text(errors="ignore").splitlines():
        word = line.strip().lower()
        if not word.isalpha() or word in targets:
            continue
        if any(edits_within(word, target) for target in targets):
            keep.add(word)
    out = LANGUAGES / data["correct"]["keep_file"]
    out.write_text("\n".join(sorted(keep)) + "\n")
    print(f"{len(keep)} words -> {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

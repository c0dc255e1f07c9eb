"""Finding "Long Form (LF)" acronym definitions in linear time.

A single regular expression for "a run of capitalised words, then an acronym in
brackets" has nested quantifiers: over a long run of capitalised words with no bracket
after it (a list of names, a table, a shouted headline) the engine retries the run from
every word, which is quadratic or worse (40,000 capitals took over a minute). Here the
brackets are found first, with a pattern that never backtracks over the text, and each
is followed backwards only over the words its initials can use: every character is read
a bounded number of times, however the text is made.

The words found are those the expression would have matched: words that start with a
capital letter A-Z, or the connectors :data:`CONNECTORS`, separated by white space, the
last one right before the bracket (white space between allowed).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

#: Lower-case words a long form may hold ("Ministry of Defence", "Front de Libération").
CONNECTORS = ("of", "the", "and", "for", "de", "du", "la", "al")

_BRACKETED = re.compile(r"\(\s*([A-Z][A-Za-z&\-]{1,9})\s*\)")
_CAPITAL = re.compile(r"[A-Z]")
_WORD_PUNCT = frozenset("_'’-")


def acronym_letters(short: str) -> str:
    """The letters of an acronym its long form's initials must spell ("R&D" -> "RD")."""
    return short.replace("-", "").replace("&", "").upper()


def acronym_definitions(text: str) -> Iterator[tuple[list[str], str]]:
    """``(words, short)`` for each bracketed acronym ``short`` in ``text`` that follows
    a run of capitalised words: the run's last words, enough of them to hold as many
    capitalised words as the acronym has letters (the whole run when it is shorter)."""
    for match in _BRACKETED.finditer(text):
        short = match.group(1)
        words = _words_before(text, match.start(), len(acronym_letters(short)))
        if words:
            yield words, short


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in _WORD_PUNCT


def _word_start(chunk: str) -> int | None:
    """Where the leftmost word that ends with ``chunk`` starts in it: at a capital
    A-Z, or at a connector that ends it; None when neither is there."""
    found = _CAPITAL.search(chunk)
    starts = [found.start()] if found else []
    starts += [len(chunk) - len(c) for c in CONNECTORS if chunk.endswith(c)]
    return min(starts) if starts else None


def _words_before(text: str, end: int, capitals: int) -> list[str]:
    """The run of words ending right before ``text[end]`` (white space allowed between),
    read backwards until it holds ``capitals`` capitalised words or ends."""
    words: list[str] = []
    pos = end
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    while capitals > 0:
        start = pos
        while start > 0 and _is_word_char(text[start - 1]):
            start -= 1
        first = _word_start(text[start:pos])
        if first is None:
            break
        word = text[start + first : pos]
        words.append(word)
        capitals -= word[0].isupper()
        if first:  # the word starts inside a longer one: the run cannot go further back
            break
        gap = start
        while gap > 0 and text[gap - 1].isspace():
            gap -= 1
        if gap == start:
            break
        pos = gap
    words.reverse()
    return words


_OWNER = re.compile(r"^(?:\S+(?:'s|\u2019s)\s+)+")
#: Small words a long form's initials skip ("Ministry of Defence" -> MD, "Research and Development").
_SKIPPED = frozenset({"of", "and", "for", "the", "on", "in", "&"})


def initialisms(names: Iterable[str]) -> list[tuple[str, str]]:
    """``(short, long)`` for each all-capital name among ``names`` that no bracket defines
    but whose letters are exactly the initials of the capitalised words of one other name
    ("Border Security Force", then "BSF"); a short name two long ones could spell is
    left alone."""
    names = list(dict.fromkeys(n.strip() for n in names if n.strip()))
    spelled: dict[str, list[str]] = {}
    for name in names:
        long = _OWNER.sub("", name)  # "India's Border Security Force": the owner is no part of the initials
        words = [w for w in long.split() if w.lower() not in _SKIPPED]
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            spelled.setdefault("".join(w[0] for w in words).upper(), []).append(long)
    out = []
    for short in names:
        if short.isupper() and short.isalpha() and 2 <= len(short) <= 6 and len(longs := spelled.get(short, [])) == 1:
            out.append((short, longs[0]))
    return out

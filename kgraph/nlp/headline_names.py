"""Which capitalised words of a title-cased headline are names.

A headline capitalises every word ("Niger's Coup Leader Visits Mali Counterpart", "RSF
Claims Capture of Sudan's Second City"), so the tagger reads common words as names and
the mention finder makes entities of them ("Second City", "Visits Mali"). A headline's
word is taken for (part of) a name only when the document's body writes it with a capital
where a sentence does not start, or in capitals as an acronym: the body is the evidence
the word is a name, not a headline's habit.
"""

from __future__ import annotations

import re

#: A word that starts with a capital.
_CAPITALISED = re.compile(r"[A-Z][\w'’\-]*")
#: Where a sentence (or a line, or a quotation) starts: a capital there proves nothing.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|[\"“‘(\[]\s*|\n\s*)$")


def body_names(text: str, start: int) -> frozenset[str]:
    """The capitalised words of ``text`` from ``start`` on that stand where no sentence
    starts (lower-cased): "Mali" in "... arrived in Mali on Thursday"."""
    out: set[str] = set()
    for m in _CAPITALISED.finditer(text, start):
        if not _SENTENCE_START.search(text[max(start, m.start() - 4) : m.start()]) and m.start() > start:
            word = m.group()
            out.add(word.lower())
            for part in re.split(r"[-'’]", word):  # "Niger's" -> "niger"; "Russia-Ukraine" -> both
                if part:
                    out.add(part.lower())
    return frozenset(out)


__all__ = ["body_names"]

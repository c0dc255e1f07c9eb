"""Who speaks a quotation when the speaker is named after it.

'"France will send 500 soldiers," Macron said.' is read by
:func:`kgraph.nlp.attribution.reporter_of`, since the reporting verb is in the same
sentence. Here are the cases it cannot see: a quotation of one or more whole sentences
whose speaker is named in the sentence that closes it ('"A. B," X said.') or in the next
sentence ('"A." X made the remarks on Tuesday.', '"A." X said.').
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kgraph.nlp.lexicon import Lexicon

#: Quotation marks: opening mark -> closing mark. A straight mark opens and closes in turn.
QUOTE_MARKS = {'"': '"', "\u201c": "\u201d", "\u00ab": "\u00bb"}
#: Nouns of speech that a light verb turns into a report ("X made the remarks").
SPEECH_NOUNS = frozenset({"remark", "comment", "statement", "speech", "announcement", "assertion", "warning"})
#: Light verbs that report with a speech noun ("made the remarks", "gave the warning").
SPEECH_LIGHT_VERBS = frozenset({"make", "give", "deliver", "issue"})
_USER_DATA_KEY = "kgraph.quotations"
#: Every opening and closing mark.
_MARKS = re.compile("[" + re.escape("".join(sorted({*QUOTE_MARKS, *QUOTE_MARKS.values()}))) + "]")


def quotations(text: str) -> list[tuple[int, int]]:
    """Character offsets (opening mark, closing mark) of the text's quotations, in order.
    An unclosed quotation is left out."""
    out: list[tuple[int, int]] = []
    opened: tuple[int, str] | None = None
    for found in _MARKS.finditer(text):  # no other character opens or closes one
        i, ch = found.start(), found.group()
        if opened is None:
            if ch in QUOTE_MARKS:
                opened = (i, QUOTE_MARKS[ch])
        elif ch == opened[1]:
            out.append((opened[0], i))
            opened = None
    return out


def prime_quotations(doc: Doc, text: str) -> None:
    """Find the quotations of ``doc`` in ``text``, the text it was parsed from (else
    they are found in ``doc.text``, which spaCy rebuilds from every token)."""
    doc.user_data[_USER_DATA_KEY] = quotations(text)


def _quotations_of(doc: Doc) -> list[tuple[int, int]]:
    if _USER_DATA_KEY not in doc.user_data:
        prime_quotations(doc, doc.text)
    return doc.user_data[_USER_DATA_KEY]


def quote_speaker(sent: Span, lex: Lexicon) -> Token | None:
    """The subject of the reporting clause naming the speaker of a quotation that holds
    all of ``sent``, when that clause comes after the quotation; else ``None``."""
    doc = sent.doc
    first, last = _content(sent)
    if first is None or last is None:
        return None
    quote = next(((o, c) for o, c in _quotations_of(doc) if o <= first and c >= last), None)
    if quote is None:
        return None
    opening = doc.char_span(quote[0], quote[0] + 1, alignment_mode="expand")
    if opening is None or opening[0].i != opening[0].sent.start:
        return None  # 'X said: "A. B."': the quotation's speaker comes before it
    closing = doc.char_span(quote[1], quote[1] + 1, alignment_mode="expand")
    if closing is None:
        return None
    csent = closing[0].sent
    after = [t for t in csent if t.idx > quote[1] and not t.is_punct]
    if after:  # '"A. B," X said.': the closing sentence names the speaker
        return _reporting_subject(after, lex)
    if csent.end >= len(doc):
        return None
    nsent = doc[csent.end].sent
    if nsent[0].text in QUOTE_MARKS:
        return None  # another quotation
    root = nsent.root
    if root.lemma_.lower() in lex.reporting_verbs or (
        root.lemma_.lower() in SPEECH_LIGHT_VERBS
        and any(c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS for c in root.children)
    ):
        return _subject(root)
    return None


def _content(sent: Span) -> tuple[int | None, int | None]:
    """Character offsets of the sentence's first and last non-space characters."""
    words = [t for t in sent if not t.is_space]
    if not words:
        return None, None
    return words[0].idx, words[-1].idx + len(words[-1]) - 1


def _reporting_subject(tokens: list[Token], lex: Lexicon) -> Token | None:
    for t in tokens:
        if t.lemma_.lower() in lex.reporting_verbs and t.pos_ in ("VERB", "AUX"):
            return _subject(t)
    return None


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ != "it"), None)

"""Statement qualifiers read off the parse: status, attribution, quantity and time."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from spacy.tokens import Span, Token
from text_to_num import text2num

from kgraph.nlp.lexicon import Lexicon
from kgraph.types import Quantity, Status, TimeExpr

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_MODAL_ALLEGED = frozenset({"may", "might", "could"})


def chain(trigger: Token, lex: Lexicon) -> list[Token]:
    """The trigger and the clause heads above it up to the sentence root, stopping at a
    relative clause and at what a reporting verb reports (not hedged by it)."""
    out = [trigger]
    if trigger.pos_ == "NOUN" and not _infinitive(trigger):
        return out  # a nominal event: only its own modifiers qualify it (not "to sanction" tagged a noun)
    node = trigger
    while node.head != node and len(out) < 8:
        if node.dep_ == "acl" and node.head.lemma_.lower() in lex.planned_markers and _infinitive(node):
            node = node.head  # "plans to send", "a contract to supply": the plan and its clause qualify
            out.append(node)
            continue
        if node.dep_ in ("relcl", "acl"):
            break
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in lex.reporting_verbs:
            break
        node = node.head
        if node.pos_ in ("NOUN", "PROPN"):
            break
        out.append(node)
    return out


def _infinitive(token: Token) -> bool:
    """A clause "to V" ("plans to send", "agreed to sanction")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


#: Verbs that accuse someone of the deed they govern without establishing it.
ACCUSATION_VERBS = frozenset({"charge", "accuse", "suspect", "arrest", "indict", "detain", "blame", "allege"})


def _accused_of(trigger: Token) -> bool:
    """Whether ``trigger`` is what an accusation verb charges someone with, through
    its preposition ("charged with the murder", "arrested for killing")."""
    node = trigger
    for _ in range(3):
        if node.dep_ not in ("pobj", "pcomp", "prep") or node.head == node:
            return False
        node = node.head
        if node.pos_ == "VERB":
            return node.lemma_.lower() in ACCUSATION_VERBS
    return False


def status_of(trigger: Token, sent: Span, lex: Lexicon, obj_start: int | None = None) -> tuple[Status, float]:
    """The status of a statement triggered by ``trigger`` (whose object starts at token
    ``obj_start``), and a confidence factor."""
    negated = hypothetical = alleged = planned = False
    for node in chain(trigger, lex):
        lemma = node.lemma_.lower()
        words = [node] + [c for c in node.children if c.dep_ in ("aux", "auxpass", "neg", "advmod", "mark", "acomp", "prt", "amod", "det")]
        for w in words:
            wl, wlem = w.lower_, w.lemma_.lower()
            if w.dep_ == "neg" or wl in ("not", "n't", "never") or (w.dep_ == "det" and wl == "no"):
                negated = True
            elif w == node and wlem in ("deny", "refuse", "reject", "decline") and node != trigger:
                negated = True
            if w.dep_ == "mark" and wl in ("if", "unless", "whether"):
                hypothetical = True
            if wl in _FUTURE_AUX or (w == node and wlem in lex.planned_markers and node != trigger):
                planned = True
            if w != node and wl == "would":
                planned = True
            if wl in ("reportedly", "allegedly", "apparently", "presumably", "purportedly", "supposedly", "likely", "possibly", "probably"):
                alleged = True
            if wl in _MODAL_ALLEGED:
                alleged = True
        if lemma in ("say", "report", "believe", "think", "allege", "suspect", "rumor", "rumour", "seem", "appear") and node != trigger and any(c.dep_ in ("auxpass", "xcomp") for c in node.children):
            alleged = True  # "is said to", "is believed to", "seems to"
        if lemma == "go" and any(c.dep_ == "xcomp" for c in node.children) and node != trigger:
            planned = True  # "is going to"
        if lemma in ACCUSATION_VERBS and node != trigger:
            alleged = True  # "X was arrested for killing Y": not yet proven
        conditional_act = lex.verb_class.get(lemma) == "threaten" or lemma in lex.reporting_verbs
        for c in node.children:  # "X would attack Y if Z" (not "X threatened Y ... if Z")
            if not conditional_act and c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                hypothetical = True
    # "..., it is alleged, X": a parenthetical hedge just before the trigger's object
    for t in sent:
        if t.lemma_.lower() in ("allege", "report") and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in t.children):
            if obj_start is None or trigger.i < t.i < obj_start:
                alleged = True
    if _accused_of(trigger):
        alleged = True  # "X was charged with Y's murder"
    node = trigger
    for _ in range(6):  # "X denied that it had sent troops": what is denied is negated
        if node.head == node:
            break
        dep, node = node.dep_, node.head
        if dep == "ccomp" and node.lemma_.lower() in ("deny", "reject", "dismiss", "refute", "rebut"):
            negated = True
            break
    if trigger.lemma_.lower() in ("offer", "promise", "pledge", "propose"):
        planned = True  # offering troops is not yet sending them
    if sent.text.rstrip().endswith("?"):
        hypothetical = True
    if negated:
        return Status.NEGATED, 0.9
    if hypothetical:
        return Status.HYPOTHETICAL, 0.7
    if alleged:
        return Status.ALLEGED, 0.8
    if planned:
        return Status.PLANNED, 0.9
    return Status.ASSERTED, 1.0


def reporter_of(trigger: Token, lex: Lexicon) -> Token | None:
    """The subject of the reporting verb whose content contains ``trigger``."""
    node = trigger
    for _ in range(8):
        if node.head == node:
            break
        dep, node = node.dep_, node.head
        if dep in ("ccomp", "parataxis", "advcl") and node.lemma_.lower() in lex.reporting_verbs:
            for c in node.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() != "it":
                    return c
    # "X sent Y, the BBC said, citing Z": the reporting clause hangs below the content
    for node in (trigger, trigger.sent.root):
        for c in node.children:
            if c.dep_ == "parataxis" and c.lemma_.lower() in lex.reporting_verbs:
                subj = next((s for s in c.children if s.dep_ == "nsubj" and s.lemma_.lower() != "it"), None)
                if subj is not None:
                    return subj
    # "X, the source said": the reporting verb is the root and the content its ccomp
    root = trigger.sent.root
    if root.lemma_.lower() in lex.reporting_verbs and root != trigger:
        for c in root.children:
            if c.dep_ == "nsubj" and c.lemma_.lower() != "it":
                return c
    return None


def according_to_phrase(sent: Span) -> Token | None:
    """The complement of "according to X" / "citing X" in the sentence."""
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            for c in t.doc[t.i + 1].children:
                if c.dep_ == "pobj":
                    return c
        if t.lower_ == "citing":
            for c in t.children:
                if c.dep_ in ("dobj", "pobj"):
                    return c
    return None


_NUM_RE = re.compile(r"^\d[\d,]*(\.\d+)?$")
_RANGE = frozenset({"and", "to", "-", "–", "or"})
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def parse_number(words: list[str]) -> float | None:
    """``["two", "million"]`` -> 2e6; ``["100,000"]`` -> 1e5; ``["1.5", "million"]`` -> 1.5e6."""
    if not words:
        return None
    words = [w.lower() for w in words if w.lower() not in ("and", "a")]
    scale = 1.0
    while words and words[-1] in _SCALE:
        scale *= _SCALE[words.pop()]
    if not words:
        return scale if scale > 1 else None
    if len(words) == 1 and _NUM_RE.match(words[0]):
        return float(words[0].replace(",", "")) * scale
    try:
        return float(text2num(" ".join(words), "en")) * scale
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _hedge_patterns(items: tuple[tuple[str, str], ...]) -> list[tuple[list[str], str]]:
    return sorted(((p.split(), h) for p, h in items), key=lambda x: -len(x[0]))


#: Plural round numbers, which give only a lower bound: two of them ("dozens": at least 24).
VAGUE_AMOUNTS = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "millions": 1e6, "billions": 1e9}


def vague_quantity(head: Token) -> Quantity | None:
    """"dozens of soldiers" (at least 24), "tens of thousands of troops" (at least 20,000),
    "hundreds of thousands of shells": a lower bound, with the "of" object as the unit."""
    if head.lower_ not in VAGUE_AMOUNTS:
        return None
    doc = head.doc
    first = head.i
    while first >= 2 and doc[first - 1].lower_ == "of" and doc[first - 2].lower_ in VAGUE_AMOUNTS:
        first -= 2  # "tens of" before "thousands", however the parser hung it
    node = head
    while True:
        of = next((c for c in node.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is None or of is None:
            return None
        if obj.lower_ not in VAGUE_AMOUNTS:
            break
        node = obj  # "hundreds of thousands of"
    amount = 2.0
    for t in doc[first : of.i]:
        amount *= VAGUE_AMOUNTS.get(t.lower_, 1)
    return Quantity(text=doc[first : obj.i + 1].text, min=amount, unit=obj.lower_, hedge="at least",
                    figure=doc[first : of.i].text)  # fmt: skip


def quantity_of(head: Token, lex: Lexicon) -> Quantity | None:
    """The amount modifying a noun ("almost two million rounds", "up to 100,000 personnel"),
    a vague plural ("dozens of soldiers", at least 24), or a bare figure ("put the toll at
    about 15,000"), which has no unit."""
    vague = vague_quantity(head)
    if vague is not None:
        return vague
    bare = head.like_num
    nums = [c for c in head.subtree if c.like_num and c.i < head.i and (c.head == head or c.head.like_num or c.head.head == head)]
    if bare:
        nums = [c for c in head.subtree if c.like_num and c.i <= head.i]
    if not nums:
        return None
    first, last = min(n.i for n in nums), max(n.i for n in nums)
    doc = head.doc
    unit = None if bare else head.text.lower()
    span_words = [doc[i] for i in range(first, last + 1)]
    cut = next((k for k, t in enumerate(span_words) if t.lower_ in _RANGE and 0 < k < len(span_words) - 1), None)
    if cut is not None:  # "between 200 and 300 soldiers", "200 to 300 soldiers"
        low = parse_number([t.text for t in span_words[:cut] if t.like_num or t.lower_ in _SCALE])
        high = parse_number([t.text for t in span_words[cut + 1 :] if t.like_num or t.lower_ in _SCALE])
        right = [t.lower_ for t in span_words[cut + 1 :]]
        left = [t.lower_ for t in span_words[:cut]]
        if low is not None and right and right[-1] in _SCALE and not (left and left[-1] in _SCALE):
            low *= _SCALE[right[-1]]  # "two or three thousand": the scale is shared
        if low is not None and high is not None and low < high:
            start = first - 1 if first > 0 and doc[first - 1].lower_ in ("between", "from") else first
            return Quantity(
                text=doc[start : head.i + 1].text, min=low, max=high, unit=unit,
                hedge="exact", figure=doc[start : last + 1].text,
            )  # fmt: skip
    num_words = [doc[i].text for i in range(first, last + 1) if doc[i].like_num or doc[i].lower_ in _SCALE]
    value = parse_number(num_words)
    if value is None:
        return None
    hedge = "exact"
    start = first
    before = [t.lower_ for t in doc[max(0, first - 4) : first]]
    for pattern, name in _hedge_patterns(tuple(sorted(lex.quantity_hedges.items()))):
        if before[-len(pattern) :] == pattern:
            hedge = name
            start = first - len(pattern)
            break
    text = doc[start : head.i + 1].text
    figure = doc[start : last + 1].text
    kw: dict[str, float | None] = {"value": None, "min": None, "max": None}
    if hedge in ("up to", "almost", "less than"):
        kw["max"] = value
    elif hedge in ("at least", "more than"):
        kw["min"] = value
    else:
        kw["value"] = value
    return Quantity(text=text, unit=unit, hedge=hedge, figure=figure, **kw)


_MONTHS = {m.lower(): i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August",
     "September", "October", "November", "December"], start=1)}  # fmt: skip


def time_of(
    trigger: Token, sent: Span, doc_date: dt.date | None, dates: list[Span] | None = None
) -> TimeExpr | None:
    """The date expression of the trigger's clause, resolved against the document date;
    ``dates`` are the sentence's DATE/TIME entities when the caller has them."""
    if dates is None:
        dates = [e for e in sent.ents if e.label_ in ("DATE", "TIME")]
    if not dates:
        return None
    clause = {t.i for t in trigger.subtree}
    near = [e for e in dates if e.root.i in clause] or dates
    ent = min(near, key=lambda e: abs(e.root.i - trigger.i))
    return resolve_time(ent.text, doc_date)


def resolve_time(text: str, doc_date: dt.date | None) -> TimeExpr:
    """Resolve "next month", "last January", "in 2022", "September" against ``doc_date``."""
    low = text.lower().strip()
    m = re.search(r"\b(1[89]\d\d|20\d\d)s\b", low)
    if m:
        return TimeExpr(text)  # a decade: no date, month or year value to give
    m = re.search(r"\b(1[89]\d\d|20\d\d)\b", low)
    month = next((n for name, n in _MONTHS.items() if re.search(rf"\b{name}\b", low)), None)
    if m:
        year = int(m.group(1))
        if month:
            day = re.search(r"\b([0-3]?\d)\b", low.replace(m.group(1), ""))
            if day and 1 <= int(day.group(1)) <= 31:
                try:
                    return TimeExpr(text, dt.date(year, month, int(day.group(1))).isoformat(), "day")
                except ValueError:
                    pass
            return TimeExpr(text, f"{year:04d}-{month:02d}", "month")
        return TimeExpr(text, f"{year:04d}", "year")
    if doc_date is None:
        return TimeExpr(text)
    if month:
        year = doc_date.year
        if "last" in low or "past" in low:
            year = doc_date.year if month < doc_date.month else doc_date.year - 1
        elif "next" in low or "coming" in low:
            year = doc_date.year if month > doc_date.month else doc_date.year + 1
        elif month > doc_date.month:
            year -= 1  # news reports the past unless told otherwise
        return TimeExpr(text, f"{year:04d}-{month:02d}", "month")
    shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0}
    for word, sign in shift.items():
        if re.search(rf"\b{word}\b", low):
            if "month" in low:
                y, mth = divmod(doc_date.year * 12 + doc_date.month - 1 + sign, 12)
                return TimeExpr(text, f"{y:04d}-{mth + 1:02d}", "month")
            if "year" in low:
                return TimeExpr(text, f"{doc_date.year + sign:04d}", "year")
            if "week" in low:
                return TimeExpr(text)  # a week has no date, month or year value
    if "yesterday" in low:
        return TimeExpr(text, (doc_date - dt.timedelta(days=1)).isoformat(), "day")
    if "today" in low:
        return TimeExpr(text, doc_date.isoformat(), "day")
    if "tomorrow" in low:
        return TimeExpr(text, (doc_date + dt.timedelta(days=1)).isoformat(), "day")
    weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    for i, name in enumerate(weekdays):
        if name in low:
            back = (doc_date.weekday() - i) % 7 or 7
            return TimeExpr(text, (doc_date - dt.timedelta(days=back)).isoformat(), "day")
    return TimeExpr(text)

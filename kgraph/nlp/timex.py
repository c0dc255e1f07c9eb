"""The time of a statement: the date expression of its clause, resolved against the
document's publication date ("Friday", "last week", "by March", "since 2014")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span, Token

from kgraph.types import TimeExpr

_MONTHS = {m.lower(): i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August",
     "September", "October", "November", "December"], start=1)}  # fmt: skip


#: Prepositions that make a time a bound of the statement's period.
TIME_BOUNDS = {"since": "start", "from": "start", "by": "end", "until": "end", "till": "end"}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def time_of(
    trigger: Token, sent: Span, doc_date: dt.date | None, dates: list[Span] | None = None, *, future: bool = False
) -> TimeExpr | None:
    """The date expression of the trigger's clause, resolved against the document date
    (towards the future when the statement is ``future``: planned); "since X" is the
    start of the statement's period, "by X" its end. ``dates`` are the sentence's
    DATE/TIME entities when the caller has them."""
    if dates is None:
        dates = [e for e in sent.ents if e.label_ in ("DATE", "TIME")]
    if not dates:
        return None
    clause = {t.i for t in trigger.subtree} if trigger.pos_ not in ("VERB", "AUX") else set()
    above = {t.i for t in trigger.ancestors} | {trigger.i}
    near = [e for e in dates if _clause_verb(e.root) == trigger or e.root.i in clause] or [
        e for e in dates if _clause_verb(e.root).i in above
    ]
    if not near:
        return None  # the sentence's dates belong to other clauses ("X, who visited Y in April, ...")
    ent = min(near, key=lambda e: abs(e.root.i - trigger.i))
    resolved = resolve_time(ent.text, doc_date, future=future)
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    bound = TIME_BOUNDS.get(ent[0].lower_) or TIME_BOUNDS.get(before)
    return replace(resolved, bound=bound) if bound else resolved


def _clause_verb(token: Token) -> Token:
    """The verb whose clause ``token`` is in (the root when none)."""
    node = token
    while node.head != node and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    return node


def resolve_time(text: str, doc_date: dt.date | None, *, future: bool = False) -> TimeExpr:
    """Resolve "next month", "last January", "in 2022", "September", "Friday", "last
    week" against ``doc_date``; a weekday or month named alone is the latest one on or
    before the date, or with ``future`` the first one on or after it."""
    low = text.lower().strip()
    m = re.search(r"\b(1[89]\d\d|20\d\d)s\b", low)
    if m:
        return TimeExpr(text)  # a decade: no date, month or year value to give
    m = re.search(r"\b(1[89]\d\d|20\d\d)\b", low)
    month = next((n for name, n in _MONTHS.items() if re.search(rf"\b{name}\b", low)), None) or next(
        (n for name, n in _MONTHS.items() if re.search(rf"\b{name[:3]}(?:t\.|\.|\b)", low) and name != "may"), None
    )  # "Aug. 6", "Sept. 30"
    if m:
        year = int(m.group(1))
        if month:
            day = _day_of(text, doc_date)
            if day is not None and day.year == year:
                return TimeExpr(text, day.isoformat(), "day")
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
        elif future:
            year += month < doc_date.month  # "by March", said in June: next March
        elif month > doc_date.month:
            year -= 1  # news reports the past unless told otherwise
        if re.search(r"\d", low) and (day := _day_of(text, doc_date, future)) is not None:
            return TimeExpr(text, day.isoformat(), "day")  # "Aug. 6"
        return TimeExpr(text, f"{year:04d}-{month:02d}", "month")
    shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0}
    for word, sign in shift.items():
        if re.search(rf"\b{word}\b", low):
            if "month" in low:
                y, mth = divmod(doc_date.year * 12 + doc_date.month - 1 + sign, 12)
                return TimeExpr(text, f"{y:04d}-{mth + 1:02d}", "month")
            if "year" in low:
                return TimeExpr(text, f"{doc_date.year + sign:04d}", "year")
            if "week" in low and re.fullmatch(rf"(early |late |later |earlier )?{word} week", low):
                monday = doc_date - dt.timedelta(days=doc_date.weekday()) + dt.timedelta(weeks=sign)
                return TimeExpr(text, monday.isoformat(), "week")
    if "yesterday" in low:
        return TimeExpr(text, (doc_date - dt.timedelta(days=1)).isoformat(), "day")
    if "today" in low:
        return TimeExpr(text, doc_date.isoformat(), "day")
    if "tomorrow" in low:
        return TimeExpr(text, (doc_date + dt.timedelta(days=1)).isoformat(), "day")
    for i, name in enumerate(_WEEKDAYS):
        if re.search(rf"\b{name}\b", low):
            if "next" in low or future and "last" not in low:
                ahead = (i - doc_date.weekday()) % 7 or (7 if "next" in low else 0)
                return TimeExpr(text, (doc_date + dt.timedelta(days=ahead)).isoformat(), "day")
            back = (doc_date.weekday() - i) % 7 or (7 if "last" in low else 0)
            return TimeExpr(text, (doc_date - dt.timedelta(days=back)).isoformat(), "day")
    return TimeExpr(text)


@lru_cache(maxsize=4096)
def _day_of(text: str, doc_date: dt.date | None, future: bool = False) -> dt.date | None:
    """A calendar day written out ("May 8, 2021", "08th May, 2021", "Aug. 6"), read by
    dateparser; a day without a year is the nearest one before (or after) ``doc_date``.
    Answers are remembered: dateparser takes a millisecond a date, and dates recur.
    The plainest forms with a year ("Nov. 22, 1963", "8 May 2021", "January 1988": no
    day) are read without it (:func:`_plain_day`): dateparser's first date costs a third
    of a second of set-up."""
    plain = _plain_day(text)
    if plain is not None:
        return plain or None
    base = dt.datetime.combine(doc_date or dt.date(2000, 1, 1), dt.time())  # a year written out needs no base
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future" if future else "past", "STRICT_PARSING": False}
    data = _date_parser(tuple(sorted(settings.items()))).get_date_data(text)
    if data.date_obj is None or data.period != "day":
        return None
    return data.date_obj.date()


@lru_cache(maxsize=4)
def _date_parser(settings: tuple[tuple[str, object], ...]):
    from dateparser.date import DateDataParser  # slow to import: only for a written-out day

    return DateDataParser(languages=["en"], settings=dict(settings))


#: Month names and the abbreviations dateparser reads ("Nov.", "Sept."), lower-cased.
_MONTH_WORDS = {**_MONTHS, **{name[:3]: n for name, n in _MONTHS.items()}, "sept": 9}
_PLAIN_DAY = re.compile(
    r"(?P<m1>[a-z]+)\.? (?P<d1>\d{1,2})(?:st|nd|rd|th)? ?,? (?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)? (?P<m2>[a-z]+)\.?,? (?P<y2>\d{4})"
    r"|(?P<m3>[a-z]+)\.?,? (?P<y3>\d{4})"
)


def _plain_day(text: str) -> dt.date | bool | None:
    """The day of a plain written-out date with its year: ``False`` for a month and a year
    (no day: what dateparser says too), ``None`` for any other text (dateparser's to read)."""
    m = _PLAIN_DAY.fullmatch(text.strip().lower())
    if m is None:
        return None
    month = _MONTH_WORDS.get(m["m1"] or m["m2"] or m["m3"])
    if month is None:
        return None
    if m["m3"]:
        return False
    try:
        return dt.date(int(m["y1"] or m["y2"]), month, int(m["d1"] or m["d2"]))
    except ValueError:
        return None  # "Feb. 30, 2021": dateparser's to judge

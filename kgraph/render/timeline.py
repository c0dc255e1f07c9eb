"""Statement time for the page's time bar: one date per statement, binned into periods.

A statement's date is its resolved time expression (ISO 8601 ``YYYY``, ``YYYY-MM`` or
``YYYY-MM-DD``), else the publication date of its document, else none. The periods are
days, months or years, whichever keeps the span readable, and run without gaps from the
first date to the last, so the slider is linear in time.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
MAX_DAYS = 92  # a span up to this many days is binned by day
MAX_MONTHS = 240  # then by month up to this many months, else by year
_EARLIEST, _LATEST = 1000, 2999  # years outside are treated as no date


@dataclass(frozen=True)
class Timeline:
    """Periods of the statements' dates: ``unit`` (day, month or year), their ``labels``,
    the number of statements in each (``counts``), each statement's period index or
    ``None`` (``index``) and how many statements have no date (``undated``)."""

    unit: str
    labels: tuple[str, ...]
    counts: tuple[int, ...]
    index: tuple[int | None, ...]
    undated: int

    def to_json(self) -> dict[str, object]:
        return {"unit": self.unit, "labels": list(self.labels), "counts": list(self.counts), "undated": self.undated}


def parse_time(value: str | None) -> dt.date | None:
    """The first day of an ISO 8601 date, month or year (``"2024-07"`` -> 1 July 2024).

    ``None`` for anything else (a week, a season, an out-of-range year). Raises nothing.
    """
    match = _ISO.fullmatch(value.strip()) if value else None
    if not match:
        return None
    year, month, day = int(match.group(1)), int(match.group(2) or 1), int(match.group(3) or 1)
    if not _EARLIEST <= year <= _LATEST:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month(d: dt.date) -> int:
    return d.year * 12 + d.month - 1


def timeline(dates: Sequence[dt.date | None]) -> Timeline:
    """Bin ``dates`` (one per statement, ``None`` when it has none) into periods. Raises nothing."""
    known = [d for d in dates if d is not None]
    if not known:
        return Timeline("month", (), (), tuple(None for _ in dates), len(dates))
    first, last = min(known), max(known)
    if (last - first).days < MAX_DAYS:
        unit = "day"
        labels = tuple((first + dt.timedelta(days=k)).isoformat() for k in range((last - first).days + 1))

        def key(d: dt.date) -> int:
            return (d - first).days
    elif _month(last) - _month(first) < MAX_MONTHS:
        unit = "month"
        labels = tuple(f"{m // 12:04d}-{m % 12 + 1:02d}" for m in range(_month(first), _month(last) + 1))

        def key(d: dt.date) -> int:
            return _month(d) - _month(first)
    else:
        unit = "year"
        labels = tuple(f"{y:04d}" for y in range(first.year, last.year + 1))

        def key(d: dt.date) -> int:
            return d.year - first.year
    index = tuple(None if d is None else key(d) for d in dates)
    counts = [0] * len(labels)
    for k in index:
        if k is not None:
            counts[k] += 1
    return Timeline(unit, labels, tuple(counts), index, len(dates) - len(known))

"""Page furniture: datelines, credit lines, bylines, photo captions and related-link lines.

None of these states a fact of the story, so none may give an argument of a relation:
"BANGKOK, Thailand (AP) —" says where and by whom the story was filed (not that AP is
based in Bangkok), "(Jane Roe / AP)" who took a photo, "Also read: ..." points to another
story. :func:`masked` blanks them out (same length, so every character offset still
points into the document) before the text is parsed; :func:`dateline` reads a dateline's
places and credit for a caller that wants the filing place.

Lines are recognised by shape only (capitals, parentheses, dashes, leading words such as
"By" or "Also read"), never by an outlet's name; only a dateline closed by a bare colon
("New Delhi: ...") must also name a place the gazetteer knows, since "Putin: ..." has the
same shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kgraph.gazetteer import Gazetteer
from kgraph.types import EntityClass

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
    r"|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
#: A date of a month: "May 17", "Aug. 27", "6 July 2015" (no weekday alone).
_MONTH_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)"
#: A date as datelines write it: "Aug. 9", "Nov 5", "March 27", "Monday", "6 Jul 2015".
_DATE = rf"(?:{_WEEKDAY}|{_MONTH_DATE})"
#: The place a dateline opens with, in capitals: "KYIV", "NEW DELHI", "UNITED NATIONS".
_CAPS_PLACE = r"[A-Z][A-Z'’.\-]{2,}(?:[ ][A-Z][A-Z'’.\-]+){0,3}"
#: A further part after a comma or slash: a place ("Thailand", "D.C.", "TEHRAN") or a date.
_PART = rf"(?:{_DATE}|[A-Z][\w.'’\-]*(?:[ ][A-Z][\w.'’\-]*){{0,2}})"
#: A credit in parentheses: "(AP)", "(Reuters)", "(UrduPoint News / Sputnik - 08th May, 2021)".
_CREDIT = r"\(\s*(?P<credit>[^()\n]{1,80}?)\s*\)"
_DASH = r"(?:—|–|--|-|_)"

_DATELINE = re.compile(
    rf"""^(?P<places>{_CAPS_PLACE}(?:\s*[,/]\s*{_PART}){{0,3}})
         (?:\s*{_CREDIT})?
         (?: (?!(?<=[A-Z])-[A-Z]{{2}})   # not the hyphen of a name: "FORT ELM-RIDGE, Texas"
             \s*{_DASH}\s*            # "KYIV, Ukraine (Reuters) — ", "WASHINGTON - "
           | (?<=\))\s*(?=[A-Z"“])    # "KABUL (Agency - date) The ...", "KABUL (AP)The ..."
           | (?<=\))\s*$              # "BANGKOK, Thailand (AP)" on a line of its own
           | (?<=\d)\.\s+(?=[A-Z"“])  # "BAKU, Azerbaijan, March 27. Russia ..."
         )""",
    re.VERBOSE,
)
#: A place not written in capitals: "Sofia", "Saint-Gall", "Addis Ababa".
_TITLE_PLACE = r"[A-Z][\w'’.\-]*(?:[ ][A-Z][\w'’.\-]*){0,2}"
#: A dateline whose places are not in capitals, so a date, a credit and a dash must follow
#: them: "Sofia, February 15 (BTA) -- ", "Moscow April 25 TASS -- ", after an editor's tag
#: such as "(Text)".
_TITLED_DATELINE = re.compile(
    rf"""^(?:\(\s*[A-Z][a-z]+\s*\)\s*)?
         (?P<places>{_TITLE_PLACE}(?:\s*,\s*{_TITLE_PLACE}){{0,2}})(?:\s*\[{_TITLE_PLACE}\])?\s*,?\s*{_DATE}
         \s*(?:{_CREDIT}|(?P<bare>[A-Z][A-Z\-]{{1,11}})|/(?P<slashed>[A-Z][A-Za-z\-]{{1,11}})/)\s*(?:{_DASH}|:)\s*""",
    re.VERBOSE,
)
#: A dateline whose places are not in capitals and with no dash: a place the gazetteer
#: knows, a date of a month, perhaps a credit, then the story or the line's end:
#: "Baku, Azerbaijan, May 17" (a line of its own), "Seoul, June 19 (IANS) Russian ...",
#: "Baku, Aug 27 Azerbaijan's President ...".
_BARE_TITLED_DATELINE = re.compile(
    rf"""^(?P<places>{_TITLE_PLACE}(?:\s*,\s*{_TITLE_PLACE}){{0,2}})\s*,?\s*{_MONTH_DATE}
         (?:\s*{_CREDIT})?(?:\s+(?=[A-Z"“])|\s*$)""",
    re.VERBOSE,
)
#: A known place not in capitals with a credit and a dash, no date: "Beijing (Reuters) – ".
_TITLED_CREDIT_DATELINE = re.compile(rf"^(?P<places>{_TITLE_PLACE}(?:\s*,\s*{_TITLE_PLACE})?)\s*{_CREDIT}\s*{_DASH}\s*(?=[A-Z\"“])")
#: A dateline closed by a colon, as South Asian papers write it: "New Delhi: ",
#: "Kuala Lumpur, Malaysia: " (a story must follow, on the same line).
_COLON_DATELINE = re.compile(rf"^(?P<places>{_TITLE_PLACE}(?:\s*,\s*{_TITLE_PLACE})?):\s+(?=[A-Z\"“])")
#: A dateline on a line of its own, with no credit: "TBILISI, Georgia", "AIKEN, S.C.".
_DATELINE_ALONE = re.compile(rf"^(?P<places>{_CAPS_PLACE}(?:\s*[,/]\s*{_PART}){{1,3}})\s*$")
#: Words in capitals only, with no abbreviation's full stop: a headline, not a dateline.
_CAPITALS_ONLY = re.compile(r"^[A-Z\s,/'’\-]+$")
#: "Jan. 29 (UPI) -- ", "(Reuters) - ": a credit, perhaps dated, with no place.
_DATED_CREDIT = re.compile(rf"^(?:{_DATE}\s*)?{_CREDIT}\s*{_DASH}\s*")
#: A place part that is a date, not a place.
_DATE_PART = re.compile(rf"^{_DATE}$")

#: Agencies that picture credits name.
_PICTURE_AGENCIES = (
    r"AP|AP Photo|Associated Press|Reuters|AFP|AFP via Getty Images|Getty Images|Getty|EPA|EPA-EFE|Shutterstock|"
    r"Sputnik|TASS|Yonhap|KCNA|Xinhua|Anadolu|Anadolu Agency|ANI|PTI|Bloomberg|Wikimedia Commons|Alamy|NurPhoto|SOPA Images"
)

#: Whole lines that are furniture.
_FURNITURE_LINES = (
    # a caption or photo line ending in a photographer's credit: "... (Jane Roe / AP)"
    re.compile(r"\((?:[^()\n]*?\S\s*/\s*[^()\n]+|(?:AP |Reuters |AFP |File )?(?:[Pp]hoto|[Ii]mage|[Pp]icture|[Cc]redit)\b[^()\n]*)\)\s*$"),
    re.compile(r"^(?:Photo|Image|Picture|Caption|Credit|Photograph|Pictured|File photo|FILE PHOTO)\b\s*[:|-]"),
    # a picture credit line: "South Korea Defense Ministry via AP", "Jane Roe/Getty Images"
    re.compile(rf"^[^\n.!?]{{0,80}}(?:\svia\s|/\s?)(?:{_PICTURE_AGENCIES})\s*$"),
    # wire credits and copyright: "Reporting by X; Editing by Y", "(c) 2024 Reuters"
    re.compile(r"^\(?(?:Reporting|Writing|Editing|Additional reporting|Compiled|Produced) by\b"),
    re.compile(r"^(?:©|\(c\)|Copyright\b)"),
    # related links
    re.compile(r"^(?:Also [Rr]ead|ALSO READ|Read [Aa]lso|Read [Mm]ore|READ MORE|Read|READ|More|MORE|Related(?: coverage| stories)?|RELATED|See [Aa]lso|Recommended|Watch|WATCH|Listen|More on this)\b\s*[:|\-–—]"),
)
#: A byline: "By Jane Roe", "By Jane Roe and John Doe, Reuters" (may open the text).
_BYLINE = re.compile(r"^By\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}){0,3}\s*(?:[|,]\s*[^\n.]{0,40})?$")
#: A line of nothing but a credit and a date: "AFP , Monday 6 Jul 2015".
_CREDIT_DATE_LINE = re.compile(rf"^[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,3}}\s*[,|/-]\s*(?:{_WEEKDAY},?\s+)?{_DATE}$")


@dataclass(frozen=True)
class Dateline:
    """Character extents (in the text given) of a dateline, its places and its credit."""

    start: int
    end: int
    places: tuple[tuple[int, int], ...]  # innermost first: "BANGKOK", "Thailand"
    credit: tuple[int, int] | None  # "AP" in "(AP)"


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line's offset and text, its leading blanks skipped."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        lead = len(body) - len(body.lstrip())
        out.append((pos + lead, body.strip()))
        pos += len(line)
    return out


def _line_dateline(offset: int, line: str) -> Dateline | None:
    m = _DATELINE.match(line)
    if m is not None and _story_after(line[m.end() :]) and (m.end() < len(line) or m.group("credit")):
        credit = m.span("credit") if m.group("credit") else None
        return Dateline(offset, offset + m.end(), _places(offset, m), (offset + credit[0], offset + credit[1]) if credit else None)
    m = _TITLED_DATELINE.match(line)
    if m is not None and m.end() < len(line):
        credit = m.span(next(g for g in ("credit", "bare", "slashed") if m.group(g)))  # "/MOLDPRES/-" too
        return Dateline(offset, offset + m.end(), _places(offset, m), (offset + credit[0], offset + credit[1]))
    m = _TITLED_CREDIT_DATELINE.match(line)
    if m is not None and _known_place(m.group("places")):
        credit = m.span("credit")
        return Dateline(offset, offset + m.end(), _places(offset, m), (offset + credit[0], offset + credit[1]))
    m = _BARE_TITLED_DATELINE.match(line)
    if m is not None and _known_place(m.group("places")) and (m.end() == len(line) or _story_after(line[m.end() :])):
        credit = m.span("credit") if m.group("credit") else None
        return Dateline(offset, offset + m.end(), _places(offset, m), (offset + credit[0], offset + credit[1]) if credit else None)
    m = _COLON_DATELINE.match(line)
    if m is not None and _story_after(line[m.end() :]) and m.end() < len(line) and _known_place(m.group("places")):
        return Dateline(offset, offset + m.end(), _places(offset, m), None)
    m = _DATELINE_ALONE.match(line)
    if m is not None and not _CAPITALS_ONLY.match(m.group("places")):  # "RUSSIA, CHINA SIGN PACT" is a headline
        return Dateline(offset, offset + m.end(), _places(offset, m), None)
    m = _DATED_CREDIT.match(line)
    if m is not None and m.end() < len(line):
        return Dateline(offset, offset + m.end(), (), (offset + m.start("credit"), offset + m.end("credit")))
    return None


def _known_place(places: str) -> bool:
    """Whether the first of a dateline's places is a city, region or country of the gazetteer."""
    entry = Gazetteer.load().lookup(places.split(",")[0].strip())
    return entry is not None and entry.cls in (EntityClass.CITY, EntityClass.REGION, EntityClass.COUNTRY)


def _places(offset: int, m: re.Match[str]) -> tuple[tuple[int, int], ...]:
    """The extents of the places a dateline match names (its dates left out)."""
    places: list[tuple[int, int]] = []
    for part in re.finditer(r"[^,/]+", m.group("places")):
        word = part.group().strip()
        if word and not _DATE_PART.match(word):
            start = m.start("places") + part.start() + part.group().index(word)
            places.append((offset + start, offset + start + len(word)))
    return tuple(places)


def _story_after(rest: str) -> bool:
    """Whether what follows a dateline reads as a story (or nothing): not a line in
    capitals ("RUSSIA - UKRAINE TALKS RESUME" is a headline, not a dateline)."""
    return not rest or any(ch.islower() for ch in rest[:60])


def dateline(text: str) -> Dateline | None:
    """The first dateline of ``text`` (at the start of a line), or ``None``."""
    for offset, line in _lines(text):
        found = _line_dateline(offset, line)
        if found is not None:
            return found
    return None


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Character extents of the furniture in ``text``: datelines and whole furniture lines.
    A document's first line (its headline) is never taken for a caption or a link line."""
    out: list[tuple[int, int]] = []
    for n, (offset, line) in enumerate(_lines(text)):
        if not line:
            continue
        found = _line_dateline(offset, line)
        if found is not None:
            out.append((found.start, found.end))
        elif _BYLINE.match(line) or n > 0 and (any(p.search(line) for p in _FURNITURE_LINES) or _CREDIT_DATE_LINE.match(line)):
            out.append((offset, offset + len(line)))
    return out


def masked(text: str) -> str:
    """``text`` with its furniture blanked out (spaces, same length, line breaks kept)."""
    spans = furniture_spans(text)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)

"""Generate kgraph/data/office_holders.json: who held which state's highest offices, when.

Source: the CIA World Factbook (a public-domain work of the US Government), its field
"Government > Executive branch" ("chief of state: President Volodymyr ZELENSKYY (since 20
May 2019) head of government: Prime Minister Denys SHMYHAL (since 4 March 2020) ..."), in
every yearly edition from 2013 to 2025 as the public archive "CIA World Factbooks Archive
1990-2025" (github.com/MilkMp/CIA-World-Factbooks-Archive-1990-2025, MIT for its code; the
Factbook text itself is public domain) keeps them: ``data/fields/country_fields_<year>.sql.gz``
and ``data/reference_tables/{countries,master_countries}.csv``.

What is kept: for each sovereign state the gazetteer knows (by ISO alpha-2 code), each holder
of the head of state's and the head of government's office (not deputies, vice presidents,
heirs or notes), with the office's word ("president", "prime minister", "chancellor",
"monarch", "supreme leader", "chairman") and the dates in office: the start is the "since"
date of the first edition of an unbroken run of editions listing the holder (the edition's
date when none is given), the end the next holder's start in the first edition that no
longer lists them (that edition's date when no later start is given), none while the last
edition lists them. An edition's date is the latest "since" date it gives. The archive keeps
this field's headings only for the 2018-2020 editions, so runs go from 2017 to 2021; holders
whose whole tenure fell between two kept editions are missing (more of them from 2018 to
2020); so are foreign and defence ministers (the Factbook does not list them).

Usage: ``python scripts/make_office_holders.py --archive PATH [--commit REV] [--out PATH]``,
where PATH is a clone (or bare git directory) of the archive. The output is deterministic:
entries sorted, keys sorted, one entry per line.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import io
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kgraph.office_holders import FORMAT_VERSION, office_of  # noqa: E402

DEFAULT_OUT = ROOT / "kgraph" / "data" / "office_holders.json"
GAZETTEER = ROOT / "kgraph" / "data" / "gazetteer.json"
FIRST_YEAR, LAST_YEAR = 2013, 2025
ARCHIVE = "github.com/MilkMp/CIA-World-Factbooks-Archive-1990-2025"

_ROW = re.compile(r"^\s*\((\d+), (\d+), (\d+), N'Executive branch', N'(.*)'\)[,;]?\s*$")
_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"), 1)}  # fmt: skip
_SINCE = re.compile(r"\bsince\s+(?:(\d{1,2})\s+)?(?:([A-Za-z]+)\s+)?(\d{4})\b")
# Words of a title (or of the body it is of) that never open a holder's given names.
_TITLE_WORDS = frozenset("""
president prime minister premier chancellor federal king queen emperor emir amir sultan supreme leader chairman
chairperson chair pope transition transitional interim acting crown prince princess grand duke co-prince state affairs
commission council presidency presidium executive vice deputy first second heir apparent head government governor
general governor-general captain captains regent regents secretary sovereign ruler taoiseach of the and gnu national
revolutionary military commander confederation swiss pontifical governorate vatican city people's assembly
ministers co-vice
""".split())  # fmt: skip
# Ranks and honorifics written before a holder's name, which are no part of it.
_HONORIFICS = frozenset("col. gen. dr. lt. maj. brig. adm. archbishop cardinal sheikh field marshal general mr. mrs. ms.".split())
_CAPS = re.compile(r"^[A-Z][A-Z'\-]*[A-Z]$|^[IVX]+$")
# Lower-case words inside a name ("CORREIA e SILVA", "MUHAMMAD BIN SALMAN bin Abd").
_PARTICLES = frozenset("bin bint ibn al el de da do dos das e ul van von der den di du la le y".split())
_NICKNAME = re.compile(r'"[^"]*"')  # 'Ferdinand "BongBong" MARCOS, Jr.'
_SEGMENTS = re.compile(r"(chief of state|head of government):(.*?)(?=chief of state:|head of government:|\bcabinet:|\belections?[:/]|$)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", type=Path, required=True, help="clone or git directory of the archive")
    parser.add_argument("--commit", default="HEAD", help="the archive's revision to read")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    data = build(args.archive, args.commit)
    args.out.write_text(dump(data), encoding="utf-8")
    print(f"wrote {len(data['holders'])} office holders to {args.out}")
    return 0


def build(archive: Path, commit: str) -> dict:
    revision = subprocess.check_output(["git", "-C", str(archive), "rev-parse", commit], text=True).strip()
    states, state_words = _states(archive, revision)
    editions: dict[int, list[tuple[str, str, str, str, dt.date | None]]] = {}
    as_of: dict[int, dt.date] = {}
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        text = gzip.decompress(_read(archive, revision, f"data/fields/country_fields_{year}.sql.gz")).decode("utf-8")
        rows = []
        for line in text.splitlines():
            m = _ROW.match(line)
            if m is None or m.group(3) not in states:
                continue
            rows += [(states[m.group(3)], *h) for h in holders(m.group(4).replace("''", "'"), state_words)]
        if rows:  # the archive's 2018-2020 editions keep this field's headings only
            editions[year] = rows
            as_of[year] = max(since for *_, since in rows if since is not None)
    return {
        "generated_by": "scripts/make_office_holders.py",
        "source": {
            "name": "CIA World Factbook, Government > Executive branch, editions "
                    f"{FIRST_YEAR}-{LAST_YEAR} (public domain)",
            "archive": ARCHIVE, "commit": revision, "archive_license": "MIT (code); Factbook text public domain",
            "editions": {str(y): d.isoformat() for y, d in as_of.items()},  # each edition's date
        },
        "version": FORMAT_VERSION,
        "holders": _tenures(editions, as_of),
    }


def holders(field: str, state_words: frozenset[str] = frozenset()) -> list[tuple[str, str, str, dt.date | None]]:
    """(kind, office, name, since) of each holder the executive-branch field lists:
    ``kind`` "state" or "government"; the name as the Factbook writes it (surname in
    capitals); deputies, vice presidents, heirs and notes left out. ``state_words`` (lower
    case) are no given names, as a title's words are not ("President of the Islamic
    Republic of Afghanistan Hamid KARZAI")."""
    stop_words = _TITLE_WORDS | _HONORIFICS | state_words
    out = []
    for part, body in _SEGMENTS.findall(field.replace("|", " ")):
        kind = "state" if part == "chief of state" else "government"
        for clause in _clauses(body):
            if clause.strip().lower().startswith("note"):
                continue  # "note - ... re-elected KIM Yong Nam president of its Presidium"
            held = _holder(_NICKNAME.sub(" ", clause), stop_words)
            if held is not None:
                title, name, since = held
                out += [(kind, office, name, since) for office in office_of(title)]
    return out


def _clauses(body: str) -> list[str]:
    """``body`` split at semicolons outside parentheses."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(body):
        depth += (ch == "(") - (ch == ")")
        if ch == ";" and depth <= 0:
            out.append(body[start:i])
            start = i + 1
    return [*out, body[start:]]


def _holder(clause: str, stop_words: frozenset[str]) -> tuple[str, str, dt.date | None] | None:
    """(title, name, since) of one clause "Prime Minister Denys SHMYHAL (since 4 March
    2020)", or None when it names no one (no word in capitals) or is prose ("following
    the election, President X tasked ...")."""
    head, _, rest = clause.partition("(")
    words = head.replace(",", " , ").split()
    caps = [i for i, w in enumerate(words) if _caps(w)]
    if not caps or words[0][:1].islower():
        return None
    first = caps[0]
    start = first
    while start > 0 and first - start < 3 and words[start - 1][:1].isupper() and words[start - 1].lower() not in stop_words:
        start -= 1  # given names before the surname, not the title's or its state's words
    end = first + 1
    while end < len(words) and (words[end][:1].isupper() or words[end].lower() in _PARTICLES or words[end].startswith("al-")):
        end += 1  # "XI Jinping", "Jose Ulisses CORREIA e SILVA", "MUHAMMAD BIN SALMAN bin Abd al-Aziz Al Saud"
    title = " ".join(w for w in words[:start] if w.lower() not in _HONORIFICS)
    return title, " ".join(words[start:end]), _since(rest)


def _caps(word: str) -> bool:
    """A surname's word: in capitals, or with a part in capitals ("Hoseini-KHAMENEI")."""
    return any(len(part) > 1 and _CAPS.match(part) is not None for part in word.strip(".").split("-"))


def _since(text: str) -> dt.date | None:
    m = _SINCE.search(text)
    if m is None:
        return None
    day, month, year = m.groups()
    month_no = _MONTHS.get((month or "").lower())
    if month is not None and month_no is None:
        return None
    return dt.date(int(year), month_no or 1, int(day) if day and month_no else 1)


def _tenures(editions: dict[int, list], as_of: dict[int, dt.date]) -> list[dict]:
    """One entry per holder and unbroken run of editions listing them in one office."""
    years = sorted(editions)
    listed: dict[tuple[str, str, str, str], dict[int, tuple[str, dt.date | None]]] = {}
    for year in years:
        for state, kind, office, name, since in editions[year]:
            listed.setdefault((state, kind, office, _key(name)), {})[year] = (name, since)
    out = []
    for (state, kind, office, _), seen in listed.items():
        run: list[int] = []
        for year in years + [None]:
            if year is not None and year in seen:
                run.append(year)
                continue
            if run:
                name, since = seen[run[0]]
                start = since or as_of[run[0]]
                end = None
                if year is not None:
                    later = [s for st, k, o, n, s in editions[year] if (st, k, o) == (state, kind, office) and s and s > start]
                    end = min(later) if later else as_of[year]
                out.append({"state": state, "kind": kind, "office": office, "name": name,
                            "start": start.isoformat(), "end": end.isoformat() if end else None})  # fmt: skip
                run = []
    return sorted(out, key=lambda e: (e["state"], e["kind"], e["office"], e["start"], e["name"]))


def _key(name: str) -> str:
    return " ".join(name.lower().split())


def _states(archive: Path, revision: str) -> tuple[dict[str, str], frozenset[str]]:
    """The archive's country ids of sovereign states -> the gazetteer's label; the words
    of the gazetteer's country names (lower case)."""
    raw = json.loads(GAZETTEER.read_text(encoding="utf-8"))
    countries = [e for e in raw["entries"] if e.get("class") == "Country"]
    by_iso2 = {e["iso2"]: e["label"] for e in countries if e.get("iso2")}
    words = frozenset(w.lower() for e in countries for n in [e["label"], *e.get("aliases", [])] for w in n.split())
    masters = {r["MasterCountryID"]: r for r in _csv(archive, revision, "data/reference_tables/master_countries.csv")}
    out = {}
    for row in _csv(archive, revision, "data/reference_tables/countries.csv"):
        master = masters.get(row["MasterCountryID"])
        if master is not None and master["EntityType"] == "sovereign" and master["ISOAlpha2"] in by_iso2:
            out[row["CountryID"]] = by_iso2[master["ISOAlpha2"]]
    return out, words


def _csv(archive: Path, revision: str, path: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(_read(archive, revision, path).decode("utf-8"))))


def _read(archive: Path, revision: str, path: str) -> bytes:
    return subprocess.check_output(["git", "-C", str(archive), "show", f"{revision}:{path}"])


def dump(data: dict) -> str:
    head = {k: v for k, v in data.items() if k != "holders"}
    lines = [json.dumps(e, sort_keys=True, ensure_ascii=False) for e in data["holders"]]
    text = json.dumps(head, sort_keys=True, ensure_ascii=False)[:-1]
    return text + ', "holders": [\n' + ",\n".join(lines) + "\n]}\n"


if __name__ == "__main__":
    raise SystemExit(main())

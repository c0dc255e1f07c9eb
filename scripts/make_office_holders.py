"""Generate kgraph/data/office_holders.json: who held which state's highest offices, when.

Source: the CIA World Factbook (a public-domain work of the US Government), its field
"Government > Executive branch" ("chief of state: President Volodymyr ZELENSKYY (since 20
May 2019) head of government: Prime Minister Denys SHMYHAL (since 4 March 2020) ..."), read
in two public copies (both git repositories; their HEAD is read and its commit recorded):

- "CIA World Factbooks Archive 1990-2025" (github.com/MilkMp/CIA-World-Factbooks-Archive-1990-2025,
  MIT for its code): the yearly editions 2013-2025, ``data/fields/country_fields_<year>.sql.gz``
  with ``data/reference_tables/{countries,master_countries}.csv`` (the Factbook's country
  codes and ISO codes); its 2018-2020 editions keep this field's headings only;
- "factbook.json" (github.com/factbook/factbook.json, CC0-1.0): the Factbook as JSON, one
  commit for each update since 2014, weekly from late 2020; the last commit of each month
  is read.

What is kept: for each sovereign state the gazetteer knows (by ISO alpha-2 code), each holder
of the head of state's and the head of government's office, and of their seconds' as the
Factbook lists them (irregularly: vice presidents and deputy prime ministers; not heirs, not
notes), with the office's word ("president", "prime minister", "chancellor", "monarch",
"supreme leader", "chairman", "vice president", "deputy prime minister"), whose office it is ("state", "government" or "state
and government") and the dates in office: the start is the "since"
date of the first edition of an unbroken run of editions listing the holder (the edition's
date when none is given), the end the next holder's start in the first edition that no
longer lists them (that edition's date when no later start is given), none while the last
edition lists them. A yearly edition's date is the latest "since" date it gives, a monthly
one's its commit's. Editions are sparse from March 2017 to November 2020: holders whose whole
tenure fell between two editions read are missing, and an end in that gap may come late.
Foreign and defence ministers are not kept (the Factbook does not list them).

Usage: ``python scripts/make_office_holders.py --archive PATH --factbook-json PATH [--out PATH]``.
The output is deterministic for given commits: entries sorted, keys sorted, one entry per line.
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
FACTBOOK_JSON = "github.com/factbook/factbook.json"

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
    parser.add_argument("--archive", type=Path, required=True, help="clone or git directory of the yearly archive")
    parser.add_argument("--factbook-json", type=Path, required=True, help="clone or git directory of factbook.json")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    data = build(args.archive, args.factbook_json)
    args.out.write_text(dump(data), encoding="utf-8")
    print(f"wrote {len(data['holders'])} office holders to {args.out}")
    return 0


Row = tuple[str, str, str, str, "dt.date | None"]  # state, kind, office, name, since


def build(archive: Path, factbook_json: Path) -> dict:
    revisions = {path: _git(path, "rev-parse", "HEAD").strip() for path in (archive, factbook_json)}
    by_code, by_id, state_words = _states(archive)
    editions: dict[dt.date, list[Row]] = {}
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        text = gzip.decompress(_read(archive, f"data/fields/country_fields_{year}.sql.gz")).decode("utf-8")
        rows = []
        for line in text.splitlines():
            m = _ROW.match(line)
            if m is not None and m.group(3) in by_id:
                rows += [(by_id[m.group(3)], *h) for h in holders(m.group(4).replace("''", "'"), state_words)]
        if rows:  # the archive's 2018-2020 editions keep this field's headings only
            editions.setdefault(max(since for *_, since in rows if since is not None), []).extend(rows)
    for day, rows in _snapshots(factbook_json, by_code, state_words):
        editions.setdefault(day, []).extend(rows)
    return {
        "generated_by": "scripts/make_office_holders.py",
        "source": {
            "name": "CIA World Factbook (public domain), Government > Executive branch",
            "archive": {"repository": ARCHIVE, "commit": revisions[archive], "license": "MIT (code)",
                        "editions": f"yearly, {FIRST_YEAR}-{LAST_YEAR}"},
            "factbook_json": {"repository": FACTBOOK_JSON, "commit": revisions[factbook_json], "license": "CC0-1.0",
                              "editions": "the last commit of each month"},
            "dates": [d.isoformat() for d in sorted(editions)],  # each edition read, by its date
        },
        "version": FORMAT_VERSION,
        "holders": _tenures(editions),
    }


def _snapshots(repo: Path, by_code: dict[str, str], state_words: frozenset[str]) -> list[tuple[dt.date, list[Row]]]:
    """(commit date, rows) of the last commit of each month that changed a country's file."""
    last: dict[str, tuple[str, str]] = {}
    for line in _git(repo, "log", "--format=%H %cs", "--", "*/*.json").splitlines():
        commit, day = line.split()
        last.setdefault(day[:7], (commit, day))  # newest first: the month's last commit
    out = []
    for commit, day in sorted(last.values(), key=lambda c: c[1]):
        names = [n for n in _git(repo, "ls-tree", "-r", "--name-only", commit).splitlines()
                 if n.endswith(".json") and Path(n).stem.upper() in by_code]  # fmt: skip
        rows = []
        for name, blob in zip(names, _blobs(repo, [f"{commit}:{n}" for n in names])):
            branch = json.loads(blob).get("Government", {}).get("Executive branch", {})
            field = " ".join(f"{part}: {branch[part].get('text', '')}" for part in ("chief of state", "head of government")
                             if isinstance(branch.get(part), dict))  # fmt: skip
            rows += [(by_code[Path(name).stem.upper()], *h) for h in holders(field, state_words)]
        if rows:
            out.append((dt.date.fromisoformat(day), rows))
    return out


def _blobs(repo: Path, objects: list[str]) -> list[bytes]:
    """The contents of ``objects`` ("commit:path"), read in one git process."""
    done = subprocess.run(["git", "-C", str(repo), "cat-file", "--batch"], input="\n".join(objects).encode() + b"\n",
                          capture_output=True, check=True).stdout  # fmt: skip
    out, at = [], 0
    for _ in objects:
        header_end = done.index(b"\n", at)
        size = int(done[at:header_end].split()[2])
        out.append(done[header_end + 1 : header_end + 1 + size])
        at = header_end + 1 + size + 1
    return out


def holders(field: str, state_words: frozenset[str] = frozenset()) -> list[tuple[str, str, str, dt.date | None]]:
    """(kind, office, name, since) of each holder the executive-branch field lists:
    ``kind`` "state" or "government"; the name as the Factbook writes it (surname in
    capitals); heirs and notes left out. ``state_words`` (lower
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


def _tenures(editions: dict[dt.date, list[Row]]) -> list[dict]:
    """One entry per holder and unbroken run of editions listing them in one office."""
    dates = sorted(editions)
    listed: dict[tuple[str, str, str, str], dict[dt.date, tuple[str, dt.date | None]]] = {}
    for day in dates:
        for state, kind, office, name, since in editions[day]:
            listed.setdefault((state, kind, office, _key(name)), {}).setdefault(day, (name, since))
    out = []
    for (state, kind, office, _), seen in listed.items():
        run: list[dt.date] = []
        for day in [*dates, None]:
            if day is not None and day in seen:
                run.append(day)
                continue
            if run:
                name, since = seen[run[0]]
                start = since or run[0]
                end = None
                if day is not None:
                    later = [s for st, k, o, n, s in editions[day] if (st, k, o) == (state, kind, office) and s and s > start]
                    end = min(later) if later else day
                out.append({"state": state, "kind": kind, "office": office, "name": name,
                            "start": start.isoformat(), "end": end.isoformat() if end else None})  # fmt: skip
                run = []
    merged: dict[tuple, set[str]] = {}  # a president who is both chief of state and head of government: one entry
    for e in out:
        merged.setdefault((e["state"], e["office"], e["name"], e["start"], e["end"]), set()).add(e["kind"])
    out = [{"state": st, "office": o, "name": n, "start": b, "end": e, "kind": " and ".join(sorted(kinds, reverse=True))}
           for (st, o, n, b, e), kinds in merged.items()]  # fmt: skip
    return sorted(out, key=lambda e: (e["state"], e["kind"], e["office"], e["start"], e["name"]))


def _key(name: str) -> str:
    return " ".join(name.lower().split())


def _states(archive: Path) -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """The gazetteer's label of each sovereign state by the Factbook's code ("UP") and by
    the archive's country id; the words of the gazetteer's country names (lower case)."""
    raw = json.loads(GAZETTEER.read_text(encoding="utf-8"))
    countries = [e for e in raw["entries"] if e.get("class") == "Country"]
    by_iso2 = {e["iso2"]: e["label"] for e in countries if e.get("iso2")}
    words = frozenset(w.lower() for e in countries for n in [e["label"], *e.get("aliases", [])] for w in n.split())
    masters = {r["MasterCountryID"]: r for r in _csv(archive, "data/reference_tables/master_countries.csv")
               if r["EntityType"] == "sovereign" and r["ISOAlpha2"] in by_iso2}  # fmt: skip
    by_code = {m["CanonicalCode"].upper(): by_iso2[m["ISOAlpha2"]] for m in masters.values()}
    by_id = {r["CountryID"]: by_iso2[masters[r["MasterCountryID"]]["ISOAlpha2"]]
             for r in _csv(archive, "data/reference_tables/countries.csv") if r["MasterCountryID"] in masters}  # fmt: skip
    return by_code, by_id, words


def _csv(repo: Path, path: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(_read(repo, path).decode("utf-8"))))


def _read(repo: Path, path: str) -> bytes:
    return subprocess.check_output(["git", "-C", str(repo), "show", f"HEAD:{path}"])


def _git(repo: Path, *args: str) -> str:
    return subprocess.check_output(["git", "-C", str(repo), *args], text=True)


def dump(data: dict) -> str:
    head = {k: v for k, v in data.items() if k != "holders"}
    lines = [json.dumps(e, sort_keys=True, ensure_ascii=False) for e in data["holders"]]
    text = json.dumps(head, sort_keys=True, ensure_ascii=False)[:-1]
    return text + ', "holders": [\n' + ",\n".join(lines) + "\n]}\n"


if __name__ == "__main__":
    raise SystemExit(main())

"""Names of states and places from the CIA World Factbook, for make_gazetteer.py.

Source: The World Factbook (Central Intelligence Agency), as the factbook/factbook.json
project publishes it (https://github.com/factbook/factbook.json, commit 8662a8b1 of
2026-05-17; the Factbook is a work of the US Government, in the public domain; the
repository's conversion is CC0 1.0). ``scripts/data/factbook-names.json`` keeps, verbatim,
the few fields read here from each of its 260 entries: the country name's forms, the
nationality noun and adjective, the administrative divisions and the dependency status.
``python scripts/make_gazetteer.py --factbook DIR`` rewrites it from a checkout.

What the gazetteer takes from it:
- the nationality adjectives and nouns of each state as demonyms ("Philippine", "Saudi",
  "Emirati"), where pycountry and countryinfo give others;
- the names a state's first-level divisions go by in English ("Crimea" for ISO's "Krym",
  "Tibet" for "Xizang", "Tigray" for "Tigrai"), added to the region ISO 3166-2 lists;
- territories that are no state and no ISO subdivision ("Gaza Strip", "West Bank",
  "Western Sahara", "Hong Kong"), as regions.
"""

from __future__ import annotations

import difflib
import functools
import html
import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from gazetteer_names import GENERIC_REGION, aliases, is_latin, places_gazetteer
from gazetteer_orgs import creed_or_demonym, is_common
from kgraph.gazetteer import Gazetteer, normalize_name
from kgraph.types import EntityClass

ROOT = Path(__file__).resolve().parent.parent
FACTBOOK_FILE = ROOT / "scripts" / "data" / "factbook-names.json"
FACTBOOK_VERSION = "factbook.json 8662a8b1 (2026-05-17)"
#: Factbook entries that are no place a news story happens in: the world, the oceans, the EU.
_NOT_PLACES = {"xx", "xo", "xq", "zh", "zn", "oo", "ee", "ay"}
#: A division's name whose words are each this close to those of an ISO subdivision's of the
#: same state is that subdivision's ("Tigray" and "Tigrai").
_SAME_NAME = 0.8
_SAME_WHOLE = 0.85


def extract(checkout: Path) -> dict:
    """The fields :mod:`gazetteer_places` reads, from a checkout of factbook.json."""
    out = {}
    for path in sorted(checkout.glob("*/*.json")):
        if path.parent.name in ("meta",):
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        gov, people = data.get("Government") or {}, data.get("People and Society") or {}
        if not isinstance(gov, dict) or "Country name" not in gov:
            continue
        out[path.stem] = {
            "name": {k: _text(v) for k, v in gov["Country name"].items() if k != "etymology"},
            "nationality": {k: _text(v) for k, v in (people.get("Nationality") or {}).items()},
            "divisions": _text(gov.get("Administrative divisions")),
            "dependency": _text(gov.get("Dependency status")),
        }
    return out


def _text(value: object) -> str:
    return str(value.get("text", "")) if isinstance(value, dict) else str(value or "")


def load() -> dict:
    """The extract kept in the repository."""
    return json.loads(FACTBOOK_FILE.read_text(encoding="utf-8"))


def dump(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0) + "\n"


# -- the entries ----------------------------------------------------------------------


def factbook_entries(entries: list[dict], cities: dict[str, list[dict]]) -> list[dict]:
    """The World Factbook's names (see :mod:`gazetteer_places`): its nationality words added
    to the states' demonyms, its divisions' names to the regions' aliases; returns the
    territories it adds as regions."""
    places = places_gazetteer(entries)
    factbook = load()
    countries = {e["label"]: e for e in entries if e["class"] == "Country"}
    for item in factbook.values():
        state = state_of(item, places)
        if state is not None:
            entry = countries[state]
            entry["demonyms"] = sorted(set(entry["demonyms"]) | set(demonyms(item, places)))
    towns = {
        state: {normalize_name(n) for c in towns_of for n in (c["name"], *c["alternatenames"]) if is_latin(n)}
        for state, towns_of in cities.items()
    }
    regions = [e for e in entries if e["class"] == "Region"]
    merge_divisions(regions, factbook, places, towns, lambda n: _generic_place_name(n, places))
    for region in regions:
        region["aliases"] = aliases(region["label"], region["aliases"])
    return territories(factbook, places)


#: A single word of at least this Zipf frequency is a word of running text, not a division's
#: name ("Southern", "Capital"), though a dictionary lists it in lower case ("tibet", a cloth).
PLACE_WORD_ZIPF = 4.0


def _generic_place_name(name: str, places: Gazetteer) -> bool:
    """A direction or a common word ("Southern", "Capital", "Coastal"), a creed's word or a
    demonym ("Jewish"): no division's name alone."""
    if GENERIC_REGION.match(name) or creed_or_demonym(name, places):
        return True
    return " " not in name and is_common(name, zipf=PLACE_WORD_ZIPF)


# -- states -----------------------------------------------------------------------------


def state_of(item: dict, places: Gazetteer) -> str | None:
    """The label of the state a Factbook entry is, by its short, long or abbreviated name."""
    for key in ("conventional short form", "conventional long form", "abbreviation"):
        for name in _alternatives(item["name"].get(key, "")):
            entry = places.lookup(name)
            if entry is not None and entry.cls is EntityClass.COUNTRY:
                return entry.label
    return None


def demonyms(item: dict, places: Gazetteer) -> list[str]:
    """A state's nationality adjectives ("Saudi or Saudi Arabian") and the plurals of its
    nationality nouns ("Saudi(s)": Saudis); a noun's singular names one person, often a given
    name too ("Finn", "Dane"), and is kept only when it is an adjective as well. No place's
    name ("Taiwan")."""
    adjectives = _nationality_words(item["nationality"].get("adjective", ""), places)
    nouns = _nationality_words(item["nationality"].get("noun", ""), places)
    out = [w for w, _ in adjectives] + [w + "s" if plural else w for w, plural in nouns]
    out += [w for w, plural in nouns if plural and w in out]
    return list(dict.fromkeys(out))


def _nationality_words(raw: str, places: Gazetteer) -> list[tuple[str, bool]]:
    """The words of a nationality field, each with whether the Factbook gives its plural
    with "(s)"; "(singular and plural)" and other notes dropped."""
    raw = re.sub(r"\((?:singular|collective|plural|and|[ ,])+\)", "", raw)
    out = []
    for part in re.split(r",|;|/|\bor\b|\band\b", raw):
        part = part.strip()
        word = re.sub(r"\s*\(.*?\)", "", part).strip()
        if _name_like(word) and places.lookup(word) is None:
            out.append((word, part.endswith("(s)")))
    return out


def _name_like(text: str) -> bool:
    return bool(text) and text[0].isupper() and text.lower() != "none" and all(c.isalpha() or c in " -'" for c in text)


def _alternatives(text: str) -> list[str]:
    """ "Gaza, Gaza Strip" -> both; "none" -> none."""
    return [p.strip() for p in re.split(r",|\bor\b", text or "") if p.strip() and p.strip().lower() != "none"]


# -- divisions --------------------------------------------------------------------------


def divisions(text: str) -> list[tuple[list[str], list[str], bool]]:
    """A state's first-level divisions as the Factbook lists them, each as (its names, the
    names in round brackets that are no language's, whether it is written "X or Y"). Items
    are split by semicolons where the list has them, else by commas; an item's names are its
    variants ("Catalunya (Catalan)", "X, also known as Y", "Berne/Bern", "X or Y") and its
    English name in square brackets ("[Catalonia]"). A bracketed name may be the division's
    English name ("Xizang (Tibet)") or its seat ("Volyn (Lutsk)"): the caller decides."""
    text = html.unescape(re.sub(r"<br\s*/?>", "\n", text or ""))
    sections = re.split(r"<strong>[^<]*:\s*</strong>", text)
    if len(sections) == 1:  # "24 provinces (...; ...); Cherkasy, Chernihiv, ..."
        head = _outside_brackets(text).find(";")
        sections = [text[head + 1 :]] if head >= 0 else []
    else:
        sections = sections[1:]
    out = []
    for section in sections:
        section = re.sub(r"<[^>]+>", "", section)
        section = re.split(r"\bnote\b\s*[-:\u2013]", section)[0]  # "note - the breakaway region of ..."
        items = [p for p in _split_outside(section, ";") if p.strip()]
        if len(items) < 3:  # "A, B, C; (see note)", "A, B; and 1 federal territory ..."
            items = [_split_outside(p, ";")[0] for p in _split_outside(section, ",")]
        for item in items:
            item = item.replace("*", "").strip(" .\n")
            english = [e.strip() for e in re.findall(r"\[([^\]]+)\]", item)]  # "[Catalonia]", "[Tampere]" (a seat)
            item = re.sub(r"\s*\[[^\]]*\]", "", item)
            names, bracketed = [], []
            for variant in _split_outside(re.sub(r"\s(?:or|also known as)\s|/", ",", item), ","):
                bracketed += [b.strip() for b in re.findall(r"\(([^)]*)\)", variant) if not _language(b)]
                names.append(re.sub(r"\s*\([^)]*\)", "", variant).strip())
            names = [n for n in names if _name_like(n) and len(n) < 60]
            if names:
                out.append((names, [b for b in bracketed + english if _name_like(b)], " or " in item))
    return out


def _split_outside(text: str, sep: str) -> list[str]:
    """``text`` split at each ``sep`` outside round brackets ("Lefkosia (Nicosia; ...)" is one)."""
    blank = _outside_brackets(text)
    cuts = [i for i, c in enumerate(blank) if c == sep]
    return [text[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(text)])]


def _outside_brackets(text: str) -> str:
    """``text`` with what round brackets hold blanked out (same length)."""
    out, depth = [], 0
    for c in text:
        depth += c == "("
        out.append(c if depth == 0 else " ")
        depth -= c == ")" and depth > 0
    return "".join(out)


@functools.lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    """Names of languages (ISO 639, pycountry), as the Factbook tags a variant: "(Catalan)"."""
    import pycountry

    return frozenset(p.strip().casefold() for lang in pycountry.languages for p in re.split(r"[;,]", lang.name))


def _language(note: str) -> bool:
    """ "Catalan", "Dutch long form", "French short form", "Arabic": a variant's language."""
    words = re.sub(r"\b(?:long|short) form\b", "", note).strip().casefold()
    return all(w.strip() in _languages() for w in re.split(r"\band\b|,", words)) or bool(re.search(r"\b(?:long|short) form\b", note))


def merge_divisions(
    regions: list[dict], factbook: dict, places: Gazetteer, towns: dict[str, set[str]], generic: Callable[[str], bool]
) -> int:
    """Add to ``regions`` (ISO subdivision entries) the names the Factbook gives their
    states' divisions: each division is matched to one subdivision of its state by a shared
    name, else by a spelling this close (:data:`_SAME_NAME`). A bracketed name that is a town
    of the state (``towns``: name keys by state label) is the division's seat ("Volyn
    (Lutsk)") and is not added, nor is a name ``generic`` calls a word of running text
    ("Southern", "Capital") or one the gazetteer knows as another place ("Red Sea"). The Factbook's name of an "X or Y" division whose Y the
    subdivision has becomes its label ("Crimea or Avtonomna Respublika Krym": Crimea).
    Returns the number of names added."""
    by_state: dict[str, list[tuple[set[str], dict]]] = {}
    for region in regions:  # matched by the names ISO gives, not by those added here
        by_state.setdefault(region["country"], []).append(({normalize_name(n) for n in (region["label"], *region["aliases"])}, region))
    added = 0
    for item in factbook.values():
        state = state_of(item, places)
        if state is None:
            continue
        listed = divisions(item["divisions"])
        seen = Counter(normalize_name(b) for _, bracketed, _ in listed for b in bracketed)
        for names, bracketed, two in listed:
            # a bracketed name of two divisions is a language's or a shared seat's ("(Castilian)")
            names += [b for b in bracketed if seen[normalize_name(b)] == 1 and normalize_name(b) not in towns.get(state, set())]
            names = [n for n in names if not generic(n)]  # "Southern", "Capital", "Jewish": no name
            region = _matching(names, by_state.get(state, [])) if names else None
            if region is None:
                continue
            known = {normalize_name(n) for n in (region["label"], *region["aliases"])}
            if two and normalize_name(names[0]) not in known and normalize_name(names[1]) in known:
                region["aliases"].append(region["label"])
                region["label"] = names[0]
                known.add(normalize_name(names[0]))
            for name in names:
                if normalize_name(name) not in known and not places.candidates(name):  # no other place's ("Red Sea")
                    region["aliases"].append(name)
                    known.add(normalize_name(name))
                    added += 1
    return added


def _matching(names: list[str], regions: list[tuple[set[str], dict]]) -> dict | None:
    """The one region that has one of ``names``, else the one whose label is the first name
    spelt otherwise (:func:`_spelt_otherwise`)."""
    keys = {normalize_name(n) for n in names}
    for region_keys, region in regions:
        if keys & region_keys:
            return region
    close = [r for _, r in regions if _spelt_otherwise(names[0], r["label"])]
    return close[0] if len(close) == 1 else None


def _spelt_otherwise(a: str, b: str) -> bool:
    """ "Tigray" and "Tigrai", "Binshangul Gumuz" and "Benshangul-Gumaz", "Mondolkiri" and
    "Mondol Kiri": as many words, each with its first letter and this much alike
    (:data:`_SAME_NAME`), or the whole names more alike still; not "West Kordofan" and "South
    Kordofan", nor "Naftalan" and "Neftcala"."""
    ka, kb = normalize_name(a), normalize_name(b)
    if difflib.SequenceMatcher(None, ka, kb).ratio() >= _SAME_WHOLE:
        return True
    wa, wb = ka.split(" "), kb.split(" ")
    return len(wa) == len(wb) and all(
        x[:1] == y[:1] and difflib.SequenceMatcher(None, x, y).ratio() >= _SAME_NAME for x, y in zip(wa, wb)
    )


# -- territories ------------------------------------------------------------------------


def territories(factbook: dict, places: Gazetteer) -> list[dict]:
    """Region entries of the Factbook's places that are no state the gazetteer knows and no
    place it knows by their first name ("Gaza Strip", "West Bank", "Western Sahara", "Hong
    Kong"), without the names it knows as other places ("Gaza", the city), in the state
    their dependency status names when it names exactly one."""
    out = []
    for code, item in sorted(factbook.items()):
        if code in _NOT_PLACES or state_of(item, places) is not None:
            continue
        short = _alternatives(html.unescape(item["name"].get("conventional short form", "")))
        if len(short) > 2:
            continue  # a group of places ("Baker Island, Howland Island, ...")
        others = _alternatives(item["name"].get("conventional long form", "")) + _alternatives(item["name"].get("abbreviation", ""))
        names = [re.sub(r"\s*\(.*?\)", "", n) for n in short + others]
        names = [n for n in dict.fromkeys(names) if _name_like(n) and len(n) > 3 and places.lookup(n) is None]  # "Gaza" is the city
        if not names or names[0] not in short:
            continue  # the gazetteer knows it ("Puerto Rico")
        states = _states_named(item["dependency"], places)
        out.append(
            {
                "id": f"region:factbook-{code}",
                "label": names[0],
                "class": "Region",
                "wikidata": None,
                "aliases": names[1:],
                "country": states[0] if len(states) == 1 else None,
            }
        )
    return out


def _states_named(text: str, places: Gazetteer) -> list[str]:
    """The states a text names ("overseas territory of the UK": United Kingdom)."""
    found = set()
    for entry in places.entries:
        if entry.cls is EntityClass.COUNTRY and any(
            re.search(rf"\b{re.escape(n)}\b", text) for n in (entry.label, *entry.aliases) if len(n) >= 2
        ):
            found.add(entry.label)
    return sorted(found)

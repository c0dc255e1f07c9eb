"""Organisation entries of kgraph/data/gazetteer.json taken from data sets (for make_gazetteer.py).

Sources:
- Armed non-state groups: the UCDP Actor Dataset, version 22.1 (Uppsala Conflict Data
  Program, https://ucdp.uu.se/downloads/, licence CC BY 4.0), kept as it was published in
  ``scripts/data/ucdp-actor-221.csv``. Every actor UCDP codes a rebel group (``Org`` 1; 2 are
  "supporters of" a party, 3 ethnic groups and clans, 4 governments), with its names: the
  short name UCDP writes, the original and English full names, and the names it took later.
  Actors that share their short name (the ELN of Bolivia, Colombia and Peru) are one entry.
- Defence companies: the Defense News Top 100 of 2021 (the 100 largest defence companies by
  their fiscal 2020 defence revenue, with the country of each), as the Kaggle data set "Top
  Defense Manufacturers" tabulates it (copied from the repository apoemforego/MilitaryPowerAsia,
  commit ebffe5c2, into ``scripts/data/defense-news-top100-2021.csv``; the copy states no
  licence: only the companies' names and countries, facts, are read). Each company is an
  organisation with its country; a corporate suffix ("Corporation", "Inc.") gives a shorter name.
- ``kgraph/data/armed_groups.json`` (curated): the spelling news writes where UCDP's differs
  ("Taliban", "Houthis"), and groups UCDP 22.1 does not list (no rebel group in a state-based
  conflict by 2021: the Wagner Group, the Rapid Support Forces). A UCDP actor that shares a
  name with a curated entry is merged into it, under the curated label.

Every name passes :func:`usable_name`, general criteria of what can stand for one
organisation in running text (no English word alone, no generic phrase, no place's name,
no name two organisations share).
"""

from __future__ import annotations

import csv
import functools
import json
import re
from pathlib import Path

from gazetteer_names import aliases, is_latin
from kgraph.gazetteer import GazEntry, Gazetteer, abbreviation_key, clean_quotes, fold, normalize_name
from kgraph.nlp.lexicon import load_lexicon
from kgraph.resolve import STATE_HEADS, demonym_state
from kgraph.types import EntityClass

ROOT = Path(__file__).resolve().parent.parent
UCDP_FILE = ROOT / "scripts" / "data" / "ucdp-actor-221.csv"
UCDP_VERSION = "22.1"
COMPANIES_FILE = ROOT / "scripts" / "data" / "defense-news-top100-2021.csv"
COMPANIES_VERSION = "Defense News Top 100 (2021 list, fiscal 2020)"
CURATED_FILES = (ROOT / "kgraph" / "data" / "organizations.json", ROOT / "kgraph" / "data" / "armed_groups.json")

#: UCDP's ``Org`` code of a rebel group (codebook 22.1).
_REBEL_GROUP = "1"
#: Names that describe a side rather than name a group ("Forces of X", "Military faction
#: (...)", "Supporters of X", "TTP - Tariq Afridi faction").
_DESCRIPTION = re.compile(
    r"^(?:forces|supporters|opponents|followers|government|military faction)\b|\bfaction\b|\s-\s|\bn/a\b",
    re.IGNORECASE,
)
#: Words that carry no meaning of their own in a name (English and the transliterations
#: UCDP's names use).
_FUNCTION_WORDS = frozenset(
    "of the and for in on to a an al el ul ud ad as ash at az ar de del du des la le les wa wal y e i".split()
)
#: A name of this many content words or more is specific even when each word is common
#: ("National Liberation Army"); fewer common words are a phrase ("Islamic Party", "The Base").
_SPECIFIC_WORDS = 3


@functools.lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """English common words: the lower-case entries of Webster's Second International
    (the ``web2`` list of the ``english-words`` package; proper nouns there are capitalised,
    so "army" and "front" are in it, "Hamas" and "Rheinmetall" are not)."""
    from english_words import get_english_words_set

    return frozenset(w for w in get_english_words_set(["web2"], lower=False) if w.islower())


def is_abbreviation(name: str) -> bool:
    """An all-capital short form ("ELN", "M23", "SPLM-N")."""
    compact = re.sub(r"[.\-/ ]", "", name)
    return compact.isupper() and len(compact) <= 8 and " " not in name.strip()


def is_common(word: str, *, rare: bool = False, zipf: float | None = None) -> bool:
    """An English common word, or the plural of one ("forces", "insurgents"): a lower-case
    entry of Webster's Second that is also frequent in today's English (wordfreq's Zipf
    frequency at least :data:`COMMON_ZIPF`), so that rare dictionary words ("ansar") and names
    stay names; with ``rare``, any lower-case entry of the dictionary; ``zipf`` sets another
    frequency."""
    from lemminflect import getLemma
    from wordfreq import zipf_frequency

    low = word.lower()
    forms = {low, *getLemma(low, upos="NOUN")}
    least = COMMON_ZIPF if zipf is None else zipf
    return any(f in common_words() and (rare or zipf_frequency(f, "en") >= least) for f in forms)


#: Zipf frequency (log10 of occurrences per billion words) of a common word: once in a million words.
COMMON_ZIPF = 3.0


def generic_word(word: str, places: Gazetteer) -> bool:
    """A common word, one of the lexicon's words of industries and bodies ("Aerospace",
    "Corporation", "Group"), a creed's ("Islamic", "Maoist") or a demonym ("Kurdish"): no
    name alone."""
    lex, low = load_lexicon(), word.lower()
    if low in lex.industry_words or low in lex.organization_nouns or low in lex.producer_nouns:
        return True
    return is_common(word) or creed_or_demonym(word, places)


def creed_or_demonym(word: str, places: Gazetteer) -> bool:
    """A creed's word (the lexicon's ``creed_words``: "Jewish", "Maoist") or a demonym."""
    return word.lower() in load_lexicon().creed_words or places.demonym(word) is not None


def usable_name(name: str, places: Gazetteer) -> bool:
    """Whether ``name`` can stand for one organisation in running text: Latin letters; no
    description of a side ("Forces of X", "Palestinian insurgents"); no name of a place,
    demonym or state the gazetteer ``places`` knows ("Tibet", "Republic of Abkhazia",
    "Chadian Armed Forces"); not an English common word alone nor a phrase of fewer than
    three common, creed or demonym words ("Islamic Party", "Kurdish Front", "The Base"); an abbreviation of three characters or
    more that is no English word ("ELN", "M23" yes; "IS", "ALP" no)."""
    if not name or _DESCRIPTION.search(name) or not is_latin(name):
        return False
    if _state_or_place(name, places):
        return False
    if is_abbreviation(name):
        compact = re.sub(r"[^A-Za-z0-9]", "", name)
        return len(compact) >= 3 and not is_common(compact)
    words = re.findall(r"[A-Za-z]+", re.sub(r"['’]s\b", "", name))
    if words and words[-1].islower() and len(words) > 1 and words[-1].endswith("s") and is_common(words[-1]):
        return False  # "Hutu rebels", "Croatian irregulars": a description of people
    content = [w for w in words if w.lower() not in _FUNCTION_WORDS]
    if not content:
        return False
    if len(content) == 1 and (is_common(content[0], rare=True) or generic_word(content[0], places)):
        return False  # a word of the dictionary alone, however rare ("Maidan", "Royalists"), or "Aerospace"
    if all(generic_word(w, places) for w in content):
        return len(content) >= _SPECIFIC_WORDS
    return len(re.sub(r"[^A-Za-z]", "", name)) >= 3


def _state_or_place(name: str, places: Gazetteer) -> bool:
    """A place's or a demonym's name, a state's ("Republic of Abkhazia", "State of Oman",
    "Puntland State of Somalia", "Islamic State of Iraq") or a state's armed forces
    ("Chadian Armed Forces", "Armed Forces of Liberia")."""
    if places.lookup(name) is not None or places.demonym(name) is not None or demonym_state(name, places) is not None:
        return True
    if _state_name(name, places, _STATE_WORDS):
        return True
    m = re.match(r"^(.+?) of (.+)$", name)
    country = _country(m.group(2), places) if m else None
    return bool(m and country is not None and any(demonym_state(f"{d} {m.group(1)}", places) is not None for d in country.demonyms[:1]))


def _state_name(name: str, places: Gazetteer, heads: frozenset[str] = STATE_HEADS) -> bool:
    """A name headed by a state's noun ("Republic of Abkhazia", "Dniestr Republic", "State of
    Oman"); not one that ends in a state's name ("... of the Central African Republic")."""
    words = normalize_name(name).split(" ")
    country_end = any(_country(" ".join(words[n:]), places) for n in range(1, len(words)))
    if words[0] in heads or words[-1] in heads and not country_end:
        return True
    return re.search(r"\b(?:state|republic) of\b", name, re.IGNORECASE) is not None


def _country(name: str, places: Gazetteer) -> GazEntry | None:
    entry = places.lookup(name)
    return entry if entry is not None and entry.cls is EntityClass.COUNTRY else None


#: Words that make a name a state's ("Republic of X", "Kingdom of Y").
_STATE_WORDS = frozenset(STATE_HEADS | {"state"})


def name_key(name: str) -> str:
    """The key two names are one by, as the gazetteer matches them: a short abbreviation's
    letters as written ("JEM" is not "JeM"), any other name's look-up key ("NATO", "Nato")."""
    key = abbreviation_key(name) if is_abbreviation(name) else None
    return key if key is not None and len(key) < 4 else normalize_name(name)


def clean_name(raw: str) -> str:
    """Straight quotes, no bracketed note, single spaces."""
    name = re.sub(r"\s*\([^)]*\)", "", clean_quotes(raw or ""))
    name = re.sub(r"^[Tt]he\s+", "", " ".join(name.split()).strip(" ,;'\""))
    return name.strip(" ,;'\"")


def _split(field: str) -> list[str]:
    """UCDP's list of successive names ("TQJBR, ISI, ISIS, IS")."""
    return [p for p in (field or "").split(", ") if p.strip()]


# -- armed groups ----------------------------------------------------------------------------


def ucdp_groups(places: Gazetteer) -> list[dict]:
    """The rebel groups of the UCDP actor list as curated-file entries (label, acronyms,
    aliases), their names filtered by :func:`usable_name`; a name two groups share is
    dropped from both, a group left without a name is dropped."""
    with UCDP_FILE.open(encoding="utf-8-sig") as fh:
        rows = [r for r in csv.DictReader(fh) if r["Org"] == _REBEL_GROUP and r["Version"] == UCDP_VERSION]
    groups: dict[tuple[str, str], dict] = {}  # actors one by their short and English names: the ELN of three states
    for row in rows:
        short = clean_name(row["NameData"])
        english = clean_name(_split(row["NewNameFullEng"])[-1] if row["NewNameFullEng"] else row["NameOrigFullEng"])
        if not short or _DESCRIPTION.search(short):
            continue  # a faction or the forces of one man: a side, not an organisation
        whole = english or short
        if _state_name(whole, places) or (places.lookup(whole) is not None and not is_abbreviation(whole)):
            continue  # a state, however recognised ("Republic of Abkhazia"), or a place's side ("Tibet")
        key = (normalize_name(short), normalize_name(english))
        group = groups.setdefault(key, {"short": short, "ids": [], "original": [], "english": []})
        group["ids"].append(int(row["ActorId"]))
        renamed = _split(row["NewName"])
        former = [row["NameOrig"], *renamed[:-1]] if renamed else []  # "TQJBR, ISI, ISIS, IS": IS now
        group["original"] += [row["NameData"], row["NameOrigFull"], *renamed[-1:], *_split(row["NewNameFullMotherTongue"])]
        group["original"] += [n for n in [row["NameOrig"], *former] if not is_abbreviation(clean_name(n))]  # a former
        # abbreviation is another body's in today's news more often than the group's ("ISI")
        group["english"] += [row["NameOrigFullEng"], *_split(row["NewNameFullEng"])]
    for group in groups.values():
        names = [clean_name(n) for n in group["original"] + group["english"]]
        group["names"] = list(dict.fromkeys(n for n in names if usable_name(n, places)))
    owners: dict[str, set[tuple[str, str]]] = {}
    for gkey, group in groups.items():
        for name in group["names"]:
            owners.setdefault(name_key(name), set()).add(gkey)
    out = []
    for gkey, group in sorted(groups.items(), key=lambda kv: min(kv[1]["ids"])):
        names = [n for n in group["names"] if len(owners[name_key(n)]) == 1]
        if all(is_abbreviation(n) for n in names):
            continue  # an abbreviation alone says too little ("PLA", "NLA")
        label = _label(group, names)
        out.append(
            {
                "label": label,
                "acronyms": sorted(n for n in names if is_abbreviation(n) and n != label),
                "aliases": sorted(n for n in names if not is_abbreviation(n) and n != label),
                "wikidata": None,
                "ucdp": sorted(group["ids"]),
            }
        )
    return out


def _label(group: dict, names: list[str]) -> str:
    """The short name UCDP writes unless it is an abbreviation ("Hamas", "Ansar Dine"); else
    the English full name ("PKK" -> "Kurdistan Worker's Party"), else the first name left."""
    short = clean_name(group["short"])
    if short in names and not is_abbreviation(short):
        return short
    for raw in reversed(group["english"]):  # the latest English name first
        name = clean_name(raw)
        if name in names and not is_abbreviation(name):
            return name
    return next((n for n in names if not is_abbreviation(n)), names[0])


# -- the entries ----------------------------------------------------------------------


def organization_entries(places: Gazetteer) -> list[dict]:
    """The organisations' entries: the curated international organisations, the armed groups
    (the curated ones merged with the UCDP actor list's) and the defence companies with their
    country; a company's name that an organisation before it has is dropped."""
    international = curated(CURATED_FILES[0])
    reserved = {name_key(n) for o in international for n in _names(o)}
    groups = merge_groups(curated(CURATED_FILES[1]), ucdp_groups(places), reserved)
    taken = reserved | {name_key(n) for g in groups for n in _names(g)}
    companies = []
    for company in defence_companies(places):
        names = [n for n in _names(company) if name_key(n) not in taken]
        if names:
            taken.update(name_key(n) for n in names)
            companies.append(dict(company, label=names[0], aliases=names[1:]))
    out = []
    for org in international + groups + companies:
        entry = {
            "id": "org:" + re.sub(r"[^a-z0-9]+", "-", fold(org["label"]).lower()).strip("-"),
            "label": org["label"],
            "class": "Organization",
            "wikidata": org.get("wikidata"),
            "aliases": aliases(org["label"], org.get("acronyms", []) + org.get("aliases", [])),
        }
        entry.update({k: org[k] for k in ("ucdp", "country") if org.get(k)})
        out.append(entry)
    return out


# -- defence companies ---------------------------------------------------------------------

#: A corporate suffix the short name of a company drops ("Oshkosh Corporation", "Moog Inc.").
_CORPORATE = re.compile(r",?\s+(?:Corporation|Corp\.?|Incorporated|Inc\.?|Company|Limited|Ltd\.?|plc|Holdings|Gruppen)$")


def defence_companies(places: Gazetteer) -> list[dict]:
    """The companies of the defence-industry list as entries (label, aliases, country): the
    name without the list's footnote numbers ("Lockheed Martin 1 2"), and without its
    corporate suffix, each name filtered by :func:`usable_name` ("Naval Group", "Aerospace
    Corporation", "Mitre" are words of running text); the country where the list names one
    state the gazetteer knows ("Netherlands/France" names two)."""
    with COMPANIES_FILE.open(encoding="utf-8", errors="replace") as fh:
        rows = [{k.strip(): (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]
    out = []
    for row in rows:
        name = re.sub(r"(?:\s+\d+)+$", "", row["company"]).strip(" *")
        names = [n for n in dict.fromkeys([name, _CORPORATE.sub("", name)]) if usable_name(n, places)]
        if not names:
            continue
        country = places.lookup(row["country"])
        out.append(
            {
                "label": names[0],
                "acronyms": [],
                "aliases": names[1:],
                "wikidata": None,
                "country": country.label if country is not None and country.cls is EntityClass.COUNTRY else None,
            }
        )
    return out


def curated(path: Path) -> list[dict]:
    """The entries of a curated organisations file."""
    return json.loads(path.read_text(encoding="utf-8"))["organizations"]


def merge_groups(curated_groups: list[dict], data_groups: list[dict], reserved: set[str]) -> list[dict]:
    """``curated_groups`` with each data set group that a curated entry names by its UCDP
    actor id (``"ucdp"``), or that shares a name with one, merged into
    it (the curated label and names first), then the data set's other groups; no data set
    name that is already another entry's or ``reserved`` (the keys of other organisations'
    names) is added, and a group left with abbreviations only is dropped."""
    out = [dict(c, acronyms=list(c.get("acronyms", [])), aliases=list(c.get("aliases", []))) for c in curated_groups]
    by_key: dict[str, dict | None] = dict.fromkeys(reserved)
    for entry in out:
        for name in _names(entry):
            by_key.setdefault(name_key(name), entry)
    by_id = {i: entry for entry in out for i in entry.get("ucdp", [])}
    for group in data_groups:
        target = next((by_id[i] for i in group["ucdp"] if i in by_id), None)  # "Taliban" is UCDP's "Taleban"
        target = target or next((by_key[k] for k in map(name_key, _names(group)) if by_key.get(k) is not None), None)
        if target is None:
            names = [n for n in _names(group) if name_key(n) not in by_key]
            if all(is_abbreviation(n) for n in names):
                continue
            label = group["label"] if group["label"] in names else next(n for n in names if not is_abbreviation(n))
            target = dict(group, label=label, acronyms=[], aliases=[])
            out.append(target)
        for key, name in ((name_key(n), n) for n in _names(group)):
            if key not in by_key:  # no other entry's name
                by_key[key] = target
                if name != target["label"]:
                    target["acronyms" if is_abbreviation(name) else "aliases"].append(name)
        target["ucdp"] = sorted(set(target.get("ucdp", [])) | set(group["ucdp"]))
    return out


def _names(entry: dict) -> list[str]:
    return [entry["label"], *entry.get("acronyms", []), *entry.get("aliases", [])]

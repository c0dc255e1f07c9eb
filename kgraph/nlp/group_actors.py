"""The state or organisation a group of people acts for, read from the group's name.

"European Union foreign ministers agreed to sanction X": the ministers act for the
European Union, which the ontology lets impose sanctions; "NATO allies" act each for
itself, not as the alliance. "Kenya's cabinet" and "the Malian government" act for
their state.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kgraph.gazetteer import GazEntry, Gazetteer
from kgraph.resolve import strip_determiner
from kgraph.types import EntityClass

#: Plural nouns naming an organisation's members, which act each for itself.
MEMBER_NOUNS = frozenset({"allies", "members", "partners", "states", "countries", "nations", "governments"})


def leading_name(text: str, gaz: Gazetteer) -> GazEntry | None:
    """The state or organisation a group's name opens with ("European Union foreign
    ministers" -> European Union), the longest such name first; ``None`` for a group
    of members ("NATO allies")."""
    words = strip_determiner(text).split()
    if words and words[-1].lower() in MEMBER_NOUNS:
        return None
    for n in range(min(4, len(words) - 1), 0, -1):
        entry = gaz.lookup(" ".join(words[:n]))
        if entry is not None and entry.cls in (EntityClass.COUNTRY, EntityClass.ORGANIZATION):
            return entry
    return None


def governing_state(span: Span, gaz: Gazetteer, home_nouns: frozenset[str]) -> GazEntry | None:
    """The state whose government a mention names by a home noun ("government",
    "cabinet", "authorities") and the state's name or demonym: "Kenya's cabinet", "the
    Malian government", "the government of Uganda"; ``None`` for any other mention."""
    root = span.root
    if root.lemma_.lower() not in home_nouns:
        return None
    owners = [c for c in root.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < root.i]
    owners += [p for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    for c in owners:  # "Kenya's cabinet", "the Malian government", "the government of Uganda"
        text = span.doc[c.left_edge.i : c.i + 1].text
        entry = gaz.lookup(text) or next(iter(gaz.demonym_prefix(text) or ()), None)
        if entry is not None and entry.cls is EntityClass.COUNTRY:
            return entry
    return None


def force_state(label: str, gaz: Gazetteer, force_nouns: frozenset[str]) -> GazEntry | None:
    """The state whose armed force a name names ("Israeli army", "Israel army", "Syrian
    air force" -> the state), which acts for it; ``None`` for any other name."""
    words = strip_determiner(label).split()
    if len(words) < 2 or words[-1].lower() not in force_nouns:
        return None
    owner = re.sub(r"['\u2019]s?$", "", " ".join(words[:-1]))  # "Sudan's army"
    entry = gaz.lookup(owner) or next(iter(gaz.demonym_prefix(owner) or ()), None)
    return entry if entry is not None and entry.cls is EntityClass.COUNTRY else None

"""One deployment, one node: the groups a document names in several ways for one fact.

An article says "North Korea will send troops", later "... send 100,000 volunteers" and
"the personnel will ...": a reader sees one deployment, where the extractor found three
group mentions and so three objects. Within one document, deployments by the same actor
of groups of the same kind (lexicon ``group_kinds``: military, engineers, labour, ...)
are one object, the first one named, unless they go to different recipients or
destinations. The merge is recorded on the entity as an alias (coreference).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kgraph.resolve import Resolver
from kgraph.types import EntityClass, MergeReason, Relation, Statement

_WORD = re.compile(r"[A-Za-z]+")


def group_kind(label: str, kinds: dict[str, str]) -> str | None:
    """The kind of group a label names ("Korean People's Army engineers" -> engineers),
    the kind listed first in the lexicon winning ("engineer unit" is engineers)."""
    order = {kind: n for n, kind in enumerate(dict.fromkeys(kinds.values()))}
    found = [kinds[w] for w in (_singular(m.group().lower()) for m in _WORD.finditer(label)) if w in kinds]
    return min(found, key=order.__getitem__) if found else None


def _singular(word: str) -> str:
    if word.endswith("men"):
        return word
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def merge_restated_groups(statements: list[Statement], kinds: dict[str, str], resolver: Resolver) -> list[Statement]:
    """``statements`` (of one document, in text order) with each restated deployment's
    object replaced by the first group of its kind the same actor deploys."""
    if not kinds:
        return statements
    first: dict[tuple[str, str], Statement] = {}
    out = []
    for st in statements:
        kind = group_kind(st.object.label, kinds) if st.relation == Relation.DEPLOYS and st.object.cls is EntityClass.GROUP else None
        if kind is not None:
            key = (st.subject.iri, kind)
            earlier = first.setdefault(key, st)
            if earlier is not st and earlier.object.iri != st.object.iri and _compatible(earlier, st):
                resolver.add_alias(earlier.object.iri, st.object.text, MergeReason.COREFERENCE)
                st = replace(st, object=replace(st.object, iri=earlier.object.iri, label=earlier.object.label))
        out.append(st)
    return out


def _compatible(a: Statement, b: Statement) -> bool:
    """Two deployments may be one unless they go to different recipients or places."""
    for x, y in ((a.recipient, b.recipient), (a.destination, b.destination)):
        if x is not None and y is not None and x.iri != y.iri:
            return False
    return True

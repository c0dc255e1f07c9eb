"""A title's statement takes the source its fact has in the body.

Titles drop sources ("Turkey donates equipment to Georgia" over "..., military officials
announced"): a fact the title tells without a source, and every telling of it in the body
attributes to one and the same source, is that source's claim in the title too. A fact
the body tells without a source as well, or from two sources, keeps the title's none.
"""

from __future__ import annotations

from dataclasses import replace

from kgraph.types import EntityRef, Statement


def title_sources(statements: list[Statement], title_end: int) -> list[Statement]:
    """``statements`` with each title statement (ending by ``title_end``) given the one
    source the body gives its fact, when the title gives none."""
    told: dict[tuple[str, str, str], list[EntityRef | None]] = {}
    for st in statements:
        if st.start >= title_end:
            told.setdefault((st.subject.iri, st.relation, st.object.iri), []).append(st.according_to)
    out = []
    for st in statements:
        sources = told.get((st.subject.iri, st.relation, st.object.iri), [])
        if st.end <= title_end and st.according_to is None and sources and None not in sources:
            if len({s.iri for s in sources if s is not None}) == 1:
                st = replace(st, according_to=sources[0])
        out.append(st)
    return out

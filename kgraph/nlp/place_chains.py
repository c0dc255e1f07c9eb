"""Places read off the words around them. Places joined by commas ("Aiken, S.C.",
"Donetsk, Ukraine", "Mohammadia, south-east Algeria"): each lies in the ones after it unless
the run is a list (:func:`place_chains`); "X in Y", whichever way the parser hung the "in"
(:func:`adjacent_in`); the place written after one comma, where what lies in the first lies
too (:func:`comma_outer`, "X in Aiken, S.C.", once in :mod:`kgraph.nlp.static_spans`).
Split from :mod:`kgraph.nlp.static_places` when the merges took it over 500 lines."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.relations import Candidate, Mentions, cls_of
from kgraph.nlp.static_spans import after_born_in, named_positions, place_at
from kgraph.types import EntityClass, Relation


def _place_run(sent: Span, mentions: Mentions) -> list[Span]:
    """Place mentions of the sentence in text order, one per token run."""
    out: list[Span] = []
    doc, end = sent.doc, sent.start
    for i in named_positions(sent, mentions):  # no place starts at a token neither a mention nor a named entity
        if i < end:
            continue
        span = place_at(doc[i], mentions)
        if span is not None and span.start >= i and span.end <= sent.end:
            out.append(span)
            end = span.end
    return out


def place_chains(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"Aiken, S.C.", "Azusa, Calif.", "Donetsk, Ukraine": each place of a chain joined by
    single commas lies in the ones after it, unless the chain is a list ("A, B and C")."""
    doc = sent.doc
    places = _place_run(sent, mentions)
    chains: list[list[Span]] = []
    for span in places:
        prev = chains[-1][-1] if chains else None
        glued = prev is not None and doc[prev.end].text == "," and (
            span.start == prev.end + 1 or compass_words(doc[prev.end + 1 : span.start])
        )  # "Mohammadia, south-east Algeria"
        if prev is not None and glued:
            chains[-1].append(span)
        else:
            chains.append([span])
    pairs = [c for c in chains if len(c) > 1]  # "Jackson, Wyo., and Gunnison, Colo.": a list of pairs
    pair_ends, pair_starts = {c[-1].end for c in pairs}, {c[0].start for c in pairs}
    for chain in chains:
        # "If A sends arms to Taiwan, China will ...": a place that is a clause's subject
        # starts a new clause, not a containing place
        for k, span in enumerate(chain[1:], 1):
            if span.root.dep_ in ("nsubj", "nsubjpass", "compound", "amod", "nmod", "poss") and span.root.head.i >= span.end:
                # ... or modifies a noun after it ("..., U.S. officials said")
                chain = chain[:k]
                break
        if len(chain) < 2:
            continue
        last = chain[-1]
        after = [t.lower_ for t in doc[last.end : min(last.end + 2, sent.end)]]
        before = doc[chain[0].start - 1].lower_ if chain[0].start > sent.start else ""
        listed_on = ("and" in after or "or" in after) and _listed_on(last, sent, mentions) and _next_name(last, sent) not in pair_starts
        if any(t.dep_ == "cc" for s in chain for t in s) or listed_on:
            continue  # "Colombia, Bolivia, Peru, and Venezuela": a list (not "in X, Y, and Z's army struck ...")
        paired = before in ("and", "or") and any(
            e < chain[0].start - 1 and all(t.text in (",", ".") for t in doc[e : chain[0].start - 1]) for e in pair_ends
        )  # the item before the "and" is a "Town, State" pair too
        if before in ("and", "or", "between") and not paired or len(chain) > 3 or after_born_in(chain[0]):
            continue
        if before == "in" and adjacent_in(last, sent, mentions) is not None:
            continue  # "A in B, C in D": items of a list, each with its own "in"
        if len(chain) > 2 and len({cls_of(s) for s in chain}) == 1:
            continue  # "the villages of A, B, C": three of a kind are a list, not a town in a town
        listed = before == "," and chain[0].start - 2 >= sent.start and doc[chain[0].start - 2].pos_ == "PROPN"
        if listed and after[:1] in ([","], ["and"], ["or"]):
            continue  # "Orion, Piedmont, Southwest, United and U.S. Air": inside a list of names
        for i, inner in enumerate(chain):
            for outer in chain[i + 1 :]:
                if cls_of(outer) is EntityClass.PLACE and cls_of(inner) is not EntityClass.PLACE:
                    continue  # "Paris, the Seine" is not containment
                yield Candidate(Relation.LOCATED_IN, inner, outer, doc[outer.start - 1], "static:place-comma", 0.7)


def _next_name(last: Span, sent: Span) -> int:
    """Where the next item starts after a chain of places and its ", and" (or "or")."""
    doc, i = sent.doc, last.end
    while i < sent.end and (doc[i].is_punct or doc[i].lower_ in ("and", "or", "the")):
        i += 1
    return i


def _listed_on(last: Span, sent: Span, mentions: Mentions) -> bool:
    """Whether the name after the "and" (or "or") that follows a chain of places goes on a
    list of names: not the subject, or its possessor, of another clause ("..., and
    Myanmar's junta deployed ...", "..., and Nairobi hosted ..."), nor a person (", the mayor
    of A, B, and C, an activist, ...": a list of places goes on with places)."""
    doc, i = sent.doc, _next_name(last, sent)
    nxt = mentions.at(doc[i]) if i < sent.end else None
    return nxt is None or nxt.root.dep_ not in ("poss", "nsubj") and cls_of(nxt) is not EntityClass.PERSON


COMPASS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
    "south-west", "northeastern", "northwestern", "southeastern", "southwestern", "nearby",
})  # fmt: skip


def compass_words(words: Span) -> bool:
    """"eastern", "south-east" (three tokens): a direction between two places."""
    return 0 < len(words) <= 3 and all(t.lower_ in COMPASS or t.text == "-" for t in words) and words[0].text != "-"


def adjacent_in(inner: Span, sent: Span, mentions: Mentions) -> Span | None:
    """Y in "X in Y" / "X, in Y" / "X in eastern Y" read off the words, wherever the
    parser hung the "in" (a town is rarely anything but located in the next place)."""
    doc, i = sent.doc, inner.end
    if i < sent.end and doc[i].text == ",":
        i += 1
    if i >= sent.end or doc[i].lower_ != "in":
        return None
    i += 1
    while i < sent.end and (doc[i].lower_ == "the" or doc[i].lower_ in COMPASS or doc[i].text == "-"):
        i += 1
    outer = place_at(doc[i], mentions) if i < sent.end else None
    return outer if outer is not None and outer.start == i else None


def comma_outer(place: Span, mentions: Mentions) -> Span | None:
    """The place a place name is written with after one comma ("Aiken, S.C.", "Kramatorsk,
    Donetsk region"): the second names where the first lies, so what is in the first is in
    it too. ``None`` unless a place starts right after the comma that heads no phrase of
    its own and goes on no list ("Aiken, Augusta and ...", "A in B, C in D")."""
    doc = place.doc
    if place.end + 1 >= len(doc) or doc[place.end].text != ",":
        return None
    outer = place_at(doc[place.end + 1], mentions)
    if outer is None or outer.start != place.end + 1 or cls_of(outer) is EntityClass.PLACE:
        return None  # nothing lies in a river or a square
    after = doc[outer.end : outer.end + 2]
    if len(after) and after[0].lower_ in ("and", "or", "in") or len(after) == 2 and after[0].text == "," and (
        after[1].lower_ in ("and", "or") or place_at(after[1], mentions)
    ):  # fmt: skip
        return None  # "in Paris, Lyon and Nice", "in Paris, Lyon, Nice", "in Paris, Lyon, and Nice": a list
    if outer.root.dep_ in ("poss", "nsubj", "nsubjpass", "compound", "amod") and outer.root.head.i >= outer.end:
        return None  # "in Kyiv, Ukraine's forces ...": the next name starts another phrase
    return outer

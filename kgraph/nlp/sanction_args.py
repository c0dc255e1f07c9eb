"""Who a sanction noun holds: whom the sanctions target ("sanctions targeting X", "US
sanctions target X") and who is put or kept under them ("X is under a travel ban",
"placed X under sanctions"), for :mod:`kgraph.nlp.nominals`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kgraph.nlp.candidates import ACTORS, Mentions, cls_of
from kgraph.nlp.event_args import counted_parties
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.syntax import conjuncts

#: Verbs that put someone under a measure, or keep them there ("X is under a ban",
#: "placed X under sanctions", "X remains on the blacklist").
_UNDER_VERBS = frozenset({"be", "remain", "stay", "place", "put", "keep", "add", "list", "fall", "come"})


def under_sanctions(noun: Token, mentions: Mentions, lex: Lexicon) -> tuple[Token, list[Span]]:
    """The clause and who it puts under a sanction noun: "X is under a travel ban", "X
    has been on the sanctions blacklist", "placed X under sanctions" (the object, else
    the subject)."""
    node = noun
    while node.dep_ == "compound" and node.head != node:  # "sanctions blacklist"
        node = node.head
    prep = node.head
    verb = prep.head
    while verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "conj") and verb.head != verb:
        verb = verb.head  # "put X and Y on its blacklist": the phrase hung on the last object
    if node.dep_ != "pobj" or prep.lower_ not in ("under", "on", "to") or verb.lemma_.lower() not in _UNDER_VERBS:
        return noun, []
    held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] or [c for c in verb.children if c.dep_ == "nsubj"]
    return verb, [s for h in held for t in conjuncts(h) if (s := _party(t, mentions, lex)) is not None and cls_of(s) in ACTORS | {None}]


#: Verbs that say whom a measure hits: "sanctions targeting X", "the embargo hits X".
_TARGETING = frozenset({"target", "hit", "affect", "cover", "apply"})


def targeted(noun: Token, mentions: Mentions, lex: Lexicon, targeting: frozenset[str] = _TARGETING) -> list[Span]:
    """Whom sanctions target: "sanctions targeting X", "US sanctions target X", "... target
    275 individuals"."""
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in targeting]
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in targeting:
        verbs.append(noun.head)
    parties = (_party(t, mentions, lex) for v in verbs for c in v.children if c.dep_ == "dobj" for t in conjuncts(c))
    return [s for s in parties if s is not None and cls_of(s) in ACTORS]


def _party(token: Token, mentions: Mentions, lex: Lexicon) -> Span | None:
    """The mention at ``token``, or the counted parties it names ("six entities")."""
    return mentions.at(token) or counted_parties(token, mentions, lex)


__all__ = ["targeted", "under_sanctions"]

"""Losses told as counts of people: "Ukraine lost 31,000 soldiers", "50 soldiers were
wounded", "put the death toll at 15,000". Each rule is a plain generator over one verb or
sentence yielding ``sufferedCasualties`` :class:`Candidate` records; who lost them is the
subject, the toll's owner, or left to the document's last casualty statement.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kgraph.nlp.candidates import ACTORS, Candidate, Mentions, cls_of
from kgraph.nlp.docmemo import with_lemmas
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.syntax import direct_objects, find_subject, is_passive, prep_objects
from kgraph.types import EntityClass, Relation


def counted_people(token: Token, mentions: Mentions, lex: Lexicon) -> Span | None:
    """``token`` as counted people: a group mention or a casualty noun with a number."""
    if not any(c.like_num for c in token.children):
        return None
    span = mentions.at(token)
    if span is not None and cls_of(span) is EntityClass.GROUP:
        return span
    if token.lemma_.lower() in lex.casualty_nouns:
        return token.doc[token.i : token.i + 1]
    return None


def verb_casualties(verb: Token, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"Ukraine lost 31,000 soldiers", "Russia suffered 5,000 casualties", "50 Israeli
    soldiers were wounded": a count of people lost, by whom (or whose) when named."""
    if is_passive(verb):
        if any(c.dep_ == "agent" for c in verb.children):
            return  # "wounded by X" names an attacker, not a loss
        for c in verb.children:
            group = counted_people(c, mentions, lex) if c.dep_ == "nsubjpass" else None
            if group is not None:
                yield Candidate(Relation.SUFFERED_CASUALTIES, group[0:0], group, verb, "verb:casualty:passive", 0.65)
        return
    if verb.lemma_.lower() in ("wound", "injure", "maim"):
        return  # "X wounded 50 soldiers": the victims' side is not named as such
    subj_tok, inherited = find_subject(verb)
    subject = mentions.at(subj_tok)
    if subject is None or cls_of(subject) not in ACTORS | {None}:
        return
    for tok in direct_objects(verb):
        counted = counted_people(tok, mentions, lex)
        if counted is not None:
            yield Candidate(Relation.SUFFERED_CASUALTIES, subject, counted, verb, "verb:casualty", 0.7 if inherited else 0.75)


def toll_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """"put the death toll at 15,000", "the toll rose to 300", "Gaza's death toll of 40,000":
    the figure of a toll noun; its victim is the toll's named owner, else left to the
    document's last casualty statement."""
    for noun in with_lemmas(sent, lex.toll_nouns):
        if noun.pos_ != "NOUN":
            continue
        heads = [noun]
        if noun.dep_ in ("dobj", "nsubj", "nsubjpass") and noun.head.i != noun.i:
            heads.append(noun.head)  # "put the toll at N", "the toll rose to N"
        figures = [t for h in heads for t in prep_objects(h, ("at", "to", "of")) if t.like_num]
        if noun.dep_ == "nsubj":
            figures += [c for c in noun.head.children if c.dep_ == "attr" and c.like_num]
        if not figures:
            continue
        owner = next(
            (m for c in noun.children if c.dep_ in ("poss", "compound", "nmod") and (m := mentions.at(c)) is not None
             and cls_of(m) in ACTORS - {EntityClass.PERSON}),
            None,
        )  # fmt: skip
        figure = figures[0]
        number = sent.doc[figure.i : figure.i + 1]
        giver = None
        if noun.dep_ == "dobj":  # "Western agencies put the toll at N": they give the figure
            giver = next((mentions.at(c) for c in noun.head.children if c.dep_ == "nsubj"), None)
        yield Candidate(
            Relation.SUFFERED_CASUALTIES, owner if owner is not None else number[0:0], number, noun, "noun:toll", 0.6,
            source=giver,
        )  # fmt: skip

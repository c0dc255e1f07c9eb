"""Designations as a terrorist organisation: a sanction by the designating state.

"The United States designated X (and Y) as foreign terrorist organisations", "Britain
declared X a terrorist group", "X was designated a terrorist group in February" (lexicon
``designating_verbs``, and ``terror_words`` for the label): the designating state sanctions
X. Without a label of terror the verb says nothing of the kind ("designated X as its envoy",
"declared the area a closed zone"). A passive designation that names no agent is the
document's last sanctioner's, as for any agentless sanction (found later).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kgraph.nlp.candidates import ACTORS, Candidate, Mentions, cls_of
from kgraph.nlp.docmemo import with_lemmas
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.verb_args import coordinated_agents, coordinated_actors
from kgraph.nlp.syntax import RELATIVE, conjuncts, find_subject, is_passive, prep_objects
from kgraph.types import Relation

#: Dependencies of a designation's label beside its designated object ("designated X a terrorist group").
_LABEL_DEPS = ("dobj", "oprd", "attr", "xcomp", "ccomp")


def designation_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """The designating state sanctions each actor it names a terrorist organisation."""
    for verb in with_lemmas(sent, lex.designating_verbs):
        if verb.pos_ != "VERB":
            continue
        labels = terror_labels(verb, lex)
        if not labels:
            continue
        passive = is_passive(verb)
        kept = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj") and c.i not in labels]
        kept += [s for c in verb.children if c.i in labels and c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
        named = [t for c in kept for t in conjuncts(c)]  # "declared X a terrorist group" (read as a clause: X its subject)
        if passive and any(t.lower_ in RELATIVE for t in named) and verb.dep_ == "relcl":
            named = conjuncts(verb.head)  # "X, which was designated a terrorist group"
        designated = [s for t in named if (s := mentions.at(t)) is not None and cls_of(s) in ACTORS]
        if not designated:
            continue
        agents = _designators(verb, labels, passive, mentions)
        for obj in dict.fromkeys(designated):
            for agent in agents or [None]:
                if agent is not None and agent == obj:
                    continue
                subject = agent if agent is not None else obj[0:0]  # None: the document's sanctioner, inferred later
                yield Candidate(Relation.SANCTIONS, subject, obj, verb, f"verb:designate{':passive' if passive else ''}", 0.65)


def terror_labels(verb: Token, lex: Lexicon) -> set[int]:
    """The token indices of ``verb``'s complements that label their object a terrorist
    body ("as a foreign terrorist organisation", "a terrorist group"); none if none does."""
    out: set[int] = set()
    objects = [t for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in conjuncts(c)]
    complements = [*prep_objects(verb, ("as",)), *(c for c in verb.children if c.dep_ in _LABEL_DEPS)]
    complements += [p for t in objects for p in prep_objects(t, ("as",))]  # "as ..." hung on the (last) object
    for comp in complements:
        words = [comp, *(c for c in comp.children if c.dep_ in ("amod", "compound", "nmod"))]
        if any(w.lemma_.lower() in lex.terror_words or w.lower_ in lex.terror_words for w in words):
            out.add(comp.i)
    return out


def _designators(verb: Token, labels: set[int], passive: bool, mentions: Mentions) -> list[Span]:
    """Who designates: the subject (and those coordinated with it), or a passive's agent
    (its "by" phrase may hang on the label: "listed as a terrorist group by X")."""
    if passive:
        by = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        by += [p for label in labels for p in prep_objects(verb.doc[label], ("by",))]
        return [s for p in by for s in coordinated_actors(p, mentions)]
    subj_tok, _ = find_subject(verb)
    subject = mentions.at(subj_tok)
    if subject is None or cls_of(subject) not in ACTORS:
        return []
    return coordinated_agents(subj_tok, subject, mentions)

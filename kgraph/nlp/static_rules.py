"""Relations stated by titles, appositions and place phrases, not by a verb.

"Russian President Vladimir Putin" (leaderOf, livesIn), "Jane Roe, a spokeswoman for
Acme" (worksFor), "Donetsk, Ukraine" (locatedIn), "the Paris-based company" (basedIn),
"John Doe, 50, of Springfield" (livesIn), "Smith, who assassinated Jones" (killed).
Every rule is a dependency shape over general word classes (titles from the lexicon,
a few closed word sets in the rule modules); none names an entity. The rules live in
:mod:`kgraph.nlp.static_people` and :mod:`kgraph.nlp.static_places`; span helpers in
:mod:`kgraph.nlp.static_spans`.

Span conventions: a demonym modifier the mention finder skipped ("Russian") becomes a
``Country`` span; a birthplace written "Town, State" after "born in" is one place.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from kgraph.nlp.docmemo import lemmas, lowers
from kgraph.nlp.lexicon import Lexicon
from kgraph.nlp.relations import Candidate, Mentions
from kgraph.nlp.static_members import MEMBERSHIP_NOUNS, MEMBER_WORDS, member_modifiers, memberships
from kgraph.nlp.static_kills import KILL_VERBS, KILLER_NOUNS, KILLING_NOUNS, kills
from kgraph.nlp.static_homes import EXILE_NOUNS, HOME_NOUNS, RESIDENCE_NOUNS, born_modifiers, exiles, homes, person_places
from kgraph.nlp.static_people import WORK_VERBS, titles, work_verbs
from kgraph.nlp.static_places import (
    LYING_VERBS, included, lying_places, org_places, parts, place_preps, possessed_orgs,
)
from kgraph.nlp.place_chains import place_chains
from kgraph.nlp.static_roles import (
    RULE_NOUNS, affiliations, body_titles, counterparts, demonym_titles, flat_titles, led_bodies, part_nouns,
    listed_officials, possessed_titles, ruled_states, seat_verbs, service_chiefs, state_bodies,
)
from kgraph.nlp.source_lines import outlet_places
from kgraph.nlp.static_spans import SEAT_PARTICIPLES, named

RULES = (
    titles, person_places, born_modifiers, homes, exiles, work_verbs, outlet_places, place_chains, place_preps, included,
    lying_places, parts, org_places, possessed_orgs, kills, flat_titles, demonym_titles, body_titles, ruled_states, part_nouns,
    possessed_titles, member_modifiers, seat_verbs, counterparts, led_bodies, state_bodies, listed_officials, service_chiefs,
    affiliations, memberships,
)

#: Rules that need one of these words (form or lemma) in the sentence; the others always run.
#: A sentence without them is skipped at the cost of one pass over its words.
NEEDS: dict[object, frozenset[str]] = {
    homes: HOME_NOUNS | RESIDENCE_NOUNS | {"native"},
    exiles: EXILE_NOUNS,
    born_modifiers: frozenset({"born"}),
    work_verbs: WORK_VERBS | {"live", "reside"},
    parts: frozenset({"part", "member"}),
    included: frozenset({"including"}),
    lying_places: LYING_VERBS,
    kills: KILL_VERBS | KILLER_NOUNS | KILLING_NOUNS,
    ruled_states: RULE_NOUNS,
    member_modifiers: MEMBERSHIP_NOUNS,
    seat_verbs: SEAT_PARTICIPLES,
    counterparts: frozenset({"counterpart"}),
    affiliations: frozenset({"affiliated"}),
    memberships: MEMBER_WORDS,
}


def static_candidates(sent: Span, mentions: Mentions, lex: Lexicon) -> Iterator[Candidate]:
    """Candidates of one sentence stated by titles, appositions and place phrases,
    each (relation, subject span, object span) once; never between overlapping spans."""
    seen: set[tuple[str, int, int, int, int]] = set()
    words = {*lemmas(sent.doc)[sent.start : sent.end], *lowers(sent.doc)[sent.start : sent.end]}
    for rule in RULES:
        if rule in NEEDS and words.isdisjoint(NEEDS[rule]):
            continue
        for cand in rule(sent, mentions, lex):
            s, o = cand.subject, cand.object
            if s.start < o.end and o.start < s.end:
                continue  # overlapping spans: one entity
            key = (str(cand.relation), s.start, s.end, o.start, o.end)
            if key not in seen:
                seen.add(key)
                yield cand


__all__ = ["static_candidates", "named", "RULES"]

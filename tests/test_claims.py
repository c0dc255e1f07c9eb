"""Claims, purposes and presuppositions (kgraph.nlp.claims), as tables of our own
sentences: each row a text and what one statement of it must (or must not) be, then the
clause shapes the module reads, one function at a time."""

from __future__ import annotations

import pytest

from kgraph.nlp import claims
from kgraph.nlp.lexicon import load_lexicon
from test_qualifiers import _find, _listing

pytestmark = pytest.mark.slow

A, P, L, N, H = "asserted", "planned", "alleged", "negated", "hypothetical"

# text, subject, relation, object, status, the source's label (None: none)
STATEMENTS = [
    # a denied claim is negated, by the denier; its subject pronoun is the claimant
    ("Chile denied Peru's claims that it had killed ten Chilean soldiers.", "Peru", "killed", "Chilean soldiers", N, "Chile"),
    ("Bolivia rejected reports that Chile had sent troops to Peru.", "Chile", "deploys", "troops", N, "Bolivia"),
    # a claim nobody denies is alleged, by the claimant or no one
    ("Peru's claim that it had attacked Chile was widely reported.", "Peru", "attacks", "Chile", L, "Peru"),
    ("Amid reports that Iran had sent drones to Sudan, Chile protested.", "Iran", "supplies", "drones", L, None),
    # a confirmed one is asserted, by who confirms it
    ("Bolivia confirmed reports that Chile had sent troops to Peru.", "Chile", "deploys", "troops", A, "Bolivia"),
    ("Reports that Chile had sent troops to Peru were confirmed by Bolivia.", "Chile", "deploys", "troops", A, "Bolivia"),
    # "claimed to have": the subject's own claim
    ("Hamas claimed to have killed 20 soldiers.", "Hamas", "killed", "soldiers", L, "Hamas"),
    # "is to buy": an arrangement for the future
    ("Poland is to buy 32 jets from the United States.", "United States", "supplies", "jets", P, None),
    # a clause of purpose is what is meant to happen
    ("Chile sent jets to Bolivia so that Bolivian troops could attack Peru.", "Bolivia", "attacks", "Peru", P, None),
    # a past clause of time is the writer's fact, whatever the clause it hangs on says
    ("The talks had been expected after the Chilean foreign minister travelled to China.", "Chile", "visits", "China", A, None),
    # a condition belongs to the nearer verb inside the clause, not the signing
    ("Chile and Peru signed a pact pledging support of each other if either country is attacked.", "Chile", "signs", "pact", A, None),
    # an unnamed speaker's affiliation speaks for it
    ("Chile has sent troops to Peru, according to an AFP correspondent.", "Chile", "deploys", "troops", A, "AFP"),
    # what runs into a reporting clause with no comma, or after "however", is not its report
    ("The talks had been expected after the Chilean foreign minister travelled to China and President Ana Soto said "
     "her government would start ties with Peru.", "Chile", "visits", "China", A, None),
    ("Chile was joined by Peru in sending troops to Bolivia, however both Chile and Peru said the mission would end in May.",
     "Peru", "deploys", "troops", A, None),
    # "X is said to": X is what is said of, not who says it
    ("The Chilean army was said to have attacked Lima.", "Chile", "attacks", "Peru", L, None),
    # an accusing participle: the accuser is the subject of the clause it hangs on, or the noun it describes
    ("Chile condemned the deployment, accusing Peru of supplying weapons to the rebels.", "Peru", "supplies", "weapons", L, "Chile"),
    ("Chile, accusing Peru of supplying weapons to the rebels, recalled its ambassador.", "Peru", "supplies", "weapons", L, "Chile"),
    # a negated negation leaves the act open; a confirmation withheld leaves the claim alleged
    ("Chile did not rule out sending troops to Peru.", "Chile", "deploys", "troops", H, None),
    ("Chile did not deny that it had sent troops to Peru.", "Chile", "deploys", "troops", H, "Chile"),
    ("Chile refused to confirm reports that it had sent troops to Peru.", "Chile", "deploys", "troops", L, None),
    # "has yet to": still to come; "unlikely": a hedged prediction
    ("Chile has yet to deliver the jets to Peru.", "Chile", "supplies", "jets", P, None),
    ("Chile is unlikely to send troops to Peru.", "Chile", "deploys", "troops", L, None),
    # "quoted X as saying": X speaks
    ("The Interfax news agency quoted Sergei Lavrov as saying that Chile had sent troops to Bolivia.",
     "Chile", "deploys", "troops", A, "Sergei Lavrov"),
    # "as reported by X" names the reporter
    ("Chile has sent troops to Peru, as reported by Reuters.", "Chile", "deploys", "troops", A, "Reuters"),
    # rules that must not fire: a report's own clause, a participle describing a report, a condition of the act itself
    ("Peru said that it had killed ten Chilean soldiers.", "Peru", "killed", "Chilean soldiers", A, "Peru"),
    ("Reports published on Monday said Iran sent drones to Sudan.", "Iran", "supplies", "drones", A, None),
    ("Chile will attack Peru if Bolivia sends troops.", "Chile", "attacks", "Peru", H, None),
    ("Chile denied claims that it had killed ten Peruvian soldiers.", "Chile", "killed", "Peruvian soldiers", N, "Chile"),
    ("Chile has sent troops to Peru, the Bolivian army said.", "Chile", "deploys", "troops", A, "Bolivia"),
    ("Chile ruled out sending troops to Peru.", "Chile", "deploys", "troops", N, None),
    ("Chile imposed sanctions on Peru.", "Chile", "sanctions", "Peru", A, None),
    ("Chile denied that it had sent troops to Peru.", "Chile", "deploys", "troops", N, "Chile"),
]


@pytest.mark.parametrize(
    ("text", "subject", "relation", "obj", "status", "source"), STATEMENTS, ids=[f"{r[0][:40]}|{r[1]}" for r in STATEMENTS]
)
def test_status_and_source(text, subject, relation, obj, status, source):
    found = _find(text, subject, relation, obj)
    assert found, f"no {subject} -{relation}-> {obj} in:\n{_listing(text)}"
    assert {str(s.status) for s in found} == {status}, _listing(text)
    assert {s.according_to.label if s.according_to else None for s in found} == {source}, _listing(text)


def _token(doc, word: str):
    return next(t for t in doc if t.text == word)


# text, a word of the content clause, the claim noun it belongs to (None: none)
CLAIM_NOUNS = [
    ("Chile denied Peru's claims that it had killed ten soldiers.", "killed", "claims"),
    ("Chile denied Peru's claims that it had killed ten soldiers.", "soldiers", "claims"),
    ("Peru rejected the claim of shelling Arica.", "shelling", "claim"),
    ("Reports published on Monday said Iran sent drones.", "published", None),
    ("Peru said it had killed ten soldiers.", "killed", None),
    ("The report on the attack was published.", "attack", None),
    # an event noun further in than the clause's own verb is presupposed, not claimed
    ("This fuelled speculation that Peru may buy jets to counter Chilean arms deliveries.", "deliveries", None),
    ("Peru denied claims that it had launched an attack on Chile.", "attack", "claims"),
]


@pytest.mark.parametrize(("text", "word", "noun"), CLAIM_NOUNS, ids=[f"{r[0][:30]}|{r[1]}" for r in CLAIM_NOUNS])
def test_claim_noun(nlp, text, word, noun):
    found = claims.claim_noun(_token(nlp(text), word), load_lexicon())
    assert (found.text if found is not None else None) == noun


# text, the advcl's verb, whether it is presupposed
PRESUPPOSED = [
    ("Talks were expected after the minister travelled to Lima.", "travelled", True),
    ("Peru will not sign because Chile has attacked Arica.", "attacked", True),
    ("Chile sends troops when the port reopens.", "reopens", False),
    ("Chile will send troops after the port reopens.", "reopens", False),
    ("Chile would attack if Peru sent troops.", "sent", False),
]


@pytest.mark.parametrize(("text", "word", "expected"), PRESUPPOSED, ids=[r[0][:40] for r in PRESUPPOSED])
def test_presupposed(nlp, text, word, expected):
    assert claims.presupposed(_token(nlp(text), word)) is expected

"""Who belongs to what (kgraph.nlp.static_roles and the title rules it shares), as a table
of our own sentences run through the whole of ``kgraph.extract.extract``.

Each shape has rows that must fire and rows that must not. Sentences are made up,
news-style; none is from the samples, the benchmark or the audit pool.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

from tests.factories import extracted_triples

pytestmark = pytest.mark.slow

DATE = dt.date(2024, 6, 25)

# (text, subject label, relation, object label): each must be stated.
MUST = [
    # a body named "of" a state or an organisation is part of it, inside the name or right after it
    ("The Council of the European Union met in Brussels on Monday.", "Council of the European Union", "partOf", "European Union"),
    ("The Armed Forces of Ukraine said the attack failed.", "Armed Forces of Ukraine", "partOf", "Ukraine"),
    ("The Ministry of Foreign Affairs of Chile protested on Friday.", "Ministry of Foreign Affairs", "partOf", "Chile"),
    # the opening word of a title the NER tagged a body leaves the demonym before it to the title
    ("Estonian Defence Minister Hanno Pevkur arrived in Riga on Monday.", "Hanno Pevkur", "worksFor", "Estonia"),
    # ... and a firm's name before a title stays a name
    ("Siemens spokesman Peter Krause said the plant would reopen.", "Peter Krause", "worksFor", "Siemens"),
    # a title held "with" a body is a member's; a faction's title leaves the state only the holder's country
    ("Gen. Tom Hardy, a commander with the Coast Guard, announced the decision.", "Tom Hardy", "worksFor", "Coast Guard"),
    ("Supporters of the jailed Russian opposition leader Ivan Sokolov marched in Riga.", "Ivan Sokolov", "livesIn", "Russia"),
    ("Maria Lopez, the head of Greenpeace, spoke at the rally.", "Maria Lopez", "leaderOf", "Greenpeace"),
    ("Russian President Ivan Sokolov arrived in Hanoi.", "Ivan Sokolov", "leaderOf", "Russia"),
    # a title "of" a body leads the body; the state before it is served
    ("Chile's head of the Navy, Juan Soto, resigned on Monday.", "Juan Soto", "worksFor", "Chile"),
    ("Chile's head of the Navy, Juan Soto, resigned on Monday.", "Juan Soto", "leaderOf", "Navy"),
    # "the ministry's spokesman X": the ministry named before
    ("Talks stalled\n\nChile's Foreign Ministry protested on Monday against the plan. The ministry's spokesman, "
     "Maria Lopez, said the claims were false.", "Maria Lopez", "worksFor", "Foreign Ministry"),
    # a body after "for" with its article is an employer
    ("Jonathan Miles, a spokesman for the army, declined to comment.", "Jonathan Miles", "worksFor", "army"),
    # a group has a leader too: a verb of the "lead" class with a group for its object
    ("Rebels led by Colonel Jean Mbala seized the town on Sunday.", "Jean Mbala", "leaderOf", "Rebels"),
    ("Jean Mbala commands about 3,000 fighters in the east.", "Jean Mbala", "leaderOf", "fighters"),
    # an armed group the gazetteer knows is an organisation, also where the NER left its name untagged
    ("Speaking in Sanaa, Houthi spokesman Ali Saleh said the missiles hit two ships.", "Ali Saleh", "worksFor", "Houthis"),
    ("The Houthi leader Ali Saleh said the missiles hit two ships.", "Ali Saleh", "leaderOf", "Houthis"),
    ("Hamas spokesman Ali Saleh said the talks had failed.", "Ali Saleh", "worksFor", "Hamas"),
    # people a plural title lists serve whom the title's modifier names
    ("The envoy met Saudi officials, including Foreign Minister Adel Rahman and Ali Saleh.", "Ali Saleh", "worksFor", "Saudi Arabia"),
    ("The strike killed several Hamas leaders, including Omar Khalil, on Friday.", "Omar Khalil", "worksFor", "Hamas"),
    # a body owned by a phrase that refers back to a state is part of that state
    ("Chile held elections in May. He said the country's foreign ministry is now open.", "foreign ministry", "partOf", "Chile"),
    ("Chile held elections in May. Ana Ruiz was sacked from the country's Supreme Council.", "Supreme Council", "partOf", "Chile"),
    # an acronym the gazetteer knows is a name even where the tagger read a common noun
    ("Kenyan President Paul Otieno, the current ECOWAS chairman, called the coups a violation.",
     "Paul Otieno", "leaderOf", "Economic Community of West African States"),
    # a state's faction is seated in it, not a body of the state
    ("Soldiers died in an ambush by the ELN, Colombia's last guerrilla group.", "National Liberation Army", "basedIn", "Colombia"),
]  # fmt: skip

# (text, subject label, relation, object label): none may be stated.
MUST_NOT = [
    # a body the gazetteer knows whole is its own entity; a firm "of" a state is no body of it
    ("The Council of Europe met in Strasbourg.", "Council of Europe", "partOf", "Europe"),
    ("The Bank of China lent money to the port.", "Bank of China", "partOf", "China"),
    # a body "of" something that is neither a state nor an organisation
    ("The Ministry of Defence said so on Monday.", "Ministry of Defence", "partOf", "Defence"),
    # a title's opening word is no organisation ("Defence" of "Defence Minister")
    ("Estonian Defence Minister Hanno Pevkur arrived in Riga on Monday.", "Defence", "basedIn", "Estonia"),
    ("Estonian Defence Minister Hanno Pevkur arrived in Riga on Monday.", "Hanno Pevkur", "worksFor", "Defence"),
    ("Gen. Tom Hardy, a commander with the Coast Guard, announced the decision.", "Tom Hardy", "leaderOf", "Coast Guard"),
    ("Supporters of the jailed Russian opposition leader Ivan Sokolov marched in Riga.", "Ivan Sokolov", "leaderOf", "Russia"),
    ("Syrian rebel commander Abu Omar was killed on Monday.", "Abu Omar", "leaderOf", "Syria"),
    # what a leader leads is a body, a state or a group, never a place or a thing
    ("Jean Mbala led the convoy of 40 trucks to Goma.", "Jean Mbala", "leaderOf", "trucks"),
    ("Soldiers died in an ambush by the ELN, Colombia's last guerrilla group.", "National Liberation Army", "partOf", "Colombia"),
    ("Chile's head of the Navy, Juan Soto, resigned on Monday.", "Juan Soto", "leaderOf", "Chile"),
    # ... and no nameless ministry when none was named
    ("Talks stalled\n\nChina denied the claims on Monday. The ministry's spokesman, Maria Lopez, said the claims were false.",
     "Maria Lopez", "worksFor", "ministry"),
    # a field after "for", with no article, is no body
    ("Paul Hart, undersecretary for terrorism and financial intelligence at the Treasury, spoke.",
     "Paul Hart", "worksFor", "financial intelligence"),
    # a body "for" something "of" a state is not the state's; officials of two states are no one state's
    ("Chad has demanded an end to another armed group, the Patriotic Forces for the Liberation of Chad (PFLC).",
     "Patriotic Forces for the Liberation of Chad", "partOf", "Chad"),
    ("He met senior Chilean and Peruvian officials, including Ana Ruiz and Maria Lopez.", "Maria Lopez", "worksFor", "Chile"),
    # one of several leaders leads nothing alone; a creed names no state
    ("The strike killed several Hamas leaders, including Omar Khalil, on Friday.", "Omar Khalil", "leaderOf", "Hamas"),
    ("He met Shia clerics and officials, including Ana Ruiz.", "Ana Ruiz", "worksFor", "Shia"),
    # ... not a body of another owner ("the company's board")
    ("Chile held elections in May. Acme Corp said the company's board approved the sale.", "board", "partOf", "Chile"),
    # the object of a clause whose subject stands for the reporting body is not that body
    ("The Chilean navy said it had continued targeting the group overnight.", "Chile", "attacks", "Chilean navy"),
    # "prompting X to blame Y": X blames, not the subject of "prompting"
    ("The rebels froze the talks, prompting the government to blame the guerrillas.", "rebels", "criticizes", "guerrillas"),
]  # fmt: skip


@lru_cache(maxsize=None)
def _triples(text: str) -> frozenset[tuple[str, str, str]]:
    return extracted_triples(text, DATE)


@pytest.mark.parametrize(("text", "subject", "relation", "obj"), MUST, ids=[r[0][:40] for r in MUST])
def test_shape_fires(nlp, text, subject, relation, obj):
    found = _triples(text)
    assert (subject, relation, obj) in found, f"{text!r}: got {sorted(found)}"


@pytest.mark.parametrize(("text", "subject", "relation", "obj"), MUST_NOT, ids=[r[0][:40] for r in MUST_NOT])
def test_shape_does_not_fire(nlp, text, subject, relation, obj):
    found = _triples(text)
    assert (subject, relation, obj) not in found, f"{text!r}: got {sorted(found)}"

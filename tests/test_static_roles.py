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
    # a title of several words whose noun hangs inside it ("commander in chief of Y")
    ("Vice Adm. Ken Sato, commander in chief of the Self-Defense Fleet, told reporters the drill began.",
     "Ken Sato", "leaderOf", "Self-Defense Fleet"),
    # what a possessor owns is headed; a unit's name after a state stays one name
    ("Ali Reza, the commander of the army's Third Division, spoke.", "Ali Reza", "leaderOf", "Third Division"),
    ("Ali Reza, the head of the Iron Brigades' Quds Regiment, spoke.", "Ali Reza", "leaderOf", "Iron Brigades' Quds Regiment"),
    ("Lt. Gen. Tom Reed, the commander of U.S. Army Pacific, spoke in Tokyo on Friday.", "Tom Reed", "leaderOf", "U.S. Army Pacific"),
    # a title that holds a service's name leads the service and serves the state before it
    ("Army chief visits Lagos\n\nThe country's Chief of Army Staff General Tariq Aziz visited the valley on Saturday.",
     "Tariq Aziz", "leaderOf", "Army"),
    ("Army chief visits Lagos\n\nNigeria's Chief of Army Staff, Lt. Gen. Ade Ojo, visited Lagos on Monday.",
     "Ade Ojo", "leaderOf", "Army"),
    ("Army chief visits Lagos\n\nNigeria's Chief of Army Staff, Lt. Gen. Ade Ojo, visited Lagos on Monday.",
     "Ade Ojo", "worksFor", "Nigeria"),
    ("Navy chief visits Lagos\n\nNigeria's Chief of Naval Staff, Vice Admiral Ade Ojo, visited Lagos on Monday.",
     "Ade Ojo", "worksFor", "Nigeria"),
    # an affiliate is part of the organisation it is affiliated to
    ("Talks stalled\n\nFighters from the Northern Front (NF), which is affiliated to al-Qaeda, claimed the attack.",
     "Northern Front", "partOf", "al-Qaeda"),
    ("Talks stalled\n\nThe Northern Front is affiliated with the Western Alliance.", "Northern Front", "partOf", "Western Alliance"),
    ("Talks stalled\n\nFighters from the Group for the Support of Peace (GSP in Arabic), which is affiliated to al-Qaeda, "
     "claimed the attack.", "GSP", "partOf", "al-Qaeda"),
    ("Talks stalled\n\nThe Blue Brigade, affiliated with the Northern Front, attacked the town.", "Blue Brigade", "partOf", "Northern Front"),
    ("Talks stalled\n\nThe strike hit the PKK and its Iranian affiliate, the Free Life Party (FLP), on Monday.",
     "Free Life Party", "partOf", "Kurdistan Workers' Party"),
    ("Talks stalled\n\nThe Northern Front, an al-Qaeda affiliate, claimed the attack.", "Northern Front", "partOf", "al-Qaeda"),
    # a name the NER took for a body is a person's when a title with a possessor is in apposition
    ("Talks stalled\n\nAt the time, Ivo Zerat, Chile's deputy foreign minister, said the claims were false.",
     "Ivo Zerat", "worksFor", "Chile"),
    # a state's institution whose name the NER opened with its possessor is part of the state
    ("Talks stalled\n\nFrance's foreign ministry has summoned the ambassador, its spokeswoman said.",
     "France's foreign ministry", "partOf", "France"),
    ("Talks stalled\n\nIn response, Israel’s foreign ministry said it recalled its ambassadors.",
     "Israel's foreign ministry", "partOf", "Israel"),
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
    # the possessor of what a title heads is not headed ("head of the Iron Brigades' ... Quds Regiment")
    ("The strike killed Ali Reza, the head of the Iron Brigades' (IB's) Quds Regiment, on Friday.",
     "Ali Reza", "leaderOf", "Iron Brigades"),
    # the head of a state's service does not lead the state; a rank is no person
    ("Army chief visits Lagos\n\nNigeria's Chief of Army Staff, Lt. Gen. Ade Ojo, visited Lagos on Monday.",
     "Ade Ojo", "leaderOf", "Nigeria"),
    ("Navy chief visits Lagos\n\nNigeria's Chief of Naval Staff, Vice Admiral Ade Ojo, visited Lagos on Monday.",
     "Ade Ojo", "leaderOf", "Nigeria"),
    ("Army chief visits Lagos\n\nNigeria's Chief of Army Staff, Lt. Gen. Ade Ojo, visited Lagos on Monday.",
     "gen", "worksFor", "Nigeria"),
    # ... a state's institution is one fact with the state: no seat beside the part; a company is no institution
    ("Talks stalled\n\nChina on Friday imposed sanctions on her, China's foreign ministry said.",
     "China's foreign ministry", "basedIn", "China"),
    ("Talks stalled\n\nChile's state oil company said so on Monday.", "Chile's state oil company", "partOf", "Chile"),
    ("Talks stalled\n\nChile's government and the rebels said they will resume talks.", "Chile's government", "partOf", "Chile"),
    # the whole is not part of its affiliate; a group of fighters is no organisation's part
    ("Talks stalled\n\nThe Northern Front, an al-Qaeda affiliate, claimed the attack.", "al-Qaeda", "partOf", "Northern Front"),
    ("Talks stalled\n\nRebels affiliated with the Northern Front attacked the town.", "Rebels", "partOf", "Northern Front"),
    # a unit's name after a state is no person's name
    ("Lt. Gen. Tom Reed, the commander of U.S. Army Pacific, spoke in Tokyo on Friday.", "Army Pacific", "leaderOf", "United States"),
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

"""Entity spans and classes of a document's mentions (kgraph.extract.document_mentions:
the NER's names as the mention finder, retype and place_mentions correct them), as a
table of our own sentences, with sentences each rule must leave alone."""

from __future__ import annotations

import pytest

from factories import make_document
from kgraph.extract import document_mentions, extract
from kgraph.gazetteer import Gazetteer
from kgraph.nlp.furniture import masked
from kgraph.nlp.lexicon import load_lexicon
from kgraph.resolve import Resolver
from kgraph.types import EntityClass

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def mentions(nlp):
    lex, resolver = load_lexicon(), Resolver(Gazetteer.load())

    def run(text: str) -> dict[str, str]:
        document = make_document("spans.txt", text)
        resolver.begin_document(document.iri)
        spans, _ = document_mentions(document, nlp(masked(text)), resolver, lex)
        return {s.text: s.label_ for s in spans}

    return run


# sentence, mention, its class (None: no mention has exactly these words)
ROWS = [
    # a numeral ordinal is part of a unit's or a base's name
    ("He served in the 82nd Airborne Division for ten years.", "82nd Airborne Division", "Organization"),
    ("The ceremony was held at the 31st Tactical Air Base in Poland.", "31st Tactical Air Base", "Place"),
    ("The 4th Guards Tank Brigade moved north.", "4th Guards Tank Brigade", "Organization"),
    ("It was the third plant to close this year.", "third plant", None),  # a spelled-out count names nothing
    # a capitalised unit noun after a number or a name is a named unit; troops otherwise
    ("Three brigades crossed the river on Monday.", "brigades", "Group"),
    # a title with its "of" phrase names people: the mention is the owner
    ("The Defence Ministers of Greece and Turkey met in Athens.", "Greece", "Country"),
    ("The Defence Ministers of Greece and Turkey met in Athens.", "Defence Ministers of Greece", None),
    ("The Bank of Japan raised its rates.", "Bank of Japan", "Organization"),  # no title: the name stays
    ("The Foreign Office said on Monday that talks would resume.", "Foreign Office", "Organization"),
    # the state after "Town," is a place, whatever the NER took it for
    ("The singer is a native of Hibbing, Minn.", "Minn.", "Region"),
    ("Flooding hit Grand Forks, North Dakota, on Monday.", "North Dakota", "Region"),
    ("Cheek, Thomas and Moore signed the letter.", "Thomas", "Person"),  # no town before the comma
    # a place glued before a person's name after "of" is its own mention; a name alone is kept
    ("Minister of Foreign Affairs of Kazakhstan Murat Nurtleu and his team arrived.", "Murat Nurtleu", "Person"),
    ("Minister of Foreign Affairs of Kazakhstan Murat Nurtleu and his team arrived.", "Kazakhstan", "Country"),
    ("Investors bought shares of Japan Tobacco International on Monday.", "Japan", None),
    ("Georgia Anne Muldrow sang on Friday.", "Georgia Anne Muldrow", "Person"),
    # so is a state after a title's "to" (the post's host state); "to" with no title before it joins nothing
    ("Swedish Ambassador to Chile Lena Holm opened the fair.", "Lena Holm", "Person"),
    ("Swedish Ambassador to Chile Lena Holm opened the fair.", "Chile", "Country"),
    ("Norway's Ambassador to Kenya Hilde Berg praised the court.", "Hilde Berg", "Person"),
    ("The Indian Envoy to Nepal Ravi Sharma met the premier.", "Ravi Sharma", "Person"),
    ("The firm sold trucks to Mali Cotton Company last year.", "Mali Cotton Company", "Organization"),
    # an acronym of a kind of arms is materiel; an organisation's acronym stays one
    ("Turkey will be exporting UAVs to a country that is a member of NATO.", "UAVs", "Materiel"),
    ("Turkey will be exporting UAVs to a country that is a member of NATO.", "NATO", "Organization"),
    # a description before a nationality names nothing; a bare description stays
    ("Fighting between the warring Chadian army and rebels resumed.", "Chadian army", "Organization"),
    ("Heavily armed Russian troops crossed the border.", "Russian troops", "Group"),
    ("Heavily armed troops crossed the border.", "Heavily armed troops", "Group"),
    # a feature of the land ends a place's name whatever the NER took it for; a noun inside a name does not
    ("The bomb fell in the Ocala National Forest on Monday.", "Ocala National Forest", "Place"),
    ("Drones struck the Hmeimim Air Base overnight.", "Hmeimim Air Base", "Place"),
    ("He joined the Lake Placid Organizing Committee.", "Lake Placid Organizing Committee", "Organization"),
    ("Ricki Lake spoke on Monday.", "Ricki Lake", "Person"),
    # a name the NER closed on "of" ends before it
    ("The claims were rejected by the Ministry of Defense Industry of Azerbaijan.", "Ministry of Defense Industry", "Organization"),
    # a capitalised head and "of" the NER left out open the organisation's name; a title, a plural or a word in lower case do not
    ("Chile's Presidency of Mining Industries approved the sale.", "Presidency of Mining Industries", "Organization"),
    ("The CEO of Defense Industries resigned.", "Defense Industries", "Organization"),
    ("Kenya's Minister of Mining Industries resigned.", "Mining Industries", "Organization"),
    ("Shares of Defense Industries rose.", "Defense Industries", "Organization"),
    # a name in apposition to a title is a person's
    ("In 1533, the last Inca king of Peru, Atahualpa, was killed.", "Atahualpa", "Person"),
    ("They flew to the capital of Peru, Lima, on Monday.", "Lima", "City"),  # no person: the capital named after "of"
    # a name the NER missed after a title is a person's; a body after a title is not
    ("Defence Minister Rustem Umerov met him on Friday.", "Rustem Umerov", "Person"),
    ("He met the Chief of the General Staff Valery Gerasimov.", "General Staff", None),
    ("NATO Secretary General Mark Rutte spoke.", "General", None),
    # a title of ranks opening a name the NER tagged an organisation is no part of it; a title alone names nothing
    ("Chile's navy chief, Field Marshal Tomas Reyes, said so.", "Tomas Reyes", "Person"),
    ("Chile's navy chief, Field Marshal Tomas Reyes, said so.", "Field Marshal Tomas Reyes", None),
    ("Ukraine's spy chief, Major-General Mykola Hrytsenko, said so.", "Major-General", None),
    ("Ukraine's spy chief, Major-General Mykola Hrytsenko, said so.", "Mykola Hrytsenko", "Person"),
    ("The Field Hospital Trust Fund opened a ward.", "Field Hospital Trust Fund", "Organization"),
    # a first name the NER left out after a title or a comma opens the person's name; a body's name before it does not
    ("Field Marshal Ilya Brodsky inspected the troops.", "Ilya Brodsky", "Person"),
    ("Spokesman for the Kremlin Dmitry Peskov said so.", "Dmitry Peskov", "Person"),
    ("Spokesman for the Kremlin Dmitry Peskov said so.", "Kremlin", "Organization"),
    ("Reuters reporter Jane Doe wrote the story.", "Jane Doe", "Person"),
    # one name word the NER missed after an honorific is a person's; after "the" or a lone "General" it is not
    ("He named Colonel-General Dyvak as the commander.", "Dyvak", "Person"),
    ("It was a pledge that Chancellor Vogl had made.", "Vogl", "Person"),
    ("He works on the General Staff now.", "Staff", None),
    # a firm's name the NER cut into an organisation and a person is one organisation
    ("Poland will buy 32 F-35 fighters from Lockheed Martin, the ministry said.", "Lockheed Martin", "Organization"),
    ("NATO chief Jens Stoltenberg met Reuters reporter Jane Doe.", "Jane Doe", "Person"),
    # two names joined by "and" that the gazetteer knows as one place are that place; others stay two
    ("Shelling hit the Kathua district of Jammu and Kashmir on Friday.", "Jammu and Kashmir", "Region"),
    ("Trade between Russia and Ukraine fell.", "Ukraine", "Country"),
    # a place's name the NER took for a nationality is the gazetteer's place; a demonym stays in its phrase
    ("The minister will also travel to Maharashtra and Kerala next week.", "Maharashtra", "Region"),
    ("Her tour ends in Sindh and Punjab.", "Punjab", "Region"),
    ("Kurdish fighters held the ridge.", "Kurdish fighters", "Group"),
    ("Kurdish fighters held the ridge.", "Kurdish", None),
    ("The Somali army retook the port.", "Somali", None),
    # names joined by a hyphen open a place's name
    ("Trade along the India-Middle East Economic Corridor grew.", "India-Middle East Economic Corridor", "Place"),
    # born, or having kin: a person
    ("Harold Nordquist was born in 1911 in a small town.", "Harold Nordquist", "Person"),
    ("Agents arrived at Kowalczyk's home and spoke to Kowalczyk's wife.", "Kowalczyk", "Person"),
    # a name right after a described kind of firm is the firm's, untagged or tagged a person or a state; a date is not
    ("The port was leased to Russian company Neftegazstroy for 40 years.", "Neftegazstroy", "Organization"),
    ("Rebels bought rifles from Serbian company Zastavka Arms in May.", "Zastavka Arms", "Organization"),
    ("Chile hired the firm Tuesday after the vote.", "Tuesday", None),
    ("The Chinese company Huawei opened a plant in Hungary.", "Huawei", "Organization"),
    # ... and after another kind of organisation with a modifier: an outfit noun, an agency, a gang; an
    # acronym, and a connector between two words, are part of the name; a title, a date or no modifier is not
    ("Kazakhstan's state grid monopoly Zharyk cut supplies to the mine.", "Zharyk", "Organization"),
    ("Armenian state news agency NAR quoted the minister as saying talks had ended.", "NAR", "Organization"),
    ("Police arrested members of Colombian gang Clan de Tumaco on Friday.", "Clan de Tumaco", "Organization"),
    ("Energy giant Vostorg raised prices again. Vostorg said demand was high.", "Vostorg", "Organization"),
    ("The company Chairman Ivan Petrov resigned.", "Chairman Ivan Petrov", None),
    ("The Bolivian news agency Monday denied the report.", "Monday", None),
    ("The agency Ruta quoted a source.", "Ruta", None),  # no modifier: "the agency" may stand before any name
    ("The US Navy sent the aircraft carrier Kestrel Bay to the Gulf.", "Kestrel Bay", "Person"),  # the NER's: a carrier is a ship too
    # a weapon's model name inside its materiel mention is no actor; an owner's name (a body, or one the gazetteer knows) is
    ("The soldiers were killed by a Lancet drone near the border.", "Lancet", None),
    ("The soldiers were killed by a Lancet drone near the border.", "Lancet drone", "Materiel"),
    ("An Iskander missile hit the depot.", "Iskander", None),
    ("US Navy ships fired on the boats.", "US Navy", "Organization"),
    ("Hezbollah rocket launchers were hit.", "Hezbollah", "Organization"),
    # a person-tagged name ending in an organisation noun is an organisation
    ("She left to enter Bowdoin College, where she studied law.", "Bowdoin College", "Organization"),
    # "General" before a single word opens a firm's name, not a general's
    ("General Motors cut 2,000 jobs.", "General Motors", "Organization"),
    ("General Dynamics won the contract.", "Dynamics", None),
    ("In Washington, the General Accounting Office said costs rose.", "General Accounting Office", "Organization"),
    # "<Name> <territory noun>" makes every bare mention of the name that place; a facility's noun does not
    ("Gunmen raided the Tarvona area at night. Elders in Tarvona said the attackers fled.", "Tarvona", "Place"),
    ("Shells fell on the Kelvash neighbourhood on Monday. Kelvash was hit again on Tuesday.", "Kelvash", "Place"),
    ("Officials in the Dorvo district said Dorvo was calm.", "Dorvo", "Region"),
    ("Workers left the Tesla plant. Tesla said it would reopen.", "Tesla", "Organization"),
    ("The Adani port handled the cargo. Adani said profits rose.", "Adani", "Organization"),
    # the names of "the villages of A, B, C" are each a village, in apposition as in coordination
    ("Losses were heavy near the villages of Kovalka, Martovo, Dubrivka in the Kursk region.", "Dubrivka", "City"),
    # a name listed with places ("A, B and C") is one where the places outnumber the other guesses; no
    # list with a state (it may list actors), no apposition ("the Pentagon, Washington"), no full name
    ("Fighters crossed from Kalinovo, Suzemka and Belgorod on Monday.", "Suzemka", "City"),
    ("Fighters crossed from Kalinovo, Suzemka and Belgorod on Monday.", "Kalinovo", "City"),
    ("Obama, Putin and Kyiv were mentioned.", "Putin", "Person"),
    ("The decree covers Donbas, Kherson, and Zaporozhye.", "Zaporozhye", "City"),  # a known town tagged a person
    ("Iran and Hezbollah attacked Haifa.", "Hezbollah", "Organization"),
    ("Talks were held at the Pentagon, Washington, on Friday.", "Pentagon", "Organization"),
    ("Boeing Defense, Space & Security will move to Arlington.", "Boeing Defense, Space & Security", "Organization"),
    # kinds of people acting or suffering together are groups: bandits, raiders, dissidents, individuals;
    # the adjective and a team's name are not
    ("Armed bandits stormed the village at night.", "Armed bandits", "Group"),
    ("Two dissidents of the former guerrilla group were killed.", "dissidents", "Group"),
    ("Sanctions target nine Iranian individuals.", "Iranian individuals", "Group"),
    ("The Texas Rangers won the game on Sunday.", "Texas Rangers", "Organization"),
    ("He gave an individual account of the raid.", "individual account", None),
    # a group or militia with who backs, leads or links it glued on is a body; an apposition to a name is
    # that name's, a bare or otherwise described group an anaphor
    ("Officials blamed Russian-linked groups for the hack.", "Russian-linked groups", "Organization"),
    ("Washington accused Syrian-backed militias of the raid.", "Syrian-backed militias", "Organization"),
    ("The Houthis, an Iran-backed group, fired missiles at ships.", "Iran-backed group", None),
    ("The militant group fired rockets at the base.", "militant group", None),
    # a firm's suffix ends a name that "General" opens: no general's
    ("Rivals such as General Dynamics Corp. won the contract.", "General Dynamics Corp.", "Organization"),
]


@pytest.mark.parametrize(("text", "name", "cls"), ROWS, ids=[f"{r[1]}:{r[0][:30]}" for r in ROWS])
def test_mention_spans_and_classes(mentions, text, name, cls):
    got = mentions(text)
    assert got.get(name) == cls, got


@pytest.mark.parametrize(
    ("written", "label"),
    [("Andrzej Duda\u00b4s", "Andrzej Duda"), ("Andrzej Duda\u2019s", "Andrzej Duda"), ("[Donald] Trump", "Donald Trump")],
)
def test_an_acute_accent_for_an_apostrophe_and_an_editors_brackets_are_no_part_of_a_name(written, label):
    resolver = Resolver(Gazetteer.load())
    resolver.begin_document("names")
    assert resolver.resolve(written, EntityClass.PERSON).label == label


def test_an_entity_the_mention_finder_re_read_is_no_argument():
    text = "The foreign ministry said the Defence Ministers of Greece and Turkey met in Athens."
    labels = {(s.subject.label, s.object.label) for s in extract([make_document("m.txt", text)]).statements}
    assert not any("Ministers" in label for pair in labels for label in pair), labels


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Peru said its foreign minister, Ana Gervasi, signed the accord in Lima.", "Ana Gervasi"),  # the named holder
        ("Peru said its foreign ministers signed the accord in Lima.", None),  # a group, no name, and no signer
    ],
)
def test_a_role_noun_with_a_name_in_apposition_is_the_named_person(text, subject):
    signers = {s.subject.label for s in extract([make_document("r.txt", text)]).statements if s.relation == "signs"}
    assert signers == ({subject} if subject else set()), signers  # the ontology's signers: people, states, organisations


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Rebels seized arms from the Western-backed Free Syrian Army on Monday.", "Western"),
        ("Western officials said that Iran sent drones to Russia.", "Western"),
    ],
)
def test_a_nationality_word_of_no_state_is_no_country(text, absent):
    labels = {r.label for s in extract([make_document("w.txt", text)]).statements for r in (s.subject, s.object, s.according_to) if r}
    assert absent not in labels, labels


def test_a_states_demonym_still_names_it():
    statements = extract([make_document("d.txt", "The Chinese company Huawei opened a plant in Hungary.")]).statements
    assert ("Huawei", "basedIn", "China") in {(s.subject.label, s.relation, s.object.label) for s in statements}


def test_two_names_the_gazetteer_knows_together_are_one_organisation(mentions):
    got = mentions("Peru signed the contract with Lockheed Martin vice president Ana Ruiz.")
    assert got.get("Lockheed Martin") == "Organization" and "Martin" not in got, got


@pytest.mark.parametrize(
    ("text", "alias", "label"),
    [
        # another name a person or body goes by, said next to the name, is that entity's, whatever the NER took it for
        ("General Tomas Varga, also known as Kestro, leads the militia. Kestro visited Lima on Monday.", "Kestro", "Tomas Varga"),
        ("Andean Air Freight, better known as AAF, won the order. AAF said it would hire staff.", "AAF", "Andean Air Freight"),
        # a title or common word after "known as" names nothing; a name not said to be another's stays its own
        ("Tomas Varga, known as the best negotiator in Lima, left. Kestro visited Lima.", "Kestro", "Kestro"),
    ],
)  # fmt: skip
def test_a_name_known_as_another_is_one_entity(nlp, text, alias, label):
    lex, resolver = load_lexicon(), Resolver(Gazetteer.load())
    document = make_document("aka.txt", text)
    resolver.begin_document(document.iri)
    spans, _ = document_mentions(document, nlp(masked(text)), resolver, lex)
    cls = EntityClass(next(s.label_ for s in spans if s.text == alias))
    assert resolver.resolve(alias, cls).label == label


def _orgs_from_ner_guess(nlp, text: str, tagged: str) -> list[str]:
    """The organisations the mention finder reads when the NER tagged ``tagged`` alone (ORG)."""
    from spacy.tokens import Span

    from kgraph.nlp.mentions import find_mentions

    doc = nlp(text)
    start = text.index(tagged)
    guess = doc.char_span(start, start + len(tagged))
    doc.ents = [Span(doc, guess.start, guess.end, label="ORG")]
    return [s.text for s in find_mentions(doc, load_lexicon()) if s.label_ == "Organization"]


@pytest.mark.parametrize(
    ("text", "tagged", "names"),
    [
        ("Units lost men near the villages of Pelkovo, Vorobka, Martinovo.", "Vorobka, Martinovo", ["Vorobka", "Martinovo"]),
        ("He spoke in Washington, D.C. on Monday.", "Washington, D.C.", ["Washington, D.C."]),  # an abbreviation
        ("Boeing Defense, Space & Security moved.", "Boeing Defense, Space & Security", ["Boeing Defense, Space & Security"]),
    ],
)
def test_a_name_span_that_lists_names_is_split_at_its_commas(nlp, text, tagged, names):
    assert _orgs_from_ner_guess(nlp, text, tagged) == names  # the NER's merged guess


@pytest.mark.parametrize(
    ("text", "tagged", "name"),
    [
        ("The army ordered more High Mobility Artillery Rocket Systems last year.", "Mobility Artillery Rocket Systems",
         "High Mobility Artillery Rocket Systems"),  # a capitalised word the NER left out opens the name
        ("Rebels of the Tamu PDF attacked the camp.", "PDF", "Tamu PDF"),
        ("He thanked Minister Acme Holdings for the help.", "Acme Holdings", "Acme Holdings"),  # a title is none of it
        ("Global Acme Holdings said so.", "Acme Holdings", "Acme Holdings"),  # a sentence's first word may be any word
    ],
)
def test_an_organisations_name_opens_with_the_capitalised_words_the_ner_left_out(nlp, text, tagged, name):
    assert name in _orgs_from_ner_guess(nlp, text, tagged)  # the NER's short guess

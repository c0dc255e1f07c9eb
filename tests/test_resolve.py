"""Tests for kgraph.resolve: mentions to canonical entities."""

from __future__ import annotations

import pytest

from kgraph.iri import entity_iri
from kgraph.resolve import Resolver, clean_noun_phrase, clean_person, demonym_state, state_body
from kgraph.types import EntityClass as C
from kgraph.types import MergeReason as R


@pytest.fixture()
def res() -> Resolver:
    r = Resolver()
    r.begin_document("doc:1")
    return r


@pytest.mark.parametrize(
    ("text", "hint", "actor", "label", "cls", "reason"),
    [
        ("DPRK", C.ORGANIZATION, False, "North Korea", C.COUNTRY, R.ALIAS),
        ("Democratic People's Republic of Korea", C.COUNTRY, False, "North Korea", C.COUNTRY, R.ALIAS),
        ("N. Korea", C.COUNTRY, False, "North Korea", C.COUNTRY, R.ALIAS),
        ("North Korea", C.COUNTRY, True, "North Korea", C.COUNTRY, R.NAME),
        ("Pyongyang", C.CITY, True, "North Korea", C.COUNTRY, R.METONYMY),
        ("Pyongyang", C.CITY, False, "Pyongyang", C.CITY, R.NAME),
        ("Pyongyang", C.COUNTRY, False, "Pyongyang", C.CITY, R.NAME),  # gazetteer class wins
        ("Moscow", C.CITY, True, "Russia", C.COUNTRY, R.METONYMY),
        ("Russian Federation", C.COUNTRY, False, "Russia", C.COUNTRY, R.ALIAS),
        ("the United States", C.COUNTRY, False, "United States", C.COUNTRY, R.NAME),
        ("U.S.", C.COUNTRY, True, "United States", C.COUNTRY, R.ALIAS),
        ("NATO", C.ORGANIZATION, True, "North Atlantic Treaty Organization", C.ORGANIZATION, R.ALIAS),
        ("North Korean forces", C.GROUP, True, "North Korea", C.COUNTRY, R.DEMONYM),
        ("the North Koreans", C.GROUP, True, "North Korea", C.COUNTRY, R.DEMONYM),
        ("North Korean forces", C.GROUP, False, "North Korean forces", C.GROUP, R.NAME),
        ("Vladivostok", C.CITY, True, "Vladivostok", C.CITY, R.NAME),  # not a capital
        ("the Donetsk region", C.REGION, False, "Donetsk", C.REGION, R.ALIAS),
        ("Donetsk", C.REGION, False, "Donetsk", C.REGION, R.NAME),
        ("Donetsk", C.CITY, False, "Donetsk", C.CITY, R.NAME),
        ("the Atlantis region", C.REGION, False, "Atlantis", C.REGION, R.NAME),
        ("Freedonia", C.COUNTRY, False, "Freedonia", C.COUNTRY, R.NAME),  # unknown: hint kept
        ("the Kremlin", C.ORGANIZATION, True, "Kremlin", C.ORGANIZATION, R.NAME),
        ("Russian Defence Ministry", C.ORGANIZATION, True, "Russian Defence Ministry", C.ORGANIZATION, R.NAME),
        # a direction before a state's or region's name is a side of it
        ("north-east Peru", C.COUNTRY, False, "Peru", C.COUNTRY, R.NAME),
        ("northeast Democratic Republic of the Congo", C.COUNTRY, False, "Democratic Republic of the Congo", C.COUNTRY, R.NAME),
        ("southern Donetsk", C.REGION, False, "Donetsk", C.REGION, R.NAME),
        # must not: a name that starts with a direction, a direction before a city, or a name the gazetteer does not know
        ("South Sudan", C.COUNTRY, False, "South Sudan", C.COUNTRY, R.NAME),
        ("eastern Lima", C.CITY, False, "eastern Lima", C.CITY, R.NAME),
        ("northern Atlantis", C.REGION, False, "northern Atlantis", C.REGION, R.NAME),
    ],
)
def test_resolve_table(res: Resolver, text, hint, actor, label, cls, reason) -> None:
    ref = res.resolve(text, hint, as_actor=actor, start=3, end=3 + len(text))
    assert (ref.label, ref.cls) == (label, cls)
    assert ref.text == text and ref.start == 3
    assert ref.iri == entity_iri(str(cls), label)
    entity = res.entities()[ref.iri]
    if text != label:
        assert any(a.text == text and a.reason is reason for a in entity.aliases), entity.aliases
    else:
        assert reason is R.NAME
        assert all(a.text != label for a in entity.aliases)


def test_wikidata_is_carried(res: Resolver) -> None:
    assert res.resolve("DPRK", C.COUNTRY).wikidata == "Q423"
    assert res.resolve("Moscow", C.CITY, as_actor=True).wikidata == "Q159"
    assert res.resolve("Freedonia", C.COUNTRY).wikidata is None


def test_all_north_korea_names_are_one_entity(res: Resolver) -> None:
    names = ["North Korea", "DPRK", "the Democratic People's Republic of Korea", "N. Korea"]
    iris = {res.resolve(n, C.COUNTRY).iri for n in names}
    iris.add(res.resolve("Pyongyang", C.CITY, as_actor=True).iri)
    assert len(iris) == 1
    entity = next(iter(res.entities().values()))
    assert entity.label == "North Korea"
    texts = [a.text for a in entity.aliases]
    assert len(texts) == len(set(texts)) == 4 and "North Korea" not in texts


def test_surname_resolves_to_full_name_in_document(res: Resolver) -> None:
    full = res.resolve("Russian President Vladimir Putin", C.PERSON)
    assert full.label == "Vladimir Putin"
    short = res.resolve("Putin", C.PERSON)
    assert short.iri == full.iri
    assert res.resolve("Putin's", C.PERSON).iri == full.iri
    aliases = {a.text: a.reason for a in res.entities()[full.iri].aliases}
    assert aliases["Putin"] is R.SHORT_NAME


def test_surname_across_documents_only_when_unique(res: Resolver) -> None:
    res.resolve("Vladimir Putin", C.PERSON)
    res.resolve("Kim Jong Un", C.PERSON)
    res.begin_document("doc:2")
    assert res.resolve("Putin", C.PERSON).label == "Vladimir Putin"
    assert res.resolve("Kim", C.PERSON).label == "Kim Jong Un"  # family name first
    res.resolve("Kim Yo Jong", C.PERSON)
    res.begin_document("doc:3")
    assert res.resolve("Kim", C.PERSON).label == "Kim"  # two known Kims: no merge


def test_a_monarchs_given_name_stays_in_its_document(res: Resolver) -> None:
    king = res.resolve("King Abdullah II", C.PERSON)
    assert king.label == "Abdullah II"
    assert res.resolve("Abdullah", C.PERSON).iri == king.iri  # the same document's king
    assert res.resolve("II", C.PERSON).iri != king.iri  # the regnal number is no short name
    res.begin_document("doc:2")
    assert res.resolve("Abdullah", C.PERSON).label == "Abdullah"  # another document's Abdullah: no king


def test_surname_ambiguous_within_document(res: Resolver) -> None:
    res.resolve("John Smith", C.PERSON)
    res.resolve("Jane Smith", C.PERSON)
    assert res.resolve("Smith", C.PERSON).label == "Smith"


def test_unknown_person_and_unicode_names(res: Resolver) -> None:
    ref = res.resolve("Gen. Ali Zoë Ångström", C.PERSON)
    assert ref.label == "Ali Zoë Ångström"
    assert ref.iri == entity_iri("Person", "Ali Zoë Ångström")
    assert res.resolve("Ångström", C.PERSON).iri == ref.iri
    korean = res.resolve("김정은", C.PERSON)
    assert korean.label == "김정은"
    assert korean.iri == entity_iri("Person", "김정은") and " " not in korean.iri
    assert res.resolve("Mr. Nobody", C.PERSON).label == "Nobody"


def test_acronym_definition(res: Resolver) -> None:
    pairs = res.scan_acronyms("Troops of the Donetsk People's Republic (DPR) said ...", C.REGION)
    assert pairs == [("DPR", "Donetsk People's Republic")]
    ref = res.resolve("DPR", C.ORGANIZATION)
    assert (ref.label, ref.cls) == ("Donetsk People's Republic", C.REGION)
    aliases = {a.text: a.reason for a in res.entities()[ref.iri].aliases}
    assert aliases["DPR"] is R.ACRONYM


def test_define_acronym_explicitly(res: Resolver) -> None:
    long = res.define_acronym("GUR", "Main Directorate of Intelligence")
    assert res.resolve("GUR", C.ORGANIZATION).iri == long.iri
    res.begin_document("doc:2")  # known from one earlier document only: still merged
    assert res.resolve("GUR", C.ORGANIZATION).iri == long.iri


def test_scan_acronyms_needs_matching_initials(res: Resolver) -> None:
    assert res.scan_acronyms("He met the Prime Minister (yesterday) and Foo Bar (XYZ).") == []


def test_add_alias_and_entities(res: Resolver) -> None:
    ref = res.resolve("Korean Central News Agency", C.ORGANIZATION)
    res.add_alias(ref.iri, "the agency", R.COREFERENCE)
    res.add_alias(ref.iri, "the agency", R.COREFERENCE)
    res.add_alias(ref.iri, "Korean Central News Agency", R.COREFERENCE)
    entity = res.entities()[ref.iri]
    assert [(a.text, a.reason) for a in entity.aliases] == [("the agency", R.COREFERENCE)]
    with pytest.raises(KeyError):
        res.add_alias("https://nowhere", "x", R.COREFERENCE)


def test_same_label_same_iri_across_resolvers() -> None:
    a, b = Resolver(), Resolver()
    a.begin_document("d1")
    b.begin_document("d2")
    assert a.resolve("Russia", C.COUNTRY).iri == b.resolve("Russian Federation", C.COUNTRY).iri
    assert a.resolve("troops", C.GROUP).iri == b.resolve("the troops", C.GROUP).iri


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("about 150 new North Korean workers", "North Korean workers"),
        ("almost two million rounds of artillery ammunition", "rounds of artillery ammunition"),
        ("the troops", "troops"),
        ("at least 10,000 soldiers", "soldiers"),
        ("thousands of North Korean troops", "North Korean troops"),
        ("ballistic missiles", "ballistic missiles"),
        ("a number of tanks", "tanks"),  # a vague amount names nothing
        ("a handful of advisers", "advisers"),
    ],
)
def test_clean_noun_phrase(text: str, label: str) -> None:
    assert clean_noun_phrase(text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Russian President Vladimir Putin's", "Vladimir Putin"),
        ("North Korean leader Kim Jong Un", "Kim Jong Un"),
        ("Defence Minister Andrei Belousov", "Andrei Belousov"),
        ("Jordan Peterson", "Jordan Peterson"),
    ],
)
def test_clean_person(text: str, label: str) -> None:
    assert clean_person(text) == label


@pytest.mark.parametrize(
    ("names", "labels"),
    [
        # one state's body named by demonym, possessive and the state's name: one body, the first label
        (["the Chilean foreign ministry", "Chile's foreign ministry", "Chile’s foreign ministry"], ["Chilean foreign ministry"] * 3),
        (["Peru's army", "the Peruvian army", "Peru army"], ["Peru's army"] * 3),
        # must not: two bodies of one state, one body of two states, a name the same but for a capital letter
        (["Chile's foreign ministry", "the Chilean defence ministry"], ["Chile's foreign ministry", "Chilean defence ministry"]),
        (["Chile's navy", "the Peruvian navy"], ["Chile's navy", "Peruvian navy"]),
        (["Chilean parliament", "Chilean Parliament"], ["Chilean parliament", "Chilean Parliament"]),
    ],
)
def test_a_states_body_is_one_however_the_state_is_written(res: Resolver, names, labels) -> None:
    assert [res.resolve(n, C.ORGANIZATION).label for n in names] == labels


def test_state_body_helper() -> None:
    assert [(e.label, rest) for e, rest in (state_body(t) for t in ("Nigeria's army", "the South Sudan army", "Myanmar Air Force"))] == [
        ("Nigeria", "army"), ("South Sudan", "army"), ("Myanmar", "air force")]  # fmt: skip
    assert state_body("Hezbollah") is None and state_body("the army") is None and state_body("Nigeria") is None


def test_demonym_state_helper() -> None:
    assert demonym_state("North Korean forces").label == "North Korea"
    assert demonym_state("the Russians").label == "Russia"
    assert demonym_state("Russian Defence Ministry") is None
    assert demonym_state("artillery shells") is None


def test_bare_group_is_the_documents_one_qualified_group(res: Resolver) -> None:
    res.begin_document("doc:g")
    res.note_groups(["Cuban doctors", "a team of nurses", "nurses", "the doctors"])
    doctors = res.resolve("Doctors", C.GROUP)  # a headline before the body names them
    assert doctors.label == "Cuban doctors"
    aliases = {a.text: a.reason for a in res.entities()[doctors.iri].aliases}
    assert aliases["Doctors"] is R.COREFERENCE
    assert res.resolve("the nurses", C.GROUP).label == "nurses"  # "a team of nurses" is not a kind of nurse


def test_bare_group_stays_itself_when_two_groups_share_the_head(res: Resolver) -> None:
    res.begin_document("doc:h")
    res.note_groups(["Russian soldiers", "Ukrainian soldiers"])
    assert res.resolve("soldiers", C.GROUP).label == "soldiers"
    res.begin_document("doc:i")  # a new document forgets the old one's groups
    assert res.resolve("Russian soldiers", C.GROUP).label == "Russian soldiers"
    assert res.resolve("soldiers", C.GROUP).label == "soldiers"


def test_unnamed_common_noun_is_its_documents_own() -> None:
    """"tanks" in one article and "tanks" in another are not one thing; a name is."""
    r = Resolver()
    r.begin_document("https://example.org/doc/1")
    first = r.resolve("the tanks", C.MATERIEL, unnamed=True)
    named_first = r.resolve("Leopard 2 tanks", C.MATERIEL)
    again = r.resolve("tanks", C.MATERIEL, unnamed=True)
    r.begin_document("https://example.org/doc/2")
    other = r.resolve("tanks", C.MATERIEL, unnamed=True)
    named_other = r.resolve("Leopard 2 tanks", C.MATERIEL)
    ministry = r.resolve("the defence ministry", C.ORGANIZATION, unnamed=True)
    assert first.iri == again.iri != other.iri
    assert first.label == other.label == "tanks"
    assert named_first.iri == named_other.iri
    assert ministry.iri != entity_iri("Organization", "defence ministry")
    country = r.resolve("Ukraine", C.COUNTRY, unnamed=True)  # what the gazetteer knows is one thing everywhere
    assert country.iri == entity_iri("Country", "Ukraine")


@pytest.mark.parametrize(
    ("text", "label"),
    [('"Shahed" drones', "Shahed drones"), ("\u201cpeace plan\u201d", "peace plan")],
)
def test_quote_marks_are_no_part_of_a_name(res: Resolver, text: str, label: str) -> None:
    assert res.resolve(text, C.MATERIEL).label == label


def test_surname_before_the_full_name(res: Resolver) -> None:
    res.note_people(["Chinese President Xi Jinping", "Xi"])
    assert res.resolve("Xi", C.PERSON).label == "Xi Jinping"

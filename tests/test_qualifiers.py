"""Status, attribution (kgraph.nlp.qualifiers) and time (kgraph.nlp.timex) of statements, as tables of our own
sentences: each row a text and what one statement of it must (or must not) be."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

from factories import make_document
from kgraph.extract import extract

pytestmark = pytest.mark.slow

#: A Wednesday: weekdays and weeks resolve against it.
DATE = dt.date(2024, 6, 26)
A, P, L, N, H = "asserted", "planned", "alleged", "negated", "hypothetical"


@lru_cache(maxsize=None)
def _statements(text: str):
    return extract([make_document("table.txt", text, date=DATE)]).statements


def _find(text: str, subject: str, relation: str, obj: str):
    return [s for s in _statements(text) if (s.subject.label, s.relation, s.object.label) == (subject, relation, obj)]


def _listing(text: str) -> str:
    return "\n".join(
        f"{s.subject.label} -{s.relation}-> {s.object.label} [{s.status}] acc={s.according_to and s.according_to.label}"
        f" time={s.time}"
        for s in _statements(text)
    ) or "(none)"


# --- scope of negation and modality: text, subject, relation, object, status ---------------
SCOPE = [
    # a denial governs its own clause, not a coordinated one
    ("Peru denied the report and condemned Chile.", "Peru", "criticizes", "Chile", A),
    ("Iran denied sending drones to Sudan and condemned Israel.", "Iran", "supplies", "drones", N),
    ("Iran denied sending drones to Sudan and condemned Israel.", "Iran", "criticizes", "Israel", A),
    # a charge the accused denies, named between the accusation and the denial: the accusation stands
    ("Peru accused Bolivia of harbouring smugglers, a charge La Paz denies.", "Peru", "criticizes", "Bolivia", A),
    ("Chile has long accused Peru of shielding bandits, an accusation Lima rejects.", "Chile", "criticizes", "Peru", A),
    ("Ghana accused Togo of arming rebels, a claim Lome denies.", "Ghana", "criticizes", "Togo", A),
    # but what a verb of denial takes as its clause is denied
    ("Bolivia denied that it had accused Peru of harbouring smugglers.", "Bolivia", "criticizes", "Peru", N),
    ("Brazil refused to condemn Russia but criticized Israel.", "Brazil", "criticizes", "Russia", N),
    ("Brazil refused to condemn Russia but criticized Israel.", "Brazil", "criticizes", "Israel", A),
    # but a shared auxiliary and negation reach every conjunct
    ("Egypt will not send troops or attack Sudan.", "Egypt", "attacks", "Sudan", N),
    # "no" before the object denies the act
    ("Officials said Peru had sent no arms to Chile.", "Peru", "supplies", "arms", N),
    # phrasal verbs of negation
    ("Germany ruled out sending tanks to Taiwan.", "Germany", "supplies", "tanks", N),
    ("Canada called off the delivery and did not send jets to Chile.", "Canada", "supplies", "jets", N),
    # a present-tense clause of time or condition defers the act
    ("Japan sends engineers to Iraq once conditions are met.", "Japan", "deploys", "engineers", P),
    ("Chile delivers grain to Peru when the port reopens.", "Chile", "supplies", "grain", P),
    # but a past one does not
    ("Once the talks failed, Chad sent soldiers to Niger.", "Chad", "deploys", "soldiers", A),
    # a headline's bare infinitive is its future
    ("Turkey to send troops to Libya", "Turkey", "deploys", "troops", P),
    ("Kenya to deploy police officers to Haiti", "Kenya", "deploys", "police officers", P),
    ("France is considering sending troops to Gabon.", "France", "deploys", "troops", P),
    # applying to join is not yet being a member
    ("Chile applied to join NATO in 2022.", "Chile", "partOf", "North Atlantic Treaty Organization", P),
    ("Moldova, which applied to join the European Union last year, expelled a Russian diplomat.",
     "Moldova", "partOf", "European Union", P),
    # a noun of intention governs its infinitive
    ("Kenya confirmed its intention to send police officers to Haiti.", "Kenya", "deploys", "police officers", P),
    # but a contract described by a participle was signed: no plan
    ("Ten jets were delivered under a contract signed between Lockheed and Greece in 2020.", "Greece", "signs", "contract", A),
]


@pytest.mark.parametrize(("text", "subject", "relation", "obj", "status"), SCOPE, ids=[f"{r[0][:40]}|{r[3]}" for r in SCOPE])
def test_status_scope(text, subject, relation, obj, status):
    found = _find(text, subject, relation, obj)
    assert found, f"no {subject} -{relation}-> {obj} in:\n{_listing(text)}"
    assert {str(s.status) for s in found} == {status}, _listing(text)


# --- what is no fact at all: text, subject, relation, object --------------------------------
NO_FACT = [
    # what someone is warned or urged to do, or not to do, is neither done nor denied
    ("China warned Japan not to send warships to Taiwan.", "Japan", "supplies", "warships"),
    ("China warned Japan not to send warships to Taiwan.", "China", "supplies", "warships"),
    ("The United States warned Iran against supplying missiles to Russia.", "Iran", "supplies", "missiles"),
    ("The United States warned Iran against supplying missiles to Russia.", "United States", "supplies", "missiles"),
    ("Poland urged Germany to deliver tanks to Ukraine.", "Poland", "supplies", "tanks"),
    ("Poland urged Germany to deliver tanks to Ukraine.", "Germany", "supplies", "tanks"),
    ("Russia demanded that Ukraine withdraw its troops from Kursk.", "Ukraine", "relatedTo", "Kursk"),
    # nor what someone is allowed or authorised to do
    ("It is unclear whether the Kenyan troops will be authorised to open fire on Somalia.", "Kenya", "attacks", "Somalia"),
    ("Peru allowed Chile to send troops to Bolivia.", "Chile", "deploys", "troops"),
    # what is talked or thought about is no fact either
    ("You ask what I think about Chile sending troops to Peru?", "Chile", "deploys", "troops"),
    ("The ministers spoke about Chile sending troops to Peru.", "Chile", "deploys", "troops"),
]


@pytest.mark.parametrize(("text", "subject", "relation", "obj"), NO_FACT, ids=[f"{r[0][:40]}|{r[1]}" for r in NO_FACT])
def test_no_fact(text, subject, relation, obj):
    assert not _find(text, subject, relation, obj), _listing(text)


# --- attribution: text, subject, relation, object, status, the source's label (None: none) --
ATTRIBUTION = [
    # inverted reporting clauses
    ("Iran has sent drones to Sudan, said John Kirby.", "Iran", "supplies", "drones", A, "John Kirby"),
    ("Iran has sent drones to Sudan, reported the Financial Times.", "Iran", "supplies", "drones", A, "Financial Times"),
    # "it said": the organisation meant
    ("The Red Cross said Sudan had killed 40 civilians. Rwanda has sent troops to Congo, it said.",
     "Rwanda", "deploys", "troops", A, "International Committee of the Red Cross"),
    # a clause coordinated with the report is the writer's, not the reporter's
    ("Ukraine said it had asked Germany for tanks, and Germany sent 14 tanks to Ukraine.",
     "Germany", "supplies", "tanks", A, None),
    # through a source noun to who gave it
    ("China has sent 20 tanks to Serbia, according to a statement by Amnesty International.",
     "China", "supplies", "tanks", A, "Amnesty International"),
    ("According to Pentagon data, Russia lost 300 soldiers.", "Russia", "sufferedCasualties", "300", A, "Pentagon"),
    # an event named in a prepositional phrase is presupposed, not what the clause reports
    ("The Houthis claimed a drone attack on a tanker in retaliation for US strikes on Yemen.",
     "United States", "attacks", "Yemen", A, None),
    # an accusation makes the act alleged, by the accuser
    ("Ukraine accused Russia of shelling Odesa.", "Russia", "attacks", "Odesa", L, "Ukraine"),
    ("Azerbaijan accused Armenia of sending weapons to Iran.", "Armenia", "supplies", "weapons", L, "Azerbaijan"),
    # the words that describe the reporter are the writer's, not the report
    ("The Iran-backed Tasnim news agency reported two new strikes on Monday.",
     "Iran", "supports", "Iran-backed Tasnim news agency", A, None),
    # a subject that speaks for itself is its own source
    ("Russia said it had sent 500 troops to Belarus.", "Russia", "deploys", "troops", A, "Russia"),
    ("Rwanda has sent troops to Congo, it said.", "Rwanda", "deploys", "troops", A, "Rwanda"),
    # first person in a quotation: the speaker's side
    ('"We will send 300 soldiers to Haiti," the Kenyan government said.', "Kenya", "deploys", "soldiers", P, "Kenya"),
    # a nominal event a subject claims or declares is its own claim; an act done by
    # announcing it is no one's report
    ("The Houthis declared the capture of Marib on Sunday.", "Houthis", "occupies", "Marib", A, "Houthis"),
    ("The Taliban declared the capture of Herat after a week of fighting.", "Taliban", "occupies", "Herāt", A, "Taliban"),
    ("Hamas claimed the attack on Sderot.", "Hamas", "attacks", "Sderot", A, "Hamas"),
    ("Russia announced sanctions on Chile.", "Russia", "sanctions", "Chile", A, None),
    # a second predicate of the subject after a comma is no inverted report
    ("The M23 rebels, engaged in a conflict with Congo's army, declared the capture of Goma.",
     "M23 rebels", "attacks", "Congo's army", A, None),
    # a past clause of time or cause is the writer's fact, not the report's
    ("It was the first exchange since Ukraine attacked Belgorod in May, Reuters reported.",
     "Ukraine", "attacks", "Belgorod", A, None),
    ("Talks resumed after Chad had attacked Niger, the ministry said.", "Chad", "attacks", "Niger", A, None),
    # a participle describing a noun is the writer's description, not the report's
    ("Ten jets were delivered under a contract signed between Lockheed and Greece in 2020, Reuters reported.",
     "Greece", "signs", "contract", A, None),
    ("Greece has signed a contract with Lockheed, Reuters reported.", "Greece", "signs", "contract", A, "Reuters"),
    # "the statement", "the ministry data": the source named before; an indefinite one names no one
    ("The Kenyan Defence Ministry said on Monday that talks had begun. Kenya has sent 400 police officers to Haiti, "
     "the statement added.", "Kenya", "deploys", "police officers", A, "Kenyan Defence Ministry"),
    ("Kenya has sent 400 police officers to Haiti, a statement said.", "Kenya", "deploys", "police officers", A, None),
    ("The Peruvian Defence Ministry published new figures on Monday. According to the ministry data, Chile lost 300 "
     "soldiers.", "Chile", "sufferedCasualties", "300", A, "Peruvian Defence Ministry"),
    ("The Taliban rejected the figures. According to the ministry data, Chile lost 300 soldiers.",
     "Chile", "sufferedCasualties", "300", A, None),
    # "according to the officials cited", which the parser reads as a clause of its own
    ("According to the officials cited, Iran sent 450 drones to Russia.", "Iran", "supplies", "drones", A, "officials"),
    ("According to officials, Iran sent 450 drones to Russia.", "Iran", "supplies", "drones", A, "officials"),
    # an unnamed speaker "for" or "of" a body speaks for it
    ("A spokesman for Amnesty International said Russia had sent 200 troops to Mali.",
     "Russia", "deploys", "troops", A, "Amnesty International"),
    # a headline's source set off by a colon, before or after what it says; a place is no source
    ("Amnesty International: Chile sends troops to Peru", "Chile", "deploys", "troops", A, "Amnesty International"),
    ("Chile sends troops to Peru: Amnesty International", "Chile", "deploys", "troops", A, "Amnesty International"),
    ("Lima: Chile sends troops to Peru", "Chile", "deploys", "troops", A, None),
    ("Chile sends troops to Peru: Bolivia", "Chile", "deploys", "troops", A, None),
    # a title or apposition is the writer's own description, whoever speaks in the clause
    ("Ben Wallace, the British defence secretary, said Iran had sent drones to Russia.",
     "Ben Wallace", "worksFor", "United Kingdom", A, None),
    ("Sudan denied that Mohamed Hamdan Dagalo, the leader of the Rapid Support Forces, had visited Chad.",
     "Mohamed Hamdan Dagalo", "leaderOf", "Rapid Support Forces", A, None),
]


@pytest.mark.parametrize(
    ("text", "subject", "relation", "obj", "status", "source"), ATTRIBUTION, ids=[f"{r[0][:40]}|{r[1]}" for r in ATTRIBUTION]
)
def test_attribution(text, subject, relation, obj, status, source):
    found = _find(text, subject, relation, obj)
    assert found, f"no {subject} -{relation}-> {obj} in:\n{_listing(text)}"
    assert any(str(s.status) == status for s in found), _listing(text)
    sources = {s.according_to.label if s.according_to else None for s in found}
    assert sources == {source}, _listing(text)


# --- time against the publication date (a Wednesday): text, subject, relation, object, value,
# precision, bound --------------------------------------------------------------------------
TIME = [
    # a weekday: in the past, the latest such day on or before the date; planned, the next one on or after
    ("Russia shelled Odesa on Monday.", "Russia", "attacks", "Odesa", "2024-06-24", "day", None),
    ("Russia shelled Odesa on Wednesday.", "Russia", "attacks", "Odesa", "2024-06-26", "day", None),
    ("Joe Biden will visit Israel on Friday.", "Joe Biden", "visits", "Israel", "2024-06-28", "day", None),
    ("Joe Biden visited Israel last Wednesday.", "Joe Biden", "visits", "Israel", "2024-06-19", "day", None),
    # a week is its Monday
    ("Joe Biden visited Egypt last week.", "Joe Biden", "visits", "Egypt", "2024-06-17", "week", None),
    ("Antony Blinken will visit China next week.", "Antony Blinken", "visits", "China", "2024-07-01", "week", None),
    # a month: in the past the last one, planned the next one
    ("Germany will deliver 20 tanks to Ukraine by March.", "Germany", "supplies", "tanks", "2025-03", "month", "end"),
    ("Germany delivered 20 tanks to Ukraine in March.", "Germany", "supplies", "tanks", "2024-03", "month", None),
    ("Spain will send 50 trucks to Ukraine by July.", "Spain", "supplies", "trucks", "2024-07", "month", "end"),
    # a start
    ("Russia has occupied Donetsk since 2014.", "Russia", "occupies", "Donetsk", "2014", "year", "start"),
    # a day written out, with or without its year
    ("Poland signed the treaty on May 8, 2021.", "Poland", "signs", "treaty", "2021-05-08", "day", None),
    ("Turkey delivered drones to Poland on Aug. 6.", "Turkey", "supplies", "drones", "2023-08-06", "day", None),
]


@pytest.mark.parametrize(
    ("text", "subject", "relation", "obj", "value", "precision", "bound"), TIME, ids=[r[0][:48] for r in TIME]
)
def test_time(text, subject, relation, obj, value, precision, bound):
    found = _find(text, subject, relation, obj)
    assert found, f"no {subject} -{relation}-> {obj} in:\n{_listing(text)}"
    assert {(s.time.value, s.time.precision, s.time.bound) for s in found if s.time} == {(value, precision, bound)}, _listing(text)


@pytest.mark.parametrize(
    "text",
    ["Nov. 22, 1963", "Nov. 22 , 1963", "april 5 , 1908", "8 May 2021", "08th May, 2021", "Sept. 30, 2024",
     "SEPT 1, 2021", "January 1988", "Jan., 2021", "Feb. 29, 2024", "Feb. 29, 2023", "Feb 30, 2021",
     "Tuesday, May 8, 2021", "early May 2021", "May 8", "mayo 5, 2021"],
)  # fmt: skip
@pytest.mark.parametrize("base", [None, dt.date(2021, 6, 1)])
def test_plain_days_read_as_dateparser_reads_them(text, base):
    """The plain written-out dates timex reads without dateparser give dateparser's day."""
    from dateparser.date import DateDataParser

    from kgraph.nlp.timex import _day_of

    when = dt.datetime.combine(base or dt.date(2000, 1, 1), dt.time())
    data = DateDataParser(languages=["en"], settings={"RELATIVE_BASE": when, "PREFER_DATES_FROM": "past"}).get_date_data(text)
    expected = data.date_obj.date() if data.date_obj is not None and data.period == "day" else None
    assert _day_of(text, base) == expected

"""Leaders named by a bare title (kgraph.nlp.office_titles), as a table of our own dated
sentences run through the whole of ``kgraph.extract.extract``: the office holders' data
says whose state a title's holder leads (or, for a second's title, serves) on the
document's date.

Sentences are made up, news-style (the holders are real: the data must know them); none is
from the samples, the benchmark or the audit pool. A first line stands for the headline,
whose capitals the title rules do not read.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

from tests.factories import extracted_triples

pytestmark = pytest.mark.slow

HEAD = "Talks resume\n\n"
SAID = " said on Monday that the talks would resume."
ZELENSKY = ("2023-05-02", "Zelensky", "leaderOf", "Ukraine")
HARRIS_LEADS = ("2022-05-02", "Kamala Harris", "leaderOf", "United States")

# (text, date, subject label, relation, object label): must be stated.
MUST = [
    (HEAD + "President Zelensky" + SAID, *ZELENSKY),
    (HEAD + "Prime Minister Narendra Modi met the delegation in Delhi on Friday.", "2019-03-01", "Narendra Modi", "leaderOf", "India"),
    (HEAD + "The deal came after President Xi Jinping hosted the summit.", "2024-03-02", "Xi Jinping", "leaderOf", "China"),
    # another transliteration than the data's ("LUKASHENKA"), a suffix, a name the NER left untagged
    (HEAD + "President Lukashenko said the troops would stay home.", "2022-05-02", "Lukashenko", "leaderOf", "Belarus"),
    (HEAD + "The minister briefed President Ferdinand Marcos Jr. on the incident.", "2024-07-08", "Ferdinand Marcos Jr.",
     "leaderOf", "Philippines"),
    (HEAD + "Chancellor Scholz said on Thursday that the government would send more tanks to the front.", "2023-03-02",
     "Scholz", "leaderOf", "Germany"),
    (HEAD + "Supreme Leader Ali Khamenei praised the strikes on Sunday.", "2024-05-02", "Ali Khamenei", "leaderOf", "Iran"),
    # an honorific between title and name; "of" and no name after the holder's
    (HEAD + "The envoy will call on Prime Minister Mr Narendra Modi on Thursday.", "2019-03-01", "Narendra Modi", "leaderOf", "India"),
    (HEAD + "Soldiers seized the palace, accusing President Xi Jinping of corruption.", "2024-03-02", "Xi Jinping", "leaderOf", "China"),
    # a holder who left office in the month before the story
    (HEAD + "The coup forced President Andry Rajoelina into exile last week.", "2025-10-25", "Andry Rajoelina",
     "leaderOf", "Madagascar"),
    # a second's title: worksFor the state
    (HEAD + "Vice President Kamala Harris said on Monday the talks would resume.", "2022-05-02", "Kamala Harris",
     "worksFor", "United States"),
    (HEAD + "Vice-President Harris said on Monday the talks would resume.", "2022-05-02", "Harris", "worksFor",
     "United States"),
]  # fmt: skip

# (text, date, subject label, relation, object label): must not be stated.
MUST_NOT = [
    # out of office on the document's date, or no date at all
    (HEAD + "President Zelensky said on Monday that the talks would resume.", "2018-05-02", "Zelensky", "leaderOf", "Ukraine"),
    (HEAD + "President Zelensky said on Monday that the talks would resume.", None, "Zelensky", "leaderOf", "Ukraine"),
    (HEAD + "Chancellor Scholz said on Thursday that the government would send more tanks to the front.", "2025-09-02",
     "Scholz", "leaderOf", "Germany"),
    # another office than the holder's
    (HEAD + "Prime Minister Zelensky" + SAID, *ZELENSKY),
    # a past holder, said so, though the date is within the tenure
    (HEAD + "Former Prime Minister Boris Johnson said the plan would fail.", "2022-09-20", "Boris Johnson",
     "leaderOf", "United Kingdom"),
    # a second's title is no leader's, a leader's no second's
    (HEAD + "Vice President Kamala Harris" + SAID, *HARRIS_LEADS),
    (HEAD + "President Kamala Harris" + SAID, *HARRIS_LEADS),
    # a name two states' holders share that day
    (HEAD + "King Abdallah received the envoy on Monday.", "2014-06-02", "Abdallah", "leaderOf", "Jordan"),
    (HEAD + "King Abdallah received the envoy on Monday.", "2014-06-02", "Abdallah", "leaderOf", "Saudi Arabia"),
    # a state named in the phrase says whose office it is, not the data
    (HEAD + "Uganda's President Zelensky" + SAID, *ZELENSKY),
    (HEAD + "President Zelensky of Uganda" + SAID, *ZELENSKY),
    # a name the NER left untagged that runs into a place's noun; one letter off the data's only with its initial
    (HEAD + "Traffic resumed on the King Abdullah II Bridge on Monday.", "2016-06-02", "Abdullah II Bridge", "leaderOf", "Jordan"),
    # never from the name alone
    (HEAD + "Zelensky" + SAID, *ZELENSKY),
]  # fmt: skip


@lru_cache(maxsize=None)
def _triples(text: str, day: str | None) -> frozenset[tuple[str, str, str]]:
    return extracted_triples(text, dt.date.fromisoformat(day) if day else None)


@pytest.mark.parametrize(("text", "day", "subject", "relation", "obj"), MUST, ids=[f"{r[0][len(HEAD):][:40]}@{r[1]}" for r in MUST])
def test_bare_title_names_the_state(nlp, text, day, subject, relation, obj):
    found = _triples(text, day)
    assert (subject, relation, obj) in found, f"{text!r} ({day}): got {sorted(found)}"


@pytest.mark.parametrize(("text", "day", "subject", "relation", "obj"), MUST_NOT, ids=[f"{r[0][len(HEAD):][:40]}@{r[1]}" for r in MUST_NOT])
def test_bare_title_does_not_fire(nlp, text, day, subject, relation, obj):
    found = _triples(text, day)
    assert (subject, relation, obj) not in found, f"{text!r} ({day}): got {sorted(found)}"

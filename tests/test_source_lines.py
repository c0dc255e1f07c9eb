"""Wire-service source lines (kgraph.nlp.source_lines), as a table of lines."""

from __future__ import annotations

import pytest

from kgraph.extract import extract
from kgraph.iri import document_iri
from kgraph.nlp.source_lines import DOCUMENT_NUMBER
from kgraph.types import Document

pytestmark = pytest.mark.slow

# a line (invented outlets and numbers), the outlet, the place it is based in
LINES = [
    ("XY0101120094 Lisbon Radio Alvorada in Portuguese 1200 GMT 1 Jan 94", "Radio Alvorada", "Lisbon"),
    ("Floods Close Schools QZ1203040596 Nairobi DAILY ECHO in English 3 Mar 96 p 2", "DAILY ECHO", "Nairobi"),
    ("Vienna KURIER-ABEND in German 0800 GMT 5 May 95", "KURIER-ABEND", "Vienna"),
    ("Lima EL OBSERVADOR", "EL OBSERVADOR", "Lima"),
    ("AB1234567890 Mexico City Canal Azul Television in Spanish 2100 GMT 9 Sep 93", "Canal Azul Television", "Mexico City"),
]

# sentences that start with a place and a name but are no source line
NOT_LINES = [
    "Berlin Marathon in September 2023 drew 40,000 runners.",
    "Tokyo Electric said in March it would sell power.",
    "London Stock Exchange shares fell on Monday.",
    "Madrid Airport in July 2019 handled 6 million passengers.",
]


def _statements(text: str):
    doc = Document(iri=document_iri("line"), source="line", text=text, sha256="")
    return extract([doc]).statements


@pytest.mark.parametrize(("line", "outlet", "place"), LINES, ids=[c[1] for c in LINES])
def test_a_source_line_places_its_outlet(line, outlet, place):
    stmts = _statements(line)
    got = {(s.subject.text, str(s.relation), s.object.text) for s in stmts}
    assert (outlet, "basedIn", place) in got, got
    # the time stamp and the language are no entities
    assert {s.object.text for s in stmts} <= {place}, got


@pytest.mark.parametrize("sentence", NOT_LINES)
def test_a_sentence_is_no_source_line(sentence):
    got = {(s.subject.text, str(s.relation), s.object.text) for s in _statements(sentence)}
    assert not any(rule == "basedIn" and subj in ("Marathon", "Electric", "Airport") for subj, rule, _ in got), got


def test_document_numbers():
    assert DOCUMENT_NUMBER.match("LD2804174994") and not DOCUMENT_NUMBER.match("GMT") and not DOCUMENT_NUMBER.match("A380")

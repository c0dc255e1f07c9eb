"""Datelines whose places are not in capitals (kgraph.nlp.furniture): only with a date, a
credit and a dash after them is a line's opening a dateline, or with a place the gazetteer
knows and a date of a month before the story or the line's end, as a table of our own lines."""

from __future__ import annotations

import pytest

from kgraph.nlp.furniture import dateline, masked

# line, the dateline's places, its credit
TITLED = [
    ("Sofia, February 15 (BTA) -- Today the parties met.", ["Sofia"], "BTA"),
    ("(Text) Lusaka, 3 May (ZANA) -- The minister said talks would resume.", ["Lusaka"], "ZANA"),
    ("Moscow April 25 TASS -- Measurements were taken at sea.", ["Moscow"], "TASS"),
    ("Saint-Gall, Switzerland, Feb 2 (AFP) -- A wreck was found.", ["Saint-Gall", "Switzerland"], "AFP"),
    ("Addis Ababa, Jan. 20 (ENA) - Talks opened on Monday.", ["Addis Ababa"], "ENA"),
    # the country in brackets, and a colon for the dash
    ("Lima [Peru], May 3 (EFE): Talks resumed on Monday.", ["Lima"], "EFE"),
    ("Nairobi, July 9 (KNA): The minister said talks would resume.", ["Nairobi"], "KNA"),
    # a credit between slashes; a place the gazetteer knows with a credit and a dash needs no date
    ("Chisinau, Sep 18 /MOLDPRES/- The government decided today to act.", ["Chisinau"], "MOLDPRES"),
    ("Beijing (Reuters) – China and Laos on Monday signed a pact.", ["Beijing"], "Reuters"),
]

# a dateline closed by a bare colon: only a place the gazetteer knows opens one
COLON = [
    ("Kuala Lumpur: Laos and Vietnam signed a pact.", ["Kuala Lumpur"]),
    ("New Delhi: The minister left for Paris on Monday.", ["New Delhi"]),
    ("Islamabad, Pakistan: Talks resumed on Monday.", ["Islamabad", "Pakistan"]),
]


# a dateline with no dash: a place the gazetteer knows and a date of a month, perhaps a
# credit, then the story or the line's end
BARE = [
    ("Lima, Peru, March 4", ["Lima", "Peru"], None),
    ("Sofia, February 15 (BTA) The parties met.", ["Sofia"], "BTA"),
    ("Tbilisi, Sept 9 Georgia's prime minister said talks would resume.", ["Tbilisi"], None),
]


@pytest.mark.parametrize(("text", "places"), COLON, ids=[t[0][:24] for t in COLON])
def test_a_dateline_may_end_in_a_colon(text, places):
    found = dateline(text)
    assert found is not None
    assert [text[a:b] for a, b in found.places] == places
    assert found.credit is None
    assert masked(text)[: found.end].strip() == ""


@pytest.mark.parametrize(("text", "places", "credit"), TITLED + BARE, ids=[t[0][:24] for t in TITLED + BARE])
def test_a_titled_dateline_needs_a_date_and_a_credit_or_a_known_place(text, places, credit):
    found = dateline(text)
    assert found is not None
    assert [text[a:b] for a, b in found.places] == places
    assert (text[found.credit[0] : found.credit[1]] if found.credit else None) == credit
    assert masked(text)[: found.end].strip() == ""


@pytest.mark.parametrize(
    "text",
    [
        "Russia on March 5 (local time) - said nothing new.",  # no date right after the place
        "Moscow, March 5 -- the day the talks collapsed.",  # no credit
        "Moscow (TASS) said on Monday it would reply.",  # no date
        "Tarnville, February 15 (BTA) The parties met.",  # no dash, and no place the gazetteer knows
        "Paris, May 3 is the day the talks open.",  # the date is the sentence's subject
        "Putin: Russia will sign the treaty next week.",  # a speaker, no place
        "Update: the talks resumed on Monday.",  # a label, no place
        "Kuala Lumpur: ",  # no story after the colon
        "Hezbollah (Party of God) – the group said it fired rockets.",  # no place before the brackets
        "Acme Corp (NYSE: ACM) - The company said it would grow.",  # a ticker, no place
    ],
)
def test_other_openings_are_kept(text):
    assert masked("Headline\n" + text) == "Headline\n" + text

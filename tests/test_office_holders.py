"""Tests for kgraph.office_holders and the parser of its generator script,
scripts/make_office_holders.py (the archive it reads is not needed: its parser is given
executive-branch fields written here in the Factbook's form)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path

import pytest

from kgraph.errors import DataFileError
from kgraph.office_holders import DEFAULT_PATH, OfficeHolders, Tenure, name_key, office_holders, office_of

ROOT = Path(__file__).resolve().parent.parent


def _script():
    spec = importlib.util.spec_from_file_location("make_office_holders", ROOT / "scripts" / "make_office_holders.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("title", "offices"),
    [
        ("President", ["president"]),
        ("Prime Minister", ["prime minister"]),
        ("Premier", ["prime minister"]),
        ("Federal Chancellor", ["chancellor"]),
        ("Supreme Leader", ["supreme leader"]),
        ("King and Prime Minister", ["monarch", "prime minister"]),
        ("Transition President", ["president"]),
        ("State Affairs Commission President", ["president"]),
        # a second's title names the second's office, an heir's none
        ("Vice President", ["vice president"]),
        ("Deputy Prime Minister", ["deputy prime minister"]),
        ("First Deputy Premier", ["deputy prime minister"]),
        ("Prime Minister and Co-Vice President", ["prime minister", "vice president"]),
        ("Vice Chancellor", []),
        ("Crown Prince", []),
        ("Heir Apparent Prince", []),
        ("Foreign Minister", []),
        ("", []),
    ],
)
def test_office_of(title, offices):
    assert office_of(title) == offices


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Zelenskyy", "Zelensky", True),
        ("Zelenskiy", "Zelensky", True),
        ("Erdoğan", "Erdogan", True),
        ("Lukashenka", "Lukashenko", True),
        ("el-Sisi", "El Sisi", True),
        ("Modi", "Mody", False),
        ("Sharif", "Sharaf", False),
        ("Moon", "Moen", False),
    ],
)
def test_name_key(a, b, same):
    assert (name_key(a) == name_key(b)) is same


def _tenure(state, office, surname, given, start, end=None):
    return Tenure(state, office, surname, frozenset(name_key(g)[:1] for g in given), dt.date.fromisoformat(start),
                  dt.date.fromisoformat(end) if end else None)  # fmt: skip


HOLDERS = OfficeHolders([
    _tenure("Ukraine", "president", "zelensky", ["Volodymyr"], "2019-05-20"),
    _tenure("Ukraine", "president", "poroshenko", ["Petro"], "2014-06-07", "2019-05-20"),
    _tenure("China", "president", "xi", ["Jinping"], "2013-03-14"),
    _tenure("Egypt", "president", "el sisi", ["Abdel", "Fattah"], "2014-06-08"),
    _tenure("United Kingdom", "monarch", "charles iii", [], "2022-09-08"),
    _tenure("Jordan", "monarch", "abdallah ii", [], "1999-02-07"),
    _tenure("Saudi Arabia", "monarch", "abdallah", ["bin", "Abd"], "2005-08-01", "2015-01-23"),
    _tenure("Slovakia", "prime minister", "pelligrini", ["Peter"], "2018-03-22", "2020-03-21"),
    _tenure("South Korea", "president", "moon", ["Jae-in"], "2017-05-10", "2022-05-10"),
])  # fmt: skip


@pytest.mark.parametrize(
    ("name", "office", "day", "states"),
    [
        ("Zelensky", "president", "2023-05-02", {"Ukraine"}),
        ("Volodymyr Zelenskiy", "president", "2023-05-02", {"Ukraine"}),
        ("Poroshenko", "president", "2016-01-01", {"Ukraine"}),
        ("Xi Jinping", "president", "2024-01-01", {"China"}),  # the surname first
        ("Sisi", "president", "2024-01-01", {"Egypt"}),  # the article left out
        ("Abdel Fattah el-Sisi", "president", "2024-01-01", {"Egypt"}),
        ("Charles", "monarch", "2023-01-01", {"United Kingdom"}),  # the ordinal left out
        ("Abdallah", "monarch", "2014-06-01", {"Jordan", "Saudi Arabia"}),  # two states' holders
        ("Peter Pellegrini", "prime minister", "2019-01-01", {"Slovakia"}),  # one letter off the data's spelling
        ("Moen", "president", "2019-01-01", set()),  # ... not in a short name
        # not in office that day, another office, another given name
        ("Zelensky", "president", "2018-05-02", set()),
        ("Poroshenko", "president", "2019-06-10", {"Ukraine"}),  # a month after leaving office
        ("Poroshenko", "president", "2019-06-20", set()),
        ("Zelensky", "prime minister", "2023-05-02", set()),
        ("Oleksandr Zelensky", "president", "2023-05-02", set()),
        ("Ivan Sokolov", "president", "2023-05-02", set()),
    ],
)
def test_states_holding(name, office, day, states):
    assert HOLDERS.states_holding(name, office, dt.date.fromisoformat(day)) == states


def test_shipped_data_knows_the_field():
    holders = office_holders()
    assert holders.states_holding("Zelensky", "president", dt.date(2024, 1, 1)) == {"Ukraine"}
    assert holders.states_holding("Scholz", "chancellor", dt.date(2023, 1, 1)) == {"Germany"}
    assert holders.states_holding("Scholz", "chancellor", dt.date(2025, 7, 1)) == set()
    assert holders.states_holding("Narendra Modi", "prime minister", dt.date(2015, 1, 1)) == {"India"}
    raw = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))
    assert len({h["state"] for h in raw["holders"]}) > 180  # every sovereign state, near enough


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "cannot read"), ("{not json", "cannot read"), ('{"version": 99, "holders": []}', "expected version"),
     ('{"version": 1, "holders": [{"state": "X"}]}', "malformed entry")],
)  # fmt: skip
def test_bad_file_says_what_to_do(tmp_path, content, message):
    path = tmp_path / "holders.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError, match=message):
        office_holders.__wrapped__(path)


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("chief of state: President Volodymyr ZELENSKYY (since 20 May 2019) head of government: Prime Minister Denys "
         "SHMYHAL (since 4 March 2020); First Deputy Prime Minister Yuliia SVYRYDENKO (since 4 November 2021) cabinet: "
         "Cabinet of Ministers",
         [("state", "president", "Volodymyr ZELENSKYY", "2019-05-20"),
          ("government", "prime minister", "Denys SHMYHAL", "2020-03-04"),
          ("government", "deputy prime minister", "Yuliia SVYRYDENKO", "2021-11-04")]),
        # notes left out; a note's clause does not hide the holder after it
        ("chief of state: President Gotabaya RAJAPAKSA (since 18 November 2019); note - the president is both chief "
         "of state and head of government; Prime Minister Mahinda RAJAPAKSA (since 21 November 2019) head of "
         "government: President Gotabaya RAJAPAKSA (since 18 November 2019) cabinet: Cabinet appointed",
         [("state", "president", "Gotabaya RAJAPAKSA", "2019-11-18"),
          ("state", "prime minister", "Mahinda RAJAPAKSA", "2019-11-21"),
          ("government", "president", "Gotabaya RAJAPAKSA", "2019-11-18")]),
        # the surname first, a nickname dropped, a state's words no given name, a month alone
        ("chief of state: President XI Jinping (since 14 March 2013); Vice President HAN Zheng (since 10 March 2023) "
         "head of government: Premier LI Qiang (since March 2023)",
         [("state", "president", "XI Jinping", "2013-03-14"), ("state", "vice president", "HAN Zheng", "2023-03-10"),
          ("government", "prime minister", "LI Qiang", "2023-03-01")]),
        ('chief of state: President Ferdinand "BongBong" MARCOS, Jr. (since 30 June 2022)',
         [("state", "president", "Ferdinand MARCOS", "2022-06-30")]),
        ("chief of state: President of the Islamic Republic of Afghanistan Hamid KARZAI (since 7 December 2004)",
         [("state", "president", "Hamid KARZAI", "2004-12-07")]),
        ("chief of state: King and Prime Minister ABDALLAH bin Abd al-Aziz Al Saud (since 1 August 2005); Heir "
         "Apparent Crown Prince SALMAN bin Abd al-Aziz Al Saud",
         [("state", "monarch", "ABDALLAH bin Abd al-Aziz Al Saud", "2005-08-01"),
          ("state", "prime minister", "ABDALLAH bin Abd al-Aziz Al Saud", "2005-08-01")]),
        # prose, no one in capitals
        ("chief of state: following the election, President HERZOG tasked NETANYAHU with forming a government", []),
        ("chief of state: | head of government: | cabinet: |", []),
    ],
)  # fmt: skip
def test_generator_reads_executive_branch(field, expected):
    got = [(k, o, n, s.isoformat() if s else None) for k, o, n, s in _script().holders(field, frozenset({"afghanistan"}))]
    assert got == expected

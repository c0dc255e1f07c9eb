"""kgraph.acronyms: the linear scanner finds what the old regular expression found,
and its work grows with the text, not with the square of a run of capitals."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kgraph.acronyms import acronym_definitions, initialisms
from kgraph.resolve import Resolver, _match_initials

#: The expression the scanner replaces (nested quantifiers: quadratic or worse); the
#: oracle for small texts only.
OLD = re.compile(
    r"((?:[A-Z][\w'’\-]*|of|the|and|for|de|du|la|al)(?:\s+(?:[A-Z][\w'’\-]*|of|the|and|for|de|du|la|al))*)"
    r"\s*\(\s*([A-Z][A-Za-z&\-]{1,9})\s*\)"
)


def old_definitions(text: str) -> list[tuple[str, str | None]]:
    return [(m.group(2), _match_initials(m.group(1).split(), m.group(2))) for m in OLD.finditer(text)]


def new_definitions(text: str) -> list[tuple[str, str | None]]:
    return [(short, _match_initials(words, short)) for words, short in acronym_definitions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Donetsk People's Republic (DPR) said", [("DPR", "Donetsk People's Republic")]),
        ("the Ministry of Defence (MoD)", [("MoD", None)]),
        ("the Ministry of Defence (MD)", [("MD", "Ministry of Defence")]),
        ("Research and Development (R&D) grew", [("R&D", "Research and Development")]),
        ("World Health Organization(WHO)", [("WHO", "World Health Organization")]),
        ("the big Foo Bar ( FB ) now", [("FB", "Foo Bar")]),
        ("said, (AB) and", []),
        ("an Apple (XY)", [("XY", None)]),
        ("xFoo Bar (FB)", [("FB", "Foo Bar")]),
        ("A (AB (CD)", [("CD", None)]),
    ],
)
def test_definitions(text: str, expected: list) -> None:
    assert new_definitions(text) == expected == old_definitions(text)


_PIECES = st.sampled_from(
    ["A", "B", "Ab", "Bc", "AB", "of", "the", "la", "al", "x", "é", "É", "1", "_", "'", "’", "-", "&",
     " ", "  ", "\n", "\u00a0", "(", ")", ",", ".", "AB)", "(AB", "(A-B)", "(R&D)"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_same_as_the_regular_expression(text: str) -> None:
    assert new_definitions(text) == old_definitions(text)


class CountingText(str):
    """A text that counts the characters the scanner reads one by one or in slices."""

    reads = 0

    def __getitem__(self, key):  # noqa: ANN001, ANN204
        got = str.__getitem__(self, key)
        CountingText.reads += len(got)
        return got


ADVERSARIAL = {
    "capitals": "Abc Def " * 25_000,
    "capitals then brackets": ("Abc Def " * 200 + "(AD) ") * 130,
    "one long word": "A" * 100_000 + " (AB) " + "B" * 100_000 + "(AB)",
    "connectors": "Abc " + "of the " * 29_000 + "Def (AD)",
    "punctuation runs": "!?( " * 40_000 + ")" * 40_000,
    "nested brackets": "(" * 50_000 + "AB" + ")" * 50_000 + " Abc Def (AD) " * 8_000,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_work_is_linear_on_adversarial_text(name: str) -> None:
    text = ADVERSARIAL[name]
    assert len(text) >= 200_000
    CountingText.reads = 0
    list(acronym_definitions(CountingText(text)))
    assert CountingText.reads <= 4 * len(text), f"{CountingText.reads} character reads for {len(text)} characters"


def test_resolver_defines_acronyms_of_a_long_text() -> None:
    text = "Abc Def " * 25_000 + "the Ministry of Defence (MD) said. The MD"
    assert Resolver().scan_acronyms(text)[-1] == ("MD", "Ministry of Defence")


# names of a document -> the undefined acronyms they spell
INITIALISMS = [
    (["Border Security Force", "BSF"], [("BSF", "Border Security Force")]),
    (["Chile's Border Security Force", "BSF"], [("BSF", "Border Security Force")]),  # the owner is no initial
    (["Ministry of Defence", "MD"], [("MD", "Ministry of Defence")]),  # small words are skipped
    (["Rapid Support Forces", "Red Sea Fleet", "RSF"], []),  # two names spell it: neither
    (["Border Security Force", "BSA"], []),  # the letters differ
    (["Security Force", "Border Security Force", "SF"], [("SF", "Security Force")]),  # all initials, not a tail
    (["Force", "F"], []),  # one word is no long form
]


@pytest.mark.parametrize(("names", "expected"), INITIALISMS, ids=[" / ".join(r[0]) for r in INITIALISMS])
def test_initialisms(names: list[str], expected: list) -> None:
    assert initialisms(names) == expected

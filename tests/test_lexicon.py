"""Loading and checking the lexicon of word classes (kgraph.nlp.lexicon)."""

from __future__ import annotations

import json

import pytest

from kgraph.errors import DataFileError
from kgraph.nlp.lexicon import DEFAULT_LEXICON, load_lexicon


def test_default_lexicon_has_role_classes():
    lex = load_lexicon()
    assert {"subsidiary", "division"} <= lex.part_nouns
    assert {"ruler", "general manager", "chief executive"} <= lex.leader_titles
    assert "group" in lex.anaphoric_nouns


def _written(tmp_path, **changes):
    data = json.loads(DEFAULT_LEXICON.read_text(encoding="utf-8"))
    for key, value in changes.items():
        if value is None:
            data.pop(key)
        else:
            data[key] = value
    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# changes to the default file -> the words part_nouns holds after loading, or the key the error names
CASES = [
    ({"part_nouns": None}, frozenset()),  # an older lexicon without the list: the rule finds nothing
    ({"part_nouns": ["Unit", "wing"]}, frozenset({"unit", "wing"})),
    ({"part_nouns": "unit"}, "'part_nouns' must be a list of strings"),
    ({"part_nouns": ["unit", 3]}, "'part_nouns' must be a list of strings"),
    ({"leader_titles": None}, "missing key 'leader_titles'"),
]


@pytest.mark.parametrize(("changes", "want"), CASES, ids=[str(c[0]) for c in CASES])
def test_lists_are_loaded_and_checked(tmp_path, changes, want):
    path = _written(tmp_path, **changes)
    if isinstance(want, str):
        with pytest.raises(DataFileError, match=want):
            load_lexicon(path)
    else:
        assert load_lexicon(path).part_nouns == want


def test_word_sets_worked_out_once() -> None:
    lex = load_lexicon()
    assert lex.title_words == frozenset(t.split()[-1] for t in lex.leader_titles | lex.member_titles) | lex.honorifics
    assert lex.org_nouns == lex.organization_nouns | lex.institution_nouns
    assert lex.all_body_nouns == lex.organization_nouns | lex.institution_nouns | lex.military_org_nouns
    assert {"minister", "president"} <= lex.title_words and lex.all_body_nouns is lex.all_body_nouns

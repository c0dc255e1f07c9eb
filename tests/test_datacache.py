"""The start-up tables kept between processes: built once, read back the same, never stale."""

from __future__ import annotations

import gc

import pytest

from kgraph import datacache, gazetteer
from kgraph.nlp import verb_lemmas


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv(datacache.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_built_once_then_read(cache):
    calls = []

    def build():
        calls.append(1)
        return {"a": (1, "b"), "c": [None, True]}

    first = datacache.cached("table", [b"source"], build)
    second = datacache.cached("table", [b"source"], build)
    assert first == second == {"a": (1, "b"), "c": [None, True]}
    assert len(calls) == 1
    assert len(list(cache.glob("table-*.marshal"))) == 1


def test_changed_source_builds_again(cache):
    assert datacache.cached("table", [b"one"], lambda: 1) == 1
    assert datacache.cached("table", [b"two"], lambda: 2) == 2
    assert datacache.cached("table", [b"one"], lambda: 3) == 1  # the older key's table is kept a while


def test_unreadable_file_is_built_again(cache):
    datacache.cached("table", [b"x"], lambda: [1, 2])
    (path,) = cache.glob("table-*.marshal")
    path.write_bytes(b"\xff not marshal")
    assert datacache.cached("table", [b"x"], lambda: [3]) == [3]
    assert datacache.cached("table", [b"x"], lambda: [4]) == [3]  # written again


def test_empty_variable_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv(datacache.CACHE_ENV, "")
    monkeypatch.chdir(tmp_path)
    assert datacache.cache_dir() is None
    assert datacache.cached("table", [b"x"], lambda: 5) == 5
    assert list(tmp_path.iterdir()) == []


def test_unwritable_directory_only_costs_the_build(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv(datacache.CACHE_ENV, str(blocker / "cache"))
    assert datacache.cached("table", [b"x"], lambda: 6) == 6


def test_paused_gc_restores_the_state():
    assert gc.isenabled()
    with datacache.paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_cached_gazetteer_is_the_built_one(cache):
    built = gazetteer._load(gazetteer.DEFAULT_PATH)
    for _ in range(2):  # built and written, then read back
        gazetteer._load_default.cache_clear()
        read = gazetteer._load_default()
        assert read.entries == built.entries
        for index in ("_names", "_abbrevs", "_demonyms", "_by_label"):
            assert getattr(read, index) == getattr(built, index)
            assert list(getattr(read, index)) == list(getattr(built, index))  # the same order
        assert read.lookup("Kyiv") == built.lookup("Kyiv")
    gazetteer._load_default.cache_clear()


def test_cached_verb_table_is_the_built_one(cache):
    built = verb_lemmas._read_verb_table(verb_lemmas.Path(verb_lemmas.config.lemma_lu_fn).read_bytes())
    for _ in range(2):
        verb_lemmas._verb_table.cache_clear()
        assert verb_lemmas._verb_table() == built
    verb_lemmas._verb_table.cache_clear()

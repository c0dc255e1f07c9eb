"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir

# Hypothesis keeps no example database and its caches in a temporary directory: the
# suite writes nothing into the tree.
settings.register_profile("kgraph", database=None)
settings.load_profile("kgraph")
_HYPOTHESIS_HOME = tempfile.mkdtemp(prefix="kgraph-hypothesis-")
set_hypothesis_home_dir(_HYPOTHESIS_HOME)
# kgraph's start-up tables (kgraph.datacache) too: none in the user's cache directory.
_CACHE_HOME = tempfile.mkdtemp(prefix="kgraph-cache-")
os.environ["KGRAPH_CACHE_DIR"] = _CACHE_HOME

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data" / "seeds.jsonl"


@pytest.fixture(scope="session")
def nlp():
    """The kgraph spaCy pipeline (model plus kgraph's components), loaded once."""
    from kgraph.nlp.pipeline import load_pipeline

    return load_pipeline()


def pytest_collection_modifyitems(config, items):
    """Tests that load the spaCy model are slow: mark them so `-m "not slow"` is quick."""
    for item in items:
        if "nlp" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)


def pytest_unconfigure(config):
    shutil.rmtree(_HYPOTHESIS_HOME, ignore_errors=True)
    shutil.rmtree(_CACHE_HOME, ignore_errors=True)


def import_script(name: str, *needs: str):  # noqa: ANN201 - a module of scripts/
    """A module of the repository's ``scripts/`` folder (the gazetteer generator's), skipping
    the test when a package it ``needs`` (a dev extra) is not installed."""
    import importlib
    import sys

    for package in needs:
        pytest.importorskip(package)
    scripts = str(Path(__file__).resolve().parent.parent / "scripts")
    sys.path.insert(0, scripts)
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(scripts)

"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

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

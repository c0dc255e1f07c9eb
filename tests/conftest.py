"""Shared pytest fixtures."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """The kgraph spaCy pipeline (model plus kgraph's components), loaded once."""
    from kgraph.nlp.pipeline import load_pipeline

    return load_pipeline()

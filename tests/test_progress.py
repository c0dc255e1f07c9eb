"""The progress display: silent off a terminal, counting documents and statements on one."""

from __future__ import annotations

from kgraph.progress import build_progress
from kgraph.types import Document


def test_silent_when_not_a_terminal():
    with build_progress(enabled=None) as callback:  # pytest captures stderr: not a terminal
        assert callback is None


def test_counts_documents_when_enabled(capsys):
    doc = Document("urn:d", "d.txt", "one two three four", "0" * 64)
    with build_progress(enabled=True) as callback:
        callback(doc, 2)
        callback(doc, 3)
    err = capsys.readouterr().err
    assert "2 documents" in err and "5 statements" in err


def test_extract_reports_each_document(nlp):
    from kgraph.extract import extract

    seen = []
    docs = [Document(f"urn:d{i}", f"d{i}.txt", "Iran sent drones to Russia.", str(i) * 64) for i in range(3)]
    extract(docs, nlp, progress=lambda d, n: seen.append((d.source, n)))
    assert [s for s, _ in seen] == ["d0.txt", "d1.txt", "d2.txt"] and all(n >= 1 for _, n in seen)

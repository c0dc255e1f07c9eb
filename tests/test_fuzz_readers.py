"""Fuzzing every reader (kgraph.read, kgraph.htmltext, kgraph.textdecode), sidecars and
extract with hostile input. The invariant: a file that cannot be read is one problem
line naming it (control characters escaped), the rest goes on, nothing raises, and
what is read is text every output can encode."""

from __future__ import annotations

import codecs
import io
import json
import logging
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kgraph import read as read_mod
from kgraph.errors import InputError, printable
from kgraph.read import read_sources

EXTENSIONS = [".txt", ".md", ".html", ".htm", ".jsonl"]
SAMPLE = "Grüße, Zoë! Москва и Пекин. 東京. “Quoted” — café.\nSecond line.\n"
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def read_dir(folder: Path, **kwargs) -> tuple[list, list[InputError]]:
    problems: list[InputError] = []
    docs = list(read_sources([folder], on_problem=problems.append, **kwargs))
    return docs, problems


def check_invariant(docs, problems, names: list[str]) -> None:
    for problem in problems:
        line = str(problem)
        assert "\n" not in line and "\x1b" not in line
        assert any(printable(n) in line for n in names), line
    for doc in docs:
        doc.text.encode("utf-8")  # no lone surrogates: every output can write it
        (doc.title or "").encode("utf-8")
        doc.source.encode("utf-8")
        assert doc.text.strip()


@FUZZ
@given(data=st.binary(max_size=3000), ext=st.sampled_from(EXTENSIONS), sidecar=st.none() | st.binary(max_size=300))
def test_random_bytes(tmp_path_factory, data: bytes, ext: str, sidecar: bytes | None) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / f"a{ext}").write_bytes(data)
    if sidecar is not None:
        (folder / "a.json").write_bytes(sidecar)
    (folder / "good.txt").write_text("A good article.\n", encoding="utf-8")
    docs, problems = read_dir(folder)
    check_invariant(docs, problems, ["a" + ext, "a.json"])
    assert any(d.source.endswith("good.txt") for d in docs)  # the rest goes on


ENCODINGS = [
    "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
    "cp1252", "latin-1", "iso8859-15", "cp1251", "koi8-r", "cp437", "mac-roman", "shift_jis", "euc-jp",
    "gb2312", "gb18030", "big5", "euc-kr", "iso2022_jp", "utf-7",
]  # fmt: skip


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("ext", [".txt", ".md", ".html"])
def test_every_encoding_and_bom(tmp_path: Path, encoding: str, ext: str) -> None:
    data = SAMPLE.encode(encoding, "replace")
    (tmp_path / f"a{ext}").write_bytes(data)
    docs, problems = read_dir(tmp_path)
    check_invariant(docs, problems, [f"a{ext}"])
    assert len(docs) + len(problems) == 1
    if encoding.startswith(("utf-8", "utf-16", "utf-32")) and data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        assert docs and "Москва" in docs[0].text


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
RECORD_KEYS = st.sampled_from(["text", "title", "url", "date", "x"])


@FUZZ
@given(records=st.lists(st.dictionaries(RECORD_KEYS, JSON_VALUES, max_size=5) | JSON_VALUES, max_size=6))
def test_jsonl_of_wrong_types(tmp_path_factory, records: list) -> None:
    folder = tmp_path_factory.mktemp("jsonl")
    lines = [json.dumps(r) for r in records] + [json.dumps({"text": "A good line."})]
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, problems = read_dir(folder)
    check_invariant(docs, problems, ["a.jsonl"])
    assert docs and docs[-1].text == "A good line."


@pytest.mark.parametrize(
    "line",
    [
        r'{"text": "Lone \ud800 surrogate and \udfff too.", "title": "T \udc80"}',
        r'{"text": "NUL \u0000 and ESC \u001b[31m inside."}',
        '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"text": "x", "date": {"y": 1}, "title": ["a"], "url": 5}',
    ],
    ids=["surrogates", "controls", "deep", "wrong types"],
)
def test_jsonl_hostile_lines(tmp_path: Path, line: str) -> None:
    (tmp_path / "a.jsonl").write_text(line + '\n{"text": "Fine."}\n', encoding="utf-8")
    docs, problems = read_dir(tmp_path)
    check_invariant(docs, problems, ["a.jsonl"])
    assert docs[-1].text == "Fine." and len(docs) + len(problems) == 2


def test_lone_surrogates_keep_offsets(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(r'{"text": "ab\ud800cd"}' + "\n", encoding="utf-8")
    docs, _ = read_dir(tmp_path)
    assert docs[0].text == "ab\ufffdcd"


class CountingReader(io.BytesIO):
    """A file that remembers the most bytes one read returned."""

    largest = 0

    def readline(self, size: int | None = -1) -> bytes:  # noqa: D102
        got = super().readline(size)
        CountingReader.largest = max(CountingReader.largest, len(got))
        return got


def test_long_jsonl_line_is_never_held_whole(tmp_path: Path) -> None:
    data = b'{"text": "first."}\n{"text": "' + b"y" * 3_000_000 + b'"}\n{"text": "last."}\n'
    CountingReader.largest = 0
    lines = list(read_mod._lines(CountingReader(data), 1000))
    assert lines[0] == b'{"text": "first."}\n' and lines[1] is None and lines[2] == b'{"text": "last."}\n'
    assert CountingReader.largest <= 1024 * 1024
    (tmp_path / "a.jsonl").write_bytes(data)
    docs, problems = read_dir(tmp_path, max_bytes=1000)
    assert [d.text for d in docs] == ["first.", "last."]
    assert [str(p) for p in problems] == [f"{tmp_path / 'a.jsonl'}:2: line is over the 0 MB limit"]


HOSTILE_FILES = [
    ("deep.html", b"<div>" * 200_000 + b"deep text" + b"</div>" * 200_000),
    ("deep.md", b"# T\n\n" + b"<div>" * 200_000 + b"deep text"),
    ("deep-quotes.md", b">" * 100_000 + b" text"),
    ("attr.html", b'<p title="' + b"x" * 5_000_000 + b'" style="' + b"display : " * 50_000 + b'">Shown.</p>'),
    ("ldjson.html", b'<script type="application/ld+json">' + b"[" * 100_000 + b"</script><p>Body.</p>"),
    ("nul.txt", b"text\x00with NUL"),
    ("front.md", b"---\ntitle: [unclosed\ndate: {\n: no key\n---\n# Head\nBody text."),
    ("front-open.md", b"---\ntitle: never closed\n" + b"x: y\n" * 10_000),
    ("only-front.md", b"---\ntitle: T\n---\n"),
    ("bom-only.txt", codecs.BOM_UTF8),
    ("utf16-odd.txt", codecs.BOM_UTF16_LE + b"a\x00b"),
    ("dir.txt", None),
]


@pytest.mark.parametrize(("name", "data"), HOSTILE_FILES, ids=[n for n, _ in HOSTILE_FILES])
def test_hostile_files(tmp_path: Path, name: str, data: bytes | None) -> None:
    if data is None:
        (tmp_path / name).mkdir()
        (tmp_path / name / "inner.txt").write_text("Inner article.", encoding="utf-8")
    else:
        (tmp_path / name).write_bytes(data)
    docs, problems = read_dir(tmp_path)
    check_invariant(docs, problems, [name])
    assert len(docs) + len(problems) >= 1


@pytest.mark.parametrize(
    "sidecar",
    [b"[1, 2]", b'{"date": [1], "title": {"a": 1}, "url": null}', b"\xff\xfe", b"{" * 50_000, b'{"title": "\\udc00"}'],
    ids=["list", "wrong types", "bytes", "deep", "surrogate"],
)
def test_hostile_sidecars(tmp_path: Path, sidecar: bytes) -> None:
    (tmp_path / "a.txt").write_text("Title\n\nAn article.", encoding="utf-8")
    (tmp_path / "a.json").write_bytes(sidecar)
    docs, problems = read_dir(tmp_path)
    check_invariant(docs, problems, ["a.json"])
    assert len(docs) == 1


CONTROL_NAMES = ["evil\nERROR forged line.txt", "esc\x1b[31mred\x1b[0m.txt", "bell\x07.xyz", "tab\tname.txt"]


@pytest.mark.parametrize("name", CONTROL_NAMES, ids=["newline", "escape", "bell", "tab"])
def test_control_characters_in_names_are_escaped(tmp_path: Path, name: str, caplog) -> None:
    (tmp_path / name).write_bytes(b"")
    docs, problems = read_dir(tmp_path)
    assert not docs and len(problems) == 1
    line = str(problems[0])
    assert printable(name) in line and "\n" not in line and "\x1b" not in line and "\x07" not in line


def test_undecodable_file_name_is_shown_and_written(tmp_path: Path) -> None:
    import os

    raw = os.fsencode(str(tmp_path)) + b"/caf\xe9.txt"
    with open(raw, "wb") as fh:
        fh.write(b"An article about coffee.")
    docs, problems = read_dir(tmp_path)
    assert not problems and docs[0].source.endswith("caf\\xe9.txt")
    docs[0].source.encode("utf-8")


@pytest.mark.slow
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(
        st.characters(blacklist_categories=["Cs"]) | st.sampled_from(list("ABC ()\n.,\"'")), min_size=1, max_size=400
    )
)
def test_extract_and_outputs_take_any_text(nlp, tmp_path_factory, text: str) -> None:
    """Whatever text a reader gives, extraction, the graph and every output are made."""
    from kgraph import graph
    from kgraph.extract import extract
    from kgraph.read import _document
    from kgraph.render import RenderOptions, render_html

    if not text.strip():
        return
    doc = _document("fuzz.txt", "North Korea sent troops to Russia. " + text, None, None, None)
    extraction = extract([doc], nlp)
    for s in extraction.statements:
        assert doc.text[s.start : s.end] == s.sentence
    ds = graph.build_dataset(extraction)
    out = tmp_path_factory.mktemp("outputs")
    for fmt in (graph.Format.TTL, graph.Format.TRIG):
        graph.serialize(ds, fmt, out / f"g.{fmt.value}")
    render_html(extraction, out / "graph.html", RenderOptions())


def test_problems_logged_as_one_line(tmp_path: Path, caplog) -> None:
    (tmp_path / "x\ny.txt").write_bytes(b"")
    with caplog.at_level(logging.WARNING):
        list(read_sources([tmp_path]))
    assert len(caplog.records) == 1 and "x\\ny.txt" in caplog.records[0].getMessage()


@pytest.mark.slow
def test_store_build_keeps_good_files_beside_a_hostile_one(nlp, tmp_path: Path) -> None:
    """A lone-surrogate escape once made every chunk written with it fail: nothing stored."""
    from kgraph.incremental import update_store
    from kgraph.store import OxigraphStore

    src = tmp_path / "src"
    src.mkdir()
    for i in range(3):
        (src / f"good{i}.txt").write_text(f"North Korea sent {i + 2} shells to Russia.\n", encoding="utf-8")
    (src / "bad.jsonl").write_text(r'{"text": "Russia thanked \ud83d North Korea.", "title": "\udc00"}' + "\n")
    with OxigraphStore(tmp_path / "st") as store:
        report = update_store(store, [src], nlp)
        assert len(report.added) == 4 and not report.problems
        assert len(store.documents()) == 4

"""Tests of kgraph.read: formats, metadata, sidecars, directories and bad input."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import random
from pathlib import Path

import pytest

from kgraph import read as read_mod
from kgraph.errors import InputError
from kgraph.htmltext import parse_page
from kgraph.iri import document_iri
from kgraph.read import headline, iter_source_files, parse_date, read_file, read_sources, source_name

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SUPPORTED = "kgraph reads .txt .md .html .htm .jsonl"


def collect(sources, **kwargs):
    problems: list[InputError] = []
    docs = list(read_sources(sources, on_problem=problems.append, **kwargs))
    return docs, problems


def _random(seed: int, low: int, high: int, n: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(low, high) for _ in range(n))


HTML_WITH_SCRIPTS = (
    b"<html><head><title>T</title><script>var secret = 'in head';</script></head>"
    b"<body><script>document.write('nope')</script><p>Visible words.</p>"
    b"<noscript>Enable JS</noscript><p>More <script>x()</script>text.</p></body></html>"
)
LATIN1 = "Le président a rencontré à Genève le ministre. Café, naïve, Zürich.\n"
UTF8_CORRUPT = "Première ligne en français.\nDeuxième ligne: été.\n".encode() + b"bad \xff\xfe here\n"

# name, file name, bytes, expected text (None when skipped), expected problem (None when read)
BAD_INPUT = [
    ("empty", "a.txt", b"", None, "empty file"),
    ("whitespace only", "a.txt", b" \n\n\t\n", None, "empty file"),
    ("binary with NUL", "a.txt", b"\x89PNG\r\n\x1a\n\x00\x00" + _random(1, 0, 256, 2000), None, "binary file, not text"),
    ("binary without NUL", "a.txt", _random(2, 1, 256, 4000), None, "binary file, not text"),
    ("binary jsonl", "a.jsonl", b"\x00\x01\x02" * 100, None, "binary file, not text"),
    ("latin-1", "a.txt", LATIN1.encode("latin-1"), LATIN1, None),
    ("windows-1252 quotes", "a.txt", "He said “yes” — twice… €5.\n".encode("cp1252"), "He said “yes” — twice… €5.\n", None),
    ("utf-8 BOM and CRLF", "a.txt", b"\xef\xbb\xbfTitle\r\n\r\nBody.\rEnd.\r\n", "Title\n\nBody.\nEnd.\n", None),
    ("utf-16 with BOM", "a.txt", "Grüße aus Köln.\n".encode("utf-16"), "Grüße aus Köln.\n", None),
    ("html with scripts", "a.html", HTML_WITH_SCRIPTS, "Visible words.\n\nMore text.", None),
    ("html with only scripts", "a.htm", b"<html><body><script>a()</script></body></html>", None, "no visible text in the HTML page"),
    ("unknown type", "a.xyz", b"some text", None, f"unsupported file type .xyz; {SUPPORTED}"),
    ("no extension", "README", b"some text", None, f"unsupported file type (no extension); {SUPPORTED}"),
    ("undecodable bytes", "a.txt", _random(3, 128, 256, 300), None,
     "undecodable text: neither UTF-8 nor another known encoding; re-save it as UTF-8"),
    ("corrupt utf-8", "a.txt", UTF8_CORRUPT, None,
     "undecodable text: invalid UTF-8 on line 3 of an otherwise UTF-8 file; fix those bytes or re-save it as UTF-8"),
]


@pytest.mark.parametrize(("fname", "data", "text", "problem"), [c[1:] for c in BAD_INPUT], ids=[c[0] for c in BAD_INPUT])
def test_bad_input_is_read_or_skipped_with_one_problem(tmp_path, monkeypatch, fname, data, text, problem):
    monkeypatch.chdir(tmp_path)
    Path(fname).write_bytes(data)
    docs, problems = collect([fname])
    if problem is None:
        assert problems == []
        assert [d.text for d in docs] == [text]
        assert docs[0].sha256 == hashlib.sha256(text.encode()).hexdigest()
    else:
        assert docs == []
        assert [(p.path, p.problem) for p in problems] == [(fname, problem)]
        assert str(problems[0]) == f"{fname}: {problem}"
        with pytest.raises(InputError) as raised:
            read_file(fname)
        assert raised.value.problem == problem


def test_missing_path_is_one_problem(tmp_path):
    missing = tmp_path / "nope.txt"
    docs, problems = collect([missing])
    assert docs == []
    assert [(p.path, p.problem) for p in problems] == [(source_name(missing), "no such file or directory")]


def test_big_text_reads_and_size_limit_is_clear(tmp_path):
    line = "North Korea sent troops to the front, officials said on Tuesday.\n"
    big = tmp_path / "big.txt"
    big.write_text(line * (10 * 1024 * 1024 // len(line) + 1), encoding="utf-8")
    assert big.stat().st_size > 10 * 1024 * 1024
    docs, problems = collect([big])
    assert problems == [] and len(docs) == 1
    assert len(docs[0].text) == big.stat().st_size
    docs, problems = collect([big], max_bytes=5 * 1024 * 1024)
    assert docs == []
    assert len(problems) == 1
    assert problems[0].problem.startswith("file is 10.5 MB, over the 5 MB limit; split it")


def test_reading_goes_on_after_problems_and_default_logs(tmp_path, caplog):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.xyz").write_text("x")
    (tmp_path / "c.txt").write_text("Headline Here\n\nBody text.\n")
    with caplog.at_level(logging.WARNING, logger="kgraph.read"):
        docs = list(read_sources([tmp_path, tmp_path / "missing.md"]))
    assert [d.name for d in docs] == ["c.txt"]
    messages = [r.getMessage() for r in caplog.records]
    assert any(m.endswith("a.txt: empty file") for m in messages)
    assert any("b.xyz: unsupported file type .xyz" in m for m in messages)
    assert any(m.endswith("missing.md: no such file or directory") for m in messages)
    assert len(messages) == 3


def test_unexpected_failure_becomes_a_problem(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("One\n\nTwo.\n")
    (tmp_path / "b.txt").write_text("Three\n\nFour.\n")

    def boom(data, name, declared=None):
        if name.endswith("a.txt"):
            raise RuntimeError("kaboom")
        return data.decode()

    monkeypatch.setattr(read_mod, "_decode", boom)
    docs, problems = collect([tmp_path])
    assert [d.name for d in docs] == ["b.txt"]
    assert len(problems) == 1 and "RuntimeError: kaboom" in problems[0].problem


def test_on_problem_may_stop_reading(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")

    def stop(problem):
        raise problem

    with pytest.raises(InputError, match="empty file"):
        list(read_sources([tmp_path], on_problem=stop))


# -- HTML --------------------------------------------------------------------------------

PAGE = """<!doctype html><html><head>
<title>Site | Troops Sent</title>
<meta property="og:title" content="Troops  Sent">
<meta property="article:published_time" content="2024-06-25T23:10:00-05:00">
<link rel="canonical" href="https://example.org/troops">
<style>p { color: red }</style><script>track("page")</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article>
<header><h1>Troops Sent</h1></header>
<p>The first <b>para</b>graph,
wrapped over   lines.</p>
<div>Line one<br>Line two</div>
<aside>Read also: something else</aside>
<figure><img src="x.png" alt="a picture"><figcaption>A caption.</figcaption></figure>
<p hidden>hidden paragraph</p><p style="display:none">invisible paragraph</p>
<form><label>Subscribe</label><input name="e"></form>
<template><p>template text</p></template>
<ul><li>one &amp; two</li><li>three</li></ul>
<pre>  kept
  as is</pre>
</article>
<div class="comments">Comment outside the article</div>
<footer>Copyright 2024</footer>
</body></html>"""


def test_html_visible_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [doc] = read_file(path, date=dt.date(2000, 1, 1))
    assert doc.text == (
        "The first paragraph, wrapped over lines.\n\n"
        "Line one\nLine two\n\n"
        "A caption.\n\n"
        "one & two\n\nthree\n\n"
        "  kept\n  as is"
    )
    assert doc.title == "Troops Sent"
    assert doc.date == dt.date(2024, 6, 25)  # the page's date, as written, beats the argument
    assert doc.url == "https://example.org/troops"


def test_html_declared_charset_is_used(tmp_path):
    path = tmp_path / "ru.html"
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    path.write_bytes((html + "<title>Новости</title></head><body><p>Привет, мир</p></body></html>").encode("cp1251"))
    [doc] = read_file(path)
    assert (doc.title, doc.text) == ("Новости", "Привет, мир")


def test_html_fallbacks_title_time_and_json_ld():
    page = parse_page("<html><head><title>Plain Title</title></head><body><main><p>Text</p>"
                      '<time datetime="2023-03-01">1 March</time></main></body></html>')
    assert (page.title, page.date, page.text) == ("Plain Title", "2023-03-01", "Text\n\n1 March")
    page = parse_page('<body><h1>Only H1</h1><p>Body</p></body>')
    assert (page.title, page.date, page.url) == ("Only H1", None, None)
    ld = {"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": "LD Head",
                                                        "datePublished": "June 3, 2022", "url": "https://ex.org/a"}]}
    page = parse_page(f'<head><script type="application/ld+json">{json.dumps(ld)}</script></head><body><p>x</p></body>')
    assert (page.title, page.date, page.url, page.text) == ("LD Head", "June 3, 2022", "https://ex.org/a", "x")


def test_html_deeply_nested_does_not_overflow():
    page = parse_page("<div>" * 5000 + "deep" + "</div>" * 5000)
    assert page.text == "deep"


# -- Markdown ----------------------------------------------------------------------------


def test_markdown_is_read_as_plain_text(tmp_path):
    path = tmp_path / "note.md"
    path.write_text(
        "---\ndate: 2024-05-01\nurl: https://ex.org/n\n---\n"
        "# The *Main* Heading\n\nIntro with a [link](https://x.org) and **bold** `code`,\nwrapped.\n\n"
        "## Part two\n\n- item one\n- item two\n\n> quoted\n",
        encoding="utf-8",
    )
    [doc] = read_file(path)
    assert doc.text == (
        "The Main Heading\n\nIntro with a link and bold code, wrapped.\n\nPart two\n\n"
        "item one\n\nitem two\n\nquoted"
    )
    assert (doc.title, doc.date, doc.url) == ("The Main Heading", dt.date(2024, 5, 1), "https://ex.org/n")


# -- JSON Lines --------------------------------------------------------------------------


def test_jsonl_one_article_a_line_bad_lines_reported(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    lines = [
        json.dumps({"text": "First article.\r\nSecond line.", "title": "One", "url": "https://ex.org/1", "date": "2024-01-02"}),
        '{"text": "broken',
        json.dumps({"text": "Another article."}),
        "",
        json.dumps([1, 2]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Dated in words.", "date": "5 March 2021"}),
    ]
    Path("news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, problems = collect(["./news.jsonl"], date=dt.date(1999, 9, 9))
    assert [d.source for d in docs] == ["news.jsonl#L1", "news.jsonl#L3", "news.jsonl#L7"]
    assert [d.iri for d in docs] == [document_iri(d.source) for d in docs]
    assert docs[0].text == "First article.\nSecond line."
    assert (docs[0].title, docs[0].url, docs[0].date) == ("One", "https://ex.org/1", dt.date(2024, 1, 2))
    assert (docs[1].title, docs[1].url, docs[1].date) == (None, None, dt.date(1999, 9, 9))
    assert docs[2].date == dt.date(2021, 3, 5)
    assert [(p.path, p.problem) for p in problems] == [
        ("news.jsonl:2", "line skipped: not valid JSON (Unterminated string starting at, column 10)"),
        ("news.jsonl:5", "line skipped: not a JSON object"),
        ("news.jsonl:6", 'line skipped: no "text" field with the article text'),
    ]


def test_jsonl_bad_encoding_line(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(b'{"text": "ok"}\n{"text": "caf\xe9"}\n')
    docs, problems = collect([path])
    assert [d.text for d in docs] == ["ok"]
    assert [p.problem for p in problems] == ["line skipped: not UTF-8 (byte 13); JSON Lines must be UTF-8"]


# -- sidecars, dates, titles ---------------------------------------------------------------


def test_sidecar_metadata(tmp_path):
    (tmp_path / "a.txt").write_text("A Headline\n\nBody.\n")
    (tmp_path / "a.txt.json").write_text(json.dumps({"date": "2024-06-25", "url": "https://ex.org/a"}))
    (tmp_path / "b.txt").write_text("lower-case start, so no title.\nBody.\n")
    (tmp_path / "b.json").write_text(json.dumps({"date": "26 June 2024", "title": "Sidecar Title"}))
    (tmp_path / "c.txt").write_text("No Sidecar\n\nBody.\n")
    (tmp_path / "d.txt").write_text("Bad Sidecar\n\nBody.\n")
    (tmp_path / "d.json").write_text("{not json")
    (tmp_path / "e.html").write_text('<title>E</title><meta name="date" content="2020-02-02"><p>e</p>')
    (tmp_path / "e.html.json").write_text(json.dumps({"date": "2021-01-01", "url": "https://ex.org/e"}))
    docs, problems = collect([tmp_path], date=dt.date(2001, 1, 1))
    got = {d.name: (d.title, d.date, d.url) for d in docs}
    assert got == {
        "a.txt": ("A Headline", dt.date(2024, 6, 25), "https://ex.org/a"),
        "b.txt": ("Sidecar Title", dt.date(2024, 6, 26), None),
        "c.txt": ("No Sidecar", dt.date(2001, 1, 1), None),
        "d.txt": ("Bad Sidecar", dt.date(2001, 1, 1), None),
        "e.html": ("E", dt.date(2020, 2, 2), "https://ex.org/e"),  # the page's own date first
    }
    assert len(problems) == 1
    assert problems[0].path.endswith("d.json") and problems[0].problem.startswith("sidecar ignored")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Troops Head to the Front\n\nBody.", "Troops Head to the Front"),
        ("\n\n  Is This the End?  \nBody.", "Is This the End?"),
        ("2024: A Year of War\nBody.", "2024: A Year of War"),
        ("This is a full sentence that ends with a period.\nMore.", None),
        ("lower case start\nBody.", None),
        ("Only one line without a body", None),
        (" ".join(["Word"] * 40) + "\nBody.", None),
    ],
)
def test_headline_heuristic(text, title):
    assert headline(text) == title


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-06-25", dt.date(2024, 6, 25)),
        ("2024-06-25T23:30:00-05:00", dt.date(2024, 6, 25)),
        ("25 June 2024", dt.date(2024, 6, 25)),
        ("Tue, 25 Jun 2024 10:00:00 GMT", dt.date(2024, 6, 25)),
        ("June 2024", dt.date(2024, 6, 1)),
        ("2024-13-45", None),
        ("yesterday", None),
        ("not a date", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


# -- directories, seeds, IRIs ---------------------------------------------------------------


def test_directories_are_read_recursively_in_sorted_order(tmp_path):
    for rel in ["b/z.txt", "b/a/y.md", "a.txt", "c/x.jsonl", ".hidden/h.txt", "b/.h.txt", "a.txt.json", "c/x.json"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text('{"text": "jsonl article"}' if rel.endswith(("jsonl", ".json")) else f"Title {rel}\n\nBody.\n")
    (tmp_path / "empty").mkdir()
    files = [p.relative_to(tmp_path).as_posix() for p in iter_source_files([tmp_path, tmp_path / "a.txt"])]
    assert files == ["a.txt", "b/a/y.md", "b/z.txt", "c/x.jsonl"]
    docs, problems = collect([tmp_path, tmp_path / "b", tmp_path / "empty"])
    assert [d.source[len(source_name(tmp_path)) + 1 :] for d in docs] == ["a.txt", "b/a/y.md", "b/z.txt", "c/x.jsonl#L1"]
    assert [p.problem for p in problems] == [f"directory holds no article files; {SUPPORTED}"]


def test_seeds_dir_reads_two_documents_with_titles(monkeypatch):
    monkeypatch.chdir(SEEDS.parent)
    docs, problems = collect(["seeds"])
    assert problems == []
    assert [d.source for d in docs] == ["seeds/000_a27cd05b70e0fff8.txt", "seeds/003_cbbbc54f0cb66a4d.txt"]
    assert docs[0].title == "North Korea Promises to Send Troops and Workers to Support Russia in Ukraine"
    assert docs[1].title.startswith("Beginning of WW3? North Korea offers 100,000 troops")
    for doc in docs:
        raw = (SEEDS.parent / doc.source).read_text(encoding="utf-8").replace("\r\n", "\n")
        assert doc.text == raw
        assert doc.sha256 == hashlib.sha256(raw.encode()).hexdigest()
        assert doc.date is None and doc.url is None


def test_iris_are_stable_and_follow_the_normalised_source(monkeypatch):
    monkeypatch.chdir(SEEDS.parent)
    first = [(d.source, d.iri) for d in read_sources(["seeds"])]
    again = [(d.source, d.iri) for d in read_sources(["./seeds/", "seeds//000_a27cd05b70e0fff8.txt"])]
    assert first == again
    assert all(iri == document_iri(source) for source, iri in first)
    assert len({iri for _, iri in first}) == 2
    assert source_name("./a/../b//c.txt") == "b/c.txt"
    assert source_name(Path("/abs/x.txt")) == "/abs/x.txt"

"""Reading articles from disk into :class:`~kgraph.types.Document` records.

Formats (by extension, case-insensitive):

- ``.txt``: the text as decoded; the title is the first non-empty line when it looks like
  a headline (short, starts with a capital or digit, no final period).
- ``.md``: rendered with markdown-it and reduced to its readable text (no ``#``, ``*``,
  link targets...); the title is the first heading. A leading ``---`` front-matter block
  may give ``title:``, ``date:`` and ``url:``.
- ``.html``/``.htm``: the article's visible text (see :mod:`kgraph.htmltext`); title,
  date and URL from ``<meta>``, JSON-LD, ``<title>``, ``<h1>``, ``<time datetime>`` and
  the canonical link.
- ``.jsonl``: one article a line, an object with ``text`` (required) and optional
  ``title``, ``url``, ``date``. Each line is a document whose source is ``PATH#L<n>``.

Sidecars: metadata for ``article.txt`` may sit beside it in ``article.txt.json`` (tried
first) or ``article.json``, a JSON object with any of ``title``, ``url``, ``date``. The
file's own metadata comes first, then the sidecar, then the ``date`` argument; a sidecar
title replaces a ``.txt`` title guessed from the first line. Sidecars and hidden files
are never read as articles.

Text is decoded as UTF-8 (a BOM is honoured), else in the most plausible legacy encoding
(charset-normalizer, preferring Windows-1252/Latin-1 when it fits as well); CRLF and CR
become LF. ``Document.text`` is exactly that text: statement offsets refer to it.

Every problem is one :class:`~kgraph.errors.InputError` naming the file and saying why;
:func:`read_sources` reports it through ``on_problem`` and goes on with the next file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import posixpath
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path, PurePath
from typing import BinaryIO

from kgraph.errors import InputError
from kgraph.iri import document_iri
from kgraph.textdecode import declared_charset, decode_bytes, looks_binary
from kgraph.types import Document

logger = logging.getLogger(__name__)

EXTENSIONS = (".txt", ".md", ".html", ".htm", ".jsonl")
DEFAULT_MAX_BYTES = 50 * 1024 * 1024  # per file; per line for .jsonl
_SKIP_PIECE = 1024 * 1024  # how much of an over-long .jsonl line is read at a time to skip it
_SURROGATE = re.compile(r"[\ud800-\udfff]")

Problem = Callable[[InputError], None]
_SUPPORTED = "kgraph reads " + " ".join(EXTENSIONS)
_DATE_PREFIX = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?![\d])")


def _warn(problem: InputError) -> None:
    logger.warning("%s", problem)


def read_sources(
    sources: Sequence[str | Path],
    *,
    date: dt.date | None = None,
    on_problem: Problem | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document]:
    """The documents of files and directories (read recursively, in sorted order).

    Each file that cannot be read (missing, empty, binary, undecodable, too big, of an
    unsupported type, ...) and each bad ``.jsonl`` line is passed as one
    :class:`InputError` to ``on_problem`` (default: logged as a warning), and reading
    goes on. A file named twice is read once. ``date`` is the publication date of
    documents that state none.

    Raises:
        Whatever ``on_problem`` raises (pass one that raises to stop at the first problem).
    """
    report = on_problem or _warn
    seen: set[str] = set()
    for source in sources:
        root = Path(source)
        if root.is_dir():
            files = list(_walk(root))
            if not files:
                report(InputError(source_name(root), f"directory holds no article files; {_SUPPORTED}"))
        else:
            files = [root]
        for path in files:
            name = source_name(path)
            if name in seen:
                continue
            seen.add(name)
            try:
                docs = read_file(path, date=date, on_problem=report, max_bytes=max_bytes)
            except InputError as problem:
                report(problem)
                continue
            except Exception as exc:  # a bug or a library failure must not end the batch
                logger.debug("reading %s failed", name, exc_info=True)
                report(InputError(name, f"cannot be read ({type(exc).__name__}: {exc}); please report this"))
                continue
            yield from docs


def iter_source_files(sources: Sequence[str | Path]) -> Iterator[Path]:
    """The files that ``sources`` name: files as given, directories walked recursively.

    Directory contents come in sorted order, without hidden files or directories and
    without sidecar ``.json`` files. Each file is yielded once.
    """
    seen: set[str] = set()
    for source in sources:
        root = Path(source)
        for path in _walk(root) if root.is_dir() else [root]:
            name = source_name(path)
            if name not in seen:
                seen.add(name)
                yield path


def read_file(
    path: str | Path,
    *,
    date: dt.date | None = None,
    on_problem: Problem | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[Document]:
    """The documents of one file (one, or one per line of a ``.jsonl`` file).

    Problems that leave the rest of the file readable (a bad ``.jsonl`` line, a bad
    sidecar) go to ``on_problem`` (default: a logged warning).

    Raises:
        InputError: the file is missing, empty, binary, undecodable, bigger than
            ``max_bytes``, of an unsupported type, or has no text.
    """
    path = Path(path)
    report = on_problem or _warn
    name = source_name(path)
    ext = path.suffix.lower()
    size = _size(path, name)  # a missing file is missing, whatever its name
    if ext not in EXTENSIONS:
        kind = f"type {ext}" if ext else "type (no extension)"
        raise InputError(name, f"unsupported file {kind}; {_SUPPORTED}")
    if size == 0:
        raise InputError(name, "empty file")
    side = _sidecar(path, report)
    if ext == ".jsonl":
        return _read_jsonl(path, name, side, date, report, max_bytes)
    if size > max_bytes:
        raise InputError(
            name,
            f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit; "
            "split it or raise the limit (max_bytes)",
        )
    data = _read_bytes(path, name)
    text = _decode(data, name, declared_charset(data) if ext in (".html", ".htm") else None)
    if not text.strip():
        raise InputError(name, "empty file")
    title: str | None
    raw_date: object
    url: str | None
    if ext in (".html", ".htm"):
        from kgraph.htmltext import parse_page

        try:
            page = parse_page(text)
        except ValueError as exc:
            raise InputError(name, str(exc)) from None
        text, title, raw_date, url = page.text, page.title, page.date, page.url
        if not text.strip():
            raise InputError(name, "no visible text in the HTML page")
        title, raw_date, url = title or side.get("title"), raw_date or side.get("date"), url or side.get("url")
    elif ext == ".md":
        from kgraph.htmltext import parse_markdown

        try:
            page, front = parse_markdown(text)
        except ValueError as exc:
            raise InputError(name, str(exc)) from None
        text = page.text
        if not text.strip():
            raise InputError(name, "no text in the Markdown file")
        title = front.get("title") or side.get("title") or page.title
        raw_date = front.get("date") or side.get("date")
        url = front.get("url") or side.get("url")
    else:
        title = side.get("title") or headline(text)
        raw_date, url = side.get("date"), side.get("url")
    return [_document(name, text, title, _date_or(raw_date, date, name), url)]


def source_name(path: str | Path) -> str:
    """How a path is shown and identified: POSIX separators, normalised, relative kept
    relative; bytes of the name that are not UTF-8 as ``\\xNN`` (never lone surrogates,
    which no output can encode)."""
    name = posixpath.normpath(PurePath(os.fspath(path)).as_posix())
    if _SURROGATE.search(name):
        name = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        name = _SURROGATE.sub("\ufffd", name)  # a surrogate that was no escaped byte
    return name


def headline(text: str) -> str | None:
    """The first non-empty line of ``text`` if it looks like a headline, else None."""
    lines = text.lstrip().split("\n", 1)
    first = lines[0].strip()
    if len(lines) < 2 or not lines[1].strip():  # a single line is the article, not its title
        return None
    if not first or len(first) > 200 or len(first.split()) > 30:
        return None
    if first[-1] in ".,;:" and not first.endswith("..."):
        return None
    letter = next((c for c in first if c.isalnum()), "")
    if not letter or letter.islower():
        return None
    return first


def parse_date(value: object) -> dt.date | None:
    """A calendar date from ISO 8601 or a written date ("25 June 2024"); None if there is none.

    Only the date part counts, as written (a timestamp's time zone is not applied).
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    match = _DATE_PREFIX.match(value)
    if match:
        try:
            return dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            return None
    import dateparser  # slow to import: only when a date is not ISO

    parsed = dateparser.parse(
        value,
        settings={
            "PARSERS": ["custom-formats", "absolute-time"],  # never relative to today
            "PREFER_DAY_OF_MONTH": "first",
            "REQUIRE_PARTS": ["month", "year"],
        },
    )
    return parsed.date() if parsed else None


# -- helpers -------------------------------------------------------------------------------


def _walk(root: Path) -> Iterator[Path]:
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        names = set(filenames)
        for fname in filenames:
            if not fname.startswith(".") and not _is_sidecar(fname, names):
                found.append(Path(dirpath) / fname)
    found.sort(key=lambda p: p.relative_to(root).parts)
    yield from found


def _is_sidecar(fname: str, names: set[str]) -> bool:
    if not fname.lower().endswith(".json"):
        return False
    stem = fname[: -len(".json")]
    return stem in names or any(stem + ext in names for ext in EXTENSIONS)


def _sidecar(path: Path, report: Problem) -> dict[str, str]:
    """title/url/date from ``NAME.ext.json`` or ``NAME.json`` beside ``path``, if any."""
    for side in (path.with_name(path.name + ".json"), path.with_suffix(".json")):
        if not side.is_file():
            continue
        try:
            data = json.loads(side.read_text(encoding="utf-8-sig"))
        except (OSError, ValueError, RecursionError) as exc:
            report(InputError(source_name(side), f"sidecar ignored: not a readable JSON file ({exc})"))
            return {}
        if not isinstance(data, dict):
            report(InputError(source_name(side), "sidecar ignored: not a JSON object"))
            return {}
        return {k: str(data[k]) for k in ("title", "url", "date") if data.get(k) not in (None, "")}
    return {}


def _size(path: Path, name: str) -> int:
    try:
        if path.is_dir():
            raise InputError(name, "is a directory; read it with read_sources")
        return path.stat().st_size
    except FileNotFoundError:
        raise InputError(name, "no such file or directory") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as exc:
        raise InputError(name, f"cannot be read: {exc.strerror or exc}") from None


def _read_bytes(path: Path, name: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(name, f"cannot be read: {exc.strerror or exc}") from None


def _decode(data: bytes, name: str, declared: str | None = None) -> str:
    text, problem = decode_bytes(data, declared)
    if text is None:
        raise InputError(name, problem or "undecodable text")
    return _newlines(text)


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _date_or(raw: object, default: dt.date | None, where: str) -> dt.date | None:
    if raw in (None, ""):
        return default
    parsed = parse_date(raw)
    if parsed is None:
        logger.warning("%s: date %r not understood; using %s", where, raw, default or "no date")
        return default
    return parsed


def _document(source: str, text: str, title: str | None, date: dt.date | None, url: str | None) -> Document:
    if _SURROGATE.search(text):  # only JSON escapes ("\\ud800") make them
        logger.warning("%s: lone surrogate escapes in the text read as U+FFFD", source)
        text = _SURROGATE.sub("\ufffd", text)  # one character for one: offsets unchanged
    title, url = (_SURROGATE.sub("\ufffd", v) if v else v for v in (title, url))
    return Document(
        iri=document_iri(source),
        source=source,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        title=title,
        date=date,
        url=url,
    )


def _read_jsonl(
    path: Path, name: str, side: dict[str, str], default: dt.date | None, report: Problem, max_bytes: int
) -> list[Document]:
    docs: list[Document] = []
    seen_text = False
    try:
        with path.open("rb") as handle:
            if looks_binary(handle.read(8192)):
                raise InputError(name, "binary file, not text")
            handle.seek(0)
            for number, raw in enumerate(_lines(handle, max_bytes), start=1):
                where = f"{name}#L{number}"
                if raw is None:
                    seen_text = True
                    report(InputError(f"{name}:{number}", f"line is over the {max_bytes / 1e6:.0f} MB limit"))
                    continue
                if not raw.strip():
                    continue
                seen_text = True
                try:
                    record = _jsonl_record(raw, number == 1)
                except ValueError as exc:
                    report(InputError(f"{name}:{number}", f"line skipped: {exc}"))
                    continue
                title = _opt_str(record.get("title"))
                url = _opt_str(record.get("url"))
                day = _date_or(record.get("date") or side.get("date"), default, where)
                docs.append(_document(where, _newlines(record["text"]), title, day, url))
    except OSError as exc:
        raise InputError(name, f"cannot be read: {exc.strerror or exc}") from None
    if not seen_text:
        raise InputError(name, "empty file")
    return docs


def _lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """The lines of a binary file, each read only up to ``max_bytes``: a longer line is
    skipped in bounded pieces and given as None, never held in memory whole."""
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        if len(line) <= max_bytes:
            yield line
            continue
        while not line.endswith(b"\n"):  # the rest of the long line, piece by piece
            line = handle.readline(_SKIP_PIECE)
            if not line:
                break
        yield None


def _jsonl_record(raw: bytes, first: bool) -> dict:
    try:
        line = raw.decode("utf-8-sig" if first else "utf-8").rstrip("\r\n")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 (byte {exc.start}); JSON Lines must be UTF-8") from None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg}, column {exc.colno})") from None
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError('no "text" field with the article text')
    return record


def _opt_str(value: object) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None
